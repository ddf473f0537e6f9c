import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { safeJoin, trySafeJoin } from './mounts-subpath.js';

test("safeJoin follows symlinks inside the base and refuses a missing or escaping path in dockerd's words", () => {
  const base = mkdtempSync(join(tmpdir(), 'subpath-'));
  mkdirSync(join(base, 'a/b'), { recursive: true });
  symlinkSync('a/b', join(base, 'link'));
  symlinkSync('../..', join(base, 'a/up'));
  expect(safeJoin(base, 'link')).toBe(join(base, 'a/b'));
  expect(safeJoin(base, '.')).toBe(base);
  expect(() => safeJoin(base, 'a/nope/x')).toThrow(
    `cannot access path ${join(base, 'a/nope/x')}: lstat ${join(base, 'a/nope')}: no such file or directory`,
  );
  expect(() => safeJoin(base, 'a/up')).toThrow(`path concatenation escapes the base directory, base: ${base}, subpath: a/up`);
  expect(trySafeJoin(base, 'a/up')).toBeUndefined();
  rmSync(base, { recursive: true });
});
