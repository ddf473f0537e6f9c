// A committed layer without tandem's own mount points. To bind /etc/resolv.conf, /etc/hosts,
// /etc/hostname or the --init binary into a container whose image lacks them, the runtime makes
// an empty file (and its directory) in the container's own tree; dockerd makes them in an "init"
// layer below the container's, so `docker commit` never carries them. containerd's diff of a
// container's snapshot does: the layer is read once for its entries and, when it holds such
// mount points, written again without them (and without a directory made only for them, or
// listed only because making them touched it).
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { ANNOTATION_INIT, ANNOTATION_RESOLV_CONF, type OciSpec } from '../../common/oci.js';
import type { ContainerdClient } from '../containerd.js';
import { INIT_PATHS } from '../containers/changes.js';
import { writeBlob } from '../image/content.js';
import type { OciDescriptor } from '../image/oci.js';
import { MEDIA } from '../image/registry.js';
import { cleanPath, layerStream, type PathInfo, type RootfsIndex } from './rootfs.js';

interface Entry {
  name: string;
  type: string;
  size: number;
  mode?: number;
  uid?: number;
  gid?: number;
}

/**
 * The entries of `entries` (a layer's, in order) to leave out: each path of `bound` (what was
 * mounted over the container's tree: a file of its own there is the mount point, as the
 * container could not write under the mount) that is an empty file or a directory holding
 * nothing else of the layer, and each directory that holds only such entries and that the image
 * lacks, or has as the layer lists it (the same mode and owner: only its mtime moved when the
 * mount point was made in it). `image` is asked only for those directories.
 */
export async function mountPointEntries(
  entries: Entry[],
  bound: ReadonlySet<string>,
  image: () => Promise<RootfsIndex>,
): Promise<Set<string>> {
  const drop = new Set<string>();
  const under = (dir: string) => entries.filter((e) => e.name.startsWith(`${dir}/`));
  for (const e of entries) {
    if (!bound.has(`/${e.name}`)) continue;
    if (e.type === 'file' && e.size === 0) drop.add(e.name);
    if (e.type === 'directory' && under(e.name).every((c) => c.type === 'directory')) {
      drop.add(e.name);
      for (const c of under(e.name)) drop.add(c.name);
    }
  }
  if (!drop.size) return drop;
  // The directories holding dropped entries, deepest first: each goes too when nothing kept is
  // beneath it and the image lacks it (it was made for the mount point). One pass over the
  // layer marks what holds kept entries; a directory kept marks its parents in turn.
  const holdsKept = new Set<string>();
  const candidates = new Set([...drop].flatMap(parents));
  for (const e of entries) {
    if (drop.has(e.name) || (e.type === 'directory' && candidates.has(e.name))) continue;
    for (const p of parents(e.name)) holdsKept.add(p);
  }
  const listed = new Map(entries.filter((e) => e.type === 'directory').map((e) => [e.name, e]));
  const unchanged = (e: Entry, had: PathInfo | undefined) =>
    !had ||
    // Permission bits only: some tools write a directory's type bits into the header's mode too.
    (had.type === 'directory' &&
      e.mode !== undefined &&
      (had.mode ?? -1) % 0o10000 === e.mode % 0o10000 &&
      had.uid === e.uid &&
      had.gid === e.gid);
  for (const dir of [...candidates].sort((a, b) => b.length - a.length)) {
    const e = listed.get(dir);
    if (e && !holdsKept.has(dir) && unchanged(e, (await image()).paths.get(dir))) drop.add(dir);
    else for (const p of parents(dir)) holdsKept.add(p);
  }
  return drop;
}

/** `a/b/c` → `a/b`, `a`. */
function parents(name: string): string[] {
  const out: string[] = [];
  for (let i = name.lastIndexOf('/'); i > 0; i = name.lastIndexOf('/', i - 1)) out.push(name.slice(0, i));
  return out;
}

async function listEntries(cd: ContainerdClient, layer: OciDescriptor): Promise<Entry[]> {
  const out: Entry[] = [];
  const ex = tar.extract();
  const reading = (async () => {
    for await (const entry of ex) {
      const h = entry.header;
      out.push({ name: cleanPath(h.name), type: h.type ?? 'file', size: h.size ?? 0, mode: h.mode, uid: h.uid, gid: h.gid });
      entry.resume();
    }
  })();
  await Promise.all([pipeline(layerStream(cd, layer), ex), reading]);
  return out;
}

/**
 * `layer` (a gzip layer just diffed from a container) without tandem's mount points, written
 * into the content store under `lease`, and the paths left out; undefined when it holds none
 * (the layer stands).
 */
export async function withoutMountPoints(
  cd: ContainerdClient,
  layer: OciDescriptor,
  bound: ReadonlySet<string>,
  image: () => Promise<RootfsIndex>,
  opts: { lease: string; scratch: string },
): Promise<{ desc: OciDescriptor; diffId: string; dropped: string[] } | undefined> {
  const drop = await mountPointEntries(await listEntries(cd, layer), bound, image);
  if (!drop.size) return undefined;
  await mkdir(opts.scratch, { recursive: true, mode: 0o700 });
  const dir = await mkdtemp(join(opts.scratch, 'layer-'));
  try {
    const file = join(dir, 'layer.tar.gz');
    const raw = createHash('sha256');
    const gz = createHash('sha256');
    let size = 0;
    const ex = tar.extract();
    const pack = tar.pack();
    const copying = (async () => {
      for await (const entry of ex) {
        if (drop.has(cleanPath(entry.header.name))) {
          entry.resume();
          continue;
        }
        await pipeline(entry, pack.entry(entry.header) as unknown as PassThrough);
      }
      pack.finalize();
    })();
    copying.catch(() => pack.destroy());
    const tap = (h: ReturnType<typeof createHash>, count = false) =>
      new Transform({
        transform(chunk: Buffer, _enc, done) {
          h.update(chunk);
          if (count) size += chunk.length;
          done(null, chunk);
        },
      });
    await Promise.all([
      pipeline(layerStream(cd, layer), ex),
      pipeline(pack, tap(raw), createGzip(), tap(gz, true), createWriteStream(file)),
      copying,
    ]);
    const desc: OciDescriptor = { mediaType: MEDIA.ociLayerGzip, digest: `sha256:${gz.digest('hex')}`, size };
    const diffId = `sha256:${raw.digest('hex')}`;
    await writeBlob(cd, desc, createReadStream(file), { lease: opts.lease, labels: { 'containerd.io/uncompressed': diffId } });
    return { desc, diffId, dropped: [...drop] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * What of tandem's own (changes.ts INIT_PATHS) a container's spec mounts over its tree: its
 * mounts, and what the guest binds by annotation (a VM container's init and resolver).
 */
export function boundPaths(spec: OciSpec): Set<string> {
  const out = new Set((spec.mounts ?? []).map((m) => m.destination).filter((d) => INIT_PATHS.has(d)));
  const a = spec.annotations ?? {};
  if (a[ANNOTATION_INIT]) out.add(a[ANNOTATION_INIT]);
  if (a[ANNOTATION_RESOLV_CONF] !== undefined) out.add('/etc/resolv.conf');
  return out;
}
