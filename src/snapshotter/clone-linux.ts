// Linux: FICLONE reflinks where the filesystem shares extents (XFS with reflink=1, btrfs),
// otherwise a full copy. The probe uses Node's copyFile with COPYFILE_FICLONE_FORCE, which is
// exactly the FICLONE ioctl on Linux and fails instead of copying when it is not supported.
import { constants, copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProbeResult } from './clone.js';

export async function probeLinux(root: string): Promise<ProbeResult> {
  const a = join(root, `.tandem-probe-${process.pid}-a`);
  const b = join(root, `.tandem-probe-${process.pid}-b`);
  try {
    writeFileSync(a, 'x');
    copyFileSync(a, b, constants.COPYFILE_FICLONE_FORCE);
    return { name: 'reflink', reason: `FICLONE works in ${root}` };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return { name: 'copy', reason: `FICLONE is not supported in ${root} (${code}); every snapshot is a full copy` };
  } finally {
    rmSync(a, { force: true });
    rmSync(b, { force: true });
  }
}
