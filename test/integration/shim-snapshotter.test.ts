// The whole darwin-shaped path on Linux: tandem's clone snapshotter hands out single `bind`
// mounts, and the tandem shim runs the container in place on that directory (no mount), the
// way it must on macOS. Writes land in the snapshot, so `ctr snapshots diff` sees them.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUSYBOX, Containerd } from '../helpers/containerd.js';
import { SnapshotterProcess } from '../helpers/snapshotter.js';
import { RUNTIME } from '../helpers/shim.js';
import { mountsUnder } from '../helpers/leaks.js';
import { run } from '../helpers/run.js';

let cd: Containerd;
let sn: SnapshotterProcess;
const S = ['--snapshotter', 'tandem'];

beforeAll(async () => {
  sn = await SnapshotterProcess.start();
  cd = await Containerd.start({ extraConfig: sn.config });
  await cd.importBusybox(S);
});
afterAll(async () => {
  await cd?.dispose();
  await sn?.stop();
  await sn?.dispose();
});

test('ctr run --snapshotter tandem --runtime io.containerd.tandem.v1 runs on the snapshot directory', async () => {
  const r = await cd.ctr([
    'run',
    '--rm',
    ...S,
    '--runtime',
    RUNTIME,
    BUSYBOX,
    'inplace',
    'sh',
    '-c',
    'cat /etc/hostname; grep -c " /proc " /proc/self/mountinfo',
  ]);
  expect(r.stdout).toBe('tandem\n1\n');
  expect(r.code).toBe(0);
});

test("the container's proc/dev/volume mounts never show inside the snapshot directory", async () => {
  await cd.ctrOk(['run', '-d', ...S, '--runtime', RUNTIME, BUSYBOX, 'clean', 'sleep', '600']);
  expect(mountsUnder(sn.root)).toEqual([]);
  await cd.ctrOk(['tasks', 'kill', '-s', 'SIGKILL', 'clean']);
  await new Promise((r) => setTimeout(r, 500));
  await cd.ctr(['tasks', 'delete', 'clean']);
  await cd.ctrOk(['containers', 'delete', 'clean']);
});

test("a container's writes land in its snapshot: ctr snapshots diff sees them", async () => {
  await cd.ctrOk(['run', '-d', ...S, '--runtime', RUNTIME, BUSYBOX, 'writer', 'sh', '-c', 'echo data > /written; sleep 600']);
  const tree = async () => (await cd.ctrOk(['snapshots', '--snapshotter', 'tandem', 'ls'])).includes('writer');
  expect(await tree()).toBe(true);
  for (let i = 0; i < 50 && !(await cd.ctr(['snapshots', '--snapshotter', 'tandem', 'info', 'writer'])).stdout; i++);
  // wait for the write, then diff the active snapshot against its parent
  await new Promise((r) => setTimeout(r, 500));
  // ctr 1.6 writes the diff (a gzipped tar) to stdout
  const listing = await run(
    'bash',
    ['-c', `set -o pipefail; ctr --address ${cd.address} -n ${cd.namespace} snapshots --snapshotter tandem diff writer | tar -tz`],
    { env: cd.env },
  );
  expect(listing.stderr).toBe('');
  expect(listing.code).toBe(0);
  expect(listing.stdout.split('\n')).toContain('written');
  await cd.ctrOk(['tasks', 'kill', '-s', 'SIGKILL', 'writer']);
  await new Promise((r) => setTimeout(r, 500));
  await cd.ctr(['tasks', 'delete', 'writer']);
  const files = readdirSync(sn.root, { recursive: true }).map(String);
  expect(files.some((f) => f.endsWith('/written') || f === 'written')).toBe(true);
  await cd.ctrOk(['containers', 'delete', 'writer']);
  expect(existsSync(join(cd.dir, 'state', 'io.containerd.runtime.v2.task', cd.namespace, 'writer'))).toBe(false);
});
