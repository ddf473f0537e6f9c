// COPY and ADD write their layer themselves: a tar of the new files at their destination
// paths (with Docker's ownership and mode rules, parent directories the image lacks, each
// file's own mtime as dockerd keeps it), then gzip. The step's cache key is a hash of the same
// entries without their times (dockerd's tarsum leaves mtime out too): a fresh checkout or a
// `touch` hits the cache, and the cached layer keeps the times it was built with. containerd's diff
// service applies it onto a snapshot like any pulled layer, so nothing is ever renamed across
// filesystems (the cross-device failure of BuildKit-on-snapshots). ADD unpacks local archives.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import { basename, join, posix } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { decompressed, peek } from '../../common/decompress.js';
import { sidePipeline } from '../../common/side-pipeline.js';
import { createGzip } from 'node:zlib';
import tar, { type Header as TarHeader } from 'tar-stream';
import { cleanPath, resolveInImage, type RootfsIndex } from './rootfs.js';

/** The mtime of what a COPY/ADD makes rather than copies: the parent directories, a WORKDIR. */
export const FIXED_MTIME = new Date(0);

export interface CopySource {
  /** The directory the source path is relative to (the context, or an extracted stage). */
  root: string;
  rel: string;
  /** ADD of a URL: copied as a file even when it is an archive. */
  noUnpack?: boolean;
}

export interface CopyRequest {
  sources: CopySource[];
  /** Absolute destination in the image; a trailing slash means a directory. */
  dest: string;
  owner?: { uid: number; gid: number };
  chmod?: number;
  /** ADD: local tar archives (plain or gzip) are unpacked into the destination. */
  unpack: boolean;
  parent: RootfsIndex;
}

export interface LayerFile {
  path: string;
  /** sha256 of the uncompressed tar: the layer's diff id. */
  diffId: string;
  /** sha256 of the entries (header fields but times, and contents): the step's cache input. */
  contentKey: string;
}

/** The header fields a cache key covers: all but the times. */
const keyFields = (h: Header) => {
  const { mtime: _m, ...rest } = h;
  return JSON.stringify(rest, Object.keys(rest).sort());
};

type Header = Partial<TarHeader> & { name: string };
type Put = (h: Header, data?: Buffer | NodeJS.ReadableStream) => Promise<void>;

/** Writes the layer tar of a COPY/ADD to `out` and returns its diff id. */
export async function writeCopyLayer(req: CopyRequest, out: string): Promise<LayerFile> {
  const pack = tar.pack();
  const hash = createHash('sha256');
  const hasher = new Transform({
    transform(chunk: Buffer, _e, cb) {
      hash.update(chunk);
      cb(null, chunk);
    },
  });
  // A full disk fails the write while an entry is being put: guarded, the put fails with it.
  const writing = sidePipeline(pack, hasher, createWriteStream(out));
  const emitted = new Set<string>();
  const own = req.owner ?? { uid: 0, gid: 0 };
  const key = createHash('sha256');
  const put: Put = (h, data) =>
    writing.guard(
      new Promise<void>((resolve, reject) => {
        const header: Header = { uid: own.uid, gid: own.gid, uname: '', gname: '', mtime: FIXED_MTIME, ...h };
        key.update(`${keyFields(header)}\n`);
        if (data && !Buffer.isBuffer(data)) {
          const e = pack.entry(header, (err) => (err ? reject(err) : resolve()));
          const keyed = new Transform({
            transform(chunk: Buffer, _e, cb) {
              key.update(chunk);
              cb(null, chunk);
            },
          });
          pipeline(data as NodeJS.ReadableStream, keyed, e).catch(reject);
        } else if (data) {
          key.update(data);
          pack.entry(header, data, (err) => (err ? reject(err) : resolve()));
        } else pack.entry(header, (err) => (err ? reject(err) : resolve()));
      }),
    );
  /** Emits the missing parents of an image path as directories. */
  const parents = async (p: string) => {
    const parts = p.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const d = parts.slice(0, i).join('/');
      if (!d || emitted.has(d) || req.parent.paths.get(d)?.type === 'directory' || req.parent.paths.get(d)?.type === 'symlink') continue;
      emitted.add(d);
      await put({ name: `${d}/`, type: 'directory', mode: 0o755 });
    }
  };
  const modeOf = (m: number) => (req.chmod !== undefined ? req.chmod : m & 0o7777);

  const copyPath = async (abs: string, target: string): Promise<void> => {
    const st = await lstat(abs);
    await parents(target);
    if (st.isDirectory()) {
      if (!emitted.has(target) && req.parent.paths.get(target)?.type !== 'directory' && target) {
        emitted.add(target);
        await put({ name: `${target}/`, type: 'directory', mode: modeOf(st.mode), mtime: st.mtime });
      }
      for (const name of (await readdir(abs)).sort()) await copyPath(join(abs, name), target ? `${target}/${name}` : name);
    } else if (st.isSymbolicLink()) {
      emitted.add(target);
      await put({ name: target, type: 'symlink', linkname: await readlink(abs), mode: 0o777, mtime: st.mtime });
    } else if (st.isFile()) {
      emitted.add(target);
      await put({ name: target, type: 'file', mode: modeOf(st.mode), size: st.size, mtime: st.mtime }, createReadStream(abs));
    }
  };

  const destDir = req.dest.endsWith('/') || req.sources.length > 1;
  const dest = resolveInImage(req.parent, req.dest);
  const destIsDir = destDir || req.parent.paths.get(dest)?.type === 'directory';
  for (const s of req.sources) {
    const abs = join(s.root, s.rel);
    const st = await lstat(abs);
    if (st.isDirectory()) {
      if (dest && !emitted.has(dest) && req.parent.paths.get(dest)?.type !== 'directory') {
        await parents(dest);
        emitted.add(dest);
        await put({ name: `${dest}/`, type: 'directory', mode: 0o755 });
      }
      for (const name of (await readdir(abs)).sort()) await copyPath(join(abs, name), dest ? `${dest}/${name}` : name);
    } else if (req.unpack && !s.noUnpack && st.isFile() && (await isArchive(abs))) {
      await unpackArchive(abs, dest, put, parents, emitted);
    } else {
      await copyPath(abs, destIsDir ? posix.join(dest, basename(s.rel)) : dest);
    }
  }
  pack.finalize();
  await writing.done;
  return { path: out, diffId: `sha256:${hash.digest('hex')}`, contentKey: `sha256:${key.digest('hex')}` };
}

/**
 * Whether ADD unpacks the file: a tar, plain or compressed (gzip, bzip2, xz, zstd), as dockerd
 * decides it (decompressed, its first header read); anything else is copied as it is.
 */
async function isArchive(path: string): Promise<boolean> {
  const src = createReadStream(path);
  let input: Readable | undefined;
  try {
    input = await decompressed(src, `ADD ${basename(path)}`);
    const { head } = await peek(input, 512);
    return head.length >= 262 && head.subarray(257, 262).toString() === 'ustar';
  } catch {
    return false; // not a whole compressed stream: copied as a file, as dockerd does
  } finally {
    input?.destroy();
    src.destroy();
  }
}

/** The archive's entries under dest, with their own owners, modes and times. */
async function unpackArchive(
  path: string,
  dest: string,
  put: Put,
  parents: (p: string) => Promise<void>,
  emitted: Set<string>,
): Promise<void> {
  const ex = tar.extract();
  const src = createReadStream(path);
  const input = await decompressed(src, `ADD ${basename(path)}`);
  const feeding = sidePipeline(input, ex);
  for await (const entry of ex) {
    const h = entry.header;
    const name = cleanPath(posix.join(dest, cleanPath(h.name)));
    if (!name || (emitted.has(name) && h.type === 'directory')) {
      entry.resume();
      continue;
    }
    await parents(name);
    emitted.add(name);
    const header: Header = { ...h, name: h.type === 'directory' ? `${name}/` : name, pax: undefined };
    if (h.type === 'link') header.linkname = cleanPath(posix.join(dest, cleanPath(h.linkname ?? '')));
    if (h.type === 'file' || h.type === 'contiguous-file') await put(header, entry as unknown as NodeJS.ReadableStream);
    else {
      entry.resume();
      await put(header);
    }
  }
  await feeding.done;
}

/** Gzips a layer tar into `out`: the blob's digest and size (deterministic for the same tar). */
export async function gzipLayer(tarPath: string, out: string): Promise<{ digest: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  await pipeline(
    createReadStream(tarPath),
    createGzip({ level: 6 }),
    new Transform({
      transform(chunk: Buffer, _e, cb) {
        hash.update(chunk);
        size += chunk.length;
        cb(null, chunk);
      },
    }),
    createWriteStream(out),
  );
  return { digest: `sha256:${hash.digest('hex')}`, size };
}
