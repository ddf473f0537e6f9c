// After a restart of the endpoint: containers that were running are followed again (their FIFOs
// reopened, their native ports relayed again), or get the exit status containerd kept for them;
// restart policies pick up where they were, as dockerd's restore does at boot.
import { errorMessage } from '../../common/errdefs.js';
import { TaskStatus } from '../containerd.js';
import { openLog } from './log-config.js';
import { inGuest, type Containers } from './manager.js';
import { fixedPorts, wantedPorts } from './ports.js';
import { ProcessStdio } from './stdio.js';

export async function recoverContainers(m: Containers): Promise<void> {
  for (const c of m.d.store.containers()) {
    if (c.State.Status === 'restarting') {
      m.scheduleRestart(c);
      continue;
    }
    if (!m.isRunning(c)) {
      // Stopped by a shutdown (or a restart that failed): its policy starts it again, as
      // dockerd's restore does at boot.
      if (c.State.Status === 'exited' && !c.HostConfig.AutoRemove && m.restartWanted(c))
        m.run(c).catch((err) => m.d.log.warn({ id: c.Id, err: errorMessage(err) }, 'start at recovery failed'));
      continue;
    }
    const task = await m.d.cd.call('tasks.Get', { containerId: c.Id }).catch(() => undefined);
    const p = task?.process;
    const io = await ProcessStdio.open(m.initFifos(c)).catch(() => undefined);
    if (!io) continue;
    m.liveOf(c.Id).connect(io, openLog(m.logPath(c.Id), c.HostConfig.LogConfig, m.logFailed(c.Id)));
    if (p && p.status !== TaskStatus.STOPPED) {
      m.liveOf(c.Id).running();
      if (!inGuest(c)) {
        // A record from before ports were chosen at start has only fixed ones.
        c.Ports ??= fixedPorts(wantedPorts(c.HostConfig, c.Config));
        await m.forwards
          .start(c.Id, c.Ports)
          .catch((err) => m.d.log.warn({ id: c.Id, err: errorMessage(err) }, 'published port not forwarded again'));
      }
      if (p.status === TaskStatus.PAUSED && c.State.Status !== 'paused') {
        c.State.Status = 'paused';
        m.d.store.putContainer(c);
      }
      m.watch(c.Id, io);
    } else {
      const at = p?.exitedAt?.seconds ? new Date(Number(p.exitedAt.seconds) * 1000) : new Date();
      await m.exited(c.Id, io, p ? (p.exitStatus ?? 0) : 255, at);
    }
  }
}
