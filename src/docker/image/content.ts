// Blobs into containerd's content store over the Write stream (one request, one answer; a few
// requests in flight), with the digest checked by us while streaming and by containerd at
// commit, and the garbage-collector labels that keep an image's parts together.
import { createHash, randomUUID } from 'node:crypto';
import type { ServiceError } from '@grpc/grpc-js';
import { Code, TandemError, isCode } from '../../common/errdefs.js';
import { fromGrpc, services, type ContainerdClient } from '../containerd.js';

const WriteAction = services.content.v1.WriteAction;
const WriteRequest = services.content.v1.WriteContentRequest;
const CHUNK = 1 << 20;
const IN_FLIGHT = 4;

export interface BlobDesc {
  digest: string;
  size: number;
}

/** True when containerd has the blob already. */
export async function hasBlob(cd: ContainerdClient, digest: string): Promise<boolean> {
  try {
    await cd.call('content.Info', { digest });
    return true;
  } catch (err) {
    if (isCode(err, Code.NotFound)) return false;
    throw err;
  }
}

/**
 * True when containerd has the blob, which the lease now holds: a blob that is there already is
 * not written again, so nothing else would keep a garbage collection running meanwhile (after an
 * rmi, say) from taking it before the image record refers to it. Leased first, then looked at.
 */
export async function hasBlobLeased(cd: ContainerdClient, digest: string, lease: string): Promise<boolean> {
  await cd.call('leases.AddResource', { id: lease, resource: { id: digest, type: 'content' } });
  return hasBlob(cd, digest);
}

interface WriteOpts {
  lease: string;
  labels?: Record<string, string>;
  progress?: (n: number) => void;
}

/**
 * Writes one blob from a stream of chunks. `progress` sees the bytes written so far. A blob
 * already present is not an error (the existing one is kept and its labels updated).
 */
export async function writeBlob(
  cd: ContainerdClient,
  desc: BlobDesc,
  source: AsyncIterable<Uint8Array> | Buffer,
  opts: WriteOpts,
): Promise<void> {
  await write(cd, `tandem-docker-${desc.digest}`, desc, source, opts);
}

/**
 * Writes a blob whose digest is known only once it is read (a legacy docker-archive's layer.tar):
 * streamed, hashed on the way, committed under the digest found. The lease holds it either way,
 * a blob that was there already included.
 */
export async function storeBlob(cd: ContainerdClient, source: AsyncIterable<Uint8Array>, opts: WriteOpts): Promise<BlobDesc> {
  const desc = await write(cd, `tandem-docker-store-${randomUUID()}`, undefined, source, opts);
  await cd.call('leases.AddResource', { id: opts.lease, resource: { id: desc.digest, type: 'content' } });
  return desc;
}

async function write(
  cd: ContainerdClient,
  ref: string,
  desc: BlobDesc | undefined,
  source: AsyncIterable<Uint8Array> | Buffer,
  opts: WriteOpts,
): Promise<BlobDesc> {
  const call = cd.bidiStream('content.Write', { lease: opts.lease, timeoutMs: 0 });
  const answers: { resolve: () => void; reject: (e: Error) => void }[] = [];
  let failed: Error | undefined;
  let waiting: (() => void) | undefined;
  call.on('data', () => {
    answers.shift()?.resolve();
    waiting?.();
  });
  const ended = new Promise<void>((resolve, reject) => {
    call.on('error', (err: ServiceError) => {
      failed = fromGrpc(err, 'content write');
      for (const a of answers.splice(0)) a.reject(failed);
      waiting?.();
      reject(failed);
    });
    call.on('end', () => resolve());
  });
  ended.catch(() => {});
  /** Sends one request once fewer than IN_FLIGHT await their answer; resolves when sent. */
  const send = async (req: object) => {
    while (answers.length >= IN_FLIGHT && !failed) await new Promise<void>((r) => (waiting = r));
    if (failed) throw failed;
    const answered = new Promise<void>((resolve, reject) => answers.push({ resolve, reject }));
    answered.catch(() => {});
    call.write(req);
    return { answered };
  };
  const hash = createHash('sha256');
  let offset = 0;
  let got = desc?.digest ?? '';
  try {
    await (
      await send({ action: WriteAction.STAT, ref, total: desc?.size ?? 0, expected: desc?.digest ?? '' })
    ).answered;
    for await (const part of parts(Buffer.isBuffer(source) ? [source] : source)) {
      for (const c of part.chunks) hash.update(c);
      await send(writeRequest(ref, offset, part));
      offset += part.size;
      opts.progress?.(offset);
    }
    got = `sha256:${hash.digest('hex')}`;
    if (desc?.digest.startsWith('sha256:') && got !== desc.digest) {
      throw new TandemError(Code.DataLoss, `digest mismatch for ${desc.digest}: the registry sent ${offset} bytes with digest ${got}`);
    }
    const expected = desc?.digest ?? got;
    await send({ action: WriteAction.COMMIT, ref, offset, total: desc?.size ?? offset, expected, labels: opts.labels ?? {} });
    call.end();
    await ended;
  } catch (err) {
    call.cancel();
    const e = isCode(err, Code.AlreadyExists) ? undefined : err;
    if (e) {
      await cd.call('content.Abort', { ref }).catch(() => {});
      throw e;
    }
    // The blob exists: make sure it carries our labels.
    if (opts.labels && Object.keys(opts.labels).length) await setLabels(cd, got, opts.labels);
  }
  return { digest: desc?.digest ?? got, size: desc?.size ?? offset };
}

/**
 * The source regrouped into parts of CHUNK bytes to a little under twice that (an HTTP body comes in
 * pieces of a few KiB; a Write request per piece made pulls slow), each still as its pieces.
 */
export async function* parts(source: AsyncIterable<Uint8Array> | Buffer[]): AsyncGenerator<Part> {
  let part: Part = { chunks: [], size: 0 };
  for await (const c of source) {
    const whole = Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
    // A piece larger than a part (a Buffer source) is cut: one request must stay under gRPC's
    // message limit (64 MiB at containerd).
    for (let at = 0; at < whole.length; at += CHUNK) {
      const piece = whole.subarray(at, at + CHUNK);
      part.chunks.push(piece);
      part.size += piece.length;
      if (part.size < CHUNK) continue;
      yield part;
      part = { chunks: [], size: 0 };
    }
  }
  if (part.size) yield part;
}

interface Part {
  chunks: Buffer[];
  size: number;
}

/**
 * A WRITE request encoded by hand around its data (field 6, after the others): the pieces are
 * copied once, into the message, instead of joined, then copied by the codec (the client sends
 * an encoded Buffer as it is).
 */
function writeRequest(ref: string, offset: number, part: Part): Buffer {
  const head = WriteRequest.encode({ action: WriteAction.WRITE, ref, offset }).finish();
  const tag = [(6 << 3) /* field 6 */ | 2 /* length-delimited */];
  for (let n = part.size; ; n = Math.floor(n / 128)) {
    if (n < 128) {
      tag.push(n);
      break;
    }
    tag.push((n % 128) | 128);
  }
  return Buffer.concat([head, Buffer.from(tag), ...part.chunks]);
}

/** Adds labels to an existing blob (others are kept). */
export async function setLabels(cd: ContainerdClient, digest: string, labels: Record<string, string>): Promise<void> {
  const paths = Object.keys(labels).map((k) => `labels.${k}`);
  if (!paths.length) return;
  await cd.call('content.Update', { info: { digest, labels }, updateMask: { paths } });
}
