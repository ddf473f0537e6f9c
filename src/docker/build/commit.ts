// A build's image states and how they reach containerd. A state is an OCI config (platform,
// Docker config, diff ids, history) plus its layer descriptors; its id is the digest of the
// config as it would be written, so ` ---> <id>` and the final image id agree. Layers go into
// the content store under the build's lease (gzip, `containerd.io/uncompressed` label) and into
// the snapshotter under their chain ids; what a finished step made is added to the build cache's
// own lease so it outlives the build. The result is an OCI manifest, its config, and one image
// record per tag, labelled for containerd's garbage collector as a pull does.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Code, TandemError, isCode } from '../../common/errdefs.js';
import type { ContainerdClient } from '../containerd.js';
import { writeBlob } from '../image/content.js';
import { toDescriptor, type ImageConfig, type OciConfig, type OciDescriptor, type OciManifest, type Platform } from '../image/oci.js';
import { MEDIA } from '../image/registry.js';
import { DANGLING } from '../image/views.js';
import { chainIds, unpack } from '../image/unpack.js';

export const CACHE_LEASE = 'tandem-docker-build-cache';

export interface BuildState {
  id: string;
  config: OciConfig;
  layers: OciDescriptor[];
  /** The base image's name (for the RUN containers' records), if any. */
  base?: string;
}

export type HistoryEntry = NonNullable<OciConfig['history']>[number];

const digestOf = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
export const configBytes = (c: OciConfig) => Buffer.from(JSON.stringify(c));

export function platformOf(c: OciConfig): Platform {
  return { os: c.os, architecture: c.architecture, variant: c.variant };
}

export function emptyState(p: Platform): BuildState {
  const config: OciConfig = {
    architecture: p.architecture,
    os: p.os,
    ...(p.variant ? { variant: p.variant } : {}),
    config: {},
    rootfs: { type: 'layers', diff_ids: [] },
    history: [],
  };
  return { id: digestOf(configBytes(config)), config, layers: [] };
}

/** The state after a step: the config changed by `edit`, one history entry, maybe a layer. */
export function nextState(
  prev: BuildState,
  edit: (c: ImageConfig) => void,
  createdBy: string,
  layer?: { desc: OciDescriptor; diffId: string },
): BuildState {
  const cfg: ImageConfig = structuredClone(prev.config.config ?? {});
  edit(cfg);
  const created = new Date().toISOString();
  const history: HistoryEntry = { created, created_by: createdBy, ...(layer ? {} : { empty_layer: true }) };
  const config: OciConfig = {
    ...prev.config,
    created,
    config: cfg,
    rootfs: { type: 'layers', diff_ids: [...prev.config.rootfs.diff_ids, ...(layer ? [layer.diffId] : [])] },
    history: [...(prev.config.history ?? []), history],
  };
  return { id: digestOf(configBytes(config)), config, layers: [...prev.layers, ...(layer ? [layer.desc] : [])], base: prev.base };
}

export function withAuthor(s: BuildState, author: string): BuildState {
  const config = { ...s.config, author };
  return { ...s, config, id: digestOf(configBytes(config)) };
}

/** The config edited without a history entry (a base image's ONBUILD triggers cleared). */
export function editConfig(s: BuildState, edit: (c: ImageConfig) => void): BuildState {
  const cfg: ImageConfig = structuredClone(s.config.config ?? {});
  edit(cfg);
  const config = { ...s.config, config: cfg };
  return { ...s, config, id: digestOf(configBytes(config)) };
}

export async function ensureCacheLease(cd: ContainerdClient): Promise<void> {
  await cd.call('leases.Create', { id: CACHE_LEASE, labels: {} }).catch((err) => {
    if (!isCode(err, Code.AlreadyExists)) throw err;
  });
}

/** Drops the cache's lease: containerd's garbage collector frees what no image holds. */
export async function dropCacheLease(cd: ContainerdClient): Promise<void> {
  await cd.call('leases.Delete', { id: CACHE_LEASE, sync: true }).catch((err) => {
    if (!isCode(err, Code.NotFound)) throw err;
  });
}

/** Keeps a finished step's layer blob and snapshot for the cache (the build lease goes at the end). */
export async function retain(cd: ContainerdClient, snapshotter: string, state: BuildState): Promise<void> {
  const top = state.layers[state.layers.length - 1];
  if (!top) return;
  const chain = chainIds(state.config.rootfs.diff_ids);
  const resources = [
    { id: top.digest, type: 'content' },
    { id: chain[chain.length - 1], type: `snapshots/${snapshotter}` },
  ];
  for (const resource of resources) {
    // A `builder prune -a` while this build runs deletes the cache's lease: made again here.
    await cd.call('leases.AddResource', { id: CACHE_LEASE, resource }).catch(async (err) => {
      if (!isCode(err, Code.NotFound)) throw err;
      await ensureCacheLease(cd);
      await cd.call('leases.AddResource', { id: CACHE_LEASE, resource });
    });
  }
}

/** A gzip layer file into the content store. */
export async function storeLayer(
  cd: ContainerdClient,
  lease: string,
  gz: { path: string; digest: string; size: number },
  diffId: string,
): Promise<OciDescriptor> {
  const desc = { mediaType: MEDIA.ociLayerGzip, digest: gz.digest, size: gz.size };
  await writeBlob(cd, desc, createReadStream(gz.path), { lease, labels: { 'containerd.io/uncompressed': diffId } });
  return desc;
}

/** Makes sure the snapshots of every layer exist; returns the top chain id ('' for none). */
export async function ensureSnapshots(cd: ContainerdClient, snapshotter: string, state: BuildState, lease: string): Promise<string> {
  if (!state.layers.length) return '';
  return unpack(cd, { snapshotter, layers: state.layers.map(toDescriptor), diffIds: state.config.rootfs.diff_ids, lease });
}

/** Whether a cached state's layers are all still in the content store. */
export async function stillThere(cd: ContainerdClient, state: BuildState): Promise<boolean> {
  for (const l of state.layers) {
    const ok = await cd.call('content.Info', { digest: l.digest }).then(
      () => true,
      () => false,
    );
    if (!ok) return false;
  }
  return true;
}

/** Writes config and manifest; names the image with each tag. Returns the image id. */
export async function writeImage(
  cd: ContainerdClient,
  snapshotter: string,
  state: BuildState,
  lease: string,
  names: string[],
  recordLabels: Record<string, string> = {},
): Promise<{ id: string; manifest: OciDescriptor }> {
  const body = configBytes(state.config);
  const configDesc = { mediaType: MEDIA.ociConfig, digest: digestOf(body), size: body.length };
  const chain = chainIds(state.config.rootfs.diff_ids);
  await writeBlob(cd, configDesc, body, {
    lease,
    labels: chain.length ? { [`containerd.io/gc.ref.snapshot.${snapshotter}`]: chain[chain.length - 1] } : {},
  });
  const manifest: OciManifest = { schemaVersion: 2, mediaType: MEDIA.ociManifest, config: configDesc, layers: state.layers };
  const mBody = Buffer.from(JSON.stringify(manifest));
  const mDesc = { mediaType: MEDIA.ociManifest, digest: digestOf(mBody), size: mBody.length };
  const labels: Record<string, string> = { 'containerd.io/gc.ref.content.config': configDesc.digest };
  state.layers.forEach((l, i) => (labels[`containerd.io/gc.ref.content.l.${i}`] = l.digest));
  await writeBlob(cd, mDesc, mBody, { lease, labels });
  // An untagged build still needs a record to be found by id (dockerd's containerd store calls it moby-dangling).
  for (const name of names.length ? names : [`${DANGLING}${mDesc.digest}`]) {
    const image = { name, target: toDescriptor(mDesc), labels: recordLabels };
    await cd.call('images.Create', { image }).catch((err) => {
      if (!isCode(err, Code.AlreadyExists)) throw err;
      // The labels too: a step's record (labelled, hidden) becomes this build's image.
      return cd.call('images.Update', { image, updateMask: { paths: ['target', 'labels'] } });
    });
  }
  return { id: configDesc.digest, manifest: mDesc };
}

/**
 * An active snapshot's changes against `parent` ('' for none) as a gzip layer, by containerd's
 * diff service (the parent seen through a view made and removed here, under `lease`), with its
 * uncompressed digest. `what` names the snapshot in the error.
 */
export async function diffSnapshot(
  cd: ContainerdClient,
  s: { snapshotter: string; key: string; parent: string; viewKey: string; ref: string; lease: string },
  what: string,
): Promise<{ desc: OciDescriptor; diffId: string }> {
  const { snapshotter, lease } = s;
  const right = (await cd.call('snapshots.Mounts', { snapshotter, key: s.key })).mounts;
  const left = s.parent ? (await cd.call('snapshots.View', { snapshotter, key: s.viewKey, parent: s.parent }, { lease })).mounts : [];
  let d;
  try {
    d = await cd.call('diff.Diff', { left, right, mediaType: MEDIA.ociLayerGzip, ref: s.ref }, { lease, timeoutMs: 0 });
  } finally {
    if (s.parent) await cd.call('snapshots.Remove', { snapshotter, key: s.viewKey }).catch(() => {});
  }
  const desc = { mediaType: MEDIA.ociLayerGzip, digest: d.diff!.digest!, size: Number(d.diff!.size) };
  const info = await cd.call('content.Info', { digest: desc.digest });
  const diffId = info.info?.labels?.['containerd.io/uncompressed'];
  if (!diffId) throw new TandemError(Code.Internal, `containerd's diff of ${what} gave ${desc.digest} without its uncompressed digest`);
  return { desc, diffId };
}
