// The shim binary's `start` and `delete` actions (runtime v2 binary contract, see
// containerd-protocols.md §2.3 and §2.5). `start` prints only the daemon's unix:// address,
// starting the daemon detached when none answers; `delete` is idempotent and always prints a
// DeleteResponse.
import { spawn } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { containerd, tandem } from '../generated/protos.js';
import { TtrpcClient } from '../ttrpc/client.js';
import { unavailable } from '../common/errdefs.js';
import { timestamp } from './events.js';
import { toArgv, type ShimFlags } from './flags.js';
import { daemonLogger } from '../common/log.js';
import { daemonPaths } from './paths.js';
import { MANAGER_SERVICE } from './task-rpc.js';
import { loadExecutor, recordedExecutor } from './dispatch.js';

const START_DEADLINE_MS = 10_000;
/**
 * The daemon is mostly idle and holds little data: a small young generation keeps its resident
 * memory low, and so does running V8's few background jobs on the main thread (one daemon
 * serves many containers; see docs/bench-shim.md).
 */
const DAEMON_NODE_FLAGS = ['--max-semi-space-size=1', '--v8-pool-size=0'];

async function tryConnect(socket: string, timeoutMs = 1000): Promise<TtrpcClient | undefined> {
  try {
    return await TtrpcClient.connect(socket, timeoutMs);
  } catch {
    return undefined;
  }
}

export async function start(flags: ShimFlags, entry: string): Promise<void> {
  const paths = daemonPaths(flags.address, flags.namespace);
  let client = await tryConnect(paths.socket);
  if (!client) {
    const child = spawn(process.execPath, [...DAEMON_NODE_FLAGS, entry, ...toArgv(flags), 'serve'], {
      detached: true,
      stdio: 'ignore',
      cwd: '/',
    });
    let died = false;
    child.once('exit', () => (died = true));
    child.unref();
    const deadline = Date.now() + START_DEADLINE_MS;
    while (!client) {
      await new Promise((r) => setTimeout(r, 10));
      client = await tryConnect(paths.socket, 500);
      if (!client && (died || Date.now() > deadline)) {
        // A racing `start` may have won the lock; its daemon answers soon.
        if (Date.now() > deadline) throw unavailable(`shim daemon did not come up on ${paths.socket} (see ${paths.log})`);
      }
    }
  }
  client.close();
  const address = `unix://${paths.socket}`;
  const bundle = flags.bundle || process.cwd();
  const tmp = join(bundle, `.address.${process.pid}`);
  writeFileSync(tmp, address);
  renameSync(tmp, join(bundle, 'address'));
  process.stdout.write(address);
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
