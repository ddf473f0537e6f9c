// A small Mach-O reader for dependency resolution: the dynamic linker (LC_LOAD_DYLINKER), the
// dylibs a file loads (LC_LOAD_DYLIB and its weak, re-export, upward and lazy forms) and its
// LC_RPATHs, from the slice of a universal (fat) file that matches the image's architecture.
// Layout per <mach-o/loader.h> and <mach-o/fat.h>; it reads only the headers. Pure parsing, so
// it is unit-tested on Linux with Mach-O bytes built to that layout; never yet run on a Mac.
import { open, type FileHandle } from 'node:fs/promises';

export interface MachoDylib {
  name: string;
  /** LC_LOAD_WEAK_DYLIB: a missing library is not an error. */
  weak: boolean;
}

export interface MachoInfo {
  /** MH_EXECUTE 2, MH_DYLIB 6, MH_BUNDLE 8, … */
  filetype: number;
  cputype: number;
  dylinker?: string;
  dylibs: MachoDylib[];
  rpaths: string[];
}

const MH_MAGIC = 0xfeedface;
const MH_MAGIC_64 = 0xfeedfacf;
const FAT_MAGIC = 0xcafebabe;
const FAT_MAGIC_64 = 0xcafebabf;
// Written out: LC_REQ_DYLD (0x80000000) | n in JS bit arithmetic would be a negative int32.
const LC_LOAD_DYLIB = 0xc;
const LC_LOAD_DYLINKER = 0xe;
const LC_LAZY_LOAD_DYLIB = 0x20;
const LC_LOAD_WEAK_DYLIB = 0x80000018;
const LC_RPATH = 0x8000001c;
const LC_REEXPORT_DYLIB = 0x8000001f;
const LC_LOAD_UPWARD_DYLIB = 0x80000023;
const DYLIB_CMDS = new Set([LC_LOAD_DYLIB, LC_LOAD_WEAK_DYLIB, LC_REEXPORT_DYLIB, LC_LOAD_UPWARD_DYLIB, LC_LAZY_LOAD_DYLIB]);

/** cputype of each OCI architecture (CPU_ARCH_ABI64 | CPU_TYPE_X86 / CPU_TYPE_ARM). */
export const MACHO_CPU: Record<string, number> = { amd64: 0x01000007, arm64: 0x0100000c, '386': 7, arm: 12 };

export class MachoArchMismatch extends Error {
  constructor(readonly cputypes: number[]) {
    super(`no slice for the wanted architecture (cputypes ${cputypes.map((c) => `0x${c.toString(16)}`).join(', ')})`);
  }
}

/** Reads the Mach-O facts of `path` for `cputype`; undefined for a file that is not Mach-O. */
export async function readMacho(path: string, cputype: number): Promise<MachoInfo | undefined> {
  const fh = await open(path, 'r');
  try {
    return await parse(fh, cputype);
  } finally {
    await fh.close();
  }
}

async function read(fh: FileHandle, offset: number, length: number): Promise<Buffer> {
  const b = Buffer.alloc(length);
  const { bytesRead } = await fh.read(b, 0, length, offset);
  if (bytesRead < length) throw new Error(`truncated Mach-O file (wanted ${length} bytes at ${offset})`);
  return b;
}

async function parse(fh: FileHandle, cputype: number): Promise<MachoInfo | undefined> {
  const head = Buffer.alloc(32);
  const { bytesRead } = await fh.read(head, 0, 32, 0);
  if (bytesRead < 28) return undefined;
  const be = head.readUInt32BE(0);
  if (be === FAT_MAGIC || be === FAT_MAGIC_64) {
    const n = head.readUInt32BE(4);
    // Java class files share 0xcafebabe; their "count" (minor/major version) is far larger.
    if (n === 0 || n > 32) return undefined;
    const size = be === FAT_MAGIC_64 ? 32 : 20;
    const archs = await read(fh, 8, n * size);
    const types: number[] = [];
    for (let i = 0; i < n; i++) {
      const o = i * size;
      const type = archs.readUInt32BE(o);
      types.push(type);
      if (type !== cputype) continue;
      const offset = size === 32 ? Number(archs.readBigUInt64BE(o + 8)) : archs.readUInt32BE(o + 8);
      return thin(fh, offset, cputype);
    }
    throw new MachoArchMismatch(types);
  }
  return thin(fh, 0, cputype);
}

async function thin(fh: FileHandle, base: number, cputype: number): Promise<MachoInfo | undefined> {
  const h = await read(fh, base, 28);
  const magic = h.readUInt32LE(0);
  // Every Mach-O Apple ships today is little-endian (x86_64, arm64).
  if (magic !== MH_MAGIC && magic !== MH_MAGIC_64) return undefined;
  const info: MachoInfo = { cputype: h.readUInt32LE(4), filetype: h.readUInt32LE(12), dylibs: [], rpaths: [] };
  if (info.cputype !== cputype) throw new MachoArchMismatch([info.cputype]);
  const ncmds = h.readUInt32LE(16);
  const sizeofcmds = h.readUInt32LE(20);
  const cmds = await read(fh, base + (magic === MH_MAGIC_64 ? 32 : 28), sizeofcmds);
  const str = (at: number, end: number) => {
    const z = cmds.indexOf(0, at);
    return cmds.toString('utf8', at, z < 0 || z > end ? end : z);
  };
  for (let i = 0, o = 0; i < ncmds && o + 8 <= cmds.length; i++) {
    const cmd = cmds.readUInt32LE(o);
    const size = cmds.readUInt32LE(o + 4);
    if (size < 8 || o + size > cmds.length) throw new Error(`malformed Mach-O load command ${i}`);
    // dylib_command, dylinker_command and rpath_command all hold an lc_str offset at +8.
    const name = () => str(o + cmds.readUInt32LE(o + 8), o + size);
    if (DYLIB_CMDS.has(cmd)) info.dylibs.push({ name: name(), weak: cmd === LC_LOAD_WEAK_DYLIB });
    else if (cmd === LC_RPATH) info.rpaths.push(name());
    else if (cmd === LC_LOAD_DYLINKER) info.dylinker = name();
    o += size;
  }
  return info;
}
