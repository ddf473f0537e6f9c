// A published-port connection's bytes from the guest (agent DialPort), written by the agent
// straight into an output port (guest/serial-ports.ts) instead of onto the ttrpc stream: no
// encoding or frame per chunk, no relay through the vmd, and the port's own flow control. Under
// TCG the stream path held a download from busybox httpd near 25 MiB/s (docs/guest.md).
//
// The port is open non-blocking: a write the host is not ready for fails with EAGAIN instead of
// blocking the agent's one thread, or a thread of libuv's pool that every file operation shares.
// Node has no readiness event for a character device, so the pipe pauses the socket and tries
// again on a short timer (1 ms, doubling up to 8).
import { writeSync } from 'node:fs';
import type { Readable } from 'node:stream';

const RETRY_MAX_MS = 8;

export class PortPipe {
  private readonly queue: Buffer[] = [];
  private written = 0;
  private retry?: NodeJS.Timeout;
  private delay = 1;
  private ended = false;
  private settled = false;
  /** Settles with the bytes written, once the source ended and its bytes are in the port (or lost: abort()). */
  readonly done: Promise<number>;
  private resolveDone!: (n: number) => void;

  constructor(
    private readonly fd: number,
    private readonly source: Readable,
    private readonly write: (fd: number, b: Buffer) => number = writeSync,
  ) {
    this.done = new Promise((r) => (this.resolveDone = r));
  }

  /**
   * A chunk read into a buffer the reader reuses: written now as far as the port takes it, the rest
   * copied and kept. False when something is kept: the source is paused until it is written.
   */
  offer(chunk: Buffer): boolean {
    if (this.settled) return true;
    if (!this.queue.length && !this.retry) {
      this.queue.push(chunk);
      this.drain();
      if (!this.queue.length) return true;
      this.queue[0] = Buffer.from(this.queue[0]!); // the reader's buffer is refilled after we return
      return false;
    }
    this.queue.push(Buffer.from(chunk));
    this.source.pause();
    return false;
  }

  /** The source ended: done settles once what is queued is written. */
  end(): void {
    this.ended = true;
    if (!this.retry) this.drain();
  }

  /** Nobody will read the port any more (the host went away): drop what is queued, settle now. */
  abort(): void {
    clearTimeout(this.retry);
    this.retry = undefined;
    this.queue.length = 0;
    this.ended = true;
    this.finish();
  }

  private drain(): void {
    this.retry = undefined;
    while (this.queue.length && !this.settled) {
      const b = this.queue[0]!;
      let n: number;
      try {
        n = this.write(this.fd, b);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
          this.source.pause();
          this.retry = setTimeout(() => this.drain(), this.delay);
          this.delay = Math.min(this.delay * 2, RETRY_MAX_MS);
          return;
        }
        // The port is gone (the VM is going down): the connection goes with it.
        this.source.destroy();
        this.abort();
        return;
      }
      this.delay = 1;
      this.written += n;
      if (n < b.length) this.queue[0] = b.subarray(n);
      else this.queue.shift();
    }
    if (this.source.isPaused()) this.source.resume();
    if (this.ended) this.finish();
  }

  private finish(): void {
    if (this.settled) return;
    this.settled = true;
    this.resolveDone(this.written);
  }
}
