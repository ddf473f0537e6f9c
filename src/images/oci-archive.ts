// Writes OCI image-layout archives (the format `ctr images import` reads) from layers given as
// lists of entries, so tests and benchmarks build their images locally from Debian's binaries.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';

export type LayerEntry =
  | { type: 'file'; path: string; mode?: number; content: Buffer; uid?: number; gid?: number }
  | { type: 'directory'; path: string; mode?: number; uid?: number; gid?: number }
  | { type: 'symlink'; path: string; target: string }
  | { type: 'whiteout'; path: string };

/** A multi-platform image: one name, an image index with one manifest per platform. */
export interface IndexSpec {
  name: string;
  images: Omit<ImageSpec, 'name'>[];
}

export interface ImageSpec {
  /** e.g. docker.io/tandem/busybox:latest */
  name: string;
  os: string;
  architecture: string;
  variant?: string;
  layers: LayerEntry[][];
  env?: string[];
  cmd?: string[];
  workingDir?: string;
}

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const MTIME = new Date(0); // reproducible layers

async function layerTar(entries: LayerEntry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    pack.on('end', () => resolve());
    pack.on('error', reject);
  });
  for (const e of entries) {
    const name = e.path.replace(/^\/+/, '');
    if (e.type === 'file') {
      pack.entry({ name, mode: e.mode ?? 0o644, uid: e.uid ?? 0, gid: e.gid ?? 0, mtime: MTIME, size: e.content.length }, e.content);
    } else if (e.type === 'directory') {
      pack.entry({ name, type: 'directory', mode: e.mode ?? 0o755, uid: e.uid ?? 0, gid: e.gid ?? 0, mtime: MTIME });
    } else if (e.type === 'symlink') {
      pack.entry({ name, type: 'symlink', linkname: e.target, mode: 0o777, mtime: MTIME });
    } else {
      const slash = name.lastIndexOf('/');
      const wh = slash < 0 ? `.wh.${name}` : `${name.slice(0, slash)}/.wh.${name.slice(slash + 1)}`;
      pack.entry({ name: wh, mode: 0o644, mtime: MTIME, size: 0 }, Buffer.alloc(0));
    }
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

type Blobs = Map<string, Buffer>;

function adder(blobs: Blobs) {
  return (b: Buffer) => {
    const d = sha256(b);
    blobs.set(d, b);
    return { digest: d, size: b.length };
  };
}

/** One platform's layers, config and manifest into `blobs`; returns the manifest's descriptor. */
async function addImage(spec: Omit<ImageSpec, 'name'>, blobs: Blobs) {
  const add = adder(blobs);
  const layers = [];
  for (const entries of spec.layers) layers.push(add(await layerTar(entries)));
  const platform = { os: spec.os, architecture: spec.architecture, ...(spec.variant ? { variant: spec.variant } : {}) };
  const config = add(
    Buffer.from(
      JSON.stringify({
        architecture: spec.architecture,
        os: spec.os,
        ...(spec.variant ? { variant: spec.variant } : {}),
        created: MTIME.toISOString(),
        config: {
          Env: spec.env ?? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
          Cmd: spec.cmd ?? ['sh'],
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
        layers: layers.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...l })),
      }),
    ),
  );
  return { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest, platform };
}

async function writeLayout(out: string, entry: object, blobs: Blobs): Promise<void> {
  const pack = tar.pack();
  const sink = pipeline(pack, createWriteStream(out));
  pack.entry({ name: 'oci-layout', mtime: MTIME }, JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  pack.entry({ name: 'index.json', mtime: MTIME }, JSON.stringify({ schemaVersion: 2, manifests: [entry] }));
  pack.entry({ name: 'blobs/', type: 'directory', mtime: MTIME });
  pack.entry({ name: 'blobs/sha256/', type: 'directory', mtime: MTIME });
  for (const [digest, b] of blobs) pack.entry({ name: `blobs/sha256/${digest.slice(7)}`, mtime: MTIME }, b);
  pack.finalize();
  await sink;
}

const nameAnnotations = (name: string) => ({
  'io.containerd.image.name': name,
  'org.opencontainers.image.ref.name': name.split(':').pop(),
});

/** Builds the archive in memory and writes it to `out`. Returns the manifest digest. */
export async function writeOciArchive(spec: ImageSpec, out: string): Promise<string> {
  const blobs: Blobs = new Map();
  const manifest = await addImage(spec, blobs);
  await writeLayout(out, { ...manifest, annotations: nameAnnotations(spec.name) }, blobs);
  return manifest.digest;
}

/**
 * A multi-platform image: the name points at an image index holding one manifest per platform
 * (`ctr images import --all-platforms` keeps them all). Returns the index digest.
 */
export async function writeOciIndexArchive(spec: IndexSpec, out: string): Promise<string> {
  const blobs: Blobs = new Map();
  const manifests = [];
  for (const image of spec.images) manifests.push(await addImage(image, blobs));
  const index = adder(blobs)(
    Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests })),
  );
  await writeLayout(
    out,
    { mediaType: 'application/vnd.oci.image.index.v1+json', ...index, annotations: nameAnnotations(spec.name) },
    blobs,
  );
  return index.digest;
}
