// A small ELF reader: just what dependency resolution needs (class, byte order, machine, the
// PT_INTERP interpreter, DT_NEEDED, DT_RPATH/DT_RUNPATH). It reads the headers and the dynamic
// section through a file handle instead of loading the file, and never runs anything: `ldd`
// runs the binary's own loader (ldd(1) warns against it for untrusted files) and cannot look
// at a foreign architecture's binaries; the npm ELF parsers (elfy, elf-tools) are unmaintained,
// untyped and read whole files. Layout per the System V gABI (elf(5)).
import { open, type FileHandle } from 'node:fs/promises';

export interface ElfInfo {
  class: 32 | 64;
  littleEndian: boolean;
  /** e_machine (EM_X86_64 = 62, EM_AARCH64 = 183, …) */
  machine: number;
  /** e_type: 2 executable, 3 shared object (or PIE) */
  type: number;
  interpreter?: string;
  needed: string[];
  rpath: string[];
  runpath: string[];
}

const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_STRSZ = 10;
const DT_RPATH = 15;
const DT_RUNPATH = 29;

/** OCI architectures of the ELF machines an image can be cut for. */
export const ELF_MACHINES: Record<number, string> = {
  3: '386',
  8: 'mips',
  20: 'ppc',
  21: 'ppc64',
  22: 's390x',
  40: 'arm',
  62: 'amd64',
  183: 'arm64',
  243: 'riscv64',
  258: 'loong64',
};

interface Segment {
  type: number;
  offset: number;
  vaddr: number;
  filesz: number;
}

/** Reads an ELF file's dependency facts; undefined for anything that is not ELF. */
export async function readElf(path: string): Promise<ElfInfo | undefined> {
  const fh = await open(path, 'r');
  try {
    return await parse(fh);
  } finally {
    await fh.close();
  }
}

async function read(fh: FileHandle, offset: number, length: number): Promise<Buffer> {
  const b = Buffer.alloc(length);
  const { bytesRead } = await fh.read(b, 0, length, offset);
  if (bytesRead < length) throw new Error(`truncated ELF file (wanted ${length} bytes at ${offset})`);
  return b;
}

async function parse(fh: FileHandle): Promise<ElfInfo | undefined> {
  const ident = Buffer.alloc(64);
  const { bytesRead } = await fh.read(ident, 0, 64, 0);
  if (bytesRead < 52 || ident.readUInt32BE(0) !== 0x7f454c46) return undefined;
  const is64 = ident[4] === 2;
  const le = ident[5] === 1;
  const u16 = (b: Buffer, o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (b: Buffer, o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const addr = (b: Buffer, o: number) => (is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o));
  const info: ElfInfo = {
    class: is64 ? 64 : 32,
    littleEndian: le,
    type: u16(ident, 16),
    machine: u16(ident, 18),
    needed: [],
    rpath: [],
    runpath: [],
  };
  const phoff = addr(ident, is64 ? 32 : 28);
  const phentsize = u16(ident, is64 ? 54 : 42);
  const phnum = u16(ident, is64 ? 56 : 44);
  if (!phoff || !phnum) return info;
  const ph = await read(fh, phoff, phentsize * phnum);
  const segs: Segment[] = [];
  for (let i = 0; i < phnum; i++) {
    const o = i * phentsize;
    segs.push(
      is64
        ? { type: u32(ph, o), offset: addr(ph, o + 8), vaddr: addr(ph, o + 16), filesz: addr(ph, o + 32) }
        : { type: u32(ph, o), offset: u32(ph, o + 4), vaddr: u32(ph, o + 8), filesz: u32(ph, o + 16) },
    );
  }
  const interp = segs.find((s) => s.type === PT_INTERP);
  if (interp) info.interpreter = cstr(await read(fh, interp.offset, interp.filesz), 0);
  const dyn = segs.find((s) => s.type === PT_DYNAMIC);
  if (!dyn) return info;
  const d = await read(fh, dyn.offset, dyn.filesz);
  const size = is64 ? 16 : 8;
  const tags: [number, number][] = [];
  for (let o = 0; o + size <= d.length; o += size) {
    const tag = is64 ? addr(d, o) : u32(d, o);
    if (tag === DT_NULL) break;
    tags.push([tag, is64 ? addr(d, o + 8) : u32(d, o + 4)]);
  }
  const strtabAddr = tags.find(([t]) => t === DT_STRTAB)?.[1];
  const strsz = tags.find(([t]) => t === DT_STRSZ)?.[1];
  if (strtabAddr === undefined || strsz === undefined) return info;
  // DT_STRTAB is a virtual address: map it to a file offset through the PT_LOAD that holds it.
  const load = segs.find((s) => s.type === PT_LOAD && strtabAddr >= s.vaddr && strtabAddr < s.vaddr + s.filesz);
  if (!load) throw new Error('ELF string table outside every loaded segment');
  const strtab = await read(fh, load.offset + (strtabAddr - load.vaddr), strsz);
  for (const [tag, val] of tags) {
    if (tag === DT_NEEDED) info.needed.push(cstr(strtab, val));
    else if (tag === DT_RPATH) info.rpath.push(...cstr(strtab, val).split(':').filter(Boolean));
    else if (tag === DT_RUNPATH) info.runpath.push(...cstr(strtab, val).split(':').filter(Boolean));
  }
  return info;
}

function cstr(b: Buffer, at: number): string {
  const end = b.indexOf(0, at);
  return b.toString('utf8', at, end < 0 ? b.length : end);
}
