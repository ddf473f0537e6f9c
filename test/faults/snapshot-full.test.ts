// The tandem snapshotter's root on a full file system (a 64 MiB tmpfs filled to the last byte):
// `ctr run` on it fails saying so, the snapshotter keeps serving, no snapshot, mount, container
// or lease of the failed run is left (census before/after), and once space is back the next
// `ctr run` works.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseline, settled } from '../helpers/census.js';
import { fillUntilFull } from '../helpers/disk.js';
import { BUSYBOX, Containerd } from '../helpers/containerd.js';
import { RUNTIME } from '../helpers/shim.js';
import { SnapshotterProcess } from '../helpers/snapshotter.js';

const R = ['--runtime', RUNTIME, '--snapshotter', 'tandem'];
const dir = mkdtempSync(join(tmpdir(), 'snap-full-'));
const root = join(dir, 'root');
const filler = join(root, 'filler');
let sn: SnapshotterProcess;
let cd: Containerd;

beforeAll(async () => {
  mkdirSync(root);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m,mode=0700', 'tandem-snap-full', root]);
  sn = await SnapshotterProcess.start({ root, backend: 'copy' });
  cd = await Containerd.start({ env: { TANDEM_SHIM_IDLE_EXIT_MS: '600000' }, extraConfig: sn.config });
  await cd.importBusybox(['--snapshotter', 'tandem']);
  expect(await cd.ctrOk(['run', '--rm', ...R, BUSYBOX, 'warm', 'true'])).toBe('');
}, 120_000);
afterAll(async () => {
  await cd?.dispose().catch(() => {});
  await sn?.dispose().catch(() => {});
  try {
    execFileSync('umount', ['-l', root], { stdio: 'ignore' });
  } catch {}
  rmSync(dir, { recursive: true, force: true });
});

test(
  'a full snapshot root: ctr run fails saying so, nothing of it is left, the next run works once there is space',
  { timeout: 300_000 },
  async () => {
    const before = await baseline({ cd, sn });
    fillUntilFull(filler);
    const r = await cd.ctr(['run', '--rm', ...R, BUSYBOX, 'snapfull-1', 'echo', 'hi'], { timeoutMs: 120_000 });
    console.log(`ctr run on a full snapshot root: exit ${r.code}: ${r.stderr.trim()}`);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/no space left on device|ENOSPC/i);
    await cd.ctr(['containers', 'delete', 'snapfull-1']);
    // The snapshotter still answers while the disk is full.
    expect((await cd.ctr(['snapshots', '--snapshotter', 'tandem', 'ls'])).code).toBe(0);
    rmSync(filler);
    expect(await cd.ctrOk(['run', '--rm', ...R, BUSYBOX, 'snapfull-2', 'echo', 'hi'])).toBe('hi\n');
    await settled({ cd, sn }, before);
  },
);
