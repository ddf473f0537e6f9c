// The clone snapshotter plugged into a real containerd 1.6 as proxy plugin "tandem" (the built
// bin/tandem, its root on an XFS reflink loop mount): the conformance suite through
// containerd's own snapshots service (so through its metadata layer, key rewriting, label
// filtering and GC), then images, runc containers, ctr snapshots commands and GC.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { wallClockNs } from '../../src/common/clock.js';
import { writeOciArchive, type LayerEntry } from '../../src/images/oci-archive.js';
import { GrpcSnapshotter } from '../../src/snapshotter/client.js';
import { Kind } from '../../src/snapshotter/types.js';
import { BUSYBOX, Containerd } from '../helpers/containerd.js';
import { SnapshotterProcess, XfsLoop } from '../helpers/snapshotter.js';
import { withGcRoot } from '../snapshotter/gc-root.js';
import { snapshotterSuite } from '../snapshotter/suite.js';

const run = promisify(execFile);
const runBuf = async (args: string[]) => (await run('ctr', args, { encoding: 'buffer', maxBuffer: 64 << 20 })).stdout;
let xfs: XfsLoop;
let sn: SnapshotterProcess;
let cd: Containerd;
let backend: GrpcSnapshotter; // straight to our socket: what the backend itself holds

beforeAll(async () => {
  xfs = await XfsLoop.create(2048);
  sn = await SnapshotterProcess.start({ root: join(xfs.mountpoint, 'root') });
  cd = await Containerd.start({ extraConfig: sn.config });
  backend = new GrpcSnapshotter(sn.socket);
});
afterAll(async () => {
  await backend?.close();
  await cd?.dispose();
  await sn?.dispose();
  await xfs?.dispose();
});

snapshotterSuite(
  'through containerd (proxy plugin, reflink on XFS)',
  async () => {
    const client = new GrpcSnapshotter(cd.address, 'tandem', `suite-${randomBytes(4).toString('hex')}`);
    return { sn: withGcRoot(client), dispose: () => client.close() };
  },
  { viaContainerd: true },
);

const ctrSn = (args: string[]) => cd.ctrOk(['snapshots', '--snapshotter', 'tandem', ...args]);
const entries = (d: string) => readdirSync(join(sn.root, d)).sort();

describe('containerd with the tandem snapshotter', () => {
  test('import and run busybox with runc; ctr snapshots ls, info, usage, prepare, mounts, diff, rm', async () => {
    await cd.importBusybox(['--snapshotter', 'tandem']);
    const ls = await ctrSn(['ls']);
    expect(ls).toMatch(/sha256:[0-9a-f]{64}\s+Committed/);
    const chainId = /(sha256:[0-9a-f]{64})/.exec(ls)![1]!;

    const r = await cd.ctr([
      'run',
      '--rm',
      '--snapshotter',
      'tandem',
      BUSYBOX,
      `sn-run-${randomBytes(3).toString('hex')}`,
      'sh',
      '-c',
      'echo hi > /tmp/x && cat /tmp/x && ls /bin/busybox',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('hi\n/bin/busybox\n');

    const info = JSON.parse(await ctrSn(['info', chainId])) as { Kind: string; Name: string };
    expect(info).toMatchObject({ Kind: 'Committed', Name: chainId });
    expect(await ctrSn(['usage', chainId])).toMatch(/\d+(\.\d+)?\s*[kMG]i?B\s+\d+/);

    await ctrSn(['prepare', 'work', chainId]);
    const mounts = await ctrSn(['mounts', '/mnt', 'work']);
    expect(mounts).toMatch(/mount -t bind .*\/snapshots\/\d+ \/mnt -o rbind,rw/);
    const src = /-t bind (\S+)/.exec(mounts)![1]!;
    await import('node:fs').then((fs) => fs.writeFileSync(join(src, 'etc/added'), 'new file\n'));
    // ctr 1.6 writes the diff layer (gzip'd tar) from the lower (first) to the upper to stdout.
    const diff = await runBuf([
      '--address',
      cd.address,
      '-n',
      cd.namespace,
      'snapshots',
      '--snapshotter',
      'tandem',
      'diff',
      chainId,
      'work',
    ]);
    const tarText = gunzipSync(diff).toString('latin1');
    expect(tarText).toContain('etc/added');
    expect(tarText).toContain('new file');
    expect(tarText).not.toContain('bin/busybox');
    await ctrSn(['rm', 'work']);
    expect(await ctrSn(['ls'])).not.toMatch(/\bwork\b/);
  });

  test('layers with whiteouts and an opaque directory are applied by the differ onto our trees', async () => {
    const ref = 'docker.io/tandem/whiteouts:latest';
    const f = (path: string, content: string): LayerEntry => ({ type: 'file', path, content: Buffer.from(content) });
    const d = (path: string): LayerEntry => ({ type: 'directory', path });
    const tarPath = join(cd.dir, 'whiteouts.tar');
    await writeOciArchive(
      {
        name: ref,
        os: 'linux',
        architecture: 'amd64',
        layers: [
          [
            d('bin'),
            { type: 'file', path: 'bin/busybox', mode: 0o755, content: (await import('node:fs')).readFileSync('/bin/busybox') },
            { type: 'symlink', path: 'bin/sh', target: 'busybox' },
            f('gone', '1'),
            d('dir'),
            f('dir/a', 'a'),
            d('opq'),
            f('opq/old', 'old'),
          ],
          [
            { type: 'whiteout', path: 'gone' },
            { type: 'whiteout', path: 'dir/a' },
            f('dir/b', 'b'),
            f('opq/.wh..wh..opq', ''),
            f('opq/new', 'new'),
          ],
          [f('gone', 'back'), { type: 'whiteout', path: 'opq/new' }],
        ],
        cmd: ['sh'],
      },
      tarPath,
    );
    await cd.ctrOk(['images', 'import', '--snapshotter', 'tandem', tarPath]);
    const r = await cd.ctr([
      'run',
      '--rm',
      '--snapshotter',
      'tandem',
      ref,
      `sn-wh-${randomBytes(3).toString('hex')}`,
      'sh',
      '-c',
      'cat gone; echo; ls dir opq',
    ]);
    expect(r.stdout).toBe('back\ndir:\nb\n\nopq:\n');
  });

  test('the backend answers the List filter containerd sends on its remote-snapshot path', async () => {
    // containerd 1.6 does not pass snapshot.ref on Commit, so our unpacked layers do not carry
    // it (and we never answer an unpack Prepare with AlreadyExists). Check the lookup itself on
    // snapshots named the way containerd names them, made on a second snapshotter process that
    // no containerd watches: on this one, containerd's GC removes backend snapshots it does not
    // know at any moment, which raced this test (CI, stop 18).
    const mine = (await backend.list()).filter((i) => i.name.startsWith(`${cd.namespace}/`));
    const layer = mine.find((i) => i.kind === Kind.Committed)!;
    expect(layer.name).toMatch(new RegExp(`^${cd.namespace}/\\d+/sha256:[0-9a-f]{64}$`));
    const solo = await SnapshotterProcess.start({ root: join(xfs.mountpoint, `solo-${randomBytes(3).toString('hex')}`) });
    const alone = new GrpcSnapshotter(solo.socket);
    try {
      const ref = 'sha256:' + 'ab'.repeat(32);
      const base = `${cd.namespace}/1/sha256:${'cd'.repeat(32)}`;
      await alone.prepare(`${cd.namespace}/0/extract-0 base`, '');
      await alone.commit(base, `${cd.namespace}/0/extract-0 base`);
      await alone.prepare(`${cd.namespace}/999998/extract-1 ${ref}`, base, { 'containerd.io/snapshot.ref': ref });
      await alone.commit(`${cd.namespace}/999999/${ref}`, `${cd.namespace}/999998/extract-1 ${ref}`, {
        'containerd.io/snapshot.ref': ref,
      });
      const filter = (parent: string) => `labels."containerd.io/snapshot.ref"==${ref},parent==${JSON.stringify(parent)}`;
      expect((await alone.list([filter(base)])).map((i) => i.name)).toEqual([`${cd.namespace}/999999/${ref}`]);
      expect(await alone.list([filter('other')])).toEqual([]);
    } finally {
      await alone.close();
      await solo.dispose();
    }
  });

  test('our gRPC service returns created and updated in nanoseconds, between clock readings around each call', async () => {
    // Straight to the snapshotter process's socket (through containerd the times would be
    // containerd's own): the timestamps cross the wire as google.protobuf.Timestamp. Across
    // processes a call takes more than a millisecond, so the bounds alone would not notice
    // truncation to the millisecond; the sub-millisecond digits do (all six stamps whole
    // milliseconds by chance: one in 10^36). Each process's clock (common/clock.ts) reads within
    // a millisecond either side of the wall clock, so two processes may differ by two.
    const SLACK = 2_000_000n;
    // The snapshot is made through containerd, so that its garbage collection (which removes
    // backend snapshots it does not know, at any moment) leaves it alone; stat and update then go
    // straight to the backend under the name containerd gave it.
    const key = `ns-precision-${randomBytes(4).toString('hex')}`;
    const stamps: bigint[] = [];
    const t0 = wallClockNs();
    await cd.ctrOk(['snapshots', '--snapshotter', 'tandem', 'prepare', key]);
    const t1 = wallClockNs();
    const name = (await backend.list()).find((i) => i.name.endsWith(`/${key}`))?.name;
    expect(name).toMatch(new RegExp(`^${cd.namespace}/\\d+/${key}$`));
    const st = await backend.stat(name!);
    expect(st.created).toBeGreaterThanOrEqual(t0 - SLACK);
    expect(st.created).toBeLessThanOrEqual(t1 + SLACK);
    stamps.push(st.created);
    for (let i = 0; i < 5; i++) {
      const t2 = wallClockNs();
      const up = await backend.update({ name: name!, labels: { round: String(i) } });
      const t3 = wallClockNs();
      expect(up.updated).toBeGreaterThanOrEqual(t2 - SLACK);
      expect(up.updated).toBeLessThanOrEqual(t3 + SLACK);
      expect((await backend.stat(name!)).updated).toBe(up.updated);
      stamps.push(up.updated);
    }
    expect(stamps.filter((ns) => ns % 1_000_000n !== 0n)).not.toEqual([]);
    await cd.ctrOk(['snapshots', '--snapshotter', 'tandem', 'rm', key]);
  });

  test('garbage collection after ctr images rm removes our snapshots and their trees', async () => {
    const before = (await backend.list()).filter((i) => i.name.startsWith(`${cd.namespace}/`));
    expect(before.length).toBeGreaterThanOrEqual(4); // busybox (1 layer) + whiteouts (3 layers)
    await cd.ctrOk(['images', 'rm', '--sync', BUSYBOX, 'docker.io/tandem/whiteouts:latest']);
    const after = (await backend.list()).filter((i) => i.name.startsWith(`${cd.namespace}/`));
    expect(after).toEqual([]);
    expect((await ctrSn(['ls'])).trim().split('\n')).toHaveLength(1); // the header only
    await backend.cleanup();
    expect(entries('snapshots').length).toBe((await backend.list()).length);
    expect(entries('tmp')).toEqual([]);
    expect(entries('trash')).toEqual([]);
  });
});
