// SIGKILL the snapshotter process while containerd drives a stream of Prepare/Commit/View/
// Remove through it, restart it, and check: start-up leaves no tmp/, trash/ or tree without a
// row; after containerd's GC, containerd's view and the backend's agree one to one; Cleanup
// leaves exactly one directory per snapshot. Once with the root on the root filesystem (full
// copies, so clones are slow enough to be killed half-way), once on a btrfs loop mount (every
// tree a subvolume, committed ones read-only: no subvolume may be left without a row).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe as group, expect, test } from 'vitest';
import { GrpcSnapshotter } from '../../src/snapshotter/client.js';
import { Kind, type Info, type Snapshotter } from '../../src/snapshotter/types.js';
import { BUSYBOX, Containerd } from '../helpers/containerd.js';
import { waitFor } from '../helpers/run.js';
import { SnapshotterProcess } from '../helpers/snapshotter.js';
import { BtrfsLoop } from '../snapshotter/btrfs-loop.js';
import { withGcRoot } from '../snapshotter/gc-root.js';

/** Kill after these many ms of traffic: early kills land in clones, later ones anywhere. */
const KILL_AFTER = [250, 420, 610, 830, 1050];
const ROUNDS = KILL_AFTER.length;
const WORKERS = 3;

crashSuite('root on the root filesystem (copy backend)', 'copy');
crashSuite('root on btrfs (btrfs backend)', 'btrfs');

function crashSuite(name: string, backend: 'copy' | 'btrfs'): void {
  group(name, () => {
    let sn: SnapshotterProcess;
    let cd: Containerd;
    let viaCd: Snapshotter;
    let btrfs: BtrfsLoop | undefined;

    beforeAll(async () => {
      if (backend === 'btrfs') btrfs = await BtrfsLoop.create(1024);
      sn = await SnapshotterProcess.start(btrfs ? { root: join(btrfs.mountpoint, 'root') } : {});
      expect(readFileSync(sn.logFile, 'utf8')).toMatch(new RegExp(`clone backend for [^:]+: ${backend} `));
      cd = await Containerd.start({ extraConfig: sn.config });
      viaCd = withGcRoot(new GrpcSnapshotter(cd.address, 'tandem', cd.namespace));
      const [m] = await viaCd.prepare('base-a', '');
      for (let i = 0; i < 100; i++) writeFileSync(join(m!.source, `f${i}`), `file ${i}\n`.repeat(50));
      await viaCd.commit('base', 'base-a');
    });
    afterAll(async () => {
      await viaCd?.close();
      await cd?.dispose();
      await sn?.dispose();
      await btrfs?.dispose();
    });

    const entries = (d: string) => readdirSync(join(sn.root, d));

    /** One worker: prepare from base, write, commit, view it, drop some of it; until told to stop. */
    async function worker(round: number, w: number, stop: { now: boolean }, errors: string[]): Promise<void> {
      for (let i = 0; !stop.now; i++) {
        const key = `r${round}-w${w}-${i}`;
        try {
          const [m] = await viaCd.prepare(key, 'base');
          writeFileSync(join(m!.source, 'mine'), key);
          await viaCd.commit(`${key}-c`, key);
          await viaCd.view(`${key}-v`, `${key}-c`);
          if (i % 2 === 0) {
            await viaCd.remove(`${key}-v`);
            await viaCd.remove(`${key}-c`);
          }
        } catch (err) {
          errors.push(String(err));
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    }

    async function backendState(): Promise<Info[]> {
      const direct = new GrpcSnapshotter(sn.socket);
      try {
        return await direct.list();
      } finally {
        await direct.close();
      }
    }

    test('SIGKILL during a stream of operations: restart, GC, then containerd and the backend agree; no orphans', async () => {
      let failed = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const stop = { now: false };
        const errors: string[] = [];
        const loops = Array.from({ length: WORKERS }, (_, w) => worker(round, w, stop, errors));
        await new Promise((r) => setTimeout(r, KILL_AFTER[round]));
        await sn.kill('SIGKILL');
        await new Promise((r) => setTimeout(r, 200));
        stop.now = true;
        await Promise.all(loops);
        failed += errors.length;
        await sn.launch();
        // Start-up cleanup: nothing half-made or half-removed is left, one tree per row.
        const rows = await backendState();
        expect(entries('tmp')).toEqual([]);
        expect(entries('trash')).toEqual([]);
        expect(entries('snapshots').sort()).toHaveLength(rows.length);
        if (btrfs) expect(btrfs.subvolumesUnder(sn.root)).toHaveLength(rows.length);
        // containerd reconnects on its own (gRPC backoff); wait until calls go through again.
        await waitFor(async () => (await viaCd.list(), true), 60_000, 'containerd to reach the restarted snapshotter');
      }
      expect(failed).toBeGreaterThan(0); // the kills really hit operations in flight
      const leftovers = readFileSync(sn.logFile, 'utf8').match(/cleanup: removing [^"]*/g) ?? [];
      console.log(`${failed} operations failed across ${ROUNDS} kills; start-up cleanups: ${leftovers.join(' | ') || 'none'}`);

      // containerd's GC removes what only the backend has (a Prepare whose reply was lost).
      await cd.importBusybox(['--snapshotter', 'tandem']);
      await cd.ctrOk(['images', 'rm', '--sync', BUSYBOX]);

      const ours = (await backendState()).filter((i) => i.name.startsWith(`${cd.namespace}/`));
      const theirs = await viaCd.list();
      const strip = (backendName: string) => backendName.replace(/^[^/]+\/\d+\//, '');
      const describe = (i: Info, name: (n: string) => string) =>
        `${name(i.name)} kind=${Kind[i.kind]} parent=${i.parent ? name(i.parent) : '-'}`;
      expect(ours.map((i) => describe(i, strip)).sort()).toEqual(theirs.map((i) => describe(i, (n) => n)).sort());
      for (const i of theirs.filter((i) => i.kind !== Kind.Committed)) expect((await viaCd.mounts(i.name))[0]!.type).toBe('bind');

      const direct = new GrpcSnapshotter(sn.socket);
      await direct.cleanup();
      expect(entries('snapshots')).toHaveLength((await direct.list()).length);
      expect(entries('tmp')).toEqual([]);
      expect(entries('trash')).toEqual([]);
      if (btrfs) expect(btrfs.subvolumesUnder(sn.root)).toHaveLength((await direct.list()).length);
      await direct.close();
    });
  });
}
