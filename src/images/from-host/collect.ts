// Walks host paths into the entries of one layer: each listed path at its host location, every
// directory on the way (with its host mode and owner), symlinks kept as symlinks and their
// targets followed (a path through a symlinked directory, like Debian's /bin -> usr/bin, keeps
// the link and brings the real directory), directories recursively, hard links as tar hard
// links, and for each regular file what the host system says it needs to load (and a script's
// #! interpreter), transitively. Entries come out sorted by path, so a cut is reproducible.
import { lstat, open, readdir, readlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { dirname, posix } from 'node:path';
import { invalidArgument, notFound } from '../../common/errdefs.js';
import type { LayerEntry } from '../oci-archive.js';
import type { BasePart, HostSystem } from './system.js';

/** Kernel filesystems: never copied (their files are made at run time by the runtime). */
const VIRTUAL = ['/proc', '/sys', '/dev'];
const MAX_LINKS = 40; // as the kernel's ELOOP limit

export interface CollectOptions {
  system: HostSystem;
  /** Keep each file's host mtime; otherwise the image's fixed time is used. */
  hostMtimes?: boolean;
  /** Told about what was skipped (sockets, devices, virtual filesystems, dangling links). */
  note?: (msg: string) => void;
}

type Metadata = { mode: number; uid: number; gid: number; mtime?: Date };

export class HostTree {
  private readonly entries = new Map<string, LayerEntry>();
  /** dev:ino → image paths of a multiply linked file. */
  private readonly inodes = new Map<string, string[]>();
  private readonly walked = new Set<string>();
  /** Every host path copied (files and symlinks), for HostSystem.unresolved. */
  readonly hostPaths = new Set<string>();

  constructor(private readonly opts: CollectOptions) {}

  /** Adds the host system's base parts and each listed path. A missing listed path fails. */
  static async collect(paths: string[], opts: CollectOptions): Promise<LayerEntry[]> {
    const tree = new HostTree(opts);
    for (const part of await opts.system.base()) await tree.addBase(part);
    for (const p of paths) {
      if (!posix.isAbsolute(p)) throw invalidArgument(`host path ${p} is relative: give absolute paths (e.g. ${posix.resolve(p)})`);
      await lstat(p).catch(() => {
        throw notFound(`host path ${p} does not exist: fix the path or leave it out of --from-host`);
      });
      await tree.add(p);
    }
    await opts.system.unresolved(tree.hostPaths);
    return tree.sorted();
  }

  private meta(st: Stats): Metadata {
    return { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, ...(this.opts.hostMtimes ? { mtime: st.mtime } : {}) };
  }

  /** A host path at its own place in the image, through its symlinks component by component. */
  async add(path: string, hops = 0): Promise<void> {
    if (hops > MAX_LINKS) throw invalidArgument(`too many levels of symbolic links resolving ${path}`);
    const parts = posix.normalize(path).split('/').filter(Boolean);
    if (!parts.length) throw invalidArgument('list the directories under / to copy, not / itself');
    let cur = '';
    for (let i = 0; i < parts.length; i++) {
      const next = `${cur}/${parts[i]}`;
      if (VIRTUAL.includes(next)) {
        this.opts.note?.(`skipped ${path}: ${next} is made by the runtime, not copied`);
        return;
      }
      const st = await lstat(next);
      const rest = parts.slice(i + 1).join('/');
      if (st.isSymbolicLink()) {
        const target = await readlink(next);
        this.put(next, { type: 'symlink', path: next, target, uid: st.uid, gid: st.gid, ...this.mtimeOf(st) });
        this.hostPaths.add(next);
        const resolved = posix.resolve(dirname(next), target);
        return this.add(rest ? `${resolved}/${rest}` : resolved, hops + 1);
      }
      if (rest && !st.isDirectory()) throw notFound(`host path ${path}: ${next} is not a directory`);
      if (rest) this.putDir(next, this.meta(st));
      else await this.copy(next, next, st);
      cur = next;
    }
  }

  private mtimeOf(st: Stats) {
    return this.opts.hostMtimes ? { mtime: st.mtime } : {};
  }

  private async addBase(part: BasePart): Promise<void> {
    this.parents(part.image);
    if ('content' in part) {
      this.put(part.image, { type: 'file', path: part.image, content: part.content, mode: 0o644 });
      return;
    }
    if (part.host === part.image) return this.add(part.host);
    await this.copy(part.host, part.image, await lstat(part.host));
  }

  /** Directory entries for the image path's parents that no host walk made. */
  private parents(image: string): void {
    const parts = image.split('/').filter(Boolean).slice(0, -1);
    for (let i = 1; i <= parts.length; i++) this.putDir(`/${parts.slice(0, i).join('/')}`, { mode: 0o755, uid: 0, gid: 0 });
  }

  private put(image: string, e: LayerEntry): void {
    if (!this.entries.has(image)) this.entries.set(image, e);
  }

  private putDir(image: string, m: Metadata): void {
    this.put(image, { type: 'directory', path: image, ...m });
  }

  /** One host object (not a symlink to follow) to `image`: a directory with its contents. */
  private async copy(host: string, image: string, st: Stats): Promise<void> {
    if (st.isSymbolicLink()) {
      this.put(image, { type: 'symlink', path: image, target: await readlink(host), uid: st.uid, gid: st.gid, ...this.mtimeOf(st) });
      this.hostPaths.add(host);
      await this.follow(host);
    } else if (st.isDirectory()) {
      this.entries.set(image, { type: 'directory', path: image, ...this.meta(st) });
      if (this.walked.has(image)) return;
      this.walked.add(image);
      for (const name of (await readdir(host)).sort()) {
        const child = posix.join(host, name);
        if (VIRTUAL.includes(child)) continue;
        await this.copy(child, posix.join(image, name), await lstat(child));
      }
    } else if (st.isFile()) {
      if (this.entries.has(image)) return;
      this.put(image, { type: 'file', path: image, source: host, size: st.size, ...this.meta(st) });
      this.hostPaths.add(host);
      if (st.nlink > 1) {
        const key = `${st.dev}:${st.ino}`;
        this.inodes.set(key, [...(this.inodes.get(key) ?? []), image]);
      }
      for (const dep of await this.needs(host)) {
        await this.add(dep).catch((err: NodeJS.ErrnoException) => {
          throw err.code === 'ENOENT'
            ? notFound(`${host} needs ${dep}, which does not exist on this host: install it or leave ${host} out`)
            : err;
        });
      }
    } else {
      this.opts.note?.(`skipped ${host}: not a file, directory or symlink (sockets, fifos and devices are not copied)`);
    }
  }

  /** A symlink met inside a directory: its target comes too, unless it dangles (kept as it is). */
  private async follow(link: string): Promise<void> {
    const target = posix.resolve(dirname(link), await readlink(link));
    if (VIRTUAL.some((v) => target === v || target.startsWith(`${v}/`))) return;
    try {
      await this.add(target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && (err as NodeJS.ErrnoException).code !== 'ENOTDIR') throw err;
      this.opts.note?.(`kept dangling symlink ${link} -> ${target}`);
    }
  }

  private async needs(file: string): Promise<string[]> {
    const deps = await this.opts.system.dependencies(file);
    const interp = await scriptInterpreter(file);
    return interp ? [...deps, interp] : deps;
  }

  /** Entries by path; of each group of hard links the first in that order carries the bytes. */
  private sorted(): LayerEntry[] {
    for (const paths of this.inodes.values()) {
      const [first, ...rest] = paths.sort();
      for (const p of rest) this.entries.set(p, { type: 'link', path: p, target: first! });
    }
    return [...this.entries.keys()].sort().map((k) => this.entries.get(k)!);
  }
}

/** The interpreter of a `#!` script (a host path), if the file is one. */
export async function scriptInterpreter(file: string): Promise<string | undefined> {
  const fh = await open(file, 'r');
  try {
    const b = Buffer.alloc(256);
    const { bytesRead } = await fh.read(b, 0, 256, 0);
    if (bytesRead < 3 || b[0] !== 0x23 || b[1] !== 0x21) return undefined;
    const line = b.toString('utf8', 2, bytesRead).split('\n')[0]!.trim();
    const interp = line.split(/\s+/)[0];
    return interp && posix.isAbsolute(interp) ? interp : undefined;
  } finally {
    await fh.close();
  }
}
