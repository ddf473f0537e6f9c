// A container's root filesystem as a host directory, for `docker cp` and `docker export`, running
// or not. The snapshot's mounts decide: a bind mount (the tandem clone snapshotter, containerd's
// native one) is its directory; an overlay is the mount the shim already made for the running
// container (found in /proc/self/mountinfo by its upperdir, so writes land in the live view),
// else, for a stopped container, the overlay mounted by us in a private directory for the call.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Code, TandemError, failedPrecondition } from '../../common/errdefs.js';
import type { ContainerdClient } from '../containerd.js';
import { withLease } from '../image/pull.js';

const run = promisify(execFile);

interface SnapshotMount {
  type?: string | null;
  source?: string | null;
  options?: string[] | null;
}

/** Runs fn with the container's root filesystem as a directory; undoes any mount it made. */
export async function withRootfs<T>(cd: ContainerdClient, id: string, scratch: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const { container } = await cd.call('containers.Get', { id });
  if (!container?.snapshotKey || !container.snapshotter) throw failedPrecondition(`container ${id} has no root filesystem snapshot`);
  return withSnapshotDir(cd, { snapshotter: container.snapshotter, key: container.snapshotKey }, scratch, fn);
}

/**
 * Runs fn with the root filesystem of a container's image, the snapshot below the container's
 * (undefined for an image with no layers), through a read-only view made for the call under a
 * lease (so a crash leaves nothing the garbage collector keeps) and removed after it.
 */
export async function withImageRootfs<T>(
  cd: ContainerdClient,
  id: string,
  scratch: string,
  fn: (dir: string | undefined) => Promise<T>,
): Promise<T> {
  const { container } = await cd.call('containers.Get', { id });
  const snapshotter = container?.snapshotter;
  if (!container?.snapshotKey || !snapshotter) throw failedPrecondition(`container ${id} has no root filesystem snapshot`);
  const { info } = await cd.call('snapshots.Stat', { snapshotter, key: container.snapshotKey });
  if (!info?.parent) return fn(undefined);
  return withLease(cd, async (lease) => {
    const key = `tandem-diff-${id.slice(0, 12)}-${randomBytes(4).toString('hex')}`;
    await cd.call('snapshots.View', { snapshotter, key, parent: info.parent }, { lease });
    try {
      return await withSnapshotDir(cd, { snapshotter, key }, scratch, fn);
    } finally {
      await cd.call('snapshots.Remove', { snapshotter, key }).catch(() => {});
    }
  });
}

/** The same for an active snapshot by its key (a container being created has no record yet). */
export async function withSnapshotDir<T>(
  cd: ContainerdClient,
  snap: { snapshotter: string; key: string },
  scratch: string,
  fn: (dir: string) => Promise<T>,
): Promise<T> {
  const id = snap.key;
  const { mounts } = await cd.call('snapshots.Mounts', snap);
  const ms = (mounts ?? []) as SnapshotMount[];
  const only = ms.length === 1 ? ms[0]! : undefined;
  if (only && (only.type === 'bind' || only.options?.some((o) => o === 'bind' || o === 'rbind'))) return fn(only.source!);
  if (!only || only.type !== 'overlay' || process.platform !== 'linux') {
    throw new TandemError(
      Code.Unimplemented,
      `cannot reach the root filesystem of container ${id}: its snapshotter gives ${describe(ms)} mounts`,
    );
  }
  const upper = only.options?.find((o) => o.startsWith('upperdir='));
  const live = upper ? await mountedWith(upper) : undefined;
  if (live) return fn(live);
  await mkdir(scratch, { recursive: true, mode: 0o700 });
  const dir = await mkdtemp(join(scratch, 'rootfs-'));
  try {
    await run('mount', ['-t', 'overlay', 'overlay', '-o', (only.options ?? []).join(','), dir]);
    try {
      return await fn(dir);
    } finally {
      await run('umount', [dir]).catch(() => run('umount', ['-l', dir]));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const describe = (ms: SnapshotMount[]) => (ms.length ? ms.map((m) => m.type ?? '?').join('+') : 'no');

/** The mount point of an overlay whose super options hold this upperdir (the running container's). */
async function mountedWith(upperOpt: string): Promise<string | undefined> {
  const info = await readFile('/proc/self/mountinfo', 'utf8');
  for (const line of info.split('\n')) {
    const [pre, post] = line.split(' - ');
    if (!pre || !post) continue;
    const [fstype, , superOpts] = post.split(' ');
    if (fstype === 'overlay' && superOpts?.split(',').includes(upperOpt)) return unescape(pre.split(' ')[4] ?? '');
  }
  return undefined;
}

/** mountinfo escapes space, tab, newline and backslash as octal (\040 …). */
const unescape = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
