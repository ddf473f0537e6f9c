// The conformance suite against the CloneSnapshotter class in-process: once on the root
// filesystem (ext4 here: the full-copy backend) and once on an XFS loop mount with reflink.
// Plus what only the class can show: backend choice, real extent sharing, start-up cleanup.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CloneSnapshotter } from '../../src/snapshotter/snapshotter.js';
import { XfsLoop } from '../helpers/snapshotter.js';
import { snapshotterSuite } from './suite.js';

let xfs: XfsLoop;
beforeAll(async () => {
  xfs = await XfsLoop.create(1024);
});
afterAll(() => xfs?.dispose());

function inProcess(base: () => string, backend: 'copy' | 'reflink') {
  return async () => {
    const root = mkdtempSync(join(base(), 'root-'));
    const sn = await CloneSnapshotter.open(root, { backend });
    expect(sn.backend.name).toBe(backend);
    return {
      sn,
      dispose: async () => {
        await sn.close();
        rmSync(root, { recursive: true, force: true });
      },
    };
  };
}

snapshotterSuite(
  'in-process, copy on the root filesystem',
  inProcess(() => '/tmp', 'copy'),
);
snapshotterSuite(
  'in-process, reflink on XFS',
  inProcess(() => xfs.mountpoint, 'reflink'),
);

describe('clone backends', () => {
  test('probing picks reflink on XFS and copy on ext4; forcing an impossible one is refused', async () => {
    const onXfs = await CloneSnapshotter.open(join(xfs.mountpoint, 'probe'));
    expect(onXfs.backend.name).toBe('reflink');
    await onXfs.close();
    const ext4 = mkdtempSync('/tmp/tprobe-');
    const onExt4 = await CloneSnapshotter.open(ext4);
    expect(onExt4.backend.name).toBe('copy');
    await onExt4.close();
    await expect(CloneSnapshotter.open(ext4, { backend: 'reflink' })).rejects.toThrow(/does not work/);
    rmSync(ext4, { recursive: true, force: true });
    const info = execFileSync('bin/tandem', ['snapshotter', '--info', '--root', join(xfs.mountpoint, 'probe')], { encoding: 'utf8' });
    expect(info).toMatch(/^backend: reflink$/m);
  });

  test('reflink shares extents: ten prepares of a 64 MiB layer take almost no space', async () => {
    const root = join(xfs.mountpoint, 'share');
    const sn = await CloneSnapshotter.open(root);
    const [m] = await sn.prepare('big-a', '');
    writeFileSync(join(m!.source, 'big'), Buffer.alloc(64 << 20, 1));
    await sn.commit('big', 'big-a');
    execFileSync('sync');
    const free = () => statfsSync(xfs.mountpoint).bfree * statfsSync(xfs.mountpoint).bsize;
    const before = free();
    for (let i = 0; i < 10; i++) await sn.prepare(`c${i}`, 'big');
    execFileSync('sync');
    expect(before - free()).toBeLessThan(8 << 20); // a full copy would be 640 MiB
    await sn.close();
  });

  test('start-up removes what a crash leaves: tmp/, trash/ and trees without a row', async () => {
    const root = mkdtempSync('/tmp/tleft-');
    let sn = await CloneSnapshotter.open(root);
    await sn.prepare('live', '');
    await sn.close();
    for (const d of ['tmp/77', 'trash/5-dead', 'snapshots/9999']) {
      mkdirSync(join(root, d, 'sub'), { recursive: true });
      writeFileSync(join(root, d, 'sub/f'), 'x');
    }
    sn = await CloneSnapshotter.open(root);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    expect(readdirSync(join(root, 'trash'))).toEqual([]);
    expect(readdirSync(join(root, 'snapshots'))).toHaveLength(1);
    expect((await sn.list()).map((i) => i.name)).toEqual(['live']);
    await sn.close();
    rmSync(root, { recursive: true, force: true });
  });
});
