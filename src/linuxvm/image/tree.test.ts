import { realpathSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { FetchedPackage } from './debian.js';
import { GuestTree } from './tree.js';

// The host's own root as the one "package": a Debian 12 x86_64 host, as CI runs on.
const host = { name: 'host', root: '/' } as FetchedPackage;

describe('GuestTree.loads', () => {
  test('a program and every library its loader maps, symlinks followed to the files', () => {
    const t = new GuestTree('amd64', [host]);
    t.take('/usr/bin/ls');
    const files = t.loads('/usr/bin/ls');
    expect(files[0]).toBe('/usr/bin/ls');
    expect(files).toContain(realpathSync('/usr/lib/x86_64-linux-gnu/libc.so.6'));
    // The interpreter, named /lib64/ld-linux-x86-64.so.2 in the program, is a symlink into /usr/lib.
    expect(files).toContain(realpathSync('/lib64/ld-linux-x86-64.so.2'));
    // Transitively: ls needs libselinux, which needs libpcre2.
    expect(files.some((f) => /libpcre2-8\.so/.test(f))).toBe(true);
    expect(new Set(files).size).toBe(files.length);
    for (const f of files) expect(t.entries.get(f.slice(1))?.type).toBe('file');
  });

  test('a static program loads nothing else', () => {
    const t = new GuestTree('amd64', [host]);
    t.take('/bin/busybox');
    expect(t.loads('/bin/busybox')).toEqual(['/usr/bin/busybox']);
  });
});
