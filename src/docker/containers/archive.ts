// The tar side of `docker cp` and `docker export`: a path of a container's root filesystem as
// a tar stream (its entries named from the path's base name, as dockerd's archive endpoint
// does, or from the root for export), and the path's stat in the form the CLI decodes from the
// X-Docker-Container-Path-Stat header (Go's os.FileMode bits, RFC 3339 mtime).
import type { Stats } from 'node:fs';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Writable } from 'node:stream';
import { sidePipeline } from '../../common/side-pipeline.js';
import { streamEntry } from '../../common/tar-entry.js';
import tar from 'tar-stream';
import { notFound } from '../../common/errdefs.js';
import { resolveInRoot } from '../../common/in-root.js';

export interface PathStat {
  name: string;
  size: number;
  mode: number;
  mtime: string;
  linkTarget: string;
}

// Go's os.FileMode type bits (the CLI tests IsDir() and the symlink bit on them).
const GO_DIR = 2 ** 31;
const GO_SYMLINK = 2 ** 27;
const GO_DEVICE = 2 ** 26;
const GO_PIPE = 2 ** 25;
const GO_SOCKET = 2 ** 24;
const GO_SETUID = 2 ** 23;
const GO_SETGID = 2 ** 22;
const GO_CHARDEV = 2 ** 21;
const GO_STICKY = 2 ** 20;

export function goFileMode(st: Stats): number {
  let m = st.mode & 0o777;
  if (st.isDirectory()) m += GO_DIR;
  else if (st.isSymbolicLink()) m += GO_SYMLINK;
  else if (st.isFIFO()) m += GO_PIPE;
  else if (st.isSocket()) m += GO_SOCKET;
  else if (st.isCharacterDevice()) m += GO_DEVICE + GO_CHARDEV;
  else if (st.isBlockDevice()) m += GO_DEVICE;
  if (st.mode & 0o4000) m += GO_SETUID;
  if (st.mode & 0o2000) m += GO_SETGID;
  if (st.mode & 0o1000) m += GO_STICKY;
  return m;
}

/** A volume or bind mounted into a container: where it shows there, and its host directory or file. */
export interface MountedDir {
  destination: string;
  source: string;
  readonly: boolean;
}

/**
 * The mount a container path lies in (the deepest destination that is the path or a parent of
 * it) and the path inside it, as the container sees it there. Undefined: the root filesystem.
 * A symlink of the root filesystem that leads into a mount is not followed there.
 */
export function mountOf(mounts: MountedDir[], containerPath: string): { mount: MountedDir; inner: string } | undefined {
  const abs = clean(containerPath);
  let best: MountedDir | undefined;
  for (const m of mounts) {
    const dest = clean(m.destination);
    if (dest !== '/' && (abs === dest || abs.startsWith(`${dest}/`)) && dest.length > (best?.destination.length ?? 0))
      best = { ...m, destination: dest };
  }
  if (!best) return undefined;
  const inner = abs.slice(best.destination.length) || '/';
  return { mount: best, inner: inner !== '/' && /\/\.?$/.test(containerPath) ? `${inner}/` : inner };
}

/** An absolute, normalized path without a trailing slash (`/` stays). */
const clean = (p: string): string => posix.normalize(`/${p}`).replace(/(.)\/$/, '$1');

/**
 * A container path resolved inside root as the container sees it: the parent's symlinks are
 * followed inside root, the last component is not (cp copies a link as a link), unless the path
 * ends in `/` or `/.`. In a volume or bind (`mounts`) it is resolved in the mount's source, as
 * dockerd does. NotFound says what dockerd says.
 */
export async function locate(
  root: string,
  containerPath: string,
  id: string,
  mounts: MountedDir[] = [],
): Promise<{ host: string; st: Stats; stat: PathStat; mount?: MountedDir }> {
  const abs = posix.normalize(`/${containerPath}`);
  const inMount = mountOf(mounts, containerPath);
  const where = inMount?.inner ?? containerPath;
  const inner = posix.normalize(`/${where}`);
  const base = inMount?.mount.source ?? root;
  const follow = /\/\.?$/.test(where) && inner !== '/';
  const host =
    inner === '/'
      ? base
      : follow
        ? await resolveInRoot(base, inner)
        : join(await resolveInRoot(base, posix.dirname(inner)), posix.basename(inner));
  const st = await lstat(host).catch(() => undefined);
  if (!st) throw notFound(`Could not find the file ${containerPath} in container ${id}`);
  const linkTarget = st.isSymbolicLink() ? await readlink(host) : '';
  const name = abs === '/' ? '/' : posix.basename(abs);
  const stat = { name, size: st.size, mode: goFileMode(st), mtime: st.mtime.toISOString(), linkTarget };
  return { host, st, stat, ...(inMount && { mount: inMount.mount }) };
}

/** The header value: base64 of the stat's JSON. */
export const statHeader = (s: PathStat) => Buffer.from(JSON.stringify(s)).toString('base64');

/**
 * Writes a tar of `host` (recursively) to out, entries named under `prefix` ('' for export: the
 * root's contents at the top). Sockets are skipped, as tar does.
 */
export async function writeTar(host: string, prefix: string, out: Writable): Promise<void> {
  const pack = tar.pack();
  // A client that goes away mid-tar (`docker export … | head`) fails the pipeline while `add`
  // waits on an entry: guarded, that wait ends and the failure is this call's.
  const piping = sidePipeline(pack, out);
  try {
    await piping.guard(add(pack, host, prefix, (await lstat(host)).dev));
    pack.finalize();
  } catch (err) {
    pack.destroy(err as Error);
  }
  await piping.done;
}

/**
 * One path and, for a directory, what is below it on the same filesystem: a running native
 * container's /proc, /sys and /dev are mounted inside its root on the host, and are not its
 * files (tar's --one-file-system). A file gone since its directory was read is skipped.
 */
async function add(pack: tar.Pack, host: string, name: string, dev: number): Promise<void> {
  const st = await lstat(host).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (!st) return;
  const base = { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, mtime: st.mtime };
  if (st.isDirectory()) {
    if (name) await entry(pack, { ...base, name: `${name}/`, type: 'directory' });
    if (st.dev !== dev) return;
    for (const child of (await readdir(host)).sort()) await add(pack, join(host, child), name ? `${name}/${child}` : child, dev);
  } else if (st.isSymbolicLink()) {
    await entry(pack, { ...base, name, type: 'symlink', linkname: await readlink(host) });
  } else if (st.isFile()) {
    await streamEntry(pack, { ...base, name, type: 'file', size: st.size }, createReadStream(host));
  } else if (st.isFIFO()) {
    await entry(pack, { ...base, name, type: 'fifo' });
  } else if (st.isCharacterDevice() || st.isBlockDevice()) {
    const rdev = st.rdev;
    await entry(pack, {
      ...base,
      name,
      type: st.isCharacterDevice() ? 'character-device' : 'block-device',
      devmajor: (rdev >> 8) & 0xfff,
      devminor: (rdev & 0xff) | ((rdev >> 12) & 0xfff00),
    });
  }
}

function entry(pack: tar.Pack, h: Parameters<tar.Pack['entry']>[0]): Promise<void> {
  return new Promise((resolve, reject) => pack.entry(h, (err) => (err ? reject(err) : resolve())));
}
