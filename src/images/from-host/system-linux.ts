// Linux: a file's dependencies are its ELF interpreter (PT_INTERP, the dynamic loader) and its
// DT_NEEDED libraries, searched the way glibc's ld.so does (ld.so(8)): DT_RPATH when there is
// no DT_RUNPATH, then DT_RUNPATH, then the directories of /etc/ld.so.conf, then the default
// ones; a candidate counts only when it is an ELF of the same class and machine (ld.so skips
// the others, e.g. i386 libraries in a multiarch tree). Not modelled: LD_LIBRARY_PATH (an image
// must not depend on the builder's environment), DT_RPATH inherited from the loading
// executable, hwcaps subdirectories, dlopen()ed libraries (list those paths explicitly).
// A name the search does not find may still be satisfied the way ld.so satisfies it: by a
// library of that name already loaded for another object (systemd's private libraries, found
// through the executable's RUNPATH, are needed by plugins without one): such names are checked
// once the whole cut is walked (unresolved()).
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, posix } from 'node:path';
import { invalidArgument, notFound } from '../../common/errdefs.js';
import { ELF_MACHINES, readElf, type ElfInfo } from './elf.js';
import type { BasePart, HostSystem } from './system.js';

const exists = (p: string) =>
  stat(p).then(
    (s) => s.isFile(),
    () => false,
  );

/** The architecture an ELF runs on, OCI style (ppc64 little-endian is ppc64le). */
export function elfArchitecture(e: Pick<ElfInfo, 'machine' | 'littleEndian'>): string {
  const a = ELF_MACHINES[e.machine] ?? `elf-machine-${e.machine}`;
  return a === 'ppc64' && e.littleEndian ? 'ppc64le' : a;
}

/** Directories listed by an ld.so.conf, `include` globs (`dir/*.conf`) followed. */
export async function ldSoConfDirs(file = '/etc/ld.so.conf', seen = new Set<string>()): Promise<string[]> {
  if (seen.has(file)) return [];
  seen.add(file);
  const text = await readFile(file, 'utf8').catch(() => '');
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const inc = /^include\s+(.+)$/.exec(line);
    if (!inc) {
      out.push(line);
      continue;
    }
    for (const pattern of inc[1]!.split(/\s+/)) {
      const abs = isAbsolute(pattern) ? pattern : join(dirname(file), pattern);
      const dir = dirname(abs);
      const re = new RegExp(
        `^${posix
          .basename(abs)
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`,
      );
      const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => re.test(n)).sort();
      for (const n of names) out.push(...(await ldSoConfDirs(join(dir, n), seen)));
    }
  }
  return out;
}

export class LinuxSystem implements HostSystem {
  private confDirs?: Promise<string[]>;
  /** DT_NEEDED names found so far, and those not found yet (with who needed them). */
  private readonly found = new Set<string>();
  private readonly missing = new Map<string, { file: string; dirs: string[] }>();

  constructor(private readonly architecture: string) {}

  base(): Promise<BasePart[]> {
    return Promise.resolve([]);
  }

  async dependencies(file: string): Promise<string[]> {
    const elf = await readElf(file).catch(() => undefined);
    if (!elf) return [];
    const arch = elfArchitecture(elf);
    if (arch !== this.architecture) {
      throw invalidArgument(
        `${file} is a ${arch} binary but the image is ${this.architecture}: choose --platform linux/${arch} or leave it out`,
      );
    }
    const deps: string[] = [];
    if (elf.interpreter) deps.push(elf.interpreter);
    if (!elf.needed.length) return deps;
    const origin = dirname(await realpath(file));
    const expand = (d: string) =>
      d
        .replace(/\$\{?ORIGIN\}?/g, origin)
        .replace(/\$\{?LIB\}?/g, elf.class === 64 ? 'lib64' : 'lib')
        .replace(/\$\{?PLATFORM\}?/g, this.platformString());
    const dirs = [
      ...(elf.runpath.length ? [] : elf.rpath.map(expand)),
      ...elf.runpath.map(expand),
      ...(await (this.confDirs ??= ldSoConfDirs())),
      ...(elf.class === 64 ? ['/lib64', '/usr/lib64'] : []),
      '/lib',
      '/usr/lib',
    ];
    for (const name of elf.needed) {
      const p = await this.find(name, elf, dirs, file);
      if (p) {
        this.found.add(name);
        deps.push(p);
      } else if (!this.missing.has(name)) this.missing.set(name, { file, dirs });
    }
    return deps;
  }

  async unresolved(_cut: ReadonlySet<string>): Promise<void> {
    for (const [name, { file, dirs }] of this.missing) {
      if (this.found.has(name)) continue;
      throw notFound(
        `${file} needs ${name}, which ld.so would not find either (searched ${dirs.join(', ')}): install it, or list its path too`,
      );
    }
  }

  private platformString(): string {
    return { amd64: 'x86_64', arm64: 'aarch64', '386': 'i686' }[this.architecture] ?? this.architecture;
  }

  /** The first library of that name ld.so would accept (same ELF class and machine). */
  private async find(name: string, want: ElfInfo, dirs: string[], file: string): Promise<string | undefined> {
    if (name.includes('/')) {
      if (await exists(name)) return name;
      throw notFound(`${file} needs ${name}, which does not exist on this host: install it or leave ${file} out`);
    }
    for (const d of dirs) {
      const p = join(d, name);
      if (!(await exists(p))) continue;
      const e = await readElf(p).catch(() => undefined);
      if (e && e.class === want.class && e.machine === want.machine) return p;
    }
    return undefined;
  }
}
