// The ends of a process's stdio one at a time (stdio.ts puts them together): what a stdout or
// stderr URI names (a FIFO, `file://`, `binary://`), an output FIFO's write end once the client's
// reader is there, the stdin FIFO's read end with a writer held until CloseIO, a log file, and a
// `binary://` logger. The FIFO rules are stdio.ts's header.
import { spawn, type ChildProcess } from 'node:child_process';
import { constants as fsc, promises as fsp, close as fsClose, open as fsOpen } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { canceled, failedPrecondition, invalidArgument } from '../common/errdefs.js';

const openFd = promisify(fsOpen) as (p: string, flags: number, mode?: number) => Promise<number>;
export const closeFd = (fd: number) => new Promise<void>((resolve) => fsClose(fd, () => resolve()));

export interface StdioContext {
  /**
   * Waits (bounded) until the client has read what is left in an output FIFO, given our own
   * reader of it; the process's exit is reported after. Absent: not waited for.
   */
  drained?: (readFd: number) => Promise<unknown>;
  id: string;
  namespace: string;
  /** Told when we wait for a client to open its end of an output FIFO. */
  log?: { debug(obj: object, msg: string): void };
  /** How long a client may take to open its output FIFO (default READER_WAIT_MS). */
  readerWaitMs?: number;
  /**
   * Aborted when the client that asked went away (containerd's connection closed): its reader
   * will not come, so the wait ends at once instead of after READER_WAIT_MS.
   */
  signal?: AbortSignal;
}

/** Generous: a client opens its FIFOs while it asks for the task, so this is only reached
 * when the client went away between creating the FIFOs and opening them. */
export const READER_WAIT_MS = 60_000;

export type Sink =
  { kind: 'none' } | { kind: 'fifo'; path: string } | { kind: 'file'; path: string } | { kind: 'binary'; path: string; args: string[] };

/** Parses one stdout/stderr string: '' = none, a bare path or fifo:// = FIFO, file://, binary://. */
export function parseSink(uri: string): Sink {
  if (uri === '') return { kind: 'none' };
  const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(uri);
  if (!m) return { kind: 'fifo', path: uri };
  const url = new URL(uri);
  const p = decodeURIComponent(url.pathname);
  if (!path.isAbsolute(p) || p === '/') throw invalidArgument(`log uri ${uri}: needs an absolute path`);
  switch (url.protocol) {
    case 'fifo:':
      return { kind: 'fifo', path: p };
    case 'file:':
      return { kind: 'file', path: p };
    case 'binary:': {
      // containerd passes each query pair as two arguments (the value only when non-empty).
      const args: string[] = [];
      for (const [k, v] of url.searchParams) args.push(...(v === '' ? [k] : [k, v]));
      return { kind: 'binary', path: p, args };
    }
    default:
      throw invalidArgument(`log uri ${uri}: unsupported scheme ${url.protocol.slice(0, -1)}`);
  }
}

export const errno = (err: unknown) => (err as NodeJS.ErrnoException).code;

/**
 * The write end of an output FIFO, once the client's reader is there. Usually it already is
 * (O_WRONLY|O_NONBLOCK succeeds at once); otherwise a blocking open waits for it off the event
 * loop, and is ended by opening a reader ourselves if the client has not come within the bound.
 */
export async function openFifoWriter(p: string, ctx?: StdioContext): Promise<number> {
  try {
    return await openFd(p, fsc.O_WRONLY | fsc.O_NONBLOCK);
  } catch (err) {
    if (errno(err) !== 'ENXIO') throw err;
  }
  const waitMs = ctx?.readerWaitMs ?? READER_WAIT_MS;
  const signal = ctx?.signal;
  if (signal?.aborted) throw clientGone(p);
  ctx?.log?.debug({ fifo: p }, 'waiting for the client to open its end of the output fifo');
  const opened = openFd(p, fsc.O_WRONLY);
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const ended = new Promise<'expired' | 'gone'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), waitMs);
    onAbort = () => resolve('gone');
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  const first = await Promise.race([opened, ended]).finally(() => {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  });
  if (typeof first === 'number') return first;
  // Release the blocked open (a reader of ours completes it), then give up on the client.
  const unblock = await openFd(p, fsc.O_RDONLY | fsc.O_NONBLOCK).catch(() => null);
  if (unblock !== null) {
    await opened.then(closeFd, () => {});
    await closeFd(unblock);
  } else {
    // The FIFO is gone from its path: the open completes (and is closed) only if a reader comes.
    void opened.then(closeFd, () => {});
  }
  if (first === 'gone') throw clientGone(p);
  throw failedPrecondition(
    `output fifo ${p}: no client opened it for reading within ${Math.round(waitMs / 1000)}s (the client must open its end when it creates the task)`,
  );
}

const clientGone = (p: string) =>
  canceled(`output fifo ${p}: the client went away before opening it (its connection closed); create the task again`);

/** A reader of our own on an output FIFO: the process never sees EPIPE when the client goes. */
export async function openKeepReader(p: string): Promise<number> {
  return openFd(p, fsc.O_RDONLY | fsc.O_NONBLOCK);
}

/** The read end of the stdin FIFO plus a writer held until CloseIO. */
export async function openFifoReader(p: string): Promise<{ read: number; heldWriter: number }> {
  const read = await openFd(p, fsc.O_RDONLY | fsc.O_NONBLOCK);
  try {
    return { read, heldWriter: await openFd(p, fsc.O_WRONLY | fsc.O_NONBLOCK) };
  } catch (err) {
    await closeFd(read);
    throw err;
  }
}

export async function openLogFile(p: string): Promise<number> {
  await fsp.mkdir(path.dirname(p), { recursive: true });
  return openFd(p, fsc.O_WRONLY | fsc.O_APPEND | fsc.O_CREAT, 0o640);
}

/** How long a `binary://` logger may take to signal ready: generous, a loaded host is slow. */
const LOGGER_READY_MS = 60_000;

/** A `binary://` logger: fd 3 = stdout, fd 4 = stderr (read ends), fd 5 = ready. */
export class LogBinary {
  private constructor(
    readonly child: ChildProcess,
    readonly stdout: net.Socket,
    readonly stderr: net.Socket,
    private readonly exit: Promise<void>,
  ) {}

  static async start(sink: Extract<Sink, { kind: 'binary' }>, ctx: StdioContext): Promise<LogBinary> {
    const child = spawn(sink.path, sink.args, {
      env: { ...process.env, CONTAINER_ID: ctx.id, CONTAINER_NAMESPACE: ctx.namespace },
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
    });
    const exit = new Promise<void>((resolve) => child.once('close', () => resolve()));
    const ready = (child.stdio as unknown as net.Socket[])[5];
    // Its stderr: the first KiB is kept for an error message, the rest read and dropped.
    let said = '';
    child.stderr?.on('data', (d: Buffer) => (said = (said + d.toString()).slice(0, 1024)));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`did not signal ready within ${LOGGER_READY_MS / 1000}s${said ? `; it said: ${said.trim()}` : ''}`)),
          LOGGER_READY_MS,
        );
        const done = (err?: Error) => (clearTimeout(timer), err ? reject(err) : resolve());
        child.once('error', done);
        ready.once('data', () => done());
        ready.once('end', () => done());
        ready.once('close', () => done());
      });
    } catch (err) {
      child.kill('SIGKILL');
      throw invalidArgument(`log binary ${sink.path}: ${(err as Error).message}`, err);
    }
    ready.destroy();
    return new LogBinary(child, child.stdio[3] as net.Socket, child.stdio[4] as net.Socket, exit);
  }

  /** Waits for the logger to drain and exit; kills it if it lingers. */
  async finish(): Promise<void> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await this.exit;
    clearTimeout(timer);
  }
}
