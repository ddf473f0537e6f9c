// The guest's root filesystem as a list of entries, filled from unpacked Debian packages. Paths are
// laid out "merged-/usr" (/bin, /sbin, /lib, /lib64 are symlinks into /usr, as on Debian 12), so
// a file a package ships under /lib lands in /usr/lib. Taking an ELF file also takes the shared
// libraries it needs (transitively), found in the library packages; a missing one fails the build.
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { failedPrecondition, notFound } from '../../common/errdefs.js';
import type { CpioEntry } from './cpio.js';
import { ELF_MACHINE, isElf, readElf } from './elf.js';
import type { Arch, FetchedPackage } from './debian.js';

const MERGED = ['bin', 'sbin', 'lib', 'lib64'];
const TRIPLET: Record<Arch, string> = { amd64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' };

/** /lib/x → /usr/lib/x and so on; other paths unchanged. Always absolute and normalised. */
export function mergedUsr(path: string): string {
  const p = posix.normalize('/' + path);
  const first = p.split('/')[1] ?? '';
  return MERGED.includes(first) ? '/usr' + p : p;
}

export class GuestTree {
  readonly entries = new Map<string, CpioEntry>();
  /** Which package each taken path came from (for the manifest). */
  readonly usedPackages = new Set<string>();

  constructor(
    readonly arch: Arch,
    private readonly packages: FetchedPackage[],
  ) {
    for (const d of ['usr/bin', 'usr/sbin', 'usr/lib', 'usr/lib64', 'dev', 'proc', 'sys', 'run', 'tmp', 'etc', 'mnt', 'var']) this.dir(d);
    for (const d of MERGED) this.symlink(d, `usr/${d}`);
    this.entries.set('dev/console', { path: 'dev/console', type: 'char', mode: 0o600, major: 5, minor: 1 });
    this.symlink('var/run', '../run');
    this.symlink('var/tmp', '../tmp');
  }

  dir(path: string, mode = 0o755): void {
    path = rel(path);
    this.parents(path);
    const e = this.entries.get(path);
    if (e && e.type !== 'dir') throw failedPrecondition(`guest tree: ${path} is already a ${e.type}`);
    this.entries.set(path, { path, type: 'dir', mode: e?.type === 'dir' && mode === 0o755 ? e.mode : mode });
  }

  file(path: string, source: string | Buffer, mode = 0o644): void {
    path = rel(path);
    this.parents(path);
    this.entries.set(path, { path, type: 'file', mode, source });
  }

  symlink(path: string, target: string): void {
    path = rel(path);
    this.parents(path);
    this.entries.set(path, { path, type: 'symlink', target });
  }

  private parents(path: string): void {
    for (let d = dirname(path); d !== '.' && d !== '/'; d = dirname(d)) {
      if (MERGED.includes(d)) throw failedPrecondition(`guest tree: ${path} must be given under /usr`);
      if (!this.entries.has(d)) this.entries.set(d, { path: d, type: 'dir', mode: 0o755 });
    }
  }

  /** Where a guest path is in the unpacked packages (first package wins). */
  locate(guestPath: string): { host: string; pkg: FetchedPackage } | undefined {
    const want = mergedUsr(guestPath);
    const candidates = [want];
    const m = /^\/usr\/(bin|sbin|lib|lib64)(\/.*)$/.exec(want);
    if (m) candidates.push(`/${m[1]}${m[2]}`);
    for (const pkg of this.packages) {
      for (const c of candidates) {
        const host = join(pkg.root, c);
        try {
          lstatSync(host);
          return { host, pkg };
        } catch {}
      }
    }
    return undefined;
  }

  /** Copies a path (file, symlink or directory) from the packages, with library closure. */
  take(guestPath: string, exclude: (p: string) => boolean = () => false): void {
    const path = mergedUsr(guestPath);
    if (this.entries.has(rel(path))) return;
    const found = this.locate(path);
    if (!found) throw notFound(`${guestPath} is in none of the guest's packages`);
    this.usedPackages.add(found.pkg.name);
    const st = lstatSync(found.host);
    if (st.isSymbolicLink()) {
      const target = readlinkSync(found.host);
      this.symlink(path, target);
      this.take(linkTarget(path, target), exclude);
    } else if (st.isDirectory()) {
      this.dir(path, st.mode & 0o7777);
      for (const name of readdirSync(found.host).sort()) {
        if (!exclude(posix.join(path, name))) this.take(posix.join(path, name), exclude);
      }
    } else if (st.isFile()) {
      this.file(path, found.host, st.mode & 0o7777);
      if (isElf(found.host)) this.takeLibraries(path, found.host);
    } else {
      throw failedPrecondition(`${guestPath}: unsupported file type in package ${found.pkg.name}`);
    }
  }

  private takeLibraries(guestPath: string, host: string): void {
    for (const p of this.loaded(guestPath, host)) this.take(p);
  }

  /** What the loader maps for an ELF file: its interpreter and needed libraries (guest paths). */
  private loaded(guestPath: string, host: string): string[] {
    const elf = readElf(host);
    if (elf.machine !== ELF_MACHINE[this.arch]) return []; // e.g. firmware blobs; not ours to load
    const dirs = [...elf.runpath, `/usr/lib/${TRIPLET[this.arch]}`, '/usr/lib'];
    const libs = elf.needed.map((soname) => {
      const dir = dirs.find((d) => this.locate(posix.join(d, soname)));
      if (!dir) throw notFound(`${guestPath} needs ${soname}, which none of the library packages provides`);
      return posix.join(dir, soname);
    });
    return elf.interp ? [elf.interp, ...libs] : libs;
  }

  /**
   * A taken program and every file the loader maps to start it (its libraries, transitively), as
   * the regular files' guest paths (symlinks followed): what /init reads ahead of the agent's start.
   */
  loads(guestPath: string): string[] {
    const out = new Set<string>();
    const visit = (p: string) => {
      const path = this.realPath(mergedUsr(p));
      if (out.has(path)) return;
      const found = this.locate(path);
      if (!found) return;
      out.add(path);
      if (isElf(found.host)) this.loaded(path, found.host).forEach(visit);
    };
    visit(guestPath);
    return [...out];
  }

  /** A guest path with the tree's symlinks followed (at most 16 of them). */
  private realPath(path: string): string {
    for (let hops = 0; hops < 16; hops++) {
      const e = this.entries.get(rel(path));
      if (e?.type !== 'symlink') return path;
      path = mergedUsr(linkTarget(path, e.target));
    }
    throw failedPrecondition(`guest tree: ${path}: too many symlinks`);
  }

  list(): CpioEntry[] {
    return [...this.entries.values()];
  }
}

/** Where a symlink at guest path `path` with `target` points (a guest path). */
function linkTarget(path: string, target: string): string {
  return target.startsWith('/') ? target : posix.join(posix.dirname(path), target);
}

function rel(path: string): string {
  const p = posix.normalize(path).replace(/^\/+/, '').replace(/\/+$/, '');
  if (!p || p.startsWith('..')) throw failedPrecondition(`guest tree: bad path ${path}`);
  return p;
}
