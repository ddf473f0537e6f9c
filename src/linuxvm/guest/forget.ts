// A removed container's files leave the guest's caches. Each container's rootfs and volumes are
// host mounts under <share>/<guest id>/, new inodes to the guest, and virtiofs keeps what the
// guest read of them (cache=always). Nothing looks those paths up again once the container is
// gone, so their dentries, inodes and page cache stayed for the VM's life: 20 containers that
// each read a 4 MiB file of their own left the guest's page cache 116 MiB larger and the VM's
// host memory 96 MiB larger (docs/guest.md). One lookup of the container's directory after the
// host removed it fails; the kernel then drops the directory's dentry and prunes what is
// beneath it, and FUSE evicts each inode (and its pages) with its last dentry.
import { promises as fsp } from 'node:fs';
import { basename, dirname } from 'node:path';

/**
 * When to look (ms after the container's removal in the guest): the host unmounts and removes
 * the directory after the agent answered Delete, and the guest asks the host again only after
 * the dentry's 1 s timeout (virtiofsd's `timeout=1`).
 */
export const FORGET_DELAYS_MS = [1500, 3000, 6000, 12_000, 30_000];

/** The container's own directory under the share for its rootfs path, or undefined if the rootfs is elsewhere. */
export function shareDirOf(rootfs: string): string | undefined {
  return basename(rootfs) === 'rootfs' && dirname(rootfs) !== '/' ? dirname(rootfs) : undefined;
}

/**
 * Looks `dir` up until the guest sees it gone (true) or the delays run out (false: the host kept
 * it, e.g. a shim that went away before its clean-up; its caches then stay until the guest needs
 * the memory). Never throws.
 */
export async function forgetDir(
  dir: string,
  delaysMs = FORGET_DELAYS_MS,
  sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref()),
): Promise<boolean> {
  let waited = 0;
  for (const at of delaysMs) {
    await sleep(at - waited);
    waited = at;
    try {
      await fsp.lstat(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    }
  }
  return false;
}
