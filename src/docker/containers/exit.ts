// A container's end as the endpoint records it: its task followed until it exits (across
// containerd restarts), then the exit written down as dockerd's handleContainerExit does (ports
// closed, task deleted, output drained, the state, the network and volume events, `die`, --rm,
// the restart policy), and containerd's OOM report for it (oom-watch.ts).
import { Code, errorMessage, isCode } from '../../common/errdefs.js';
import type { Containers } from './manager.js';
import type { ProcessStdio } from './stdio.js';

export function watchExit(m: Containers, id: string, io: ProcessStdio): void {
  void (async () => {
    let status = 255;
    let at = new Date();
    for (let delay = 250; ; delay = Math.min(delay * 2, 5000)) {
      try {
        const r = await m.d.cd.call('tasks.Wait', { containerId: id }, { timeoutMs: 0 });
        status = r.exitStatus ?? 0;
        if (r.exitedAt?.seconds) at = new Date(Number(r.exitedAt.seconds) * 1000 + Math.floor((r.exitedAt.nanos ?? 0) / 1e6));
        break;
      } catch (err) {
        if (isCode(err, Code.NotFound)) break;
        m.d.log.debug({ id, err: errorMessage(err) }, 'task wait interrupted; retrying');
        await new Promise((r) => setTimeout(r, delay));
      }
    }
    await recordExit(m, id, io, status, at);
  })().catch((err) => m.d.log.error({ id, err: errorMessage(err) }, 'exit handling failed'));
}

/** State.OOMKilled and an `oom` event, as dockerd records containerd's /tasks/oom. */
export function recordOom(m: Containers, id: string): void {
  const c = m.d.store.container(id);
  if (!c) return;
  c.State = { ...c.State, OOMKilled: true };
  m.d.store.putContainer(c);
  m.emit(c, 'oom');
}

export async function recordExit(m: Containers, id: string, io: ProcessStdio, status: number, at: Date): Promise<void> {
  await m.forwards.stop(id);
  const taskDeleted = await m.d.cd.call('tasks.Delete', { containerId: id }).then(
    () => true,
    (err) => isCode(err, Code.NotFound),
  );
  // The shim has let go of the FIFOs: what is left in them arrives, then EOF.
  await Promise.race([io.done, new Promise((r) => setTimeout(r, 5000))]);
  io.destroy();
  const live = m.liveOf(id);
  live.finish();
  const c = m.d.store.containers().find((x) => x.Id === id);
  if (!c) return live.exited();
  c.State = { ...c.State, Status: 'exited', Pid: 0, ExitCode: status, FinishedAt: at.toISOString() };
  c.Ports = undefined;
  // A container its restart policy brings back is `restarting` during the back-off, as in dockerd.
  const again = !c.HostConfig.AutoRemove && m.restartWanted(c);
  if (again) c.State.Status = 'restarting';
  m.d.store.putContainer(c);
  // The release dockerd's Cleanup logs before `die`: the networks left, then the volumes.
  m.d.networks.announce(c, 'disconnect');
  m.d.volumes.announce(c, 'unmount');
  // dockerd's attributes: the exit code and how long it ran, in whole seconds.
  const ran = Math.max(0, Math.floor((at.getTime() - Date.parse(c.State.StartedAt)) / 1000)) || 0;
  m.emit(c, 'die', { exitCode: String(status), execDuration: String(ran) });
  live.exited();
  if (c.HostConfig.AutoRemove) {
    // --rm takes the container's anonymous volumes with it, as in dockerd.
    await m
      .remove(id, { force: true, volumes: true, taskDeleted })
      .catch((err) => m.d.log.warn({ id, err: errorMessage(err) }, 'auto-remove failed'));
    return;
  }
  if (again) m.scheduleRestart(c);
}
