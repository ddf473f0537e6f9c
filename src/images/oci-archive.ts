// Writes OCI image-layout archives (the format `ctr images import` reads) from layers given as
// lists of entries, so tests and benchmarks build their images locally from Debian's binaries,
// and `tandem image build --from-host` cuts images of host files. Layers and the archive are
// streamed through a temporary directory (a host cut can be many GB: an Xcode is 10+ GB, more
// than a Node Buffer holds), and everything is reproducible: fixed mtimes unless an entry
// carries its own, no uname/gname, the entry order given.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { sidePipeline } from '../common/side-pipeline.js';
import { streamEntry } from '../common/tar-entry.js';

interface Owned {
  mode?: number;
  uid?: number;
  gid?: number;
  /** Kept as given (a host cut keeping host mtimes); otherwise the image's fixed mtime. */
  mtime?: Date;
}

export type LayerEntry =
  | ({ type: 'file'; path: string; content: Buffer } & Owned)
  /** A file whose bytes are read from `source` (a host path) while the layer is written. */
  | ({ type: 'file'; path: string; source: string; size: number } & Owned)
  | ({ type: 'directory'; path: string } & Owned)
  | { type: 'symlink'; path: string; target: string; uid?: number; gid?: number; mtime?: Date }
  /** A hard link to an earlier entry of the same layer (`target` is its path in the layer). */
  | { type: 'link'; path: string; target: string }
  | { type: 'whiteout'; path: string };

export interface ImageSpec {
  /** e.g. docker.io/tandem/busybox:latest */
  name: string;
  os: string;
  architecture: string;
  variant?: string;
  layers: LayerEntry[][];
  env?: string[];
  cmd?: string[];
  entrypoint?: string[];
  workingDir?: string;
  /** mtime of entries without one, and the config's `created` (default: the epoch). */
  created?: Date;
}

export interface WrittenImage {
  manifest: string;
  config: string;
  layers: string[];
}

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const EPOCH = new Date(0);
type Head = Partial<tar.Header> & { name: string };

/** One entry into the pack; a `source` file is streamed and must still have its listed size. */
async function addEntry(pack: tar.Pack, e: LayerEntry, mtime: Date): Promise<void> {
  const name = e.path.replace(/^\/+/, '');
  const own = (o: Owned) => ({ uid: o.uid ?? 0, gid: o.gid ?? 0, mtime: o.mtime ?? mtime });
  const put = (h: Head, body: Buffer = Buffer.alloc(0)) =>
    new Promise<void>((resolve, reject) => pack.entry(h, body, (err) => (err ? reject(err) : resolve())));
  switch (e.type) {
    case 'file':
      if ('content' in e) return put({ name, mode: e.mode ?? 0o644, ...own(e), size: e.content.length }, e.content);
      return new Promise<void>((resolve, reject) => {
        const sink = pack.entry({ name, mode: e.mode ?? 0o644, ...own(e), size: e.size }, (err) =>
          err ? reject(new Error(`${e.source} changed while it was read (size ${e.size} expected): ${err.message}`)) : resolve(),
        );
        createReadStream(e.source).on('error', reject).pipe(sink);
      });
    case 'directory':
      return put({ name, type: 'directory', mode: e.mode ?? 0o755, ...own(e) });
    case 'symlink':
      return put({ name, type: 'symlink', linkname: e.target, mode: 0o777, ...own(e) });
    case 'link':
      return put({ name, type: 'link', linkname: e.target.replace(/^\/+/, ''), mode: 0o644, mtime });
    default: {
      const slash = name.lastIndexOf('/');
      const wh = slash < 0 ? `.wh.${name}` : `${name.slice(0, slash)}/.wh.${name.slice(slash + 1)}`;
      return put({ name: wh, mode: 0o644, mtime, size: 0 }, Buffer.alloc(0));
    }
  }
}

/** Streams a readable into `file` while hashing it: the blob's digest and size. */
async function hashInto(src: Readable, file: string): Promise<{ digest: string; size: number }> {
  const h = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      h.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
  });
  await pipeline(src, tap, createWriteStream(file));
  return { digest: `sha256:${h.digest('hex')}`, size };
}

async function layerTar(entries: LayerEntry[], file: string, mtime: Date): Promise<{ digest: string; size: number }> {
  const pack = tar.pack();
  const written = hashInto(pack as unknown as Readable, file);
  try {
    for (const e of entries) await addEntry(pack, e, mtime);
    pack.finalize();
  } catch (err) {
    pack.destroy(err as Error);
    await written.catch(() => undefined);
    throw err;
  }
  return written;
}

/** A multi-platform image: one name, an image index with one manifest per platform. */
export interface IndexSpec {
  name: string;
  images: Omit<ImageSpec, 'name'>[];
}

type Docs = Map<string, Buffer>;
type LayerFile = { digest: string; size: number; file: string };

const nameAnnotations = (name: string) => ({
  'io.containerd.image.name': name,
  'org.opencontainers.image.ref.name': name.split(':').pop(),
});

function adder(docs: Docs) {
  return (b: Buffer) => {
    const d = sha256(b);
    docs.set(d, b);
    return { digest: d, size: b.length };
  };
}

/** One platform's layers (as files in `tmp`), config and manifest; returns the manifest's descriptor. */
async function addImage(spec: Omit<ImageSpec, 'name'>, tmp: string, docs: Docs, layerFiles: LayerFile[]) {
  const created = spec.created ?? EPOCH;
  const layers: LayerFile[] = [];
  for (const entries of spec.layers) {
    const file = join(tmp, `layer${layerFiles.length + layers.length}`);
    layers.push({ ...(await layerTar(entries, file, created)), file });
  }
  layerFiles.push(...layers);
  const add = adder(docs);
  const config = add(
    Buffer.from(
      JSON.stringify({
        architecture: spec.architecture,
        os: spec.os,
        ...(spec.variant ? { variant: spec.variant } : {}),
        created: created.toISOString(),
        config: {
          Env: spec.env ?? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
          ...(spec.entrypoint ? { Entrypoint: spec.entrypoint } : {}),
          Cmd: spec.cmd ?? (spec.entrypoint ? undefined : ['sh']),
          WorkingDir: spec.workingDir ?? '/',
        },
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
      }),
    ),
  );
  const manifest = add(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: layers.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: l.digest, size: l.size })),
      }),
    ),
  );
  const platform = { os: spec.os, architecture: spec.architecture, ...(spec.variant ? { variant: spec.variant } : {}) };
  return {
    descriptor: { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest, platform },
    written: { manifest: manifest.digest, config: config.digest, layers: layers.map((l) => l.digest) },
  };
}

/** Runs `fill` with a scratch directory beside `out`, then writes the layout; no half-written archive is left. */
async function withLayout<T>(out: string, fill: (tmp: string, docs: Docs, layers: LayerFile[]) => Promise<{ entry: object; result: T }>) {
  const tmp = await mkdtemp(join(dirname(out) || tmpdir(), '.oci-layers-'));
  try {
    const docs: Docs = new Map();
    const layers: LayerFile[] = [];
    const { entry, result } = await fill(tmp, docs, layers);
    await writeLayout(out, JSON.stringify({ schemaVersion: 2, manifests: [entry] }), docs, layers).catch(async (err: unknown) => {
      await rm(out, { force: true });
      throw err;
    });
    return result;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Writes the archive to `out`. Returns the manifest, config and layer digests. */
export function writeOciArchive(spec: ImageSpec, out: string): Promise<WrittenImage> {
  return withLayout(out, async (tmp, docs, layers) => {
    const { descriptor, written } = await addImage(spec, tmp, docs, layers);
    return { entry: { ...descriptor, annotations: nameAnnotations(spec.name) }, result: written };
  });
}

/**
 * A multi-platform image: the name points at an image index holding one manifest per platform
 * (`ctr images import --all-platforms` keeps them all). Returns the index digest.
 */
export function writeOciIndexArchive(spec: IndexSpec, out: string): Promise<string> {
  return withLayout(out, async (tmp, docs, layers) => {
    const manifests = [];
    for (const image of spec.images) manifests.push((await addImage(image, tmp, docs, layers)).descriptor);
    const index = adder(docs)(
      Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests })),
    );
    const entry = { mediaType: 'application/vnd.oci.image.index.v1+json', ...index, annotations: nameAnnotations(spec.name) };
    return { entry, result: index.digest };
  });
}

async function writeLayout(out: string, index: string, docs: Map<string, Buffer>, layers: { digest: string; file: string }[]) {
  const pack = tar.pack();
  // A full disk fails the write while an entry is put: guarded, the put fails with it.
  const sink = sidePipeline(pack, createWriteStream(out));
  const put = (h: Head, body: Buffer | string = '') =>
    sink.guard(new Promise<void>((resolve, reject) => pack.entry({ ...h, mtime: EPOCH }, body, (err) => (err ? reject(err) : resolve()))));
  const blob = (d: string) => `blobs/sha256/${d.slice(7)}`;
  await put({ name: 'oci-layout' }, JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await put({ name: 'index.json' }, index);
  await put({ name: 'blobs/', type: 'directory' });
  await put({ name: 'blobs/sha256/', type: 'directory' });
  const seen = new Set<string>();
  for (const l of layers) {
    if (seen.has(l.digest)) continue;
    seen.add(l.digest);
    const { size } = await stat(l.file);
    await sink.guard(streamEntry(pack, { name: blob(l.digest), mtime: EPOCH, size }, createReadStream(l.file)));
  }
  for (const [d, b] of docs) await put({ name: blob(d) }, b);
  pack.finalize();
  await sink.done;
}
