// Reads what the dynamic loader needs from an ELF file: its interpreter (PT_INTERP), the shared
// libraries it names (DT_NEEDED) and its search path (DT_RUNPATH/DT_RPATH). Enough to compute the
// library closure of a guest binary of any architecture without running it (an arm64 `node`
// cannot run on an x86_64 build host) and without binutils.
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';

export interface ElfInfo {
  machine: number; // e_machine: 62 = x86_64, 183 = aarch64
  interp?: string;
  needed: string[];
  runpath: string[];
}

const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const PT_LOAD = 1;
const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_RPATH = 15;
const DT_RUNPATH = 29;

export const ELF_MACHINE: Record<string, number> = { amd64: 62, arm64: 183 };

/** True when the file starts with the ELF magic. */
export function isElf(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(4);
    return readSync(fd, b, 0, 4, 0) === 4 && b.readUInt32BE(0) === 0x7f454c46;
  } finally {
    closeSync(fd);
  }
}

/** Parses a 64-bit little-endian ELF (the only kind our guests use). */
export function readElf(path: string): ElfInfo {
  if (!isElf(path)) throw new Error(`${path}: not an ELF file`);
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const at = (off: number, len: number): Buffer => {
      if (off < 0 || off + len > size) throw new Error(`${path}: truncated ELF (offset ${off})`);
      const b = Buffer.alloc(len);
      readSync(fd, b, 0, len, off);
      return b;
    };
    return parse(at, path);
  } finally {
    closeSync(fd);
  }
}

function parse(at: (off: number, len: number) => Buffer, path: string): ElfInfo {
  const h = at(0, 64);
  if (h.readUInt32BE(0) !== 0x7f454c46) throw new Error(`${path}: not an ELF file`);
  if (h[4] !== 2 || h[5] !== 1) throw new Error(`${path}: only 64-bit little-endian ELF is supported`);
  const machine = h.readUInt16LE(18);
  const phoff = Number(h.readBigUInt64LE(32));
  const phentsize = h.readUInt16LE(54);
  const phnum = h.readUInt16LE(56);
  const loads: { vaddr: bigint; off: bigint; filesz: bigint }[] = [];
  let interp: string | undefined;
  let dyn: { off: number; size: number } | undefined;
  for (let i = 0; i < phnum; i++) {
    const p = at(phoff + i * phentsize, 56);
    const type = p.readUInt32LE(0);
    const off = p.readBigUInt64LE(8);
    const vaddr = p.readBigUInt64LE(16);
    const filesz = p.readBigUInt64LE(32);
    if (type === PT_LOAD) loads.push({ vaddr, off, filesz });
    if (type === PT_INTERP) interp = cstr(at(Number(off), Number(filesz)), 0);
    if (type === PT_DYNAMIC) dyn = { off: Number(off), size: Number(filesz) };
  }
  const out: ElfInfo = { machine, interp, needed: [], runpath: [] };
  if (!dyn) return out; // static executable
  const entries: [bigint, bigint][] = [];
  const d = at(dyn.off, dyn.size);
  for (let o = 0; o + 16 <= d.length; o += 16) {
    const tag = d.readBigInt64LE(o);
    if (tag === BigInt(DT_NULL)) break;
    entries.push([tag, d.readBigUInt64LE(o + 8)]);
  }
  const strtabAddr = entries.find(([t]) => t === BigInt(DT_STRTAB))?.[1];
  if (strtabAddr === undefined) return out;
  // DT_STRTAB is a virtual address: map it to a file offset through the PT_LOAD segments.
  const seg = loads.find((l) => strtabAddr >= l.vaddr && strtabAddr < l.vaddr + l.filesz);
  if (!seg) throw new Error(`${path}: DT_STRTAB outside the loaded segments`);
  const strOff = Number(strtabAddr - seg.vaddr + seg.off);
  const str = (idx: bigint): string => cstr(at(strOff + Number(idx), 4096), 0, true);
  for (const [tag, val] of entries) {
    if (tag === BigInt(DT_NEEDED)) out.needed.push(str(val));
    if (tag === BigInt(DT_RUNPATH) || tag === BigInt(DT_RPATH)) out.runpath.push(...str(val).split(':').filter(Boolean));
  }
  return out;
}

function cstr(b: Buffer, off: number, allowTruncated = false): string {
  const end = b.indexOf(0, off);
  if (end < 0 && !allowTruncated) throw new Error('unterminated string in ELF');
  return b.toString('utf8', off, end < 0 ? b.length : end);
}
