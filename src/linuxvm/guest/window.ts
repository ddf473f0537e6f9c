// Flow control for output sent over a ttrpc stream (ttrpc itself has none): the sender counts
// what it sent, the receiver acknowledges what it has written out, and the sources are paused
// while more than the window is in flight. Without it, output nobody reads (a client that does
// not drain containerd's FIFO) piles up in the host's memory.
import type { Readable } from 'node:stream';
import type { ServerStream } from '../../ttrpc/stream.js';

/**
 * Bytes in flight before the sender stops reading its source. 4 MiB: with 1 MiB a container's
 * stdout under TCG waited on the host's acks (A/B, 64 MiB through `ctr`, 2 alternated rounds:
 * 4134/3718 ms at 1 MiB, 3482/3271 ms at 4 MiB; the same output piped to `wc` in the guest took
 * 2.8-2.9 s). It is also what a stream that nobody drains can hold on the receiving side.
 */
export const OUTPUT_WINDOW = 4 << 20;

export class SendWindow {
  private unacked = 0;
  private paused = false;

  constructor(
    private readonly sources: Readable[],
    private readonly limit = OUTPUT_WINDOW,
  ) {}

  get inFlight(): number {
    return this.unacked;
  }

  /** Whether the sources are paused for want of acks. */
  get blocked(): boolean {
    return this.paused;
  }

  sent(n: number): void {
    this.unacked += n;
    if (!this.paused && this.unacked >= this.limit) {
      this.paused = true;
      for (const s of this.sources) s.pause();
    }
  }

  /** Resumes at half the window, so a steady reader does not toggle on every ack. */
  acked(n: number): void {
    this.unacked = Math.max(0, this.unacked - n);
    if (this.paused && this.unacked <= this.limit / 2) {
      this.paused = false;
      for (const s of this.sources) s.resume();
    }
  }
}

/** Most bytes one batch carries: a ttrpc message stays far below its 4 MiB limit. */
export const BATCH_MAX = 256 << 10;

/**
 * Coalesces output chunks into fewer, larger messages. A pipe hands Node what the writer wrote
 * (busybox writes 4 KiB at a time), and under TCG each message costs far more than its bytes:
 * encoding, a frame, a write to the port, the host's decode and ack. Chunks read in one turn of
 * the event loop go out together at the end of it (setImmediate), in the order they were read;
 * consecutive chunks of one source become one message.
 */
export class OutputBatcher<K> {
  private queue: { key: K; chunks: Buffer[]; bytes: number }[] = [];
  private scheduled?: NodeJS.Immediate;

  constructor(
    private readonly send: (key: K, data: Buffer) => void,
    private readonly max = BATCH_MAX,
  ) {}

  push(key: K, data: Buffer): void {
    let last = this.queue[this.queue.length - 1];
    if (!last || last.key !== key || last.bytes >= this.max) this.queue.push((last = { key, chunks: [], bytes: 0 }));
    last.chunks.push(data);
    last.bytes += data.length;
    this.scheduled ??= setImmediate(() => this.flush());
  }

  /** Sends everything queued now (before a source's end is reported). */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const q = this.queue;
    this.queue = [];
    for (const b of q) this.send(b.key, b.chunks.length === 1 ? b.chunks[0] : Buffer.concat(b.chunks, b.bytes));
  }
}

/** An ack on a stream that may already have ended (the host then needs none). */
export function sendAck(stream: ServerStream, message: Uint8Array): void {
  try {
    stream.send(message);
  } catch {}
}
