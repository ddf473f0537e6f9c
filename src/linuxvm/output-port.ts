// The host end of an output port (guest/serial-ports.ts): the socket the VMM serves the port on,
// read straight into the client's stdout. A port has no end of stream, so the agent says on the
// Stdio stream how many bytes it carried (end()); the reader stops there and lets go of the
// socket, which frees the port for the next stream. Connected as soon as the port is known (before
// Start): the container's writes wait for a host end, and nothing is lost while they wait.
import net from 'node:net';
import type { Writable } from 'node:stream';

/** The most one read takes: a read this long means more was waiting. */
const READ_SIZE = 256 * 1024;
/**
 * At most this much should pile up in the VMM's socket while the reader waits: the socket holds
 * ~200 KiB, and once it is full QEMU stops taking the guest's writes (a fixed 4 ms wait held
 * `dd bs=4096` at 38 MiB/s against 111). So the wait shrinks as the writer speeds up, and a
 * writer faster than 32 KiB/ms is read as its bytes come.
 */
const COALESCE_BYTES = 32 * 1024;

export interface OutputPortOptions {
  onFirstByte?: () => void;
  warn: (why: string) => void;
  /**
   * After a short read (the writer trickles), wait this long before reading again, so one read
   * takes what piled up meanwhile. A producer of 4 KiB writes (stdio) otherwise costs a wake-up of
   * this reader, and of every reader after it (containerd's FIFO, `ctr`), per write, and on a host
   * whose cores also run the guest's vCPUs those wake-ups slow the producer itself
   * (docs/guest-measurements.md, "Stdout: fewer wake-ups on the host"). The most it waits; less for
   * a faster writer (COALESCE_BYTES). 0: read as bytes come.
   */
  coalesceMs?: number;
}

export class OutputPortReader {
  readonly done: Promise<void>;
  private resolveDone!: () => void;
  private readonly sock?: net.Socket;
  private received = 0;
  private expected?: number;
  private first = true;
  /** The sink asked us to wait (backpressure); only its drain resumes reading. */
  private blocked = false;
  private coalescing?: NodeJS.Timeout;
  private lastReadAt = 0;
  /** The writer's rate, bytes per ms, smoothed over reads (the time since the last one included). */
  private rate = 0;

  constructor(
    readonly port: string,
    path: string | undefined,
    private readonly sink: Writable | undefined,
    o: OutputPortOptions,
  ) {
    this.done = new Promise((r) => (this.resolveDone = r));
    if (!path) {
      o.warn(`the agent wired stdout to output port ${port}, which this VM does not list: its output is lost`);
      this.resolveDone();
      return;
    }
    // Read into one buffer of our own (`onread`): pausing then stops reading from the socket at
    // once, where a 'data' socket keeps reading into its queue, so a wait leaves the bytes in
    // the socket to be taken by one read.
    const buffer = Buffer.allocUnsafe(READ_SIZE);
    const sock = (this.sock = net.connect({ path, onread: { buffer, callback: (n: number) => this.take(buffer, n, o) } }));
    sock.on('error', (err) => o.warn(`output port ${port} (${path}): ${err.message}`));
    sock.on('close', () => this.resolveDone()); // the VMM went away (or end() let go)
  }

  /** One read of `n` bytes into `buffer`; false pauses the socket (backpressure or a wait). */
  private take(buffer: Buffer, n: number, o: OutputPortOptions): boolean {
    const sock = this.sock!;
    const now = performance.now();
    if (this.lastReadAt) {
      const r = n / Math.max(now - this.lastReadAt, 0.01);
      this.rate = this.rate ? (this.rate + r) / 2 : r;
    }
    this.lastReadAt = now;
    if (this.first) {
      this.first = false;
      o.onFirstByte?.();
    }
    // Never past the stream's end: the port is the next stream's from there.
    const room = this.expected === undefined ? n : Math.max(0, Math.min(n, this.expected - this.received));
    this.received += room;
    const w = this.sink;
    // A copy: the buffer is the next read's.
    if (room && w && !w.destroyed && !w.write(Buffer.from(buffer.subarray(0, room)))) {
      this.blocked = true;
      const go = () => (w.off('drain', go), w.off('close', go), (this.blocked = false), this.coalescing || sock.resume());
      w.on('drain', go);
      w.on('close', go);
    }
    this.check();
    const wait = this.rate ? Math.min(o.coalesceMs ?? 0, COALESCE_BYTES / this.rate) : 0;
    if (wait >= 1 && n < READ_SIZE && !sock.destroyed && !this.coalescing) {
      this.coalescing = setTimeout(() => {
        this.coalescing = undefined;
        if (!this.blocked && !sock.destroyed) sock.resume();
      }, wait);
    }
    return !this.blocked && !this.coalescing;
  }

  /** The agent's count: the port carried `n` bytes for this stream in all. */
  end(n: number): void {
    this.expected = n;
    this.check();
  }

  /** The stream is over without a count (the VM or the agent went away). */
  abort(): void {
    clearTimeout(this.coalescing);
    this.coalescing = undefined;
    this.sock?.destroy();
    this.resolveDone();
  }

  private check(): void {
    if (this.expected !== undefined && this.received >= this.expected) this.abort();
  }
}
