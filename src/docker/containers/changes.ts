// `docker diff`: what a container changed in its root filesystem, against its image's, as
// moby's naive differ (pkg/archive/changes.go) reports it for drivers with no layer of changes
// to read: both trees are walked and each path compared by its stat. A path only in the
// container's is Added (with everything under it), one only in the image's Deleted (its
// children not listed), one in both Modified when its type, mode, owner or device differs, or,
// for anything but a directory, its size or modification time; a directory holding a change is
// Modified too. Mounts inside the container's tree (another device) are not entered: a volume's
// files are not the container's changes.
import { lstat, readdir } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import { join } from 'node:path';

export const ChangeKind = { Modified: 0, Added: 1, Deleted: 2 } as const;
export interface Change {
  Path: string;
  Kind: (typeof ChangeKind)[keyof typeof ChangeKind];
}

/**
 * What the runtime and the endpoint put into every container's tree (dockerd keeps these in its
 * "init" layer, below the container's, so they are never its changes): mount points for the
 * files and filesystems a container gets, and the `--init` binary's.
 */
export const INIT_PATHS = new Set([
  '/.dockerenv',
  '/dev/console',
  '/dev/pts',
  '/dev/shm',
  '/etc/hostname',
  '/etc/hosts',
  '/etc/mtab',
  '/etc/resolv.conf',
  '/proc',
  '/sbin/docker-init',
  '/sys',
]);

/**
 * The changes from `image` (a directory; undefined for an image with no layers) to `container`
 * (a directory), in walk order: a directory before its children, names sorted.
 */
export async function changesBetween(
  image: string | undefined,
  container: string,
  skip: ReadonlySet<string> = INIT_PATHS,
): Promise<Change[]> {
  const out: Change[] = [];
  const dev = (await lstat(container, { bigint: true })).dev;
  await walk(image, container, '/', dev, skip, out);
  return out;
}

async function names(dir: string | undefined): Promise<string[]> {
  if (dir === undefined) return [];
  try {
    return (await readdir(dir)).sort();
  } catch (err) {
    // A directory the other tree has as something else, or that vanished under a running container.
    if (['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '')) return [];
    throw err;
  }
}

async function stat(p: string): Promise<BigIntStats | undefined> {
  return lstat(p, { bigint: true }).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? undefined : Promise.reject(err)));
}

/** Adds the changes under one directory present in both trees; true when any was found. */
async function walk(
  oldDir: string | undefined,
  newDir: string,
  rel: string,
  dev: bigint,
  skip: ReadonlySet<string>,
  out: Change[],
): Promise<boolean> {
  const before = out.length;
  const oldNames = new Set(await names(oldDir));
  const newNames = await names(newDir);
  const all = [...new Set([...oldNames, ...newNames])].sort();
  const seen = new Set(newNames);
  for (const name of all) {
    const path = rel === '/' ? `/${name}` : `${rel}/${name}`;
    if (skip.has(path)) continue;
    const o = oldDir !== undefined && oldNames.has(name) ? await stat(join(oldDir, name)) : undefined;
    const n = seen.has(name) ? await stat(join(newDir, name)) : undefined;
    if (!n) {
      if (o) out.push({ Path: path, Kind: ChangeKind.Deleted });
      continue;
    }
    if (!o) {
      out.push({ Path: path, Kind: ChangeKind.Added });
      if (n.isDirectory() && n.dev === dev) await added(join(newDir, name), path, dev, out);
      continue;
    }
    const at = out.length;
    const changed = statDifferent(o, n);
    if (changed) out.push({ Path: path, Kind: ChangeKind.Modified });
    if (!n.isDirectory() || n.dev !== dev) continue;
    // A file become a directory differs in its mode, so it is Modified already; what it holds is new.
    if (!o.isDirectory()) await added(join(newDir, name), path, dev, out);
    // moby lists a directory holding changes as Modified even when it is not itself.
    else if ((await walk(join(oldDir!, name), join(newDir, name), path, dev, skip, out)) && !changed)
      out.splice(at, 0, { Path: path, Kind: ChangeKind.Modified });
  }
  return out.length > before;
}

/** Everything under a directory the image did not have: Added. */
async function added(dir: string, rel: string, dev: bigint, out: Change[]): Promise<void> {
  for (const name of await names(dir)) {
    const path = `${rel}/${name}`;
    const s = await stat(join(dir, name));
    if (!s) continue;
    out.push({ Path: path, Kind: ChangeKind.Added });
    if (s.isDirectory() && s.dev === dev) await added(join(dir, name), path, dev, out);
  }
}

/** moby's statDifferent: a directory's size and time are no measure of change (moby#9874). */
export function statDifferent(o: BigIntStats, n: BigIntStats): boolean {
  if (o.mode !== n.mode || o.uid !== n.uid || o.gid !== n.gid || o.rdev !== n.rdev) return true;
  if (n.isDirectory()) return false;
  return o.size !== n.size || o.mtimeNs !== n.mtimeNs;
}

/** The bytes a container's changes hold: its added and modified files' and links' sizes (not directories). */
export async function changedBytes(container: string, changes: Change[]): Promise<number> {
  let n = 0;
  for (const c of changes) {
    if (c.Kind === ChangeKind.Deleted) continue;
    const s = await stat(join(container, c.Path));
    if (s && !s.isDirectory()) n += Number(s.size);
  }
  return n;
}
