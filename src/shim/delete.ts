// The shim binary's `delete` action (runtime v2 binary contract, see containerd-protocols.md
// §2.5): idempotent, always prints a DeleteResponse. The daemon answers it when it runs (the C
// fast path asks it first); otherwise the bundle's recorded executor cleans up here.
import { containerd, tandem } from '../generated/protos.js';
import { TtrpcClient } from '../ttrpc/client.js';
import { timestamp } from './events.js';
import type { ShimFlags } from './flags.js';
import { daemonLogger } from '../common/log.js';
import { daemonPaths } from './paths.js';
import { MANAGER_SERVICE } from './task-rpc.js';
import { loadExecutor, recordedExecutor } from './dispatch.js';

async function tryConnect(socket: string, timeoutMs = 1000): Promise<TtrpcClient | undefined> {
  try {
    return await TtrpcClient.connect(socket, timeoutMs);
  } catch {
    return undefined;
  }
}

export async function del(flags: ShimFlags): Promise<void> {
  const bundle = flags.bundle || process.cwd();
  const paths = daemonPaths(flags.address, flags.namespace);
  const client = await tryConnect(paths.socket);
  let out: Uint8Array | undefined;
  if (client) {
    try {
      const req = tandem.shim.v1.DeleteRequest.encode({ id: flags.id, bundle }).finish();
      out = await client.call(MANAGER_SERVICE, 'Delete', req, { timeoutMs: 10_000 });
    } catch {
      out = undefined; // fall back to cleaning up ourselves
    } finally {
      client.close();
    }
  }
  if (!out) {
    const name = await recordedExecutor(bundle);
    if (name) {
      const log = daemonLogger(paths.log, flags.debug).child({ id: flags.id, action: 'delete' });
      await (await loadExecutor(name)).cleanup(bundle, log);
    }
    out = containerd.task.v2.DeleteResponse.encode({ exitStatus: 128 + 9, exitedAt: timestamp(new Date()) }).finish();
  }
  process.stdout.write(out);
}
