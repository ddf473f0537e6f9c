// What the builder needs to know of a parent image's filesystem without mounting it (the
// endpoint may not be able to: macOS, or a snapshot in the VM): which paths exist (so a COPY
// does not overwrite the metadata of existing directories), and /etc/passwd and /etc/group
// (USER and --chown by name). Read from the layer tars in containerd's content store, lower
// layers first, whiteouts applied; kept per top layer for the endpoint's life.
import { createGunzip } from 'node:zlib';
import { sidePipeline } from '../../common/side-pipeline.js';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { posix } from 'node:path';
import tar from 'tar-stream';
import { invalidArgument } from '../../common/errdefs.js';
import { accountRow } from '../../common/accounts.js';
import type { ContainerdClient } from '../containerd.js';
import type { OciDescriptor } from '../image/oci.js';

export interface PathInfo {
  type: 'file' | 'directory' | 'symlink' | 'other';
  linkname?: string;
  /** Permission bits and owner, as the layer that wrote it last has them. */
  mode?: number;
  uid?: number;
  gid?: number;
}

export interface RootfsIndex {
  paths: Map<string, PathInfo>;
  files: Map<string, string>;
}

const WANTED = new Set(['etc/passwd', 'etc/group']);
const cache = new Map<string, RootfsIndex>();

/** A layer's bytes as a tar stream (gzip by media type or magic). */
export function layerStream(cd: ContainerdClient, l: OciDescriptor): Readable {
  const bytes = cd.readStream(l.digest);
  if (!/gzip/.test(l.mediaType)) return bytes;
  // A read that fails (the blob gone) fails the gunzip's reader too (pipe would not pass it on).
  const gunzip = createGunzip();
  pipeline(bytes, gunzip).catch((err: Error) => gunzip.destroy(err));
  return gunzip;
}

export const cleanPath = (p: string) => posix.normalize(`/${p}`).slice(1).replace(/\/$/, '');

async function applyLayer(cd: ContainerdClient, l: OciDescriptor, idx: RootfsIndex): Promise<void> {
  const ex = tar.extract();
  const reading = (async () => {
    for await (const entry of ex) {
      const name = cleanPath(entry.header.name);
      const base = posix.basename(name);
      const dir = posix.dirname(name);
      if (base === '.wh..wh..opq') {
        for (const k of [...idx.paths.keys()]) if (k.startsWith(`${dir}/`)) idx.paths.delete(k);
      } else if (base.startsWith('.wh.')) {
        const gone = posix.join(dir, base.slice(4));
        idx.paths.delete(gone);
        for (const k of [...idx.paths.keys()]) if (k.startsWith(`${gone}/`)) idx.paths.delete(k);
      } else if (name) {
        const t = entry.header.type;
        idx.paths.set(name, {
          type: t === 'directory' ? 'directory' : t === 'symlink' ? 'symlink' : t === 'file' || t === 'link' ? 'file' : 'other',
          linkname: entry.header.linkname ?? undefined,
          mode: entry.header.mode,
          uid: entry.header.uid,
          gid: entry.header.gid,
        });
        if (WANTED.has(name) && t === 'file') {
          const chunks: Buffer[] = [];
          for await (const c of entry) chunks.push(c as Buffer);
          idx.files.set(name, Buffer.concat(chunks).toString('utf8'));
          continue;
        }
      }
      entry.resume();
    }
  })();
  // pipeline, not pipe: a blob that cannot be read (gone from the store) fails the extract, and
  // with it this read, where pipe would leave the read waiting and the error unhandled.
  const feeding = sidePipeline(layerStream(cd, l), ex);
  await Promise.all([reading, feeding.done]);
}

export async function rootfsIndex(cd: ContainerdClient, layers: OciDescriptor[]): Promise<RootfsIndex> {
  const key = layers.map((l) => l.digest).join(',');
  const hit = cache.get(key);
  if (hit) return hit;
  const below = layers.length ? await rootfsIndex(cd, layers.slice(0, -1)) : undefined;
  const idx: RootfsIndex = { paths: new Map(below?.paths), files: new Map(below?.files) };
  if (layers.length) await applyLayer(cd, layers[layers.length - 1], idx);
  // Each prefix of a layer stack is kept (the next step reads its parent's); a few builds' worth.
  if (cache.size > 64) cache.clear();
  cache.set(key, idx);
  return idx;
}

/** Resolves a path's symlinked parents inside the image (COPY to /bin/x when /bin -> usr/bin). */
export function resolveInImage(idx: RootfsIndex, p: string): string {
  const parts = cleanPath(p).split('/').filter(Boolean);
  let cur = '';
  for (let i = 0, hops = 0; i < parts.length; i++) {
    const next = cur ? `${cur}/${parts[i]}` : parts[i];
    const info = idx.paths.get(next);
    if (info?.type === 'symlink' && hops++ < 40 && i < parts.length - 1) {
      const target = info.linkname ?? '';
      cur = cleanPath(target.startsWith('/') ? target : posix.join(posix.dirname(next), target));
      continue;
    }
    cur = next;
  }
  return cur;
}

function lookup(file: string | undefined, name: string, what: 'user' | 'group'): string[] | undefined {
  const row = accountRow(file, name, what === 'user' ? 4 : 3);
  if (row || /^\d+$/.test(name)) return row;
  throw invalidArgument(`unable to find ${what} ${name}: no matching entries in ${what === 'user' ? 'passwd' : 'group'} file`);
}

/**
 * `user[:group]` (names or numbers) to uid and gid as the runtime would in the image (USER:
 * the user's primary group), or as Docker's --chown does (no group: the group of the same name
 * or number).
 */
export function resolveUser(idx: RootfsIndex, spec: string, chown = false): { uid: number; gid: number } {
  const [u, g] = spec.split(':', 2);
  const pw = lookup(idx.files.get('etc/passwd'), u, 'user');
  const uid = pw ? Number(pw[2]) : Number(u);
  let gid = pw ? Number(pw[3]) : /^\d+$/.test(u) ? Number(u) : 0;
  if (chown && (g === undefined || g === '')) {
    if (/^\d+$/.test(u)) gid = uid;
    else {
      const gr = accountRow(idx.files.get('etc/group'), u, 3);
      if (gr) gid = Number(gr[2]);
    }
  } else if (g !== undefined && g !== '') {
    const gr = lookup(idx.files.get('etc/group'), g, 'group');
    gid = gr ? Number(gr[2]) : Number(g);
  }
  return { uid, gid };
}
