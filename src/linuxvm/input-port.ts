// The host end of an input port (guest/serial-ports.ts): the socket the VMM serves the port on,
// written with the client's stdin, so the bytes reach the process without the agent in the guest
// writing them. Connected as soon as the port is known (before Start): a read of a port with no
// host end returns EOF, so the agent's Start waits until the guest sees this connection.
//
// EOF is a half-close (a shutdown of our writing side), and only once Start has answered: QEMU
// reads what is left, then sees the end and drops the connection, which the guest's reader sees
// as EOF once it has read everything. A full close reaches QEMU as a hang-up at once, losing what
// it had not yet taken; and an end before Start could reach the guest before the agent saw the
// connection at all.
import net from 'node:net';

export class InputPortWriter {
  /** Settles once the socket is connected (or failed: the warning says so). */
  readonly connected: Promise<void>;
  private readonly sock?: net.Socket;
  private started = false;
  private ending = false;

  constructor(
    readonly port: string,
    path: string | undefined,
    private readonly warn: (why: string) => void,
  ) {
    if (!path) {
      warn(`the agent gave stdin input port ${port}, which this VM does not list: the process reads no stdin`);
      this.connected = Promise.resolve();
      return;
    }
    const sock = (this.sock = net.connect({ path, allowHalfOpen: true }));
    this.connected = new Promise<void>((resolve) => {
      sock.once('connect', resolve);
      sock.once('close', resolve);
    });
    sock.on('error', (err) => warn(`input port ${port} (${path}): ${err.message}`));
    sock.resume(); // nothing comes this way; QEMU's end of the connection shows as 'end'
  }

  /** More stdin; false: wait for drained() before writing more (the process reads slower). */
  write(data: Buffer): boolean {
    const s = this.sock;
    if (!s || s.destroyed || s.writableEnded) return true; // the process is gone: dropped
    return s.write(data);
  }

  /** Whether the socket holds bytes the VMM has not taken (the process is not reading). */
  get blocked(): boolean {
    return !!this.sock?.writableNeedDrain;
  }

  drained(): Promise<void> {
    const s = this.sock;
    if (!s || s.destroyed || !s.writableNeedDrain) return Promise.resolve();
    return new Promise((r) => {
      const go = () => (s.off('drain', go), s.off('close', go), r());
      s.on('drain', go);
      s.on('close', go);
    });
  }

  /** Start has answered: an EOF asked for may now be sent. */
  open(): void {
    this.started = true;
    if (this.ending) this.sock?.end();
  }

  /** EOF on the process's stdin, after everything written so far. */
  end(): void {
    this.ending = true;
    if (this.started) this.sock?.end();
  }

  /** The process is gone: let go of the port (what it did not read is dropped). */
  destroy(): void {
    this.sock?.destroy();
  }
}
