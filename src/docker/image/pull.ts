// `docker pull` (POST /images/create?fromImage=…): manifest (index → the platform's
// manifest), config and layers from the registry into containerd's content store under a
// lease, the garbage-collector labels that tie them together, the unpack into the snapshotter
// of the image's platform, then the image record; progress as Docker's JSON messages.
import { createHash, randomBytes } from 'node:crypto';
import { errorMessage } from '../../common/errdefs.js';
import type { ContainerdClient } from '../containerd.js';
import { familiarName, fullName, withDefaultTag, type Reference } from '../reference.js';
import { hasBlobLeased, setLabels, writeBlob } from './content.js';
import {
  chooseManifest,
  parseDoc,
  toDescriptor,
  type OciConfig,
  type OciDescriptor,
  type OciIndex,
  type OciManifest,
  type Platform,
} from './oci.js';
import { MANIFEST_ACCEPT, Repository, isIndex, type RegistryOptions } from './registry.js';
import { chainIds, unpack } from './unpack.js';

export type Progress = (msg: { status: string; id?: string; progressDetail?: { current?: number; total?: number } }) => void;

const PARALLEL = 3;
const short = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);

export interface PullOptions extends RegistryOptions {
  platform?: Platform;
  snapshotterFor: (p: Platform) => string;
  progress: Progress;
}

/** Runs fn over items with at most n at once; the first failure wins. */
async function parallel<T>(items: T[], n: number, fn: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

/** A promise settled from outside; its rejection is never unhandled (nobody may be waiting). */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** Holds everything written meanwhile; the image record takes over, then the lease goes. */
export async function withLease<T>(cd: ContainerdClient, fn: (lease: string) => Promise<T>): Promise<T> {
  const id = `tandem-docker-${randomBytes(8).toString('hex')}`;
  const expire = new Date(Date.now() + 24 * 3600_000).toISOString();
  await cd.call('leases.Create', { id, labels: { 'containerd.io/gc.expire': expire } });
  try {
    return await fn(id);
  } finally {
    await cd.call('leases.Delete', { id }).catch(() => {});
  }
}

export async function pullImage(cd: ContainerdClient, refIn: Reference, opts: PullOptions): Promise<{ name: string; digest: string }> {
  const ref = withDefaultTag(refIn);
  const repo = new Repository(ref, opts);
  const tagOrDigest = ref.digest ?? ref.tag!;
  const srcLabel = { [`containerd.io/distribution.source.${ref.domain}`]: ref.path };
  // After the manifest, as dockerd: a pull that cannot start says only why (an HTTP error).
  const top = await repo.manifest(tagOrDigest, MANIFEST_ACCEPT);
  opts.progress({ status: `Pulling from ${familiarName({ ...ref, tag: undefined, digest: undefined })}`, id: tagOrDigest });
  const topDigest = top.digest ?? ref.digest ?? `sha256:${createHash('sha256').update(top.body).digest('hex')}`;
  let index: OciIndex | undefined;
  let manifestDesc: OciDescriptor;
  let manifestBody: Buffer;
  if (isIndex(top.mediaType)) {
    index = parseDoc<OciIndex>(top.body, `index ${topDigest}`);
    manifestDesc = chooseManifest(index, opts.platform, familiarName(ref));
    const m = await repo.manifest(manifestDesc.digest, MANIFEST_ACCEPT);
    manifestBody = m.body;
  } else {
    manifestDesc = { mediaType: top.mediaType, digest: topDigest, size: top.body.length };
    manifestBody = top.body;
  }
  const manifest = parseDoc<OciManifest>(manifestBody, `manifest ${manifestDesc.digest}`);
  const name = fullName(ref);
  // The config is fetched meanwhile (it goes to containerd last, under the lease).
  const configFetch = repo.blobBytes(manifest.config.digest);
  configFetch.catch(() => {});
  const existing = await cd.call('images.Get', { name }).catch(() => undefined);
  const upToDate = existing?.image?.target?.digest === topDigest;

  return withLease(cd, async (lease) => {
    const configBody = await configFetch;
    const config = parseDoc<OciConfig>(configBody, `image config ${manifest.config.digest}`);
    const diffIds = config.rootfs?.diff_ids ?? [];
    const platform = { os: config.os, architecture: config.architecture, variant: config.variant };
    const snapshotter = opts.snapshotterFor(platform);

    // Config, manifest and index go in while the layers download (the lease holds each until
    // the image record does); the config's snapshot label is the top chain id, known already.
    const topChain = chainIds(diffIds).at(-1) ?? '';
    const docs = [
      writeBlob(cd, manifest.config, configBody, {
        lease,
        labels: { ...srcLabel, ...(topChain ? { [`containerd.io/gc.ref.snapshot.${snapshotter}`]: topChain } : {}) },
      }),
    ];
    const mLabels: Record<string, string> = { ...srcLabel, 'containerd.io/gc.ref.content.config': manifest.config.digest };
    manifest.layers.forEach((l, i) => (mLabels[`containerd.io/gc.ref.content.l.${i}`] = l.digest));
    docs.push(writeBlob(cd, manifestDesc, manifestBody, { lease, labels: mLabels }));
    let target = toDescriptor(manifestDesc);
    if (index) {
      const iLabels: Record<string, string> = { ...srcLabel };
      index.manifests.forEach((m, i) => (iLabels[`containerd.io/gc.ref.content.m.${i}`] = m.digest));
      docs.push(writeBlob(cd, { digest: topDigest, size: top.body.length }, top.body, { lease, labels: iLabels }));
      target = { mediaType: top.mediaType, digest: topDigest, size: top.body.length };
    }

    const fetchLayer = async (l: OciDescriptor, i: number) => {
      const id = short(l.digest);
      const labels = { ...srcLabel, ...(diffIds[i] ? { 'containerd.io/uncompressed': diffIds[i] } : {}) };
      if (await hasBlobLeased(cd, l.digest, lease)) {
        opts.progress({ status: 'Already exists', progressDetail: {}, id });
        await setLabels(cd, l.digest, labels);
        return;
      }
      opts.progress({ status: 'Pulling fs layer', progressDetail: {}, id });
      let last = 0;
      await writeBlob(cd, l, await repo.blob(l.digest), {
        lease,
        labels,
        progress: (n) => {
          if (n - last < 256 << 10 && n !== l.size) return;
          last = n;
          opts.progress({ status: 'Downloading', progressDetail: { current: n, total: l.size }, id });
        },
      });
      opts.progress({ status: 'Verifying Checksum', progressDetail: {}, id });
      opts.progress({ status: 'Download complete', progressDetail: {}, id });
    };
    // Each layer is unpacked as soon as it and the one below it are in (as containerd's own
    // unpacker does), while later layers still download.
    const fetched = manifest.layers.map(() => deferred());
    const downloads = parallel(
      manifest.layers.map((l, i) => ({ l, i })),
      PARALLEL,
      async ({ l, i }) => {
        await fetchLayer(l, i);
        fetched[i].resolve();
      },
    ).catch((err: unknown) => {
      for (const f of fetched) f.reject(err);
      throw err;
    });
    const unpacked = unpack(cd, {
      snapshotter,
      layers: manifest.layers.map(toDescriptor),
      diffIds,
      lease,
      fetched: (i) => fetched[i].promise,
      progress: (layer, state) => {
        const id = short(layer.digest!);
        if (state === 'extracting') opts.progress({ status: 'Extracting', progressDetail: { current: 0, total: Number(layer.size) }, id });
        if (state === 'done') opts.progress({ status: 'Pull complete', progressDetail: {}, id });
      },
    });
    // All settle before anything else happens (nothing left writing under the lease); a
    // download's failure is the one to report (the unpack then only waited for it).
    const [down, up, ...written] = await Promise.allSettled([downloads, unpacked, ...docs]);
    if (down.status === 'rejected') throw down.reason;
    if (up.status === 'rejected')
      throw new Error(`failed to unpack into snapshotter ${snapshotter}: ${errorMessage(up.reason)}`, { cause: up.reason });
    for (const w of written) if (w.status === 'rejected') throw w.reason;

    const image = { name, target };
    if (existing?.image) await cd.call('images.Update', { image, updateMask: { paths: ['target'] } });
    else
      await cd.call('images.Create', { image }).catch(async (err) => {
        // Created meanwhile by a parallel pull: point it at what we pulled.
        await cd.call('images.Update', { image, updateMask: { paths: ['target'] } }).catch(() => {
          throw err;
        });
      });
    opts.progress({ status: `Digest: ${topDigest}` });
    opts.progress({ status: `Status: ${upToDate ? 'Image is up to date' : 'Downloaded newer image'} for ${familiarName(ref)}` });
    return { name, digest: topDigest };
  });
}
