import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { pruneImages } from './ensure.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A cache's guest directory with images whose mtimes are their index in seconds after the epoch. */
function cache(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-unit-images-'));
  dirs.push(dir);
  names.forEach((n, i) => {
    mkdirSync(join(dir, n));
    utimesSync(join(dir, n), 1000 + i, 1000 + i);
  });
  writeFileSync(join(dir, 'amd64.lock'), '1');
  return dir;
}

test('keeps the newest images of the architecture and the current one, and removes the rest', () => {
  const dir = cache(['amd64-a', 'amd64-b', 'arm64-a', 'amd64-c', 'amd64-d', 'amd64-e', 'amd64-f.123.tmp', 'amd64-g']);
  // The current image is the oldest here (a checkout of older code built again): it stays too.
  const gone = pruneImages(dir, 'amd64', join(dir, 'amd64-a'));
  expect(gone.sort()).toEqual([join(dir, 'amd64-b'), join(dir, 'amd64-c')]);
  expect(readdirSync(dir).sort()).toEqual(['amd64-a', 'amd64-d', 'amd64-e', 'amd64-f.123.tmp', 'amd64-g', 'amd64.lock', 'arm64-a']);
});

test('with fewer images than it keeps, nothing goes; keep 1 leaves only the current one', () => {
  const dir = cache(['amd64-a', 'amd64-b']);
  expect(pruneImages(dir, 'amd64', join(dir, 'amd64-b'))).toEqual([]);
  expect(pruneImages(dir, 'amd64', join(dir, 'amd64-b'), 1)).toEqual([join(dir, 'amd64-a')]);
  expect(readdirSync(dir).sort()).toEqual(['amd64-b', 'amd64.lock']);
});
