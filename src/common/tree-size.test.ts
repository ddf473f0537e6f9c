import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { treeSize } from './tree-size.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('files summed, a hard link once, a symlink its own length (not followed), a missing path 0', async () => {
  dir = mkdtempSync(join(tmpdir(), 'tree-size-'));
  mkdirSync(join(dir, 'a/b'), { recursive: true });
  writeFileSync(join(dir, 'a/one'), Buffer.alloc(1000));
  writeFileSync(join(dir, 'a/b/two'), Buffer.alloc(24));
  linkSync(join(dir, 'a/one'), join(dir, 'a/b/same'));
  symlinkSync('/etc', join(dir, 'etc'));
  expect(await treeSize(dir)).toBe(1024 + '/etc'.length);
  expect(await treeSize(join(dir, 'a/b/two'))).toBe(24);
  expect(await treeSize(join(dir, 'nope'))).toBe(0);
});
