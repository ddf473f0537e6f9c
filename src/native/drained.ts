// A native process's exit waits until its client has read the output it left in a FIFO: the
// client (containerd's, ctr) drops output it had not started reading when it learns of the exit
// (native/tandem-drained.c says how). Bounded: a client that went away never reads it.
import { spawn } from 'node:child_process';
import { nativeHelper } from '../common/native-helper.js';

/**
 * How long the exit waits for the client to read what is left (then it is reported anyway). The
 * client only has to be scheduled to come back from its open; a client that went away costs this
 * much per exit, and a task that looks alive this much longer (a force-delete waits it out).
 */
export const DRAIN_WAIT_MS = 500;

/** Resolves once the pipe behind `readFd` is empty, or at the bound (false then). */
export function fifoDrained(readFd: number, ms = DRAIN_WAIT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const c = spawn(nativeHelper('tandem-drained'), [String(ms)], { stdio: [readFd, 'ignore', 'ignore'] });
    c.once('error', () => resolve(false));
    c.once('exit', (code) => resolve(code === 0));
  });
}
