// One live holder per lock file: an O_EXCL file holding the holder's pid. Used by the shim
// daemon (one per containerd address and namespace) and by the VM daemon (one per state
// directory). The lock is taken over when its holder is gone: dead, a zombie, or (pid reused)
// a live process that does not answer on its socket although it took the lock more than
// LOCK_GRACE_MS ago.
import { constants, closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { createConnection } from 'node:net';
import { processAlive } from './process-alive.js';

const LOCK_GRACE_MS = 10_000;

/** True when we now hold the lock; false when a live holder answers (or just took it). */
export async function acquireLock(path: string, socket: string): Promise<boolean> {
  for (let i = 0; i < 3; i++) {
    try {
      const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
      try {
        writeSync(fd, String(process.pid));
      } catch (werr) {
        // A full disk: the file exists but names nobody. Leave no such lock behind.
        closeSync(fd);
        rmSync(path, { force: true });
        throw werr;
      }
      closeSync(fd);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder = 0;
      let age = Infinity;
      try {
        holder = Number(readFileSync(path, 'utf8') || 0);
        age = Date.now() - statSync(path).mtimeMs;
      } catch {}
      if (holder && holder !== process.pid && processAlive(holder) && (age < LOCK_GRACE_MS || (await answers(socket)))) return false;
      rmSync(path, { force: true });
    }
  }
  return false;
}

/**
 * Whether something accepts connections on the socket (a live holder listens there). A plain
 * connect is enough: the lock is about who owns the socket, not what it speaks, and the ground
 * floor must not import the ttrpc client.
 */
export function answers(socket: string, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection(socket);
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      sock.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}
