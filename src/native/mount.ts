// The mount table of a native container, behind a per-OS implementation (mount-linux.ts,
// mount-darwin.ts). The shared code (rootfs.ts) decides *what* is mounted *where* (targets
// already resolved inside the rootfs); the platform decides *how*, or refuses clearly.
import type { Logger } from 'pino';
import { unimplemented } from '../common/errdefs.js';
import { MAKE_PRIVATE } from '../common/mount-options.js';
import type { Mount, OciMount } from '../common/oci.js';

export type MountOp =
  /** mkdir -p, refusing to go through symlinks (paths are resolved inside the rootfs first). */
  | { op: 'mkdir'; path: string }
  /** An empty regular file as the mount point of a file bind mount. */
  | { op: 'mkfile'; path: string }
  | { op: 'mount'; source: string; target: string; fstype: string; options: string[] }
  | { op: 'mknod'; path: string; type: 'c' | 'b'; mode: number; major: number; minor: number }
  | { op: 'symlink'; target: string; path: string };

export interface MountPlatform {
  /** Operations that put containerd's rootfs mounts (not a single bind) onto target. */
  rootfsOps(mounts: Mount[], target: string): MountOp[];
  /**
   * Operations that honour one spec mount at `target` (a host path inside the rootfs), or a
   * reason to skip it when this OS has no equivalent (logged at debug). Throws a kinded error
   * when the mount was asked for but cannot be honoured.
   */
  specMountOps(m: OciMount, target: string, source: { isDir: boolean } | null): MountOp[] | { skip: string };
  /**
   * Operations that give an existing directory (containerd's single `bind` rootfs, or
   * root.path) a mount of its own at target, private to it, so that the spec mounts made
   * inside the container's root never show in that directory itself (where containerd's
   * differ or the user would see them). null: use the directory in place (darwin: no mount).
   */
  privateRootOps(source: string, target: string): MountOp[] | null;
  /** Operations around the spec mounts that make the root read-only (throws if impossible). */
  readonlyRootOps(root: string): { before: MountOp[]; after: MountOp[] };
  /** Performs the operations in order; on failure undoes what it mounted and throws. */
  apply(ops: MountOp[], log: Logger): Promise<void>;
  /** Unmounts the targets in reverse order; what is not mounted is skipped. */
  unmount(targets: string[], log: Logger): Promise<void>;
  /** Every mount point at or below dir, deepest first. */
  mountsUnder(dir: string): Promise<string[]>;
}

/**
 * The mount points an operation list creates, in order (what cleanup must undo). A target may
 * appear twice (a read-only root is a bind stacked on the rootfs mount): each entry is one
 * umount.
 */
export function mountTargets(ops: MountOp[]): string[] {
  return ops
    .filter((o) => o.op === 'mount' && !o.options.includes('remount') && !o.options.includes(MAKE_PRIVATE))
    .map((o) => (o as { target: string }).target);
}

export async function mountPlatform(platform = process.platform): Promise<MountPlatform> {
  if (platform === 'linux') return new (await import('./mount-linux.js')).LinuxMounts();
  if (platform === 'darwin') return new (await import('./mount-darwin.js')).DarwinMounts();
  throw unimplemented(
    `native containers are not supported on ${platform}: use the VM executor (annotation io.containerd.tandem.runtime=vm)`,
  );
}
