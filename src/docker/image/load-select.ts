// What `docker load` keeps of an archive's images: GC labels (as pull sets them) and the unpack of
// one platform; with `--platform` (API 1.48) only that platform, as dockerd's containerd store
// imports it (the index is kept, its other manifests are not: `image ls --tree` shows them not
// available), and an archive whose images lack it is refused in dockerd's words.
import { notFound } from '../../common/errdefs.js';
import type { ContainerdClient } from '../containerd.js';
import { familiarOf } from '../reference.js';
import { hasBlob, hasBlobLeased, setLabels } from './content.js';
import { isIndex } from './registry.js';
import type { ImageStore } from './store.js';
import {
  formatPlatform,
  manifestParts,
  parseDoc,
  platformMatches,
  toDescriptor,
  type OciConfig,
  type OciDescriptor,
  type OciIndex,
  type OciManifest,
  type Platform,
} from './oci.js';
import { unpack } from './unpack.js';

/** Whether an index entry is kept by a load of `want`: an entry with no platform (a nested index) is. */
const kept = (m: OciDescriptor, want?: Platform) => !want || !m.platform || platformMatches(want, m.platform);

/** Refuses a load of `want` when one of the images does not provide it (moby's verifyImagesProvidePlatform). */
export async function checkProvides(
  cd: ContainerdClient,
  images: ImageStore,
  targets: { name: string; target: OciDescriptor }[],
  want: Platform,
): Promise<void> {
  if (!targets.length) throw notFound(`no images providing the requested platform ${formatPlatform(want)} found`);
  const lacking: string[] = [];
  for (const { name, target } of targets) {
    try {
      const d = await images.documents({ name, target: toDescriptor(target) }, want);
      const c = d.config;
      if (platformMatches(want, { os: c.os, architecture: c.architecture, variant: c.variant }) && (await allHere(cd, d.manifest)))
        continue;
    } catch {}
    lacking.push(familiarOf(name));
  }
  if (lacking.length === 1)
    throw notFound(`image ${lacking[0]} was loaded, but doesn't provide the requested platform (${formatPlatform(want)})`);
  if (lacking.length)
    throw notFound(`images [${lacking.join(', ')}] were loaded, but don't provide the requested platform (${formatPlatform(want)})`);
}

async function allHere(cd: ContainerdClient, m: OciManifest): Promise<boolean> {
  for (const d of manifestParts(m)) if (!(await hasBlob(cd, d.digest))) return false;
  return true;
}

/**
 * GC labels and the unpack of the platform's manifest (`want`, else the host's). Without `want`
 * an index keeps every platform the archive brought (as dockerd's containerd store does): each
 * child the archive held is labelled with what it refers to, so the lease's end collects none of
 * it, and a container of another platform unpacks it at its create. With `want`, the index refers
 * only to that platform's manifests, and the others' content this load wrote is removed.
 */
export async function labelAndUnpack(
  cd: ContainerdClient,
  images: ImageStore,
  target: OciDescriptor,
  lease: string,
  snapshotterFor: (p: Platform) => string,
  want?: Platform,
) {
  const record = { name: 'load', target: toDescriptor(target) };
  let manifestDigest = target.digest;
  if (isIndex(target.mediaType)) manifestDigest = (await images.documents(record, want)).manifestDigest;
  const manifest = await images.blob<OciManifest>(manifestDigest, 'manifest');
  const config = await images.blob<OciConfig>(manifest.config.digest, 'config');
  const snapshotter = snapshotterFor({ os: config.os, architecture: config.architecture });
  const chain = await unpack(cd, { snapshotter, layers: manifest.layers.map(toDescriptor), diffIds: config.rootfs.diff_ids, lease });
  await labelTree(cd, images, target, lease, want);
  if (chain) await setLabels(cd, manifest.config.digest, { [`containerd.io/gc.ref.snapshot.${snapshotter}`]: chain });
}

/** The GC references of an index (to each child kept, recursively, that the archive held) or a manifest. */
async function labelTree(cd: ContainerdClient, images: ImageStore, desc: OciDescriptor, lease: string, want?: Platform, depth = 0) {
  if (isIndex(desc.mediaType)) {
    const index = await images.blob<OciIndex>(desc.digest, `index ${desc.digest}`);
    const refs: Record<string, string> = {};
    index.manifests.forEach((m, i) => kept(m, want) && (refs[`containerd.io/gc.ref.content.m.${i}`] = m.digest));
    if (Object.keys(refs).length) await setLabels(cd, desc.digest, refs);
    for (const m of index.manifests)
      if (kept(m, want) && depth < 4 && (await hasBlobLeased(cd, m.digest, lease))) await labelTree(cd, images, m, lease, want, depth + 1);
    return;
  }
  // Any other child (an attestation's manifest, an artifact) keeps what it names the same way.
  const manifest = await images.blob<Partial<OciManifest>>(desc.digest, `manifest ${desc.digest}`);
  const refs: Record<string, string> = {};
  if (manifest.config?.digest) refs['containerd.io/gc.ref.content.config'] = manifest.config.digest;
  (manifest.layers ?? []).forEach((l, i) => (refs[`containerd.io/gc.ref.content.l.${i}`] = l.digest));
  if (Object.keys(refs).length) await setLabels(cd, desc.digest, refs);
}

/**
 * After a load of `want`: what this load wrote (`written`) for the index's other manifests is
 * removed at once (the lease's end would leave it to the next garbage collection, and until then
 * those platforms would look available). Content that was here before, or that a kept manifest
 * uses, stays.
 */
export async function dropOtherPlatforms(
  cd: ContainerdClient,
  targets: OciDescriptor[],
  want: Platform,
  written: Set<string>,
): Promise<void> {
  const keep = new Set<string>();
  const drop = new Set<string>();
  const walk = async (desc: OciDescriptor, into: Set<string>, depth = 0): Promise<void> => {
    if (!(await hasBlob(cd, desc.digest))) return;
    into.add(desc.digest);
    const doc = parseDoc<Partial<OciIndex & OciManifest>>(await cd.readBlob(desc.digest), `manifest ${desc.digest}`);
    if (isIndex(desc.mediaType)) {
      if (depth < 4) for (const m of doc.manifests ?? []) await walk(m, kept(m, want) ? into : drop, depth + 1);
      return;
    }
    for (const d of manifestParts(doc)) into.add(d.digest);
  };
  for (const t of targets) await walk(t, keep);
  for (const digest of drop) {
    if (keep.has(digest) || !written.has(digest)) continue;
    await cd.call('content.Delete', { digest }).catch(() => {});
  }
}
