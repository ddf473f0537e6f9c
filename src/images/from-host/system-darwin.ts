// macOS (written against dyld's documented behaviour, never run on a Mac; see docs/macos.md):
// a Mach-O's dependencies are dyld (LC_LOAD_DYLINKER) and its dylibs, with @executable_path,
// @loader_path and @rpath expanded. Since macOS 11 the system's own libraries and frameworks
// are not on disk but only in the dyld shared cache, so a dependency under /usr/lib or
// /System/Library that does not exist is satisfied by the cache, which every image carries
// (base()), as darwin-jail does: /System/Library/dyld, and on macOS 13+ the cache of the OS
// cryptex (/System/Volumes/Preboot/Cryptexes/OS/System/Library/dyld) copied there too.
// A framework dependency brings its whole bundle directory (resources and Info.plist that
// Foundation reads at run time), when that exists on disk.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, normalize } from 'node:path';
import { invalidArgument, notFound } from '../../common/errdefs.js';
import { MACHO_CPU, MachoArchMismatch, readMacho } from './macho.js';
import type { BasePart, HostSystem } from './system.js';

const DYLD_DIR = '/System/Library/dyld';
const CRYPTEX_DYLD_DIR = '/System/Volumes/Preboot/Cryptexes/OS/System/Library/dyld';

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );
const inSharedCache = (p: string) => p.startsWith('/usr/lib/') || p.startsWith('/System/Library/');

/** The shared cache file prefixes dyld uses for an architecture (arm64e on Apple silicon, x86_64h on Haswell+). */
const CACHE_NAMES: Record<string, string[]> = { arm64: ['arm64e', 'arm64'], amd64: ['x86_64h', 'x86_64'] };

export class DarwinSystem implements HostSystem {
  private readonly cputype: number;
  private readonly missing = new Map<string, { file: string; searched: string[] }>();

  constructor(private readonly architecture: string) {
    const cpu = MACHO_CPU[architecture];
    if (cpu === undefined) throw invalidArgument(`no Mach-O cpu type for ${architecture}: use darwin/arm64 or darwin/amd64`);
    this.cputype = cpu;
  }

  async base(): Promise<BasePart[]> {
    const parts: BasePart[] = [{ host: '/usr/lib/dyld', image: '/usr/lib/dyld' }];
    const wanted = (n: string) =>
      !n.startsWith('dyld_shared_cache_') || (CACHE_NAMES[this.architecture] ?? []).some((a) => n.startsWith(`dyld_shared_cache_${a}`));
    // The cryptex's cache first: on macOS 13+ it is the one dyld uses (an entry is kept once).
    for (const dir of [CRYPTEX_DYLD_DIR, DYLD_DIR]) {
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const n of names.filter(wanted).sort()) parts.push({ host: join(dir, n), image: join(DYLD_DIR, n) });
    }
    if (parts.length === 1)
      throw notFound(`no dyld shared cache in ${DYLD_DIR} or ${CRYPTEX_DYLD_DIR}: this does not look like macOS 11 or later`);
    // darwin-jail's marker: libSystem and dyld take their chroot-aware paths when it exists.
    parts.push({ image: '/AppleInternal/XBS/.isChrooted', content: Buffer.alloc(0) });
    return parts;
  }

  async dependencies(file: string): Promise<string[]> {
    let m;
    try {
      m = await readMacho(file, this.cputype);
    } catch (err) {
      if (err instanceof MachoArchMismatch) {
        throw invalidArgument(`${file} has no ${this.architecture} code (${err.message}): choose another --platform or leave it out`);
      }
      return [];
    }
    if (!m) return [];
    const deps: string[] = m.dylinker ? [m.dylinker] : [];
    const loader = dirname(file);
    // Without the launching executable at hand, @executable_path is taken as the file's own
    // directory: exact for executables, and right for libraries beside their tool.
    const expand = (p: string) => normalize(p.replace(/^@(executable|loader)_path/, loader));
    const rpaths = m.rpaths.map(expand);
    for (const { name, weak } of m.dylibs) {
      const candidates = name.startsWith('@rpath/') ? rpaths.map((r) => join(r, name.slice(7))) : [expand(name)];
      let found: string | undefined;
      for (const c of candidates) if (await exists(c)) found ??= c;
      if (found) {
        deps.push(found, ...(await this.frameworkBundle(found)));
        continue;
      }
      if (candidates.some(inSharedCache)) {
        deps.push(...(await this.frameworkBundle(candidates[0]!)));
        continue;
      }
      if (weak) continue;
      // @rpath and @executable_path are the loading executable's: a library inside an app or
      // toolchain bundle often has no LC_RPATH of its own that finds its siblings. Such a name
      // is satisfied when the cut holds a file of that path suffix (checked in unresolved()).
      if (/^@(rpath|executable_path)\//.test(name)) {
        if (!this.missing.has(name)) this.missing.set(name, { file, searched: candidates });
        continue;
      }
      throw notFound(`${file} needs ${name}, which is not on this Mac (searched ${candidates.join(', ')}): list its path too`);
    }
    return deps;
  }

  async unresolved(cut: ReadonlySet<string>): Promise<void> {
    if (!this.missing.size) return;
    const byBase = new Map<string, string[]>();
    for (const p of cut) byBase.set(basename(p), [...(byBase.get(basename(p)) ?? []), p]);
    for (const [name, { file, searched }] of this.missing) {
      const rest = name.replace(/^@[a-z_]+\//, '');
      if ((byBase.get(basename(rest)) ?? []).some((p) => p.endsWith(`/${rest}`))) continue;
      throw notFound(
        `${file} needs ${name}, which is neither found (searched ${searched.join(', ') || 'no LC_RPATH'}) nor anywhere in the cut: list the bundle that holds it`,
      );
    }
  }

  /** `/…/Foo.framework` for a library inside a framework bundle that exists on disk. */
  private async frameworkBundle(lib: string): Promise<string[]> {
    const m = /^(.*?\.framework)\//.exec(lib);
    return m && (await exists(m[1]!)) ? [m[1]!] : [];
  }
}
