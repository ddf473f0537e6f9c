// The repository's own files a guest image carries (the compiled agent under /opt/tandem), as
// the recipe names them, less what its `exclude` patterns leave out.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { failedPrecondition } from '../../common/errdefs.js';
import type { ImageRecipe } from './spec.js';
import type { GuestTree } from './tree.js';

export function copyRepo(tree: GuestTree, repoDir: string, r: ImageRecipe): void {
  const skip = excluder(r.exclude);
  const walk = (relPath: string): void => {
    const abs = join(repoDir, relPath);
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const n of readdirSync(abs).sort()) if (!skip(posix.join(relPath, n))) walk(posix.join(relPath, n));
    } else if (st.isFile()) {
      tree.file(`opt/tandem/${relPath}`, abs, st.mode & 0o111 ? 0o755 : 0o644);
    }
  };
  for (const p of r.repo) {
    if (!existsSync(join(repoDir, p))) throw failedPrecondition(`${p} is missing in ${repoDir}: build the project first (npm run build)`);
    walk(p);
  }
}

/** Patterns with a slash match a path prefix; others match the file name ('*' is a wildcard). */
export function excluder(patterns: string[]): (p: string) => boolean {
  const tests = patterns.map((pat) => {
    if (pat.includes('/')) {
      const prefix = pat.replace(/^\/+|\/+$/g, '');
      return (p: string) => {
        const q = p.replace(/^\/+/, '');
        return q === prefix || q.startsWith(prefix + '/');
      };
    }
    const re = new RegExp(
      '^' +
        pat
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*') +
        '$',
    );
    return (p: string) => re.test(posix.basename(p));
  });
  return (p) => tests.some((t) => t(p));
}
