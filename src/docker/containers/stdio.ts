// The client end of containerd's stdio for one process (a container's init or an exec): FIFOs
// in the container's directory that the shim opens, read and written here. Read ends are
// opened O_RDONLY|O_NONBLOCK before the task exists (a FIFO without a writer yet does not
// report EOF), the stdin FIFO O_RDWR (it cannot fail for want of a reader; closing it is the
// process's EOF once the shim drops its own writer on CloseIO). The endpoint can restart and
// reopen the same FIFOs while the shim still holds the other ends.
import { constants as fsc, existsSync, openSync, promises as fsp } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { mkfifos } from '../../common/fifo-pool.js';
import { drained } from '../../common/drained.js';

export type StreamId = 1 | 2;

/** Creates the FIFOs of `paths` that do not exist yet (see mkfifos). */
export function makeFifos(paths: FifoPaths): Promise<void> {
  return mkfifos([paths.stdin, paths.stdout, paths.stderr].filter((p) => p && !existsSync(p)));
}

/** Creates FIFOs (mode 0600) with one mkfifo(1) for all of them: node has no mkfifo. */
export { mkfifos };

export interface FifoPaths {
  stdin: string;
  stdout: string;
  stderr: string;
}

export function fifoPaths(dir: string, prefix: string, opts: { stdin: boolean; tty: boolean }): FifoPaths {
  return {
    stdin: opts.stdin ? join(dir, `${prefix}-stdin`) : '',
    stdout: join(dir, `${prefix}-stdout`),
    stderr: opts.tty ? '' : join(dir, `${prefix}-stderr`),
  };
}

export class ProcessStdio {
  private readonly readers: net.Socket[] = [];
  private stdin?: net.Socket;
  private stdinClosing = false;
  private outputListeners: ((stream: StreamId, chunk: Buffer) => void)[] = [];
  /** Resolves once every output FIFO reached EOF (the process and the shim let go). */
  readonly done: Promise<void>;
  private markDone!: () => void;

  private constructor(readonly paths: FifoPaths) {
    this.done = new Promise((r) => (this.markDone = r));
  }

  /** Creates the FIFOs (if missing) and opens our ends. */
  static async open(paths: FifoPaths): Promise<ProcessStdio> {
    const io = new ProcessStdio(paths);
    try {
      await makeFifos(paths);
      let open = 0;
      for (const [p, id] of [
        [paths.stdout, 1],
        [paths.stderr, 2],
      ] as const) {
        if (!p) continue;
        // A plain fd (a FileHandle closes its fd when collected: the socket owns it). With
        // O_NONBLOCK opening a FIFO returns at once: no trip through libuv's thread pool.
        const s = new net.Socket({ fd: openSync(p, fsc.O_RDONLY | fsc.O_NONBLOCK), readable: true, writable: false });
        open++;
        s.on('data', (chunk: Buffer) => {
          for (const l of io.outputListeners) l(id, chunk);
        });
        s.on('error', () => {});
        s.on('close', () => {
          if (--open === 0) io.markDone();
        });
        io.readers.push(s);
      }
      if (paths.stdin) {
        io.stdin = new net.Socket({ fd: openSync(paths.stdin, fsc.O_RDWR | fsc.O_NONBLOCK), readable: false, writable: true });
        io.stdin.on('error', () => {});
      }
      if (open === 0) io.markDone();
    } catch (err) {
      io.destroy();
      throw err;
    }
    return io;
  }

  onOutput(fn: (stream: StreamId, chunk: Buffer) => void): () => void {
    this.outputListeners.push(fn);
    return () => (this.outputListeners = this.outputListeners.filter((l) => l !== fn));
  }

  /** Into the stdin FIFO; false once it is full: the caller waits for stdinDrained() before more. */
  writeStdin(chunk: Buffer): boolean {
    return this.stdin && !this.stdinClosing ? this.stdin.write(chunk) : true;
  }

  /** Resolves once the stdin FIFO takes writes again, or is gone. */
  stdinDrained(): Promise<void> {
    const s = this.stdin;
    if (!s || s.destroyed || !s.writableNeedDrain) return Promise.resolve();
    return drained(s);
  }

  /**
   * Our writer of the stdin FIFO goes once what we queued is in the FIFO; the caller then asks
   * containerd to CloseIO, as dockerd and ctr do once their copy is done. A shim that relays
   * stdin (the VM's) takes CloseIO as the end of what it is to read: asked while our bytes
   * were still queued here, it cut the process's stdin short.
   */
  closeStdin(): Promise<void> {
    const s = this.stdin;
    if (!s || s.destroyed || this.stdinClosing) return Promise.resolve();
    this.stdinClosing = true;
    return new Promise((resolve) => {
      s.once('finish', () => resolve());
      s.once('close', () => resolve());
      s.end();
    });
  }

  /** Closes everything now (what is still buffered in the FIFOs is dropped). */
  destroy(): void {
    for (const r of this.readers) r.destroy();
    this.stdin?.destroy();
    this.markDone();
  }

  /** Removes the FIFOs. */
  async remove(): Promise<void> {
    for (const p of [this.paths.stdin, this.paths.stdout, this.paths.stderr]) if (p) await fsp.rm(p, { force: true });
  }
}

/** Docker's 8-byte frame header for multiplexed streams: stream id, 3 zero bytes, length (BE). */
export function frame(stream: 0 | StreamId, payload: Buffer): Buffer {
  const h = Buffer.alloc(8);
  h[0] = stream;
  h.writeUInt32BE(payload.length, 4);
  return Buffer.concat([h, payload]);
}

export const MUX = 'application/vnd.docker.multiplexed-stream';
export const RAW = 'application/vnd.docker.raw-stream';
