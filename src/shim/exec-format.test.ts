import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseHeader } from './exec-format.js';

function elf(cls: 1 | 2, data: 1 | 2, osabi: number, machine: number): Buffer {
  const b = Buffer.alloc(64);
  b.writeUInt32BE(0x7f454c46, 0);
  b[4] = cls;
  b[5] = data;
  b[7] = osabi;
  if (data === 1) b.writeUInt16LE(machine, 18);
  else b.writeUInt16BE(machine, 18);
  return b;
}

test('ELF: os from EI_OSABI, architecture from e_machine with class and byte order', () => {
  const arch = (b: Buffer) => {
    const h = parseHeader(b);
    return h && 'platforms' in h ? h.platforms.map((p) => `${p.os}/${p.architecture}`).join(',') : h;
  };
  expect(arch(readFileSync('/bin/busybox'))).toBe('linux/amd64');
  expect(arch(elf(2, 1, 0, 183))).toBe('linux/arm64');
  expect(arch(elf(1, 1, 0, 40))).toBe('linux/arm');
  expect(arch(elf(1, 1, 3, 3))).toBe('linux/386');
  expect(arch(elf(2, 1, 0, 21))).toBe('linux/ppc64le');
  expect(arch(elf(2, 2, 0, 21))).toBe('linux/ppc64');
  expect(arch(elf(2, 2, 0, 22))).toBe('linux/s390x');
  expect(arch(elf(2, 1, 0, 243))).toBe('linux/riscv64');
  expect(arch(elf(2, 1, 0, 8))).toBe('linux/mips64le');
  expect(arch(elf(2, 1, 9, 62))).toBe('freebsd/amd64');
  expect(arch(elf(2, 1, 0, 9999))).toBe('linux/elf-machine-9999');
});

test('Mach-O: thin (either byte order) and universal', () => {
  expect(parseHeader(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0x0c, 0, 0, 0x01]))).toEqual({
    platforms: [{ os: 'darwin', architecture: 'arm64' }],
  });
  expect(parseHeader(Buffer.from([0xfe, 0xed, 0xfa, 0xcf, 0x01, 0, 0, 0x07]))).toEqual({
    platforms: [{ os: 'darwin', architecture: 'amd64' }],
  });
  const fat = Buffer.alloc(8 + 2 * 20);
  fat.writeUInt32BE(0xcafebabe, 0);
  fat.writeUInt32BE(2, 4);
  fat.writeUInt32BE(0x01000007, 8);
  fat.writeUInt32BE(0x0100000c, 28);
  expect(parseHeader(fat)).toEqual({
    platforms: [
      { os: 'darwin', architecture: 'amd64' },
      { os: 'darwin', architecture: 'arm64' },
    ],
  });
  // A Java class file shares the magic; its "count" is the class version.
  expect(parseHeader(Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52]))).toBeUndefined();
});

test('scripts name their interpreter; anything else is unknown', () => {
  expect(parseHeader(Buffer.from('#!/usr/bin/env python3\nprint()\n'))).toEqual({ interpreter: '/usr/bin/env' });
  expect(parseHeader(Buffer.from('#! /bin/sh -e\n'))).toEqual({ interpreter: '/bin/sh' });
  expect(parseHeader(Buffer.from('hello'))).toBeUndefined();
  expect(parseHeader(Buffer.alloc(0))).toBeUndefined();
});
