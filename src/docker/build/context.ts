// The build context: the tar the client sends as the body of POST /build, streamed into a
// private directory under the endpoint's state dir (removed after the build, whatever
// happens), with `.dockerignore` applied (@balena/dockerignore, a port of Docker's own
// matcher) the way dockerd does for clients that send everything. COPY/ADD sources are
// resolved here: relative to the context root, globs matched with Docker's rules, never
// escaping the root through `..` or a symlink.
import { resolveInRoot } from '../../common/in-root.js';
import { createWriteStream } from 'node:fs';
import { lchown, lstat, lutimes, mkdir, readFile, readdir, realpath, rm, symlink, link, chmod, utimes } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ignoreModule from '@balena/dockerignore';
import tar from 'tar-stream';
import { decompressed, peek } from '../../common/decompress.js';
import { tarTail } from '../../common/tar-tail.js';
import { invalidArgument, notFound } from '../../common/errdefs.js';

// A CommonJS module whose typings say `export default`: the factory is its `default` too.
const dockerignore = ignoreModule.default;

/**
 * The body of POST /build into dir: a tar (plain, gzip, bzip2, xz or zstd), or, as dockerd accepts from
 * `docker build - < Dockerfile`, a Dockerfile alone (written as dir/Dockerfile).
 */
export async function receiveContext(input: Readable, dir: string): Promise<void> {
  const { head, rest } = await peek(await decompressed(input, 'the build context'), 512);
  const isTar = head.length >= 262 && head.subarray(257, 262).toString() === 'ustar';
  if (isTar || head.length === 0) return extractTar(rest, dir);
  await pipeline(rest, createWriteStream(join(dir, 'Dockerfile'), { mode: 0o644 }));
}

/**
 * A tar (plain or compressed) streamed into dir; entries that would land outside it are refused.
 * With `layer`, OCI whiteouts (`.wh.name`, `.wh..wh..opq`) remove what lower layers wrote.
 * Each entry keeps its mtime, as dockerd's extraction does (a COPY or `docker cp` keeps them);
 * a directory's is set last, since writing into it moves it.
 */
export async function extractTar(
  input: Readable,
  dir: string,
  opts: {
    keep?: (name: string) => boolean;
    layer?: boolean;
    /** The owner of every entry: these ids, or the entry's own (`headers`); the extracting user's without. */
    owner?: { uid: number; gid: number } | 'headers';
  } = {},
): Promise<void> {
  const ex = tar.extract();
  const { keep } = opts;
  const dirTimes: [string, Date][] = [];
  const done = (async () => {
    for await (const entry of ex) {
      const h = entry.header;
      const name = posix.normalize(`/${h.name}`).slice(1).replace(/\/$/, '');
      const base = posix.basename(name);
      if (opts.layer && base.startsWith('.wh.')) {
        entry.resume();
        const parent = await resolveInRoot(dir, `/${posix.dirname(name)}`);
        if (base === '.wh..wh..opq')
          for (const d of await readdir(parent).catch(() => [])) await rm(join(parent, d), { recursive: true, force: true });
        else await rm(join(parent, base.slice(4)), { recursive: true, force: true });
        continue;
      }
      if (!name || name.startsWith('..') || (keep && !keep(name))) {
        entry.resume();
        continue;
      }
      // The parent as a process chrooted in dir would see it: a symlink an earlier entry made
      // (`a -> /etc`, `a -> ../..`) is followed inside dir, never out of it.
      const target = join(await resolveInRoot(dir, `/${posix.dirname(name)}`), base);
      await mkdir(dirname(target), { recursive: true });
      const mode = (h.mode ?? 0o644) & 0o7777;
      // Before the mode: a chown clears the set-id bits.
      const own = async () => {
        const o = opts.owner === 'headers' ? { uid: h.uid ?? 0, gid: h.gid ?? 0 } : opts.owner;
        if (o) await lchown(target, o.uid, o.gid);
      };
      if (h.type === 'directory') {
        await mkdir(target, { recursive: true });
        await own();
        await chmod(target, mode | 0o700);
        if (h.mtime) dirTimes.push([target, h.mtime]);
      } else if (h.type === 'symlink') {
        await rm(target, { force: true });
        await symlink(h.linkname ?? '', target);
        await own();
        if (h.mtime) await lutimes(target, h.mtime, h.mtime);
      } else if (h.type === 'link') {
        const src = await resolveInRoot(dir, posix.normalize(`/${h.linkname ?? ''}`));
        await rm(target, { force: true });
        await link(src, target);
      } else if (h.type === 'file' || h.type === 'contiguous-file') {
        await rm(target, { force: true, recursive: true });
        await pipeline(entry, createWriteStream(target, { mode }));
        await own();
        await chmod(target, mode);
        if (h.mtime) await utimes(target, h.mtime, h.mtime);
        continue;
      }
      entry.resume();
    }
  })();
  // tar-stream's own refusals (seen by the pipeline and by the loop reading its entries) are
  // the sender's archive at fault: a 400 naming it, not a 500 in tar-stream's bare words.
  let refused: unknown;
  ex.once('error', (err) => (refused = err));
  await Promise.all([pipeline(await decompressed(input, 'the archive'), tarTail(), ex), done]).catch((err: unknown) => {
    if (err !== refused) throw err;
    throw invalidArgument(`the archive is not a valid tar archive: ${(err as Error).message.replace(/\. Maybe .*$/, '')}`);
  });
  for (const [target, mtime] of dirTimes.reverse()) await utimes(target, mtime, mtime).catch(() => {});
}

export interface BuildContext {
  dir: string;
  dockerfile: string;
  /** Whether a path (relative, posix) of the context was excluded by .dockerignore. */
  ignored(rel: string): boolean;
}

/** Reads the Dockerfile, then removes what .dockerignore excludes (both files kept for the build itself). */
export async function openContext(dir: string, dockerfileName: string): Promise<BuildContext> {
  const rel = posix.normalize(`/${dockerfileName || 'Dockerfile'}`).slice(1);
  const dockerfile = await readFile(join(dir, rel), 'utf8').catch(async () => {
    // Docker also accepts a lower-case `dockerfile` when the default name is missing.
    if (!dockerfileName || dockerfileName === 'Dockerfile') return readFile(join(dir, 'dockerfile'), 'utf8').catch(() => undefined);
    return undefined;
  });
  if (dockerfile === undefined) throw notFound(`Cannot locate specified Dockerfile: ${dockerfileName || 'Dockerfile'}`);
  const patterns = await readFile(join(dir, '.dockerignore'), 'utf8').catch(() => '');
  const ig = dockerignore().add(patterns.split(/\r?\n/));
  const ignored = (p: string) => !!patterns && ig.ignores(p);
  if (patterns) await prune(dir, '', ignored);
  for (const special of [rel, '.dockerignore']) if (ignored(special)) await rm(join(dir, special), { force: true });
  return { dir, dockerfile, ignored };
}

async function prune(root: string, rel: string, ignored: (p: string) => boolean): Promise<void> {
  for (const d of await readdir(join(root, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${d.name}` : d.name;
    if (ignored(p) && p !== '.dockerignore') {
      // A later `!pattern` may re-include something below an excluded directory.
      if (d.isDirectory()) await prune(root, p, ignored);
      if (!d.isDirectory() || (await readdir(join(root, p))).length === 0) await rm(join(root, p), { recursive: true, force: true });
    } else if (d.isDirectory()) await prune(root, p, ignored);
  }
}

const GLOB = /[*?[]/;

/** Every path of a source pattern (relative to root, posix), globs matched as Docker does. */
export async function resolveSources(root: string, pattern: string, what: string): Promise<string[]> {
  const clean = posix.normalize(`/${pattern}`).slice(1).replace(/\/$/, '');
  if (!GLOB.test(clean)) {
    const abs = join(root, clean);
    await lstat(abs).catch((err: NodeJS.ErrnoException) => {
      throw notFound(`${what}: file not found in build context or excluded by .dockerignore: stat ${pattern}: file does not exist`, {
        cause: err,
      });
    });
    await inside(root, clean ? dirname(abs) : abs, pattern);
    return [clean];
  }
  const m = dockerignore().add(clean);
  const out: string[] = [];
  const walk = async (rel: string) => {
    for (const d of (await readdir(join(root, rel), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = rel ? `${rel}/${d.name}` : d.name;
      if (m.ignores(p)) out.push(p);
      else if (d.isDirectory()) await walk(p);
    }
  };
  await walk('');
  if (!out.length) throw notFound(`${what}: no source files were specified (no match for ${pattern})`);
  for (const p of out) await inside(root, dirname(join(root, p)), pattern);
  return out;
}

/** Refuses a source whose directory resolves (through symlinks) outside the root. */
async function inside(root: string, absDir: string, pattern: string): Promise<void> {
  const [r, d] = await Promise.all([realpath(root), realpath(absDir).catch(() => absDir)]);
  if (d !== r && !d.startsWith(`${r}/`)) throw invalidArgument(`forbidden path outside the build context: ${pattern}`);
}
