// Liveness of the guest agent (or of the vmd relaying it), by silence rather than by one ping's
// deadline: a ping goes out every interval, and the peer counts as hung only when nothing at all
// has come from it for `silenceMs` while a ping was outstanding. A guest that is slow but working
// (twenty container creates in a TCG guest on a loaded host keep the agent from answering a ping
// for tens of seconds, while their own answers still arrive) is not killed for it; a hung one
// (a deadlocked agent, a kernel that stopped: a virtio-serial port does not close then) is.

export interface Peer {
  /** When the last frame of any kind arrived from the peer (ms since the epoch). */
  readonly lastFrameAt: number;
  ping(): Promise<unknown>;
}

export interface WatchdogOptions {
  intervalMs: number;
  silenceMs: number;
  now?: () => number;
}

export class Watchdog {
  /** When the ping in flight was sent; null when none is. */
  private outstanding: number | null = null;
  private timer?: NodeJS.Timeout;
  private fired = false;

  constructor(
    private readonly peer: Peer,
    private readonly o: WatchdogOptions,
    private readonly onHung: (why: string) => void,
  ) {}

  start(): this {
    this.timer = setInterval(() => this.tick(), this.o.intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One beat: send a ping if none is in flight, else check how long the peer has been silent. */
  tick(): void {
    if (this.fired) return;
    const now = (this.o.now ?? Date.now)();
    if (this.outstanding === null) {
      const sent = (this.outstanding = now);
      // A failed ping is a closed connection, which its owner sees through `closed`.
      const done = () => void (this.outstanding === sent && (this.outstanding = null));
      this.peer.ping().then(done, done);
      return;
    }
    const heard = Math.max(this.outstanding, this.peer.lastFrameAt);
    if (now - heard < this.o.silenceMs) return;
    this.fired = true;
    this.stop();
    this.onHung(`nothing came from the agent for ${Math.round((now - heard) / 1000)} s while a ping was waiting for its answer`);
  }
}
