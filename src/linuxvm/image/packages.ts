// What a guest build takes from Debian (build.ts): the kernel package behind its metapackage, the
// library packages in the Depends closure of what the image runs, and the modules its onboot
// steps load with what they depend on.
import { failedPrecondition, invalidArgument } from '../../common/errdefs.js';
import type { DebianCache, FetchedPackage, PkgInfo } from './debian.js';
import { findKernel, moduleClosure, type KernelFiles } from './kernel.js';
import { recipeFor, type GuestSpec, type parseDebianSpec } from './spec.js';

export async function fetchKernel(apt: DebianCache, names: string[]): Promise<{ pkg: FetchedPackage; files: KernelFiles }> {
  if (names.length !== 1) throw invalidArgument(`the kernel recipe must name one package for ${apt.arch}`);
  let [pkg] = await apt.fetchMany([await apt.resolve(names[0]!)]);
  // linux-image-amd64 is a metapackage: follow it to the versioned linux-image-<kver> package.
  for (let hops = 0; !findKernel(pkg!.root); hops++) {
    const next = pkg!.depends.find((d) => d.startsWith('linux-image-'));
    if (!next || hops > 2) throw failedPrecondition(`${pkg!.name} contains no kernel`);
    [pkg] = await apt.fetchMany([await apt.resolve(next)]);
  }
  return { pkg: pkg!, files: findKernel(pkg!.root)! };
}

/**
 * The shared-library packages (Debian section "libs") in the Depends closure of `roots`: where
 * the libraries ELF files need are looked up. Only what is needed is copied into the guest, so
 * following the whole closure of libraries costs downloads, not image size.
 */
export async function libraryClosure(apt: DebianCache, roots: PkgInfo[]): Promise<PkgInfo[]> {
  const seen = new Set(roots.map((p) => p.name));
  const out: PkgInfo[] = [];
  let frontier = roots;
  while (frontier.length) {
    const names = [...new Set(frontier.flatMap((p) => p.depends))].filter((n) => !seen.has(n));
    for (const n of names) seen.add(n);
    // Unresolvable names are virtual packages: some real package already provides them.
    frontier = (await apt.resolveMany(names)).filter((p): p is PkgInfo => !!p && /(^|\/)libs$/.test(p.section));
    out.push(...frontier);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export async function fetchSplit(apt: DebianCache, a: PkgInfo[], b: PkgInfo[]): Promise<[FetchedPackage[], FetchedPackage[]]> {
  const all = await apt.fetchMany([...a, ...b]);
  return [all.slice(0, a.length), all.slice(a.length)];
}

export async function modulesFor(spec: GuestSpec, deb: ReturnType<typeof parseDebianSpec>, k: KernelFiles): Promise<string[]> {
  const wanted = spec.onboot
    .filter((s) => recipeFor(deb, s.image).role === 'modules')
    .flatMap((s) => s.command.slice(1).filter((a) => !a.startsWith('-')));
  return moduleClosure(k, wanted);
}
