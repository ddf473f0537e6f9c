// The btrfs backend in-process on a btrfs loop mount: the conformance suite, then what only
// btrfs shows: every tree is a subvolume, a Prepare is a subvolume snapshot of its parent
// (sharing its metadata, not cloning per file), committed trees and views are read-only
// subvolumes, and Remove, Cleanup and start-up leave no subvolume behind (`btrfs subvolume
// list`), even a read-only one or one with another subvolume inside.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CloneSnapshotter } from '../../src/snapshotter/snapshotter.js';
import { helperPath } from '../../src/snapshotter/tree-helper.js';
import { BtrfsLoop, isReadOnly, subvolumeShow } from './btrfs-loop.js';
import { snapshotterSuite } from './suite.js';

let btrfs: BtrfsLoop;
beforeAll(async () => {
  btrfs = await BtrfsLoop.create(1024);
});
afterAll(() => btrfs?.dispose());

const helper = (...args: string[]) => execFileSync(helperPath(), args);
const ino = (p: string) => statSync(p).ino;

snapshotterSuite('in-process, btrfs subvolumes', async () => {
  const root = mkdtempSync(join(btrfs.mountpoint, 'root-'));
  const sn = await CloneSnapshotter.open(root, { backend: 'btrfs' });
  expect(sn.backend.name).toBe('btrfs');
  return {
    sn,
    dispose: async () => {
      await sn.close();
      // What the suite left is removed the way the snapshotter removes it (children first).
      const again = await CloneSnapshotter.open(root);
      for (let left = await again.list(); left.length; left = await again.list()) {
        const parents = new Set(left.map((i) => i.parent));
        for (const i of left.filter((x) => !parents.has(x.name))) await again.remove(i.name);
      }
      await again.close();
      expect(btrfs.subvolumesUnder(root)).toEqual([]);
      rmSync(root, { recursive: true, force: true });
    },
  };
});

describe('btrfs backend', () => {
  test('probing picks btrfs on btrfs (reflink may be forced there); btrfs elsewhere is refused', async () => {
    const sn = await CloneSnapshotter.open(join(btrfs.mountpoint, 'probe'));
    expect(sn.backend.name).toBe('btrfs');
    await sn.close();
    const forced = await CloneSnapshotter.open(join(btrfs.mountpoint, 'probe'), { backend: 'reflink' });
    expect(forced.backend.name).toBe('reflink');
    await forced.close();
    const info = execFileSync('bin/tandem', ['snapshotter', '--info', '--root', join(btrfs.mountpoint, 'probe')], { encoding: 'utf8' });
    expect(info).toMatch(/^backend: btrfs$/m);
    const ext4 = mkdtempSync('/tmp/tprobe-');
    await expect(CloneSnapshotter.open(ext4, { backend: 'btrfs' })).rejects.toThrow(/does not work/);
    rmSync(ext4, { recursive: true, force: true });
    expect(btrfs.subvolumesUnder(join(btrfs.mountpoint, 'probe'))).toEqual([]); // the probe's own subvolumes
  });

  test('a Prepare is a subvolume snapshot of its parent; ten of them share the tree; removal leaves no subvolume', async () => {
    const root = join(btrfs.mountpoint, 'snap');
    const sn = await CloneSnapshotter.open(root);
    const [m] = await sn.prepare('base-a', '');
    const base = m!.source;
    expect(ino(base)).toBe(256); // the root directory of a subvolume
    for (let d = 0; d < 20; d++) {
      mkdirSync(join(base, `d${d}`));
      for (let f = 0; f < 100; f++) writeFileSync(join(base, `d${d}/f${f}`), Buffer.alloc(4096 + f, d));
    }
    await sn.commit('base', 'base-a');
    expect(isReadOnly(base)).toBe(true);
    expect(() => writeFileSync(join(base, 'new'), 'x')).toThrow(/EROFS/);

    const before = btrfs.usedBytes();
    const children: string[] = [];
    for (let i = 0; i < 10; i++) children.push((await sn.prepare(`c${i}`, 'base'))[0]!.source);
    const added = btrfs.usedBytes() - before;
    for (const c of children) {
      expect(ino(c)).toBe(256);
      expect(subvolumeShow(c).parentUuid).toBe(subvolumeShow(base).uuid);
      expect(isReadOnly(c)).toBe(false);
    }
    expect(readFileSync(join(children[3]!, 'd7/f9')).equals(Buffer.alloc(4105, 7))).toBe(true);
    // 2,000 files: a per-file clone adds an inode, a directory entry and an extent reference
    // per file (~1.5 MiB of metadata per clone with DUP metadata); a snapshot a few tree blocks.
    expect(added).toBeLessThan(2 << 20);
    expect((await sn.usage('c0')).inodes).toBe(1 + 20 + 2000); // the whole tree, as on every backend

    const [v] = await sn.view('v', 'base');
    expect(isReadOnly(v!.source)).toBe(true);
    // A container may make subvolumes of its own inside its rootbtrfs.
    helper('subvol', join(children[0]!, 'nested'));
    expect(btrfs.subvolumesUnder(root)).toHaveLength(13);

    await sn.remove('v');
    for (let i = 0; i < 10; i++) await sn.remove(`c${i}`);
    await sn.remove('base');
    expect(btrfs.subvolumesUnder(root)).toEqual([]);
    expect(readdirSync(join(root, 'snapshots'))).toEqual([]);
    expect(readdirSync(join(root, 'trash'))).toEqual([]);
    await sn.close();
  });

  test('start-up and Cleanup delete orphan subvolumes, read-only and nested ones too', async () => {
    const root = join(btrfs.mountpoint, 'orphans');
    let sn = await CloneSnapshotter.open(root);
    await sn.prepare('live-a', '');
    await sn.commit('live', 'live-a');
    await sn.close();
    // What a SIGKILL can leave: a half-filled tmp/ subvolume, a sealed tree in trash/, sealed
    // trees without a row in snapshots/ (one with a nested subvolume), a plain directory.
    for (const d of ['tmp/77', 'trash/5-dead', 'snapshots/9999', 'snapshots/9998']) {
      helper('subvol', join(root, d));
      writeFileSync(join(root, d, 'f'), 'x');
    }
    helper('subvol', join(root, 'snapshots/9999/nested'));
    for (const d of ['trash/5-dead', 'snapshots/9999', 'snapshots/9998']) helper('setro', '1', join(root, d));
    mkdirSync(join(root, 'snapshots/9997/sub'), { recursive: true });
    expect(btrfs.subvolumesUnder(root)).toHaveLength(6);

    sn = await CloneSnapshotter.open(root);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    expect(readdirSync(join(root, 'trash'))).toEqual([]);
    expect(readdirSync(join(root, 'snapshots'))).toHaveLength(1);
    expect(btrfs.subvolumesUnder(root)).toHaveLength(1);

    helper('subvol', join(root, 'snapshots/12345'));
    helper('setro', '1', join(root, 'snapshots/12345'));
    await sn.cleanup();
    expect(btrfs.subvolumesUnder(root)).toHaveLength(1);
    expect((await sn.list()).map((i) => i.name)).toEqual(['live']);
    await sn.close();
  });

  test('a root made by the reflink backend keeps working: a plain parent tree gets a new subvolume', async () => {
    const root = join(btrfs.mountpoint, 'mixed');
    let sn = await CloneSnapshotter.open(root, { backend: 'reflink' });
    const [m] = await sn.prepare('old-a', '');
    writeFileSync(join(m!.source, 'data'), 'from reflink days');
    await sn.commit('old', 'old-a');
    await sn.prepare('old-child', 'old');
    await sn.close();
    expect(ino(m!.source)).not.toBe(256);

    sn = await CloneSnapshotter.open(root);
    expect(sn.backend.name).toBe('btrfs');
    const [c] = await sn.prepare('new', 'old');
    expect(ino(c!.source)).toBe(256);
    expect(readFileSync(join(c!.source, 'data'), 'utf8')).toBe('from reflink days');
    await sn.commit('new-c', 'new');
    const [g] = await sn.prepare('grandchild', 'new-c');
    expect(subvolumeShow(g!.source).parentUuid).toBe(subvolumeShow(c!.source).uuid);
    for (const k of ['grandchild', 'new-c', 'old-child', 'old']) await sn.remove(k);
    expect(btrfs.subvolumesUnder(root)).toEqual([]);
    expect(readdirSync(join(root, 'snapshots'))).toEqual([]);
    await sn.close();
  });
});
