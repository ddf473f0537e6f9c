// A saved template's migration stream with the zero pages of RAM blocks that are empty left out
// (docs/guest-measurements.md, "The arm64 `virt` machine's flash"). QEMU's `virt` machine always
// has two 64 MiB flash devices, which tandem leaves empty; the save writes their 32768 pages as
// zero pages, and a restore reads each page to see whether it must clear it. On a host kernel that
// backs such reads with pages of their own (the one this was measured on), that made 128 MiB of
// QEMU resident for the VM's life. A zero page left out of the stream is never touched: the
// restored QEMU's block is zero already, as the saved one was.
//
// The format is QEMU 7.2's (migration/savevm.c, migration/ram.c) as a template's save writes it:
// the file header, the configuration section, the `ram` section's START, PART and END (RAM
// records), then the devices' state, copied as it is. Anything else is refused (MigrationFormat),
// and the caller keeps the stream as QEMU wrote it.

const FILE_MAGIC = 0x5145564d; // "QEVM"
const FILE_VERSION = 3;
const Section = { Start: 0x01, Part: 0x02, End: 0x03, Subsection: 0x05, Configuration: 0x07, Footer: 0x7e } as const;
const Flag = { Zero: 0x02, MemSize: 0x04, Page: 0x08, Eos: 0x10, Continue: 0x20 } as const;
/** The flags sit below the page offset; the smallest target page QEMU has is 1 KiB. */
const FLAG_BITS = 0x3ffn;

export class MigrationFormat extends Error {}

/** One RAM record of a PART or END section: a page's header and what follows it. */
interface RamRecord {
  block: string;
  offset: bigint;
  kind: typeof Flag.Zero | typeof Flag.Page;
  body: Buffer;
}

type Piece = Buffer | RamRecord;

class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}
  need(n: number): void {
    if (this.pos + n > this.buf.length) throw new MigrationFormat(`the stream ends early (at byte ${this.pos}, ${n} more needed)`);
  }
  u8(): number {
    this.need(1);
    return this.buf[this.pos++]!;
  }
  u32(): number {
    this.need(4);
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }
  u64(): bigint {
    this.need(8);
    const v = this.buf.readBigUInt64BE(this.pos);
    this.pos += 8;
    return v;
  }
  str(): string {
    const n = this.u8();
    return this.bytes(n).toString('latin1');
  }
  bytes(n: number): Buffer {
    this.need(n);
    return this.buf.subarray(this.pos, (this.pos += n));
  }
  peek(): number | undefined {
    return this.buf[this.pos];
  }
}

/**
 * The stream cut into pieces: bytes copied as they are, and the RAM records, each with its block
 * named (the stream names a block only when it changes: Flag.Continue).
 */
function parse(stream: Buffer, pageBitsMin: number): Piece[] {
  const r = new Reader(stream);
  if (r.u32() !== FILE_MAGIC || r.u32() !== FILE_VERSION) throw new MigrationFormat('not a QEMU migration stream of version 3');
  let pageSize = 2 ** pageBitsMin;
  const capabilities: string[] = [];
  if (r.peek() === Section.Configuration) {
    r.u8();
    r.bytes(r.u32()); // the machine's name
    while (r.peek() === Section.Subsection) {
      r.u8();
      const name = r.str();
      r.u32(); // its version
      if (name === 'configuration/target-page-bits') pageSize = 2 ** r.u32();
      else if (name === 'configuration/capabilities') for (let n = r.u32(); n > 0; n--) capabilities.push(r.str());
      else if (name === 'configuration/uuid') r.bytes(16);
      else throw new MigrationFormat(`unknown configuration subsection ${name}`);
    }
  }
  // The RAM section's block list carries each block's address only with this capability.
  if (!capabilities.includes('x-ignore-shared')) throw new MigrationFormat('a stream saved without x-ignore-shared');
  const pieces: Piece[] = [stream.subarray(0, r.pos)];
  let ramSection: number | undefined;
  let block: string | undefined;
  const footer = () => {
    const at = r.pos;
    if (r.peek() === Section.Footer) {
      r.u8();
      r.u32();
    }
    return stream.subarray(at, r.pos);
  };
  for (;;) {
    const start = r.pos;
    const type = r.peek();
    if (type === Section.Start) {
      r.u8();
      ramSection = r.u32();
      const id = r.str();
      if (id !== 'ram') throw new MigrationFormat(`an iterative section other than RAM (${id})`);
      r.u32(); // instance
      r.u32(); // version
      const head = r.u64();
      if ((head & FLAG_BITS) !== BigInt(Flag.MemSize)) throw new MigrationFormat('the RAM section does not start with its blocks');
      for (let total = head & ~FLAG_BITS; total > 0n;) {
        r.str();
        total -= r.u64(); // the block's length
        r.u64(); // its guest address, sent with x-ignore-shared (which a template's save sets)
      }
      if (r.u64() !== BigInt(Flag.Eos)) throw new MigrationFormat('the RAM blocks are not followed by their end');
      footer();
      pieces.push(stream.subarray(start, r.pos));
    } else if (type === Section.Part || type === Section.End) {
      r.u8();
      if (r.u32() !== ramSection) throw new MigrationFormat('a section other than RAM before the devices');
      pieces.push(stream.subarray(start, r.pos));
      for (;;) {
        const at = r.pos;
        const head = r.u64();
        const flags = Number(head & FLAG_BITS);
        if (flags === Flag.Eos) break;
        if (!(flags & Flag.Continue)) block = r.str();
        if (block === undefined) throw new MigrationFormat('a RAM page continues no block');
        const kind = flags & ~Flag.Continue;
        if (kind !== Flag.Zero && kind !== Flag.Page)
          throw new MigrationFormat(`a RAM page at byte ${at} has flags 0x${flags.toString(16)}`);
        pieces.push({ block, offset: head & ~FLAG_BITS, kind, body: r.bytes(kind === Flag.Zero ? 1 : pageSize) });
      }
      pieces.push(SECTION_END, footer());
    } else {
      // The devices' state: copied as it is.
      pieces.push(stream.subarray(start));
      return pieces;
    }
  }
}

/** The end of a PART or END section's pages (Flag.Eos); also where the writer names a block again. */
const SECTION_END = Buffer.from([0, 0, 0, 0, 0, 0, 0, Flag.Eos]);

export interface Trimmed {
  stream: Buffer;
  /** Zero pages left out, by block. */
  dropped: Map<string, number>;
}

/**
 * `stream` without the zero pages of those of `blocks` that are zero throughout (a block with a
 * page of data keeps all its records). Throws MigrationFormat for a stream it does not know.
 */
export function dropEmptyBlocks(stream: Buffer, blocks: readonly string[], pageBitsMin: number): Trimmed {
  const pieces = parse(stream, pageBitsMin);
  const records = pieces.filter((p): p is RamRecord => !Buffer.isBuffer(p));
  const empty = new Set(blocks.filter((b) => records.some((r) => r.block === b)));
  for (const r of records) if (r.kind !== Flag.Zero || r.body[0] !== 0) empty.delete(r.block);
  const dropped = new Map<string, number>();
  if (!empty.size) return { stream, dropped };
  const out: Buffer[] = [];
  let last: string | undefined; // the block the stream as written last named
  for (const p of pieces) {
    if (Buffer.isBuffer(p)) {
      // After a section's end its next one names its first page's block again.
      if (p === SECTION_END) last = undefined;
      out.push(p);
      continue;
    }
    if (empty.has(p.block)) {
      dropped.set(p.block, (dropped.get(p.block) ?? 0) + 1);
      continue;
    }
    const head = Buffer.alloc(8);
    head.writeBigUInt64BE(p.offset | BigInt(p.kind | (p.block === last ? Flag.Continue : 0)));
    out.push(head);
    if (p.block !== last) out.push(Buffer.from([p.block.length]), Buffer.from(p.block, 'latin1'));
    out.push(p.body);
    last = p.block;
  }
  return { stream: Buffer.concat(out), dropped };
}
