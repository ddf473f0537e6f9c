// `docker kill` and `docker stop` as dockerd does them: a signal (each one a `kill` event), for
// a stop SIGKILL after its timeout, a restarting container's restart called off, and
// StoppedByUser set so no restart policy brings it back.
import { HttpError, notModified } from '../api.js';
import type { Containers } from './manager.js';
import { signalNumber } from './signals.js';
import type { ContainerRecord } from './types.js';

export async function killContainer(m: Containers, ref: string, signal: string | undefined): Promise<void> {
  const c = m.get(ref);
  if (!m.isRunning(c)) throw new HttpError(409, `Cannot kill container: ${ref}: Container ${c.Id} is not running`);
  if (c.State.Status === 'restarting')
    throw new HttpError(409, `Cannot kill container: ${ref}: Container ${c.Id} is restarting, wait until the container is running`);
  const sig = signalNumber(signal || 'SIGKILL');
  if (sig === 9 || sig === 15) c.StoppedByUser = true;
  m.d.store.putContainer(c);
  await m.d.cd.call('tasks.Kill', { containerId: c.Id, signal: sig, all: sig === 9 });
  m.emit(c, 'kill', { signal: String(sig) });
}

export async function stopContainer(m: Containers, ref: string, t: number | undefined, signal?: string): Promise<void> {
  const c = m.get(ref);
  if (!m.isRunning(c)) throw notModified();
  c.StoppedByUser = true;
  m.d.store.putContainer(c);
  if (c.State.Status === 'restarting') {
    // Between two runs the restart is called off (scheduleRestart sees StoppedByUser); a start
    // already under way is waited for and what it started is stopped, as dockerd cancels it.
    await m.startSettled(c.Id);
    const now = m.get(c.Id);
    if (now.State.Status === 'restarting') {
      now.State.Status = 'exited';
      m.d.store.putContainer(now);
    } else if (m.isRunning(now)) await haltContainer(m, now, t, signal);
    m.emit(now, 'stop');
    return;
  }
  await haltContainer(m, c, t, signal);
  m.emit(c, 'stop');
}

/** Signals a running container to stop and resolves once its exit is recorded. */
export async function haltContainer(m: Containers, c: ContainerRecord, t: number | undefined, signal?: string): Promise<void> {
  const exited = m.waitExit(c, true);
  if (c.State.Status === 'paused') await m.d.cd.call('tasks.Resume', { containerId: c.Id }).catch(() => {});
  const timeout = t ?? c.Config.StopTimeout ?? 10;
  const sig = signalNumber(signal || c.Config.StopSignal || 'SIGTERM');
  // Each signal a stop sends is a `kill` event, as dockerd's killWithSignal logs it.
  await m.d.cd.call('tasks.Kill', { containerId: c.Id, signal: sig }).then(
    () => m.emit(c, 'kill', { signal: String(sig) }),
    () => {},
  );
  const inTime = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), Math.max(0, timeout) * 1000)),
  ]);
  if (!inTime) {
    await m.d.cd.call('tasks.Kill', { containerId: c.Id, signal: 9, all: true }).then(
      () => m.emit(c, 'kill', { signal: '9' }),
      () => {},
    );
    await exited;
  }
}
