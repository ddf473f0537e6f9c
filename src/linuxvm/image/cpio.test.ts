import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCpio, type CpioEntry } from './cpio.js';
import { isElf, readElf } from './elf.js';
import { shellLine } from './build.js';
import { excluder } from './repo-files.js';
import { mergedUsr } from './tree.js';

const entries: CpioEntry[] = [
  { path: 'usr/bin/hello', type: 'file', mode: 0o755, source: Buffer.from('#!/bin/sh\necho hi\n') },
  { path: 'usr', type: 'dir', mode: 0o755 },
  { path: 'usr/bin', type: 'dir', mode: 0o755 },
  { path: 'bin', type: 'symlink', target: 'usr/bin' },
  { path: 'dev', type: 'dir', mode: 0o755 },
  { path: 'dev/console', type: 'char', mode: 0o600, major: 5, minor: 1 },
];

describe('writeCpio', () => {
  test('same entries in any order give the same bytes', () => {
    const a = Buffer.concat(writeCpio(entries, 0));
    const b = Buffer.concat(writeCpio([...entries].reverse(), 0));
    expect(a.equals(b)).toBe(true);
    expect(a.length % 4).toBe(0);
    expect(Buffer.concat(writeCpio(entries, 1)).equals(a)).toBe(false); // mtime is in the header
  });

  test('GNU cpio reads it back: types, modes, contents, links', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpio-test-'));
    try {
      writeFileSync(
        join(dir, 'a.cpio'),
        Buffer.concat(
          writeCpio(
            entries.filter((e) => e.type !== 'char'),
            1_700_000_000,
          ),
        ),
      );
      execFileSync('cpio', ['-idm', '--quiet', '-F', join(dir, 'a.cpio')], { cwd: dir });
      expect(readFileSync(join(dir, 'usr/bin/hello'), 'utf8')).toBe('#!/bin/sh\necho hi\n');
      expect(statSync(join(dir, 'usr/bin/hello')).mode & 0o777).toBe(0o755);
      expect(statSync(join(dir, 'usr/bin/hello')).mtimeMs).toBe(1_700_000_000_000);
      expect(readlinkSync(join(dir, 'bin'))).toBe('usr/bin');
      const listing = execFileSync('cpio', ['-itv', '--quiet', '-F', join(dir, 'a.cpio')], { encoding: 'utf8' });
      expect(listing).toMatch(/root\s+root/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('duplicate paths are refused', () => {
    expect(() => writeCpio([entries[1]!, entries[1]!], 0)).toThrow(/duplicate/);
  });
});

describe('readElf', () => {
  test('reads interpreter and needed libraries of a host binary', () => {
    const node = process.execPath;
    expect(isElf(node)).toBe(true);
    const e = readElf(node);
    expect(e.machine).toBe(process.arch === 'x64' ? 62 : 183);
    expect(e.interp).toMatch(/ld-linux/);
    expect(e.needed).toContain('libc.so.6');
  });

  test('a static binary has no interpreter and no needed libraries', () => {
    const e = readElf('/bin/busybox'); // busybox-static
    expect(e.interp).toBeUndefined();
    expect(e.needed).toEqual([]);
  });

  test('non-ELF files are recognised', () => {
    expect(isElf('/etc/hostname')).toBe(false);
    expect(() => readElf('/etc/hostname')).toThrow(/not an ELF/);
  });
});

describe('helpers', () => {
  test('merged /usr layout', () => {
    expect(mergedUsr('/lib/x86_64-linux-gnu/libc.so.6')).toBe('/usr/lib/x86_64-linux-gnu/libc.so.6');
    expect(mergedUsr('/lib64/ld-linux-x86-64.so.2')).toBe('/usr/lib64/ld-linux-x86-64.so.2');
    expect(mergedUsr('bin/busybox')).toBe('/usr/bin/busybox');
    expect(mergedUsr('/usr/share/x/../y')).toBe('/usr/share/y');
    expect(mergedUsr('/library/x')).toBe('/library/x');
  });

  test('excluder: names with wildcards, paths as prefixes', () => {
    const skip = excluder(['*.map', 'node_modules/protobufjs/dist']);
    expect(skip('dist/a.js.map')).toBe(true);
    expect(skip('dist/a.js')).toBe(false);
    expect(skip('node_modules/protobufjs/dist')).toBe(true);
    expect(skip('node_modules/protobufjs/dist/x.js')).toBe(true);
    expect(skip('node_modules/protobufjs/distance.js')).toBe(false);
  });

  test('shellLine quotes what needs quoting', () => {
    expect(shellLine(['sysctl', '-w', 'a.b=1'])).toBe('sysctl -w a.b=1');
    expect(shellLine(['echo', "it's here", '$HOME'])).toBe(`echo 'it'\\''s here' '$HOME'`);
  });
});
