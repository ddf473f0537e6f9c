// The booted guest's drop of its boot's unmapped page cache, on stand-in /proc files; the real
// drop is checked in a booted guest (test/integration/vm-executor.test.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { dropBootCache, type BootCachePaths } from './boot-cache.js';

let dir: string;
let paths: BootCachePaths;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-unit-boot-cache-'));
  paths = { meminfo: join(dir, 'meminfo'), dropCaches: join(dir, 'drop_caches') };
  writeFileSync(paths.meminfo, 'MemFree:  838000 kB\nCached:  54272 kB\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('asks the kernel to drop the page cache only (1: dentries and inodes stay) and reports the cache before and after', () => {
  const r = dropBootCache(paths);
  expect(readFileSync(paths.dropCaches, 'utf8')).toBe('1');
  expect(r?.cachedMiB).toEqual([53, 53]);
  expect(r?.ms).toBeGreaterThanOrEqual(0);
});

test('a guest that refuses the drop keeps its cache: reported, never thrown', () => {
  mkdirSync(paths.dropCaches); // writing a directory fails with EISDIR, as a read-only /proc would
  expect(dropBootCache(paths)).toBeUndefined();
  writeFileSync(paths.meminfo, 'MemFree:  1 kB\n');
  rmSync(paths.dropCaches, { recursive: true });
  expect(dropBootCache(paths)).toBeUndefined(); // no Cached field
});
