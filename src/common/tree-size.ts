// The bytes a directory tree holds, as dockerd sums a volume's (`docker system df -v`, a prune's
// reclaimed space) or a container's layer (moby's directory.Size): every entry but directories
// at its lstat size (a symlink its target's length, not followed), a hard-linked file once, and
// nothing beneath another filesystem mounted inside it.
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The tree's size in bytes; 0 for a path that is not there. */
export async function treeSize(root: string): Promise<number> {
  const top = await lstat(root).catch(() => undefined);
  if (!top) return 0;
  const seen = new Set<string>();
  let total = 0;
  const walk = async (dir: string): Promise<void> => {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const p = join(dir, name);
      const st = await lstat(p).catch(() => undefined);
      if (!st || st.dev !== top.dev) continue;
      if (st.isDirectory()) await walk(p);
      else {
        const id = `${st.ino}`;
        if (st.nlink > 1 && seen.has(id)) continue;
        seen.add(id);
        total += st.size;
      }
    }
  };
  if (top.isDirectory()) await walk(root);
  else total = top.size;
  return total;
}
