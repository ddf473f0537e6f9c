// Removing and moving snapshot trees that may be btrfs subvolumes. With the btrfs backend every
// tree is one, and a root may mix them with plain trees (one made by the reflink backend, or
// the reverse after `--backend` changed), so removal looks at each tree, whatever the backend:
// rm -rf cannot delete a read-only subvolume (and leaves an empty one behind on old kernels),
// and a read-only subvolume cannot be renamed into trash/ (EROFS).
import { lstatSync, statfsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { destroySubvolume, unsealSubvolumeSync } from './tree-helper.js';

const BTRFS_SUPER_MAGIC = 0x9123683e;
/** BTRFS_FIRST_FREE_OBJECTID: the inode number of every subvolume's root directory. */
const SUBVOLUME_ROOT_INO = 256;

/** Two cheap syscalls: a directory with inode 256 on btrfs is a subvolume root. */
export function isSubvolume(path: string): boolean {
  try {
    const st = lstatSync(path);
    return st.isDirectory() && st.ino === SUBVOLUME_ROOT_INO && statfsSync(path).type === BTRFS_SUPER_MAGIC;
  } catch {
    return false;
  }
}

/** Deletes a tree (subvolume or plain directory); a missing one is not an error. */
export async function removeTree(path: string): Promise<void> {
  if (isSubvolume(path) && (await destroySubvolume(path))) return;
  await rm(path, { recursive: true, force: true, maxRetries: 5 });
}

/** Makes a tree movable to another directory: a sealed (read-only) subvolume is unsealed. */
export function makeMovableSync(path: string): void {
  if (isSubvolume(path)) unsealSubvolumeSync(path);
}
