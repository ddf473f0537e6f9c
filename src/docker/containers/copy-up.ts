// Docker's copy-up: a named or anonymous volume mounted where the image has content starts with
// a copy of that content (owners, modes, links kept), when the volume is still empty and the
// mount does not say `nocopy`. Done at create, from the container's fresh snapshot.
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { resolveInRoot } from '../../common/in-root.js';
import type { ContainerdClient } from '../containerd.js';
import { withSnapshotDir } from './rootfs-dir.js';

const run = promisify(execFile);

export interface CopyUp {
  /** The volume's directory on the host. */
  volume: string;
  /** Where it is mounted in the container. */
  target: string;
}

export async function copyUp(
  cd: ContainerdClient,
  snap: { snapshotter: string; key: string },
  scratch: string,
  all: CopyUp[],
): Promise<void> {
  const todo: CopyUp[] = [];
  for (const c of all) if (!(await readdir(c.volume).catch(() => [])).length) todo.push(c);
  if (!todo.length) return;
  await withSnapshotDir(cd, snap, scratch, async (root) => {
    for (const c of todo) {
      const src = await resolveInRoot(root, c.target);
      if (!(await stat(src).catch(() => undefined))?.isDirectory()) continue;
      // cp -a (GNU and BSD) keeps owners, modes, times and links; `src/.` also gives the volume
      // directory the image directory's owner and mode, as Docker does.
      await run('cp', ['-a', `${src}/.`, `${c.volume}/`]);
    }
  });
}
