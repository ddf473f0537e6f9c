// Resolving a path inside a root directory the way a process chrooted there would see it:
// symlinks followed, an absolute link restarting at the root, `..` stopping at it, so the result
// is always inside the root. Used to place a native container's mounts and to extract tars
// (build contexts and layers) without following a symlink out of the target.
import { lstat, readlink } from 'node:fs/promises';
import path from 'node:path';
import { invalidArgument } from './errdefs.js';

const MAX_SYMLINKS = 40;

/**
 * Resolves an absolute container path to a host path inside root, following symlinks as the
 * container would see them (an absolute link restarts at root, `..` stops at root). Below a
 * path in `covered` (a mount point set up earlier) the image's content is hidden, so the rest
 * is taken literally (it is created fresh on the mounted filesystem).
 */
export async function resolveInRoot(root: string, containerPath: string, covered: Set<string> = new Set()): Promise<string> {
  if (!containerPath.startsWith('/')) throw invalidArgument(`mount destination ${containerPath} must be absolute`);
  let rest = containerPath.split('/').filter(Boolean);
  let cur = root;
  let links = 0;
  while (rest.length) {
    const part = rest.shift() as string;
    if (part === '.') continue;
    // `..` stops at the root, also after a component that does not exist (yet): "/nope/../../x"
    // is /x in the container, never a path beside the root.
    if (part === '..') {
      if (cur !== root) cur = path.dirname(cur);
      continue;
    }
    const next = path.join(cur, part);
    // Below a mount point set up earlier the image's content is hidden: take the name literally.
    if ([...covered].some((c) => cur === c || cur.startsWith(`${c}/`))) {
      cur = next;
      continue;
    }
    const st = await lstat(next).catch(() => null);
    if (!st?.isSymbolicLink()) {
      cur = next; // a directory, a file, or a name that does not exist yet (made later)
      continue;
    }
    if (++links > MAX_SYMLINKS) throw invalidArgument(`mount destination ${containerPath}: too many levels of symbolic links`);
    const target = await readlink(next);
    rest = [...target.split('/').filter(Boolean), ...rest];
    if (target.startsWith('/')) cur = root;
  }
  return cur;
}
