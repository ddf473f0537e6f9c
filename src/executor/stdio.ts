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
import { close as fsClose, createWriteStream } from 'node:fs';
import net from 'node:net';
import type { Readable, Stream, Writable } from 'node:stream';
import { failedPrecondition, invalidArgument } from '../common/errdefs.js';
import type { StdioConfig } from './executor.js';
import {
  LogBinary,
  closeFd,
  errno,
  openFifoReader,
  openFifoWriter,
  openKeepReader,
  openLogFile,
  parseSink,
  type StdioContext,
} from './sinks.js';

export { READER_WAIT_MS, openFifoReader, openFifoWriter, parseSink, type StdioContext } from './sinks.js';

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
