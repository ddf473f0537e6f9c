import { describe, expect, it } from 'vitest';
import { trimZeroTails } from './kernel.js';

/** A minimal ELF64 LE header with the given PT_LOAD segments (offset, file size, mem size). */
function elf(segments: { off: number; filesz: number; memsz: number; fill: (i: number) => number }[], size: number): Buffer {
  const b = Buffer.alloc(size);
  b.writeUInt32BE(0x7f454c46, 0);
  b[4] = 2;
  b[5] = 1;
  b.writeBigUInt64LE(64n, 32);
  b.writeUInt16LE(56, 54);
  b.writeUInt16LE(segments.length + 1, 56);
  segments.forEach((s, i) => {
    const ph = 64 + i * 56;
    b.writeUInt32LE(1, ph);
    b.writeBigUInt64LE(BigInt(s.off), ph + 8);
    b.writeBigUInt64LE(BigInt(s.filesz), ph + 32);
    b.writeBigUInt64LE(BigInt(s.memsz), ph + 40);
    for (let j = 0; j < s.filesz; j++) b[s.off + j] = s.fill(j);
  });
  b.writeUInt32LE(4, 64 + segments.length * 56); // a PT_NOTE, untouched
  b.writeBigUInt64LE(16n, 64 + segments.length * 56 + 32);
  return b;
}
const filesz = (b: Buffer, i: number) => Number(b.readBigUInt64LE(64 + i * 56 + 32));
const memsz = (b: Buffer, i: number) => Number(b.readBigUInt64LE(64 + i * 56 + 40));

describe('trimZeroTails', () => {
  it("cuts each PT_LOAD's trailing zeros from its file size, keeps its memory size", () => {
    const b = elf(
      [
        { off: 512, filesz: 256, memsz: 256, fill: (j) => (j < 100 ? 7 : 0) },
        { off: 1024, filesz: 256, memsz: 4096, fill: (j) => (j === 255 ? 1 : 0) },
        { off: 2048, filesz: 128, memsz: 128, fill: () => 0 },
      ],
      4096,
    );
    expect(trimZeroTails(b)).toBe(156 + 0 + 128);
    expect([filesz(b, 0), filesz(b, 1), filesz(b, 2), filesz(b, 3)]).toEqual([100, 256, 0, 16]);
    expect([memsz(b, 0), memsz(b, 1), memsz(b, 2)]).toEqual([256, 4096, 128]);
    expect(trimZeroTails(b)).toBe(0); // idempotent
  });

  it('leaves what is not a 64-bit little-endian ELF alone', () => {
    const b = Buffer.from('not an elf at all, just some bytes padded out to sixty-four.....');
    const copy = Buffer.from(b);
    expect(trimZeroTails(b)).toBe(0);
    expect(b).toEqual(copy);
  });
});
