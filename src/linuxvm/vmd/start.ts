// `tandem vm start`: boot the shared guest VM now and hold it up, so the day's first VM container
// finds it running instead of waiting for a boot (docs/bench-vm.md, "started ahead"). Starts a vmd
// when none answers, as a shim daemon does, with this process's environment (its TANDEM_VM_*
// settings).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Code, failedPrecondition, isCode, unavailable } from '../../common/errdefs.js';
import { tandem } from '../../generated/protos.js';
import type { TtrpcClient } from '../../ttrpc/client.js';
import { vmSettings } from '../settings.js';
import { VMD } from './api.js';
import { connectVmd } from './control.js';
import { spawnVmd, vmdPaths } from './paths.js';

const pb = tandem.vmd.v1;

/** For a spawned vmd to listen (it loads its code first). */
const CONNECT_MS = 30_000;
/** For the boot itself: a missing guest image is built first, which takes minutes. */
const BOOT_MS = 15 * 60_000;

/**
 * Boots (or finds) the VM of stateDir and has its vmd hold it up until `tandem vm stop`. A vmd
 * started here gets this process's environment (its TANDEM_VM_* settings).
 */
export async function startVm(stateDir: string): Promise<tandem.vmd.v1.StartResponse> {
  const env = { ...process.env, TANDEM_STATE_DIR: stateDir };
  vmSettings(env); // a bad TANDEM_VM_* setting is this command's error, not a vmd that dies unseen
  const deadline = Date.now() + CONNECT_MS;
  for (;;) {
    const conn = await connectOrSpawn(stateDir, env, deadline);
    try {
      return pb.StartResponse.decode(await conn.call(VMD.name, 'Start', pb.StartRequest.encode({}).finish(), { timeoutMs: BOOT_MS }));
    } catch (err) {
      // A vmd on its way out (a `vm stop` just now) answers Aborted: wait for it to go, start anew.
      if (!isCode(err, Code.Aborted) || Date.now() > deadline) throw err;
    } finally {
      conn.close();
    }
    await sleep(100);
  }
}

/** A connection to the vmd of stateDir, starting one when none answers. */
async function connectOrSpawn(stateDir: string, env: NodeJS.ProcessEnv, deadline: number): Promise<TtrpcClient> {
  const paths = vmdPaths(stateDir);
  let exited: number | null | undefined;
  let spawned = false;
  for (;;) {
    const failed = exited !== undefined && exited !== 0;
    const conn = await connectVmd(stateDir);
    if (conn) return conn;
    if (failed) throw failedPrecondition(`the VM daemon exited (status ${exited}) before it served: ${lastLine(paths.dir)}`);
    if (Date.now() > deadline)
      throw unavailable(`the VM daemon did not answer on ${paths.socket} within ${CONNECT_MS / 1000} s (its log: ${paths.log})`);
    // A vmd that stepped aside (status 0: another held the lock, e.g. one still leaving) is
    // started again once the socket is gone; one that failed is reported with its last words.
    if (exited === 0) [spawned, exited] = [false, undefined];
    if (!spawned && !existsSync(paths.socket)) {
      spawned = true;
      spawnVmd(stateDir, env).once('exit', (code) => (exited = code));
    }
    await sleep(50);
  }
}

/** The last line the vmd wrote to its stderr (where a start-up failure is). */
function lastLine(dir: string): string {
  try {
    const lines = readFileSync(join(dir, 'vmd.stderr'), 'utf8').trim().split('\n');
    return lines[lines.length - 1] || 'no message (see vmd.stderr)';
  } catch {
    return 'no message (see vmd.stderr)';
  }
}
