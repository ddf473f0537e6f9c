// A container's size as `docker ps -s`, `inspect -s` and `system df` show it: SizeRw, what its
// own layer holds, and SizeRootFs, that plus its image. An overlay snapshot's size is its upper
// directory's files' (what moby's overlay2 counts); a bind snapshot (the tandem snapshotter's clones)
// is a whole tree, so there the changes against the image are walked and their bytes summed.
import { errorMessage } from '../../common/errdefs.js';
import { treeSize } from '../../common/tree-size.js';
import type { Logger } from '../../common/log.js';
import type { ContainerdClient } from '../containerd.js';
import { changedBytes, changesBetween } from './changes.js';
import { withImageRootfs, withRootfs } from './rootfs-dir.js';
import type { ContainerRecord } from './types.js';

export interface SizeDeps {
  cd: ContainerdClient;
  scratch: string;
  log: Logger;
  /** The image's size (0 when it is gone). */
  imageSize(c: ContainerRecord): Promise<number>;
}

/** SizeRw; 0 (logged) when the snapshot cannot be measured, as a listing should not fail for one. */
export async function sizeRw(d: SizeDeps, c: ContainerRecord): Promise<number> {
  try {
    const { mounts } = await d.cd.call('snapshots.Mounts', { snapshotter: c.Snapshotter, key: c.Id });
    if (mounts?.length === 1 && mounts[0]?.type === 'overlay') {
      // The bytes of the upper directory's files, as moby's overlay2 sums them: containerd's
      // Usage counts disk blocks, directories too, so an untouched container read 8 kB (its
      // /etc and the upper's root) where dockerd shows 0B.
      const upper = (mounts[0].options ?? []).find((o: string) => o.startsWith('upperdir='))?.slice('upperdir='.length);
      if (upper) return await treeSize(upper);
      const u = await d.cd.call('snapshots.Usage', { snapshotter: c.Snapshotter, key: c.Id });
      return Number(u.size ?? 0);
    }
    return await withImageRootfs(d.cd, c.Id, d.scratch, (image) =>
      withRootfs(d.cd, c.Id, d.scratch, async (dir) => changedBytes(dir, await changesBetween(image, dir))),
    );
  } catch (err) {
    d.log.warn({ id: c.Id, err: errorMessage(err) }, 'container size not measured');
    return 0;
  }
}

export async function sizes(d: SizeDeps, c: ContainerRecord): Promise<{ SizeRw: number; SizeRootFs: number }> {
  const [rw, image] = await Promise.all([sizeRw(d, c), d.imageSize(c).catch(() => 0)]);
  return { SizeRw: rw, SizeRootFs: rw + image };
}
