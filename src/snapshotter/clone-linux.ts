// Linux: btrfs subvolume snapshots where the root is on btrfs and subvolumes work there (each
// snapshot a subvolume, a child one O(1) snapshot, as in containerd's btrfs snapshotter), else
// FICLONE reflinks per file where the filesystem shares extents (XFS with reflink=1), else a
// full copy. The btrfs probe creates, snapshots and deletes a subvolume through the helper
// (deleting needs CAP_SYS_ADMIN or user_subvol_rm_allowed); the reflink probe uses Node's
// copyFile with COPYFILE_FICLONE_FORCE, which is exactly the FICLONE ioctl on Linux and fails
// instead of copying when it is not supported.
import { constants, copyFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { probeMode } from './tree-helper.js';
import type { BackendName, ProbeResult } from './clone.js';

const BTRFS_SUPER_MAGIC = 0x9123683e;

function ficlone(root: string): { ok: true } | { ok: false; code: string } {
  const a = join(root, `.tandem-probe-${process.pid}-a`);
  const b = join(root, `.tandem-probe-${process.pid}-b`);
  try {
    writeFileSync(a, 'x');
    copyFileSync(a, b, constants.COPYFILE_FICLONE_FORCE);
    return { ok: true };
  } catch (err) {
    return { ok: false, code: (err as NodeJS.ErrnoException).code ?? String(err) };
  } finally {
    rmSync(a, { force: true });
    rmSync(b, { force: true });
  }
}

export async function probeLinux(root: string): Promise<ProbeResult> {
  const reflink = ficlone(root);
  const also: BackendName[] = reflink.ok ? ['reflink'] : [];
  if (await probeMode('btrfs', root)) {
    return {
      name: 'btrfs',
      reason: `${root} is on btrfs and subvolumes work there: each snapshot is a subvolume, a child is a subvolume snapshot of its parent`,
      also,
    };
  }
  const onBtrfs = statfsSync(root).type === BTRFS_SUPER_MAGIC;
  const why = onBtrfs ? ' (on btrfs, but creating/snapshotting/deleting a subvolume failed: not root?)' : '';
  if (reflink.ok) return { name: 'reflink', reason: `FICLONE works in ${root}${why}` };
  return { name: 'copy', reason: `FICLONE is not supported in ${root} (${reflink.code}); every snapshot is a full copy` };
}
