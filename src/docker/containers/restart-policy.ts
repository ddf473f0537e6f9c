// A container's restart policy (`--restart`), as dockerd's restartmanager reads it: whether an
// exit brings the container back, and after how long.
import type { ContainerRecord } from './types.js';

/** `always` and `unless-stopped` unless the user stopped it; `on-failure[:N]` for a non-zero exit, at most N times. */
export function policyRestarts(c: ContainerRecord): boolean {
  const p = c.HostConfig.RestartPolicy ?? {};
  const name = p.Name ?? 'no';
  if (c.StoppedByUser) return false;
  if (name === 'always' || name === 'unless-stopped') return true;
  return name === 'on-failure' && c.State.ExitCode !== 0 && (!p.MaximumRetryCount || c.RestartCount < p.MaximumRetryCount);
}

/** The back-off before the next run: 100 ms, doubled with each restart, at most a minute. */
export function restartDelayMs(restartCount: number): number {
  return Math.min(100 * 2 ** restartCount, 60_000);
}
