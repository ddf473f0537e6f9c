// The host end of an output port (guest/output-ports.ts): the socket the VMM serves the port on,
// read straight into the client's stdout. A port has no end of stream, so the agent says on the
// Stdio stream how many bytes it carried (end()); the reader stops there and lets go of the
// socket, which frees the port for the next stream. Connected as soon as the port is known (before
// Start): the container's writes wait for a host end, and nothing is lost while they wait.
import net from 'node:net';
import type { Writable } from 'node:stream';

export class OutputPortReader {
  readonly done: Promise<void>;
  private resolveDone!: () => void;
  private readonly sock?: net.Socket;
  private received = 0;
  private expected?: number;
  private first = true;

  constructor(
    readonly port: string,
    path: string | undefined,
    private readonly sink: Writable | undefined,
    o: { onFirstByte?: () => void; warn: (why: string) => void },
  ) {
    this.done = new Promise((r) => (this.resolveDone = r));
    if (!path) {
      o.warn(`the agent wired stdout to output port ${port}, which this VM does not list: its output is lost`);
      this.resolveDone();
      return;
    }
    const sock = (this.sock = net.connect(path));
    sock.on('data', (chunk: Buffer) => {
      if (this.first) {
        this.first = false;
        o.onFirstByte?.();
      }
      // Never past the stream's end: the port is the next stream's from there.
      const room = this.expected === undefined ? chunk.length : Math.max(0, this.expected - this.received);
      const data = room < chunk.length ? chunk.subarray(0, room) : chunk;
      this.received += data.length;
      const w = this.sink;
      if (data.length && w && !w.destroyed && !w.write(data)) {
        sock.pause();
        const go = () => (w.off('drain', go), w.off('close', go), sock.resume());
        w.on('drain', go);
        w.on('close', go);
      }
      this.check();
    });
    sock.on('error', (err) => o.warn(`output port ${port} (${path}): ${err.message}`));
    sock.on('close', () => this.resolveDone()); // the VMM went away (or end() let go)
  }

  /** The agent's count: the port carried `n` bytes for this stream in all. */
  end(n: number): void {
    this.expected = n;
    this.check();
  }

  /** The stream is over without a count (the VM or the agent went away). */
  abort(): void {
    this.sock?.destroy();
    this.resolveDone();
  }

  private check(): void {
    if (this.expected !== undefined && this.received >= this.expected) this.abort();
  }
}
