// Asking a state directory's VM daemon what runs and telling it to stop: for `tandem vm`,
// `tandem status` and `tandem down`. Nothing here starts a vmd.
import { existsSync } from 'node:fs';
import { tandem } from '../../generated/protos.js';
import { TtrpcClient } from '../../ttrpc/client.js';
import { processAlive } from '../../common/process-alive.js';
import { unavailable } from '../../common/errdefs.js';
import { vmdPaths } from './paths.js';

const pb = tandem.vmd.v1;
const SERVICE = 'tandem.vmd.v1.Vmd';

export type VmdStatus = tandem.vmd.v1.StatusResponse;

/** A connection to the vmd of stateDir, or undefined when none answers. */
async function connectVmd(stateDir: string): Promise<TtrpcClient | undefined> {
  const socket = vmdPaths(stateDir).socket;
  if (!existsSync(socket)) return undefined;
  return TtrpcClient.connect(socket).catch(() => undefined);
}

/** The vmd's view (its pid, the VM, attached clients), or undefined when no vmd runs. */
export async function vmdStatus(stateDir: string): Promise<VmdStatus | undefined> {
  const c = await connectVmd(stateDir);
  if (!c) return undefined;
  try {
    return pb.StatusResponse.decode(await c.call(SERVICE, 'Status', Buffer.alloc(0), { timeoutMs: 5000 }));
  } finally {
    c.close();
  }
}

/**
 * Stops the VM and its daemon and returns once the daemon is gone (true), or false when none
 * ran. Refused (FailedPrecondition) while VM containers run, unless `force` ends them too.
 */
export async function stopVmd(stateDir: string, force: boolean, timeoutMs = 30_000): Promise<boolean> {
  const c = await connectVmd(stateDir);
  if (!c) return false;
  let pid: number;
  try {
    pid = pb.StatusResponse.decode(await c.call(SERVICE, 'Status', Buffer.alloc(0), { timeoutMs: 5000 })).vmdPid;
    await c.call(SERVICE, 'Stop', pb.StopRequest.encode({ force }).finish(), { timeoutMs: 5000 });
  } finally {
    c.close();
  }
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (processAlive(pid)) throw unavailable(`the VM daemon (pid ${pid}) did not leave within ${timeoutMs / 1000} s`);
  return true;
}
