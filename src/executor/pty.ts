// A pseudo-terminal pair from node-pty, used only for the pair itself (openpty + TIOCSWINSZ):
// the process is spawned by us with the slave as its stdio, so it can go through our own
// helper (chroot, credentials) with the extra handshake fds node-pty's spawn cannot pass.
// Executor-neutral: `copy()` wires a StreamStdio to the master and resolves once the output
// has been read to the end (EIO on the master = every slave fd closed) and flushed.
import { createRequire } from 'node:module';
import { close as fsClose, write as fsWrite } from 'node:fs';
import tty from 'node:tty';
import type { Readable, Writable } from 'node:stream';

interface NativePty {
  open(cols: number, rows: number): { master: number; slave: number; pty: string };
  resize(fd: number, cols: number, rows: number): void;
}

let native: NativePty | null = null;
function nativePty(): NativePty {
  // node-pty is CommonJS; its `native` export (the addon) is not in its typings.
  native ??= (createRequire(import.meta.url)('node-pty') as { native: NativePty }).native;
  return native;
}

/** ^D: sent to the terminal when the client's stdin reaches EOF, so `cat` sees end of input. */
const VEOF = Buffer.from([4]);

export class Pty {
  private slaveFd: number | null;
  private readonly output: tty.ReadStream;
  private readonly ended: Promise<void>;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;
  private masterClosed = false;

  private constructor(
    private readonly master: number,
    slave: number,
  ) {
    this.slaveFd = slave;
    this.output = new tty.ReadStream(master);
    // EIO on read means no slave is open any more: that is the end of the output.
    // The stream closes the master with it: a resize after that is a no-op, as on runc's
    // console (not an ioctl on a closed fd).
    this.ended = new Promise((resolve) =>
      this.output.once('close', () => {
        this.masterClosed = true;
        resolve();
      }),
    );
    this.output.on('error', () => {});
    this.output.pause();
  }

  static open(cols = 80, rows = 24): Pty {
    const { master, slave } = nativePty().open(cols > 0 ? cols : 80, rows > 0 ? rows : 24);
    return new Pty(master, slave);
  }

  /** The slave fd to hand to the child as fds 0-2. */
  get slave(): number {
    if (this.slaveFd === null) throw new Error('pty slave already released');
    return this.slaveFd;
  }

  /** Closes our copy of the slave once the child holds its own (else EIO never comes). */
  releaseSlave(): void {
    if (this.slaveFd !== null) fsClose(this.slaveFd, () => {});
    this.slaveFd = null;
  }

  resize(cols: number, rows: number): void {
    if (!this.closed && !this.masterClosed && cols > 0 && rows > 0) nativePty().resize(this.master, cols, rows);
  }

  /** Writes to the master in order; retries EAGAIN (the master fd is non-blocking). */
  write(data: Buffer): Promise<void> {
    const writeAll = (buf: Buffer): Promise<void> =>
      new Promise((resolve) => {
        if (this.closed || buf.length === 0) return resolve();
        fsWrite(this.master, buf, 0, buf.length, null, (err, n) => {
          if (err?.code === 'EAGAIN') return setTimeout(() => resolve(writeAll(buf)), 5);
          if (err) return resolve(); // the terminal is gone; input has nowhere to go
          resolve(writeAll(buf.subarray(n)));
        });
      });
    this.writing = this.writing.then(() => writeAll(data));
    return this.writing;
  }

  /**
   * Copies stdin → terminal and terminal → stdout. Resolves when the terminal's output has
   * ended and stdout has taken all of it (not when stdout is closed: the caller does that).
   */
  copy(stdin: Readable | null, stdout: Writable | null): Promise<void> {
    stdin?.on('data', (chunk: Buffer) => {
      stdin.pause();
      void this.write(chunk).then(() => stdin.resume());
    });
    stdin?.once('end', () => void this.write(VEOF));
    stdin?.on('error', () => {});
    if (stdout) this.output.pipe(stdout, { end: false });
    else this.output.resume();
    return this.ended.then(() => (stdout ? drained(stdout) : undefined));
  }

  /** Gives the output a grace period to end by itself, then closes the master. */
  async close(graceMs = 0): Promise<void> {
    if (this.closed) return;
    if (graceMs > 0) await Promise.race([this.ended, new Promise((r) => setTimeout(r, graceMs))]);
    this.closed = true;
    this.releaseSlave();
    this.output.destroy();
    await this.ended;
  }
}

function drained(w: Writable): Promise<void> {
  if (!w.writableNeedDrain || w.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    w.once('drain', () => resolve());
    w.once('close', () => resolve());
  });
}
