// One live holder per lock file: a file holding the holder's pid. Used by the shim daemon (one
// per containerd address and namespace) and by the VM daemon (one per state directory). The
// lock is taken over when its holder is gone: dead, a zombie, or (pid reused) a live process
// that does not answer on its socket although it took the lock more than LOCK_GRACE_MS ago.
//
// Both steps are atomic, so two processes racing never both win: the file appears already
// holding its pid (written to a private file, then link()ed into place, which fails when the
// lock exists), and a stale lock is renamed away before it is removed, so whoever renamed
// something else (a lock taken meanwhile) sees another pid in it and puts it back.
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { createConnection } from 'node:net';
import { processAlive } from './process-alive.js';

const LOCK_GRACE_MS = 10_000;

/** True when we now hold the lock; false when a live holder answers (or just took it). */
export async function acquireLock(path: string, socket: string): Promise<boolean> {
  for (let i = 0; i < 3; i++) {
    if (create(path)) return true;
    let holder = 0;
    let age = Infinity;
    try {
      holder = Number(readFileSync(path, 'utf8') || 0);
      age = Date.now() - statSync(path).mtimeMs;
    } catch {
      continue; // gone between the two looks: try again
    }
    if (holder === process.pid) return true;
    if (holder && processAlive(holder) && (age < LOCK_GRACE_MS || (await answers(socket)))) return false;
    if (!removeStale(path, holder)) return false;
  }
  return false;
}

/** Creates the lock holding our pid, or false when it exists. */
function create(path: string): boolean {
  const mine = `${path}.${process.pid}.new`;
  try {
    const fd = openSync(mine, 'w', 0o600);
    try {
      writeSync(fd, String(process.pid));
    } finally {
      closeSync(fd);
    }
    linkSync(mine, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return false;
  } finally {
    rmSync(mine, { force: true }); // also on a full disk: no half-written file is left behind
  }
}

/** Removes the lock if it still names `stale`; false when it named someone else (kept). */
function removeStale(path: string, stale: number): boolean {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return true; // someone else removed it first: compete for it again
  }
  let found = 0;
  try {
    found = Number(readFileSync(aside, 'utf8') || 0);
  } catch {}
  if (found !== stale) {
    // A lock taken since we looked: put it back (link fails if yet another took its place).
    try {
      linkSync(aside, path);
    } catch {}
    rmSync(aside, { force: true });
    return false;
  }
  rmSync(aside, { force: true });
  return true;
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
