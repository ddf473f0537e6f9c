import { describe, expect, test } from 'vitest';
import { dropEmptyBlocks, MigrationFormat } from './migration-stream.js';

// Streams laid out as QEMU 7.2 writes a template's save (migration/savevm.c, migration/ram.c).
const PAGE = 4096;
const u32 = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(v);
  return b;
};
const u64 = (v: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(v);
  return b;
};
const str = (s: string) => Buffer.concat([Buffer.from([s.length]), Buffer.from(s, 'latin1')]);
const EOS = u64(0x10n);
const footer = (id: number) => Buffer.concat([Buffer.from([0x7e]), u32(id)]);

interface Page {
  block: string;
  index: number;
  /** A zero page's fill byte, or a data page's bytes (all this value). */
  zero?: number;
  data?: number;
}
const BLOCKS: [string, bigint][] = [
  ['mem', 1n << 30n],
  ['virt.flash0', 1n << 26n],
  ['virt.flash1', 1n << 26n],
  ['/rom@etc/acpi/tables', 131072n],
];

function header(pageBits = true, capability = 'x-ignore-shared'): Buffer {
  const config = Buffer.concat([
    Buffer.from([0x07]),
    u32(8),
    Buffer.from('virt-7.2'),
    ...(pageBits ? [Buffer.from([0x05]), str('configuration/target-page-bits'), u32(1), u32(12)] : []),
    Buffer.from([0x05]),
    str('configuration/capabilities'),
    u32(1),
    u32(1),
    str(capability),
  ]);
  const total = BLOCKS.reduce((t, [, n]) => t + n, 0n);
  const start = Buffer.concat([
    Buffer.from([0x01]),
    u32(2),
    str('ram'),
    u32(0),
    u32(4),
    u64(total | 0x04n),
    ...BLOCKS.flatMap(([name, len]) => [str(name), u64(len), u64(0n)]),
    EOS,
    footer(2),
  ]);
  return Buffer.concat([u32(0x5145564d), u32(3), config, start]);
}

/** A PART (or END) section of these pages, naming a block only when it changes, as QEMU does. */
function section(type: 0x02 | 0x03, pages: Page[], last?: string): Buffer {
  const out = [Buffer.from([type]), u32(2)];
  for (const p of pages) {
    const kind = p.zero !== undefined ? 0x02 : 0x08;
    out.push(u64(BigInt(p.index * PAGE) | BigInt(kind | (p.block === last ? 0x20 : 0))));
    if (p.block !== last) out.push(str(p.block));
    out.push(p.zero !== undefined ? Buffer.from([p.zero]) : Buffer.alloc(PAGE, p.data!));
    last = p.block;
  }
  return Buffer.concat([...out, EOS, footer(2)]);
}

const DEVICES = Buffer.concat([
  Buffer.from([0x04]),
  u32(26),
  str('0000:00:07.0/pcie-root-port'),
  u32(0),
  u32(1),
  Buffer.from('device state'),
  Buffer.from([0x00]),
]);
const flash = (block: string, n: number): Page[] => Array.from({ length: n }, (_, index) => ({ block, index, zero: 0 }));
const EMPTY = ['virt.flash0', 'virt.flash1'];

describe('dropEmptyBlocks', () => {
  test('leaves out the zero pages of empty blocks, keeps every other record and the devices as they are', () => {
    const rom: Page[] = [
      { block: '/rom@etc/acpi/tables', index: 0, data: 0xa5 },
      { block: '/rom@etc/acpi/tables', index: 1, zero: 0 },
    ];
    const stream = Buffer.concat([
      header(),
      section(0x02, [...flash('virt.flash0', 3), ...flash('virt.flash1', 2), ...rom]),
      section(0x03, []),
      DEVICES,
    ]);
    const { stream: out, dropped } = dropEmptyBlocks(stream, EMPTY, 10);
    expect([...dropped]).toEqual([
      ['virt.flash0', 3],
      ['virt.flash1', 2],
    ]);
    expect(out).toEqual(Buffer.concat([header(), section(0x02, rom), section(0x03, []), DEVICES]));
  });

  test('names the block again where the stream continued one whose pages it left out', () => {
    // QEMU named the ROM once, then continued it across the flash's pages in the next section.
    const rom0: Page = { block: '/rom@etc/acpi/tables', index: 0, data: 1 };
    const rom1: Page = { block: '/rom@etc/acpi/tables', index: 1, data: 2 };
    const stream = Buffer.concat([
      header(),
      section(0x02, [rom0]),
      section(0x02, [rom1], rom0.block),
      section(0x03, flash('virt.flash1', 4)),
      DEVICES,
    ]);
    const { stream: out } = dropEmptyBlocks(stream, EMPTY, 10);
    expect(out).toEqual(Buffer.concat([header(), section(0x02, [rom0]), section(0x02, [rom1]), section(0x03, []), DEVICES]));
    // Within a section, a page after left-out ones names its block.
    const mixed = Buffer.concat([header(), section(0x02, [rom0, ...flash('virt.flash0', 2), rom1]), DEVICES]);
    expect(dropEmptyBlocks(mixed, EMPTY, 10).stream).toEqual(Buffer.concat([header(), section(0x02, [rom0, rom1]), DEVICES]));
  });

  test('keeps every record of a listed block that holds data or a page not cleared to zero', () => {
    const written = [...flash('virt.flash0', 2), { block: 'virt.flash0', index: 2, data: 7 }];
    const erased = [...flash('virt.flash1', 2), { block: 'virt.flash1', index: 2, zero: 0xff }];
    const stream = Buffer.concat([header(), section(0x02, [...written, ...erased]), DEVICES]);
    const { stream: out, dropped } = dropEmptyBlocks(stream, EMPTY, 10);
    expect(dropped.size).toBe(0);
    expect(out).toBe(stream);
  });

  test('returns a stream without the listed blocks as it is', () => {
    const stream = Buffer.concat([header(), section(0x02, [{ block: '/rom@etc/acpi/tables', index: 0, data: 3 }]), DEVICES]);
    expect(dropEmptyBlocks(stream, EMPTY, 10).stream).toBe(stream);
  });

  test('refuses what it does not know, naming it', () => {
    const cut = Buffer.concat([header(), section(0x02, flash('virt.flash0', 2))]);
    expect(() => dropEmptyBlocks(cut.subarray(0, cut.length - 12), EMPTY, 10)).toThrow(/the stream ends early/);
    expect(() => dropEmptyBlocks(Buffer.from('not a stream at all'), EMPTY, 10)).toThrow(MigrationFormat);
    const xbzrle = Buffer.concat([header(), Buffer.from([0x02]), u32(2), u64(0x40n), str('mem'), EOS, DEVICES]);
    expect(() => dropEmptyBlocks(xbzrle, EMPTY, 10)).toThrow(/flags 0x40/);
    const other = Buffer.concat([header(), Buffer.from([0x01]), u32(3), str('block'), u32(0), u32(1), DEVICES]);
    expect(() => dropEmptyBlocks(other, EMPTY, 10)).toThrow(/other than RAM \(block\)/);
    // Without x-ignore-shared the block list has no addresses: read as if it had, it would be misread.
    const shared = Buffer.concat([header(true, 'xbzrle'), DEVICES]);
    expect(() => dropEmptyBlocks(shared, EMPTY, 10)).toThrow(/without x-ignore-shared/);
  });

  test("uses the page size the configuration states, else the target's smallest", () => {
    // Without the target-page-bits subsection a data page is 1 KiB (pageBitsMin 10).
    const page = Buffer.concat([header(false), Buffer.from([0x02]), u32(2), u64(0x08n), str('mem'), Buffer.alloc(1024, 9), EOS, DEVICES]);
    expect(dropEmptyBlocks(page, EMPTY, 10).stream).toBe(page);
    expect(() => dropEmptyBlocks(page, EMPTY, 12)).toThrow(MigrationFormat);
  });
});
