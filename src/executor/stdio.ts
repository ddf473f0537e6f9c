// The client's stdio (containerd FIFOs, `file://` and `binary://` log URIs) for one process,
// opened without ever blocking the event loop. Executor-neutral, in two shapes:
//  - DirectStdio: file descriptors handed straight to a local child (zero copy: the child
//    writes into the client's FIFO itself). Used by the native executor without a terminal.
//  - StreamStdio: Node streams for a copying path (a pty, or a process inside the guest VM).
//
// FIFO rules (see containerd-protocols.md §5): the client opens its ends concurrently with
// Create, so stdout/stderr are opened O_WRONLY|O_NONBLOCK and, when its reader is not there
// yet (ENXIO), we wait for it as containerd's runc shim does: a process that wrote and exited
// before the client's reader arrived would otherwise lose its output with the last fd. Each
// output FIFO also gets a reader of our own, held while the process may write, so a client
// that goes away (SIGKILLed `ctr run`) does not kill the container with SIGPIPE: its writes
// block once the FIFO is full, as under runc, until it is killed or a client reads again.
// stdin is opened O_RDONLY|O_NONBLOCK plus a writer we hold so the process cannot see EOF
// before the client's writer arrives; CloseIO drops that writer. Whoever receives a FIFO fd
// as a child must clear O_NONBLOCK (tandem-enter does).
import { spawn, type ChildProcess } from 'node:child_process';
import { constants as fsc, promises as fsp, close as fsClose, open as fsOpen, createWriteStream } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Readable, Stream, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { canceled, failedPrecondition, invalidArgument } from '../common/errdefs.js';
import type { StdioConfig } from './executor.js';

const openFd = promisify(fsOpen) as (p: string, flags: number, mode?: number) => Promise<number>;
const closeFd = (fd: number) => new Promise<void>((resolve) => fsClose(fd, () => resolve()));

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

/** What a child gets in one stdio slot (as `child_process.spawn` accepts it). */
export type ChildFd = number | 'ignore' | Stream;

export interface DirectStdio {
  readonly child: [ChildFd, ChildFd, ChildFd];
  /** Drops the parent's copies of what only the child needs; call right after spawn. */
  spawned(): void;
  /** CloseIO: the process sees EOF once the client's writer is gone too. */
  closeStdin(): void;
  /** After the process is gone: releases everything (waits for a log binary to finish). */
  close(): Promise<void>;
}

export interface StreamStdio {
  readonly stdin: Readable | null;
  readonly stdout: Writable | null;
  /** The same object as stdout for `file://` and `binary://` when both share one sink. */
  readonly stderr: Writable | null;
  closeStdin(): void;
  /** Ends the writers once everything written has been flushed; releases everything. */
  close(): Promise<void>;
}

type Sink =
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

const errno = (err: unknown) => (err as NodeJS.ErrnoException).code;

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
async function openKeepReader(p: string): Promise<number> {
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

async function openLogFile(p: string): Promise<number> {
  await fsp.mkdir(path.dirname(p), { recursive: true });
  return openFd(p, fsc.O_WRONLY | fsc.O_APPEND | fsc.O_CREAT, 0o640);
}

/** How long a `binary://` logger may take to signal ready: generous, a loaded host is slow. */
const LOGGER_READY_MS = 60_000;

/** A `binary://` logger: fd 3 = stdout, fd 4 = stderr (read ends), fd 5 = ready. */
class LogBinary {
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

const socketFor = (fd: number, readable: boolean) => new net.Socket({ fd, readable, writable: !readable });

interface RawStdio {
  child: [ChildFd, ChildFd, ChildFd];
  /** fds we opened that the consumer now owns (closed after spawn, or wrapped in streams) */
  owned: number[];
  heldWriter: number | null;
  logger: LogBinary | null;
  /** Output FIFOs the process writes to (for the readers a DirectStdio holds). */
  fifos: string[];
}

async function openRaw(cfg: StdioConfig, ctx: StdioContext): Promise<RawStdio> {
  const raw: RawStdio = { child: ['ignore', 'ignore', 'ignore'], owned: [], heldWriter: null, logger: null, fifos: [] };
  const { child, owned } = raw;
  try {
    if (cfg.stdin) {
      const r = await openFifoReader(cfg.stdin);
      owned.push((child[0] = r.read));
      raw.heldWriter = r.heldWriter;
    }
    const out = parseSink(cfg.stdout);
    if (out.kind === 'file') {
      owned.push((child[1] = child[2] = await openLogFile(out.path)));
    } else if (out.kind === 'binary') {
      raw.logger = await LogBinary.start(out, ctx);
      child[1] = raw.logger.stdout;
      child[2] = raw.logger.stderr;
    } else {
      if (out.kind === 'fifo') owned.push((child[1] = await openFifoWriter(out.path, ctx)));
      // With a terminal, stdout carries both streams: containerd's client still sends a stderr
      // path then, but creates no FIFO there (runc's shim ignores it too).
      const err = cfg.terminal ? ({ kind: 'none' } as const) : parseSink(cfg.stderr);
      if (err.kind === 'fifo') owned.push((child[2] = await openFifoWriter(err.path, ctx)));
      else if (err.kind !== 'none') throw invalidArgument(`stderr ${cfg.stderr}: a log uri must be given as stdout`);
      raw.fifos = [out, err].flatMap((s) => (s.kind === 'fifo' ? [s.path] : []));
    }
  } catch (err) {
    await releaseRaw(raw);
    // A client that went away removes its FIFOs: say so instead of a bare ENOENT (log files and
    // binaries keep their own errors).
    const p = (err as NodeJS.ErrnoException).path;
    if (errno(err) === 'ENOENT' && p && [cfg.stdin, cfg.stdout, cfg.stderr].includes(p))
      throw failedPrecondition(`fifo ${p} does not exist: the client removed it or never created it`, err);
    throw err;
  }
  return raw;
}

async function releaseRaw(raw: RawStdio): Promise<void> {
  for (const fd of raw.owned.splice(0)) await closeFd(fd);
  if (raw.heldWriter !== null) await closeFd(raw.heldWriter);
  raw.heldWriter = null;
  raw.logger?.child.kill('SIGKILL');
}

/** Opens stdio for a local child that receives the fds themselves (zero copy). */
export async function openDirectStdio(cfg: StdioConfig, ctx: StdioContext): Promise<DirectStdio> {
  const raw = await openRaw(cfg, ctx);
  // The process writes straight into the client's FIFO (no copy); our own reader on it, held
  // until the process is gone, is what keeps a vanished client from killing it with SIGPIPE.
  const keepReaders: number[] = [];
  try {
    for (const p of raw.fifos) keepReaders.push(await openKeepReader(p));
  } catch (err) {
    for (const fd of keepReaders) await closeFd(fd);
    await releaseRaw(raw);
    throw err;
  }
  const dropParentCopies = () => {
    for (const fd of raw.owned.splice(0)) fsClose(fd, () => {});
    raw.logger?.stdout.destroy();
    raw.logger?.stderr.destroy();
  };
  const closeStdin = () => {
    if (raw.heldWriter !== null) fsClose(raw.heldWriter, () => {});
    raw.heldWriter = null;
  };
  return {
    child: raw.child,
    spawned: dropParentCopies,
    closeStdin,
    async close() {
      dropParentCopies();
      closeStdin();
      // The process is gone: its output is complete once the client has read it (drained.ts).
      await Promise.all(keepReaders.map((fd) => ctx.drained?.(fd)));
      for (const fd of keepReaders.splice(0)) await closeFd(fd);
      await raw.logger?.finish();
    },
  };
}

function endWritable(w: Writable): Promise<void> {
  if (w.writableFinished || w.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    w.once('close', () => resolve());
    w.once('error', () => resolve());
    w.end();
  });
}

/** Opens stdio as streams for a copying path (pty, guest VM). */
export async function openStreamStdio(cfg: StdioConfig, ctx: StdioContext): Promise<StreamStdio> {
  const raw = await openRaw(cfg, ctx);
  const [c0, c1, c2] = raw.child;
  // The streams own the fds from here on (libuv pipes: non-blocking, off the event loop).
  raw.owned = [];
  const stdin = typeof c0 === 'number' ? socketFor(c0, true) : null;
  const wrapOut = (c: ChildFd): Writable | null =>
    typeof c === 'number' ? socketFor(c, false) : c === 'ignore' ? null : (c as net.Socket);
  let stdout: Writable | null;
  let stderr: Writable | null;
  if (c1 === c2 && typeof c1 === 'number') {
    // file://: one append-mode file behind both streams.
    stdout = stderr = createWriteStream('', { fd: c1, autoClose: true });
  } else {
    stdout = wrapOut(c1);
    stderr = wrapOut(c2);
  }
  const closeStdin = () => {
    if (raw.heldWriter !== null) fsClose(raw.heldWriter, () => {});
    raw.heldWriter = null;
  };
  return {
    stdin,
    stdout,
    stderr,
    closeStdin,
    async close() {
      stdin?.destroy();
      closeStdin();
      const writers = [stdout, stderr].filter((w, i, a): w is Writable => !!w && a.indexOf(w) === i);
      await Promise.all(writers.map(endWritable));
      await raw.logger?.finish();
    },
  };
}
