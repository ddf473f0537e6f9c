import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LayerEntry } from '../oci-archive.js';
import { HostTree, scriptInterpreter } from './collect.js';
import type { HostSystem } from './system.js';

// A host tree made in a temp dir, walked with a fake HostSystem whose "dependencies" are a
// table (the ELF/Mach-O resolvers have their own tests on real and built binaries).
const root = mkdtempSync(join(tmpdir(), 'collect-test-'));
const R = (p: string) => join(root, p);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const deps: Record<string, string[]> = {};
const fake: HostSystem = {
  base: () => Promise.resolve([{ image: `${root}/marker`, content: Buffer.from('m') }]),
  dependencies: (f) => Promise.resolve(deps[f] ?? []),
  unresolved: () => Promise.resolve(),
};
const rel = (es: LayerEntry[]) =>
  es.map((e) => `${e.type} ${e.path.slice(root.length)}${'target' in e ? ` -> ${e.target.replace(root, '')}` : ''}`);

beforeAll(() => {
  mkdirSync(R('usr/bin'), { recursive: true });
  mkdirSync(R('usr/lib/sub'), { recursive: true });
  symlinkSync('usr/bin', R('bin')); // Debian's merged /usr
  writeFileSync(R('usr/bin/tool'), 'ELF-ish');
  chmodSync(R('usr/bin/tool'), 0o750);
  writeFileSync(R('usr/lib/libx.so.1.2'), 'lib');
  symlinkSync('libx.so.1.2', R('usr/lib/libx.so.1'));
  writeFileSync(R('usr/lib/sub/a'), 'a');
  linkSync(R('usr/lib/sub/a'), R('usr/lib/sub/0-hardlink'));
  symlinkSync('/nonexistent/target', R('usr/lib/sub/dangling'));
  execFileSync('mkfifo', [R('usr/lib/sub/fifo')]);
  writeFileSync(R('usr/bin/script'), `#!${R('usr/bin/tool')} -x\necho hi\n`);
  deps[R('usr/bin/tool')] = [R('usr/lib/libx.so.1')];
});

describe('HostTree.collect', () => {
  test('through a symlinked dir: link kept, real dir, file, its dependency chain; sorted; base parts', async () => {
    const es = await HostTree.collect([R('bin/tool')], { system: fake });
    expect(rel(es.filter((e) => e.path.startsWith(`${root}/`)))).toEqual([
      'symlink /bin -> usr/bin',
      'file /marker',
      'directory /usr',
      'directory /usr/bin',
      'file /usr/bin/tool',
      'directory /usr/lib',
      'symlink /usr/lib/libx.so.1 -> libx.so.1.2',
      'file /usr/lib/libx.so.1.2',
    ]);
    const tool = es.find((e) => e.path === R('usr/bin/tool'));
    expect(tool).toMatchObject({ type: 'file', source: R('usr/bin/tool'), size: 7, mode: 0o750 });
    expect(tool).not.toHaveProperty('mtime');
    expect(es.map((e) => e.path)).toEqual([...es.map((e) => e.path)].sort());
    // The scratch root and each of its parents (how deep it is depends on the test run's tmpdir).
    const parents = root.split('/').filter(Boolean).length;
    expect(rel(es.filter((e) => !e.path.startsWith(`${root}/`)))).toEqual(Array(parents).fill('directory '));
  });

  test('a directory recursively; hard links: the first by path carries the bytes; a dangling link kept; a fifo skipped with a note', async () => {
    const notes: string[] = [];
    const es = await HostTree.collect([R('usr/lib/sub')], { system: fake, note: (m) => notes.push(m) });
    const sub = rel(es).filter((l) => l.includes('/usr/lib/sub/'));
    expect(sub).toEqual([
      'file /usr/lib/sub/0-hardlink',
      'link /usr/lib/sub/a -> /usr/lib/sub/0-hardlink',
      'symlink /usr/lib/sub/dangling -> /nonexistent/target',
    ]);
    expect(notes).toEqual([
      `kept dangling symlink ${R('usr/lib/sub/dangling')} -> /nonexistent/target`,
      expect.stringContaining(`skipped ${R('usr/lib/sub/fifo')}`),
    ]);
  });

  test("a script's #! interpreter comes with it (and that one's dependencies)", async () => {
    expect(await scriptInterpreter(R('usr/bin/script'))).toBe(R('usr/bin/tool'));
    const es = await HostTree.collect([R('usr/bin/script')], { system: fake });
    expect(es.map((e) => e.path)).toEqual(expect.arrayContaining([R('usr/bin/tool'), R('usr/lib/libx.so.1.2')]));
  });

  test('hostMtimes keeps each mtime', async () => {
    utimesSync(R('usr/lib/libx.so.1.2'), 1_000_000, 1_000_000);
    const es = await HostTree.collect([R('usr/lib/libx.so.1.2')], { system: fake, hostMtimes: true });
    expect(es.find((e) => e.path === R('usr/lib/libx.so.1.2'))).toMatchObject({ mtime: new Date(1_000_000_000) });
  });

  test('a missing path, a relative path, a dependency that is gone: one line each, naming it', async () => {
    await expect(HostTree.collect([R('nope')], { system: fake })).rejects.toThrow(
      `host path ${R('nope')} does not exist: fix the path or leave it out of --from-host`,
    );
    await expect(HostTree.collect(['usr/bin'], { system: fake })).rejects.toThrow(/host path usr\/bin is relative: give absolute paths/);
    const gone: HostSystem = { ...fake, dependencies: () => Promise.resolve([R('gone.so')]) };
    await expect(HostTree.collect([R('usr/lib/libx.so.1.2')], { system: gone })).rejects.toThrow(
      `${R('usr/lib/libx.so.1.2')} needs ${R('gone.so')}, which does not exist on this host`,
    );
  });
});
