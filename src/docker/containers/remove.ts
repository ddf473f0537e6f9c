// `docker rm`: a running container refused unless forced (then killed, after a start of its
// restart policy under way has ended), then its task, containerd container, snapshot, files and,
// with -v, anonymous volumes; the hosts files of the others are rewritten without it.
import { rm } from 'node:fs/promises';
import { Code, isCode } from '../../common/errdefs.js';
import { HttpError } from '../api.js';
import type { Containers } from './manager.js';
import { releaseImages } from './mounts-image.js';

export interface RemoveOptions {
  force?: boolean;
  volumes?: boolean;
  /** The exit handling deleted the task already. */
  taskDeleted?: boolean;
}

export async function removeContainer(m: Containers, ref: string, opts: RemoveOptions): Promise<void> {
  const c = m.get(ref);
  if (m.isRunning(c)) {
    if (!opts.force && c.State.Status === 'restarting') {
      throw new HttpError(
        409,
        `You cannot remove a restarting container ${c.Id}. Stop the container before attempting removal or force remove`,
      );
    }
    if (!opts.force) {
      throw new HttpError(
        409,
        `You cannot remove a running container ${c.Id}. Stop the container before attempting removal or force remove`,
      );
    }
    c.StoppedByUser = true;
    m.d.store.putContainer(c);
    // A start under way (a restart policy's) is let end, so that its task is the one killed.
    await m.startSettled(c.Id);
    const now = m.get(c.Id);
    if (m.isRunning(now) && now.State.Status !== 'restarting') {
      const exited = m.waitExit(c, true);
      await m.d.cd.call('tasks.Kill', { containerId: c.Id, signal: 9, all: true }).catch(() => {});
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
  }
  const cd = m.d.cd;
  if (!opts.taskDeleted || m.isRunning(c)) await cd.call('tasks.Delete', { containerId: c.Id }).catch(() => {});
  await cd.call('containers.Delete', { id: c.Id }).catch((err) => (isCode(err, Code.NotFound) ? undefined : Promise.reject(err)));
  await cd.call('snapshots.Remove', { snapshotter: c.Snapshotter, key: c.Id }).catch(() => {});
  await releaseImages(cd, c.Id, m.dir(c.Id));
  m.d.store.deleteContainer(c.Id);
  m.live.delete(c.Id);
  await rm(m.dir(c.Id), { recursive: true, force: true });
  if (opts.volumes) await m.d.volumes.removeAnonymous(c.Mounts, (n) => m.volumeUsers(n));
  m.emit(c, 'destroy');
  await m.refreshHosts();
  m.removedNow(c.Id);
}
