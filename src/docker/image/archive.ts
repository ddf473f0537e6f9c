// `docker save` and `docker load`. save writes one tar that is both an OCI image layout
// (oci-layout, index.json, blobs/sha256/…) and a docker-archive (manifest.json with RepoTags),
// as Docker 25+ does. load reads either: an OCI layout (names from the index annotations or
// manifest.json), or a legacy docker-archive whose layers are plain tars (their digests are
// computed here and an OCI manifest is made for them).
import { createHash } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';
import tar from 'tar-stream';
import { decompressed } from '../../common/decompress.js';
import { sidePipeline } from '../../common/side-pipeline.js';
import { streamEntry } from '../../common/tar-entry.js';
import { TandemError, invalidArgument } from '../../common/errdefs.js';
import type { ContainerdClient } from '../containerd.js';
import { familiarOf, fullName, normalizeName, parseReference, withDefaultTag } from '../reference.js';
import { hasBlob, hasBlobLeased, storeBlob, writeBlob } from './content.js';
import { checkProvides, dropOtherPlatforms, labelAndUnpack } from './load-select.js';
import { MEDIA, isIndex } from './registry.js';
import type { ImageStore, ResolvedImage } from './store.js';
import { parseDoc, toDescriptor, type OciDescriptor, type OciIndex, type OciManifest, type Platform } from './oci.js';
import { withLease } from './pull.js';

const ANN_NAME = 'io.containerd.image.name';
const ANN_REF = 'org.opencontainers.image.ref.name';
const blobPath = (digest: string) => `blobs/${digest.replace(':', '/')}`;

/**
 * Writes the images as one tar to `out`, each blob streamed from the content store (an image of
 * many GiB never sits in memory). A client that goes away ends the writing with its error.
 */
export async function saveImages(cd: ContainerdClient, images: ResolvedImage[], out: Writable): Promise<void> {
  const pack = tar.pack();
  const piping = sidePipeline(pack, out);
  const written = new Set<string>();
  const entry = (name: string, data: Buffer) =>
    piping.guard(
      new Promise<void>((resolve, reject) => pack.entry({ name, size: data.length }, data, (err) => (err ? reject(err) : resolve()))),
    );
  const blob = async (digest: string) => {
    if (written.has(digest)) return;
    written.add(digest);
    const { info } = await cd.call('content.Info', { digest });
    await piping.guard(streamEntry(pack, { name: blobPath(digest), size: Number(info?.size ?? 0) }, cd.readStream(digest)));
  };
  try {
    await writeAll(cd, images, entry, blob);
    pack.finalize();
  } catch (err) {
    pack.destroy(err as Error);
  }
  await piping.done;
}

async function writeAll(
  cd: ContainerdClient,
  images: ResolvedImage[],
  entry: (name: string, data: Buffer) => Promise<void>,
  blob: (digest: string) => Promise<void>,
): Promise<void> {
  await entry('oci-layout', Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })));
  const index: OciIndex = { schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: [] };
  const manifestJson: { Config: string; RepoTags: string[]; Layers: string[] }[] = [];
  for (const img of images) {
    for (const l of img.manifest.layers) await blob(l.digest);
    await blob(img.manifest.config.digest);
    await blob(img.manifestDigest);
    const t = img.record.target!;
    if (t.digest !== img.manifestDigest) {
      await otherPlatforms(cd, t.digest!, blob);
      await blob(t.digest!);
    }
    const name = img.record.name!;
    const tag = parseReference(name).tag;
    index.manifests.push({
      mediaType: t.mediaType!,
      digest: t.digest!,
      size: Number(t.size),
      annotations: { [ANN_NAME]: name, ...(tag ? { [ANN_REF]: tag } : {}) },
    });
    manifestJson.push({
      Config: blobPath(img.manifest.config.digest),
      RepoTags: name.includes('@') ? [] : [familiarOf(name)],
      Layers: img.manifest.layers.map((l) => blobPath(l.digest)),
    });
  }
  await entry('index.json', Buffer.from(JSON.stringify(index)));
  await entry('manifest.json', Buffer.from(JSON.stringify(manifestJson)));
}

/**
 * The rest of an index: each child present here (the platforms pulled or loaded; a pull brings one)
 * with what it names, as dockerd's containerd store saves without `--platform`, so the archive loads
 * back whole. A child whose content is not here is left out, as there.
 */
async function otherPlatforms(cd: ContainerdClient, digest: string, blob: (digest: string) => Promise<void>, depth = 0): Promise<void> {
  const index = parseDoc<OciIndex>(await cd.readBlob(digest), `index ${digest}`);
  for (const m of index.manifests) {
    if (!(await hasBlob(cd, m.digest))) continue;
    if (isIndex(m.mediaType)) {
      if (depth < 4) await otherPlatforms(cd, m.digest, blob, depth + 1);
    } else {
      const doc = parseDoc<Partial<OciManifest>>(await cd.readBlob(m.digest), `manifest ${m.digest}`);
      for (const d of [...(doc.layers ?? []), ...(doc.config ? [doc.config] : [])]) if (await hasBlob(cd, d.digest)) await blob(d.digest);
    }
    await blob(m.digest);
  }
}

export interface Loaded {
  blobs: Map<string, { mediaType?: string }>;
  /** The archive's documents (JSON, oci-layout, repositories), kept in memory. */
  files: Map<string, Buffer>;
  /** Its other regular files (a legacy archive's layer.tar), streamed to the sink as they came. */
  stored: Map<string, { digest: string; size: number }>;
}

/** Where an archive's blobs go (containerd's content store; a fake in the fuzz test). */
export interface BlobSink {
  has(digest: string): Promise<boolean>;
  write(desc: { digest: string; size: number }, data: AsyncIterable<Uint8Array>): Promise<void>;
  /** Stores bytes whose digest is found while reading them. */
  put(data: AsyncIterable<Uint8Array>): Promise<{ digest: string; size: number }>;
}

/** The largest document kept in memory (manifest.json, index.json, an image config). */
export const MAX_ARCHIVE_FILE = 64 << 20;

/** Documents load reads; any other file may be a layer of many GiB and is never held whole. */
const isDocument = (name: string) => name.endsWith('.json') || name === 'oci-layout' || name === 'repositories';

async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream) void _;
}

/**
 * Reads a tar: blobs/sha256/<hex> entries go to the sink (which checks the digest), documents
 * are kept in memory up to MAX_ARCHIVE_FILE, other regular files go to the sink under the digest
 * of what they hold (a legacy archive's layers, as they stream by); links, devices, directories and
 * anything else are read past, never followed or created. Nothing is written to the file system
 * here: layers reach a snapshot only through containerd's diff service. A malformed tar is
 * InvalidArgument.
 */
export async function readArchive(input: Readable, sink: BlobSink): Promise<Loaded> {
  const ex = tar.extract();
  const loaded: Loaded = { blobs: new Map(), files: new Map(), stored: new Map() };
  const bad = (err: Error) => (err instanceof TandemError ? err : invalidArgument(`not a valid image archive (tar): ${err.message}`, err));
  const done = new Promise<void>((resolve, reject) => {
    ex.on('finish', resolve);
    ex.on('error', (err) => reject(bad(err)));
    input.on('error', reject);
  });
  ex.on('entry', (header, stream, next) => {
    // An entry cut short errors on its own stream too: ex's error reports it, so an entry we
    // stopped reading must not raise an unhandled 'error' (which would end the process).
    stream.on('error', () => {});
    void (async () => {
      const name = header.name.replace(/^\.\//, '');
      const m = /^blobs\/(sha256)\/([0-9a-f]{64})$/.exec(name);
      if (m && header.type === 'file') {
        const digest = `${m[1]}:${m[2]}`;
        // tar-stream moves on only once an entry is read to its end: a blob containerd has
        // already is drained, not written.
        if (await sink.has(digest)) await drain(stream);
        else await sink.write({ digest, size: header.size ?? 0 }, stream as AsyncIterable<Uint8Array>);
        loaded.blobs.set(digest, {});
      } else if (header.type === 'file' && isDocument(name)) {
        if ((header.size ?? 0) > MAX_ARCHIVE_FILE)
          throw invalidArgument(`archive entry ${name} is ${header.size} bytes: more than the ${MAX_ARCHIVE_FILE} a document may have`);
        const chunks: Buffer[] = [];
        for await (const c of stream as AsyncIterable<Buffer>) chunks.push(c);
        loaded.files.set(name, Buffer.concat(chunks));
      } else if (header.type === 'file') {
        loaded.stored.set(name, await sink.put(stream as AsyncIterable<Uint8Array>));
      } else await drain(stream);
    })().then(
      () => next(),
      (err: Error) => ex.destroy(bad(err)),
    );
  });
  input.pipe(ex);
  await done;
  return loaded;
}

/** Loads an archive; returns the names of the loaded images (familiar). */
export async function loadImages(
  cd: ContainerdClient,
  images: ImageStore,
  input: Readable,
  snapshotterFor: (p: Platform) => string,
  platform?: Platform,
): Promise<string[]> {
  return withLease(cd, async (lease) => {
    const written = new Set<string>();
    // `docker save | gzip` (or xz, bzip2, zstd) loads as dockerd loads it.
    const tarStream = await decompressed(input, 'the image archive');
    const a = await readArchive(tarStream, {
      has: (digest) => hasBlobLeased(cd, digest, lease),
      write: (desc, data) => writeBlob(cd, desc, data, { lease }).then(() => void written.add(desc.digest)),
      put: (data) => storeBlob(cd, data, { lease }),
    }).finally(() => tarStream.destroy());
    const manifestJson = a.files.has('manifest.json')
      ? parseDoc<{ Config: string; RepoTags?: string[] | null; Layers: string[] }[]>(a.files.get('manifest.json')!, 'manifest.json')
      : [];
    const targets: { name: string; target: OciDescriptor }[] = [];
    if (a.files.has('index.json')) {
      const index = parseDoc<OciIndex>(a.files.get('index.json')!, 'index.json');
      for (const m of index.manifests) {
        const ann = m.annotations ?? {};
        let names: string[] = [];
        if (ann[ANN_NAME]) names = [ann[ANN_NAME]];
        else {
          const man = await images.blob<OciManifest>(m.digest, 'manifest').catch(() => undefined);
          const cfg = man && manifestJson.find((j) => j.Config.endsWith(man.config.digest.replace(':', '/')));
          names = (cfg?.RepoTags ?? []).map(normalizeName);
          if (!names.length && ann[ANN_REF]?.includes('/')) names = [normalizeName(ann[ANN_REF])];
        }
        for (const n of names) targets.push({ name: n, target: m });
      }
    } else if (manifestJson.length) {
      for (const j of manifestJson) targets.push(...(await legacy(cd, a, j, lease)));
    } else throw invalidArgument('not an image archive: neither index.json nor manifest.json');
    if (platform) await checkProvides(cd, images, targets, platform);
    const out: string[] = [];
    for (const { name, target } of targets) {
      await labelAndUnpack(cd, images, target, lease, snapshotterFor, platform);
      const image = { name: fullName(withDefaultTag(parseReference(name))), target: toDescriptor(target) };
      await cd.call('images.Create', { image }).catch(() => cd.call('images.Update', { image, updateMask: { paths: ['target'] } }));
      out.push(familiarOf(image.name));
    }
    if (platform) {
      await dropOtherPlatforms(cd, [...new Set(targets.map((t) => t.target))], platform, written);
      images.forget(); // a choice made before between this index's manifests may name one just removed
    }
    return out;
  });
}

/**
 * A docker-archive entry with plain tar layers: each layer is the blob its file was stored as
 * while the archive was read, the config is written from memory; an OCI manifest is made here.
 */
async function legacy(cd: ContainerdClient, a: Loaded, j: { Config: string; RepoTags?: string[] | null; Layers: string[] }, lease: string) {
  const put = async (data: Buffer) => {
    const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
    await writeBlob(cd, { digest, size: data.length }, data, { lease });
    return { digest, size: data.length };
  };
  const missing = (p: string) => invalidArgument(`archive lists ${p} but does not contain it`);
  const blob = async (p: string) => {
    const stored = a.stored.get(p);
    if (stored) return stored;
    const f = a.files.get(p);
    if (!f) throw missing(p);
    return put(f);
  };
  const config = await blob(j.Config);
  const layers = [];
  for (const l of j.Layers) layers.push({ mediaType: 'application/vnd.docker.image.rootfs.diff.tar', ...(await blob(l)) });
  const manifest = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.dockerManifest, config: { mediaType: MEDIA.dockerConfig, ...config }, layers }),
  );
  const m = await put(manifest);
  const target = { mediaType: MEDIA.dockerManifest, ...m };
  return (j.RepoTags ?? []).map((t) => ({ name: normalizeName(t), target }));
}
