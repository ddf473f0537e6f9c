// `docker import`: a tarball (the request's body, or fetched from a URL) as a one-layer image, as
// moby's ImportImage makes it: the config from `--change` instructions over an empty one, the
// platform asked for (the host's by default), the message (or "Imported from <src>") as the
// image's comment and its one history entry. The tar is checked, stored as a gzip layer and
// unpacked into the platform's snapshotter, like a pulled layer.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { decompressed } from '../../common/decompress.js';
import { invalidArgument, unavailable } from '../../common/errdefs.js';
import type { ContainerdClient } from '../containerd.js';
import { writeBlob } from '../image/content.js';
import type { OciConfig, OciDescriptor, Platform } from '../image/oci.js';
import { withLease } from '../image/pull.js';
import { MEDIA } from '../image/registry.js';
import { unpack } from '../image/unpack.js';
import { applyChanges } from './commit-container.js';
import { configBytes, emptyState, writeImage } from './commit.js';
import { fetchErrorText } from '../image/fetch-error.js';
import { httpFetch } from '../image/http-fetch.js';

export interface ImportRequest {
  /** `-` (the body) or an http(s) URL. */
  src: string;
  /** Full names to give the image (none: dangling). */
  names: string[];
  message: string;
  changes: string[];
  platform: Platform;
}

export interface ImportDeps {
  cd: ContainerdClient;
  /** Where the layer is spooled while its digest is computed. */
  scratch: string;
  snapshotterFor(p: Platform): string;
}

/** Imports the tarball; resolves with the image id. */
export async function importImage(d: ImportDeps, body: Readable, req: ImportRequest): Promise<string> {
  const base = emptyState(req.platform);
  // The changes first: a bad one is refused before the tarball is read.
  const config = await applyChanges({}, req.changes, base);
  const raw = await decompressed(await source(body, req.src), 'the tarball');
  await mkdir(d.scratch, { recursive: true, mode: 0o700 });
  const file = join(d.scratch, `import-${randomBytes(6).toString('hex')}.tar.gz`);
  try {
    const diffHash = createHash('sha256');
    const blobHash = createHash('sha256');
    let size = 0;
    await pipeline(
      raw,
      tap((c) => diffHash.update(c)),
      createGzip(),
      tap((c) => (blobHash.update(c), (size += c.length))),
      createWriteStream(file),
    );
    await checkTar(file);
    const diffId = `sha256:${diffHash.digest('hex')}`;
    const layer: OciDescriptor = { mediaType: MEDIA.ociLayerGzip, digest: `sha256:${blobHash.digest('hex')}`, size };
    const created = new Date().toISOString();
    const comment = req.message || `Imported from ${req.src}`;
    const oci: OciConfig = {
      ...base.config,
      created,
      config,
      rootfs: { type: 'layers', diff_ids: [diffId] },
      history: [{ created, comment }],
    };
    const snapshotter = d.snapshotterFor(req.platform);
    return await withLease(d.cd, async (lease) => {
      await writeBlob(d.cd, layer, createReadStream(file), { lease });
      await unpack(d.cd, { snapshotter, layers: [layer], diffIds: [diffId], lease });
      const id = `sha256:${createHash('sha256').update(configBytes(oci)).digest('hex')}`;
      return (await writeImage(d.cd, snapshotter, { id, config: oci, layers: [layer] }, lease, req.names)).id;
    });
  } finally {
    await rm(file, { force: true });
  }
}

/** The request's body, or the tarball at the URL. */
async function source(body: Readable, src: string): Promise<Readable> {
  if (src === '-') return body;
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    throw invalidArgument(`invalid source ${JSON.stringify(src)}: want - (standard input) or an http(s) URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalidArgument(`cannot import from ${src}: only http and https URLs`);
  let res: Response;
  try {
    res = await httpFetch(url);
  } catch (err) {
    throw unavailable(fetchErrorText('GET', url, err), err);
  }
  if (!res.ok || !res.body) throw unavailable(`Get "${src}": ${res.status} ${res.statusText}`);
  return Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>);
}

/** Reads the spooled layer through as a tar: a file that is not one is refused here, not at run. */
async function checkTar(file: string): Promise<void> {
  const ex = tar.extract();
  const drain = (async () => {
    for await (const entry of ex) entry.resume();
  })();
  try {
    await Promise.all([pipeline(createReadStream(file), createGunzip(), ex), drain]);
  } catch (err) {
    throw invalidArgument(`the tarball is not a tar archive: ${(err as Error).message}`);
  }
}

const tap = (fn: (chunk: Buffer) => void) =>
  new Transform({
    transform(chunk: Buffer, _enc, cb) {
      fn(chunk);
      cb(null, chunk);
    },
  });
