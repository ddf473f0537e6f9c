// Flow control for output sent over a ttrpc stream (ttrpc itself has none): the sender counts
// what it sent, the receiver acknowledges what it has written out, and the sources are paused
// while more than the window is in flight. Without it, output nobody reads (a client that does
// not drain containerd's FIFO) piles up in the host's memory.
import type { Readable } from 'node:stream';

/** Bytes in flight before the agent stops reading a process's output. */
export const OUTPUT_WINDOW = 1 << 20;

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
