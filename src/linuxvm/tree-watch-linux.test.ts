import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { waitFor } from '../../test/helpers/run.js';
import { watchTreeLinux } from './tree-watch-linux.js';
import type { TreeWatch } from './tree-watch.js';

const dirs: string[] = [];
const open: TreeWatch[] = [];
afterEach(() => {
  for (const w of open.splice(0)) w.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(): string {
  const d = mkdtempSync(join(tmpdir(), 'tw-'));
  dirs.push(d);
  mkdirSync(join(d, 'a/b'), { recursive: true });
  mkdirSync(join(d, 'c'));
  return d;
}

test.runIf(process.platform === 'linux')(
  'changes anywhere in the tree, in directories made after the walk too, with what they already held',
  async () => {
    const root = tree();
    const seen: string[] = [];
    const w = watchTreeLinux(root, { onChange: (rel) => seen.push(rel), onError: (err) => seen.push(`error: ${err.message}`) });
    open.push(w);
    await w.ready;
    writeFileSync(join(root, 'a/b/deep.txt'), 'x');
    await waitFor(() => seen.includes('a/b/deep.txt'), 15_000, 'a/b/deep.txt');
    mkdirSync(join(root, 'c/new/inner'), { recursive: true });
    writeFileSync(join(root, 'c/new/inner/file.txt'), 'x');
    await waitFor(() => seen.includes('c/new/inner/file.txt'), 15_000, 'c/new/inner/file.txt');
    expect(seen.filter((s) => s.startsWith('error'))).toEqual([]);
  },
);

test.runIf(process.platform === 'linux')(
  'a tree of more directories than the bound: the first ones watched, one error saying so',
  async () => {
    const root = tree();
    const errors: string[] = [];
    const seen: string[] = [];
    const w = watchTreeLinux(root, { onChange: (rel) => seen.push(rel), onError: (err) => errors.push(err.message) }, 2);
    open.push(w);
    await w.ready;
    expect(errors).toEqual([`only the first 2 directories under ${root} are watched`]);
    writeFileSync(join(root, 'top.txt'), 'x');
    await waitFor(() => seen.includes('top.txt'), 15_000, 'top.txt');
  },
);
