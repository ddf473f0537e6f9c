// One live holder per lock file: a file holding the holder's pid. Used by the shim daemon (one
// per containerd address and namespace) and by the VM daemon (one per state directory). The
// lock is taken over when its holder is gone: dead, a zombie, or (pid reused) a live process
// that does not answer on its socket although it took the lock more than LOCK_GRACE_MS ago.
//
// Racing processes never both win. The file appears already holding its pid (written to a
// private file, then link()ed into place, which fails when the lock exists). A stale lock is
// removed only by whoever holds `<lock>.break` (taken the same way) and only if it still names
// the holder found stale: while the stale file is there nobody can create the lock, so the
// check and the removal cannot be overtaken (renaming it aside could: a third process created
// the lock in the gap, and two won).
import { closeSync, linkSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { createConnection, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { processAlive } from './process-alive.js';

const LOCK_GRACE_MS = 10_000;
/** Rounds before giving up; a round that finds another process breaking the lock waits 20 ms. */
const ROUNDS = 100;

/** True when we now hold the lock; false when a live holder answers (or just took it). */
export async function acquireLock(path: string, socket: string): Promise<boolean> {
  for (let i = 0; i < ROUNDS; i++) {
    if (create(path)) return true;
    const holder = readPid(path);
    if (holder === undefined) continue; // gone between the two looks: try again
    if (holder === process.pid) return true;
    let age = Infinity;
    try {
      age = Date.now() - statSync(path).mtimeMs;
    } catch {
      continue;
    }
    if (holder && processAlive(holder) && (age < LOCK_GRACE_MS || (await answers(socket)))) return false;
    if (!breakStale(path, holder)) await sleep(20);
  }
  return false;
}

/**
 * acquireLock, waiting while a holder on its way out still has the lock (it stopped answering on
 * its socket first and lets go soon). False when a live holder answers on the socket, or the lock
 * stays taken for `waitMs`.
 */
export async function acquireLockWaiting(path: string, socket: string, waitMs: number, pollMs: number): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  while (!(await acquireLock(path, socket))) {
    if ((await answers(socket)) || Date.now() > deadline) return false;
    await sleep(pollMs);
  }
  return true;
}

/**
 * Lets go of a lock we hold. Not one another process took over meanwhile: a holder on its way out
 * that stopped answering can have its lock broken by the next daemon (acquireLock), and removing
 * that one's lock would let a third start beside it.
 */
export function releaseLock(path: string): void {
  if (readPid(path) === process.pid) rmSync(path, { force: true });
}

/** The pid in a lock file (0 when unreadable as one), or undefined when there is no file. */
function readPid(path: string): number | undefined {
  try {
    return Number(readFileSync(path, 'utf8')) || 0;
  } catch {
    return undefined;
  }
}

/**
 * Removes the lock if it still names `stale`, holding the break lock meanwhile; false when
 * another process is breaking it (a break lock whose holder died is cleared for the next round).
 */
function breakStale(path: string, stale: number): boolean {
  const brk = `${path}.break`;
  if (!create(brk)) {
    const breaker = readPid(brk);
    if (breaker !== undefined && (!breaker || !processAlive(breaker))) rmSync(brk, { force: true });
    return false;
  }
  try {
    if (readPid(path) === stale) rmSync(path, { force: true });
  } finally {
    rmSync(brk, { force: true });
  }
  return true;
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

/**
 * Whether something accepts connections on the socket (a live holder listens there). A plain
 * connect is enough: the lock is about who owns the socket, not what it speaks, and the ground
 * floor must not import the ttrpc client.
 */
export function answers(socket: string, timeoutMs = 1000): Promise<boolean> {
  return probeSocket(socket, timeoutMs, (_sock, done) => done(true));
}

/**
 * Connects to `socket` and resolves with what `onConnect` says through `done` (once), or false
 * when the connection fails, closes first, or `timeoutMs` passes; the socket is destroyed after.
 */
export function probeSocket(
  socket: string,
  timeoutMs: number,
  onConnect: (sock: Socket, done: (ok: boolean) => void) => void,
): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection(socket);
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      sock.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    sock.once('connect', () => onConnect(sock, done));
    sock.once('error', () => done(false));
    sock.once('close', () => done(false));
  });
}
