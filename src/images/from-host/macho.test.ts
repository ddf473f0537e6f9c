import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MACHO_CPU, MachoArchMismatch, readMacho } from './macho.js';
import { DarwinSystem } from './system-darwin.js';

// No Mac here: Mach-O files are built byte by byte to <mach-o/loader.h>'s layout (64-bit
// little-endian header, load commands with an lc_str offset at +8), thin and universal.
const dir = mkdtempSync(join(tmpdir(), 'macho-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LC = { LOAD_DYLIB: 0xc, LOAD_DYLINKER: 0xe, LOAD_WEAK_DYLIB: 0x80000018, RPATH: 0x8000001c, REEXPORT_DYLIB: 0x8000001f, UUID: 0x1b };

function cmd(type: number, str?: string): Buffer {
  if (str === undefined) return withHead(Buffer.alloc(24), type); // e.g. LC_UUID: skipped
  const strOff = type === LC.LOAD_DYLINKER || type === LC.RPATH ? 12 : 24; // dylinker/rpath vs dylib_command
  const size = Math.ceil((strOff + str.length + 1) / 8) * 8;
  const b = withHead(Buffer.alloc(size), type);
  b.writeUInt32LE(strOff, 8);
  b.write(str, strOff);
  return b;
}
function withHead(b: Buffer, type: number): Buffer {
  b.writeUInt32LE(type >>> 0, 0);
  b.writeUInt32LE(b.length, 4);
  return b;
}
function thin(cputype: number, filetype: number, cmds: Buffer[]): Buffer {
  const h = Buffer.alloc(32);
  h.writeUInt32LE(0xfeedfacf, 0);
  h.writeUInt32LE(cputype, 4);
  h.writeUInt32LE(filetype, 12);
  h.writeUInt32LE(cmds.length, 16);
  h.writeUInt32LE(
    cmds.reduce((n, c) => n + c.length, 0),
    20,
  );
  return Buffer.concat([h, ...cmds]);
}
function fat(slices: [number, Buffer][]): Buffer {
  const head = Buffer.alloc(8 + 20 * slices.length);
  head.writeUInt32BE(0xcafebabe, 0);
  head.writeUInt32BE(slices.length, 4);
  let off = 4096;
  const bodies: Buffer[] = [];
  slices.forEach(([cpu, body], i) => {
    head.writeUInt32BE(cpu, 8 + i * 20);
    head.writeUInt32BE(off, 8 + i * 20 + 8);
    head.writeUInt32BE(body.length, 8 + i * 20 + 12);
    bodies.push(Buffer.concat([body, Buffer.alloc(4096 - (body.length % 4096))]));
    off += bodies.at(-1)!.length;
  });
  return Buffer.concat([head, Buffer.alloc(4096 - head.length), ...bodies]);
}
const file = (name: string, b: Buffer) => {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, b);
  return p;
};

const tool = (cpu: number) =>
  thin(cpu, 2, [
    cmd(LC.LOAD_DYLINKER, '/usr/lib/dyld'),
    cmd(LC.UUID),
    cmd(LC.RPATH, '@loader_path/../lib'),
    cmd(LC.LOAD_DYLIB, '/usr/lib/libSystem.B.dylib'),
    cmd(LC.LOAD_DYLIB, '@rpath/libfoo.dylib'),
    cmd(LC.LOAD_WEAK_DYLIB, '/opt/none/libweak.dylib'),
    cmd(LC.REEXPORT_DYLIB, '/System/Library/Frameworks/CoreFoundation.framework/Versions/A/CoreFoundation'),
  ]);

describe('readMacho', () => {
  test('thin arm64 executable: dylinker, dylibs (weak marked), rpaths', async () => {
    const m = (await readMacho(file('thin', tool(MACHO_CPU.arm64!)), MACHO_CPU.arm64!))!;
    expect(m.filetype).toBe(2);
    expect(m.dylinker).toBe('/usr/lib/dyld');
    expect(m.rpaths).toEqual(['@loader_path/../lib']);
    expect(m.dylibs).toEqual([
      { name: '/usr/lib/libSystem.B.dylib', weak: false },
      { name: '@rpath/libfoo.dylib', weak: false },
      { name: '/opt/none/libweak.dylib', weak: true },
      { name: '/System/Library/Frameworks/CoreFoundation.framework/Versions/A/CoreFoundation', weak: false },
    ]);
  });

  test('universal file: the slice of the wanted architecture', async () => {
    const x86 = thin(MACHO_CPU.amd64!, 2, [cmd(LC.LOAD_DYLIB, '/usr/lib/libx86only.dylib')]);
    const p = file(
      'fat',
      fat([
        [MACHO_CPU.amd64!, x86],
        [MACHO_CPU.arm64!, tool(MACHO_CPU.arm64!)],
      ]),
    );
    expect((await readMacho(p, MACHO_CPU.amd64!))!.dylibs).toEqual([{ name: '/usr/lib/libx86only.dylib', weak: false }]);
    expect((await readMacho(p, MACHO_CPU.arm64!))!.dylibs).toHaveLength(4);
  });

  test('no slice for the architecture: MachoArchMismatch listing what is there', async () => {
    const p = file('fat-x86', fat([[MACHO_CPU.amd64!, thin(MACHO_CPU.amd64!, 2, [])]]));
    await expect(readMacho(p, MACHO_CPU.arm64!)).rejects.toBeInstanceOf(MachoArchMismatch);
    await expect(readMacho(file('thin-x86', thin(MACHO_CPU.amd64!, 2, [])), MACHO_CPU.arm64!)).rejects.toThrow(/0x1000007/);
  });

  test('not Mach-O: ELF, text, a Java class file (0xcafebabe with a version, not a slice count)', async () => {
    expect(await readMacho('/bin/ls', MACHO_CPU.arm64!)).toBeUndefined();
    expect(await readMacho('/etc/passwd', MACHO_CPU.arm64!)).toBeUndefined();
    const cls = Buffer.alloc(64);
    cls.writeUInt32BE(0xcafebabe, 0);
    cls.writeUInt32BE(0x00000041, 4); // minor 0, major 65
    expect(await readMacho(file('A.class', cls), MACHO_CPU.arm64!)).toBeUndefined();
  });

  test('a load command running past the commands fails as malformed', async () => {
    const b = tool(MACHO_CPU.arm64!);
    b.writeUInt32LE(4000, 32 + 4); // first command's size
    await expect(readMacho(file('bad', b), MACHO_CPU.arm64!)).rejects.toThrow(/malformed Mach-O load command 0/);
  });
});

describe('DarwinSystem.dependencies (resolution rules; the host paths are this Linux host)', () => {
  const sys = new DarwinSystem('arm64');

  test('@rpath through @loader_path; system libraries left to the shared cache; weak missing ignored', async () => {
    const bin = file('app/bin/tool', tool(MACHO_CPU.arm64!));
    const lib = file('app/lib/libfoo.dylib', thin(MACHO_CPU.arm64!, 6, []));
    expect(await sys.dependencies(bin)).toEqual(['/usr/lib/dyld', lib]);
  });

  test('a missing absolute library names the file, the library and where it looked', async () => {
    const bin = file('lone/tool', thin(MACHO_CPU.arm64!, 2, [cmd(LC.LOAD_DYLIB, '/opt/x/libgone.dylib')]));
    await expect(new DarwinSystem('arm64').dependencies(bin)).rejects.toThrow(
      `${bin} needs /opt/x/libgone.dylib, which is not on this Mac (searched /opt/x/libgone.dylib): list its path too`,
    );
  });

  test("an @rpath name its own LC_RPATHs miss (the executable's rpath): satisfied by a file of that path in the cut, else named", async () => {
    const s = new DarwinSystem('arm64');
    const lib = file(
      'Bundle.app/Contents/Frameworks/Inner.framework/Versions/A/lib',
      thin(MACHO_CPU.arm64!, 6, [cmd(LC.RPATH, '/opt/x'), cmd(LC.LOAD_DYLIB, '@rpath/Dep.framework/Versions/A/Dep')]),
    );
    expect(await s.dependencies(lib)).toEqual([]);
    await expect(s.unresolved(new Set(['/x/Frameworks/Dep.framework/Versions/A/Dep']))).resolves.toBeUndefined();
    await expect(s.unresolved(new Set(['/x/Frameworks/Other.framework/Versions/A/Dep']))).rejects.toThrow(
      `${lib} needs @rpath/Dep.framework/Versions/A/Dep, which is neither found (searched /opt/x/Dep.framework/Versions/A/Dep) nor anywhere in the cut: list the bundle that holds it`,
    );
  });

  test('a file without the architecture names the fix', async () => {
    const bin = file('x86/tool', thin(MACHO_CPU.amd64!, 2, []));
    await expect(sys.dependencies(bin)).rejects.toThrow(/has no arm64 code .*choose another --platform or leave it out/);
  });

  test('base() on a host without a dyld shared cache says so', async () => {
    await expect(sys.base()).rejects.toThrow(/no dyld shared cache in \/System\/Library\/dyld/);
  });
});
