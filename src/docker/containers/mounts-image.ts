// `--mount type=image,src=IMAGE,dst=/x[,image-subpath=…]` (API 1.48): the image's root
// filesystem, read-only, as dockerd mounts a layer of it. Each is a containerd view of the
// image's top snapshot, kept by a lease of the container's own (no expiry: the view must outlive
// restarts of the endpoint) and released when the container is removed. A view the snapshotter
// gives as a bind (one layer, or the tandem snapshotter) is used where it is; an overlay is
// mounted on the host in the container's directory, at create and again at a start that finds
// it gone (after a reboot), and unmounted at removal, before the directory goes.
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Code, invalidArgument, isCode, unimplemented } from '../../common/errdefs.js';
import type { ContainerdClient } from '../containerd.js';
import type { ResolvedImage } from '../image/store.js';
import { familiarName, parseReference, withDefaultTag } from '../reference.js';
import type { ImageMount } from './mounts-resolve.js';
import type { ContainerRecord } from './types.js';

const run = promisify(execFile);

interface Deps {
  cd: ContainerdClient;
  snapshotterFor: (p: ResolvedImage['platform']) => string;
  /** Unpacks the image for that snapshotter under the lease when it is not yet (create.ts). */
  unpacked: (image: ResolvedImage, snapshotter: string, lease: string) => Promise<void>;
}

export const leaseOf = (id: string) => `tandem-image-mounts-${id}`;
const viewKey = (id: string, n: number) => `tandem-image-mount-${id}-${n}`;
const mountDir = (dir: string, n: number) => join(dir, 'image-mounts', String(n));

/** An image mount's image by its reference; a missing one in dockerd's words (a 400: a 404 would make the CLI pull the container's image). */
export async function mountImage(resolve: (ref: string) => Promise<ResolvedImage>, ref: string): Promise<ResolvedImage> {
  try {
    return await resolve(ref);
  } catch (err) {
    if (!isCode(err, Code.NotFound)) throw err;
    let shown = ref;
    try {
      shown = familiarName(withDefaultTag(parseReference(ref)));
    } catch {}
    throw invalidArgument(`No such image: ${shown}`);
  }
}

interface SnapshotMount {
  type?: string | null;
  source?: string | null;
  options?: string[] | null;
}

/** A view's directory on the host: its bind source, or the overlay mounted at `at`. */
async function hostDir(ms: SnapshotMount[], at: string): Promise<string> {
  const only = ms.length === 1 ? ms[0]! : undefined;
  if (only?.source && (only.type === 'bind' || only.options?.some((o) => o === 'bind' || o === 'rbind'))) return only.source;
  if (only?.type !== 'overlay' || process.platform !== 'linux')
    throw unimplemented(
      `--mount type=image: the snapshotter gives ${ms.map((m) => m.type).join('+') || 'no'} mounts, which tandem cannot mount`,
    );
  if (!(await mountedAt(at))) {
    await mkdir(at, { recursive: true, mode: 0o700 });
    await run('mount', ['-t', 'overlay', 'overlay', '-o', (only.options ?? []).join(','), at]);
  }
  return at;
}

async function mountedAt(dir: string): Promise<boolean> {
  const esc = dir.replace(/[ \t\n\\]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
  const info = await readFile('/proc/self/mountinfo', 'utf8');
  return info.split('\n').some((l) => l.split(' ')[4] === esc);
}

/** At create: the views, under the container's lease, and each mount's source (its subpath is checked at start). */
export async function mountImages(d: Deps, id: string, dir: string, mounts: ImageMount[], subpaths: Map<string, string>): Promise<void> {
  if (!mounts.length) return;
  const lease = leaseOf(id);
  await d.cd.call('leases.Create', { id: lease });
  for (const [n, m] of mounts.entries()) {
    const snapshotter = d.snapshotterFor(m.image.platform);
    let root: string;
    if (m.image.chainId) {
      await d.unpacked(m.image, snapshotter, lease);
      await d.cd.call('snapshots.View', { snapshotter, key: viewKey(id, n), parent: m.image.chainId }, { lease });
      const { mounts: ms } = await d.cd.call('snapshots.Mounts', { snapshotter, key: viewKey(id, n) });
      root = await hostDir((ms ?? []) as SnapshotMount[], mountDir(dir, n));
    } else {
      root = mountDir(dir, n); // an image of no layers: an empty root
      await mkdir(root, { recursive: true, mode: 0o755 });
    }
    m.point.Source = root;
    const sub = subpaths.get(m.point.Destination);
    m.mount.source = sub ? join(root, sub) : root;
  }
}

/** At a start: an overlay view mounted again where it is gone (a reboot); the rest are where they were. */
export async function remountImages(cd: ContainerdClient, c: ContainerRecord, dir: string): Promise<void> {
  const images = c.Mounts.filter((p) => p.Type === 'image');
  for (const [n, p] of images.entries()) {
    if (p.Source !== mountDir(dir, n) || (await mountedAt(p.Source))) continue;
    const key = viewKey(c.Id, n);
    const snapshotter = await viewSnapshotter(cd, c.Id, key);
    if (!snapshotter) continue;
    const { mounts: ms } = await cd.call('snapshots.Mounts', { snapshotter, key });
    await hostDir((ms ?? []) as SnapshotMount[], p.Source);
  }
}

async function viewSnapshotter(cd: ContainerdClient, id: string, key: string): Promise<string | undefined> {
  const { resources } = await cd.call('leases.ListResources', { id: leaseOf(id) }).catch(() => ({ resources: [] }));
  const r = (resources ?? []).find((x) => x.id === key);
  return r?.type?.replace(/^snapshots\//, '');
}

/** At removal (or a create that failed): unmounts the overlays, removes the views, ends the lease. */
export async function releaseImages(cd: ContainerdClient, id: string, dir: string): Promise<void> {
  const lease = leaseOf(id);
  const got = await cd
    .call('leases.ListResources', { id: lease })
    .catch((err) => (isCode(err, Code.NotFound) ? undefined : Promise.reject(err)));
  if (!got) return;
  // Unmounted before anything removes the directory: a removal through a live overlay would reach the image's files.
  const base = join(dir, 'image-mounts');
  for (const name of await readdir(base).catch(() => [])) {
    const at = join(base, name);
    if (await mountedAt(at)) await run('umount', [at]).catch(() => run('umount', ['-l', at]));
  }
  for (const r of got.resources ?? [])
    if (r.id?.startsWith(viewKey(id, 0).slice(0, -1)) && r.type?.startsWith('snapshots/'))
      await cd.call('snapshots.Remove', { snapshotter: r.type.slice('snapshots/'.length), key: r.id }).catch(() => {});
  await cd.call('leases.Delete', { id: lease }).catch(() => {});
}
