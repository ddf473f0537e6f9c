// `tandem vm start`: boot the shared guest VM now and hold it up, so the day's first VM container
// finds it running instead of waiting for a boot (docs/bench-vm.md, "started ahead"). Starts a vmd
// when none answers, as a shim daemon does, with this process's environment (its TANDEM_VM_*
// settings).
import { setTimeout as sleep } from 'node:timers/promises';
import { Code, isCode } from '../../common/errdefs.js';
import { tandem } from '../../generated/protos.js';
import { vmSettings } from '../settings.js';
import { VMD } from './api.js';
import { VmdDialer } from './dial.js';
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
  const paths = vmdPaths(stateDir);
  const dialer = new VmdDialer({
    socket: paths.socket,
    spawn: () => spawnVmd(stateDir, env),
    stderrFile: paths.stderr,
    logFile: paths.log,
    timeoutMs: CONNECT_MS,
  });
  for (;;) {
    const conn = await dialer.connect();
    try {
      return pb.StartResponse.decode(await conn.call(VMD.name, 'Start', pb.StartRequest.encode({}).finish(), { timeoutMs: BOOT_MS }));
    } catch (err) {
      // A vmd on its way out (a `vm stop` just now) answers Aborted: wait for it to go, start anew.
      if (!isCode(err, Code.Aborted) || Date.now() > dialer.deadline) throw err;
    } finally {
      conn.close();
    }
    await sleep(100);
  }
}
