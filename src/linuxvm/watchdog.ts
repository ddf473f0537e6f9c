// Liveness of the guest agent (or of the vmd relaying it), by silence rather than by one ping's
// deadline: a ping goes out every interval, and the peer counts as hung only when nothing at all
// has come from it for `silenceMs` while a ping was outstanding. A guest that is slow but working
// (twenty container creates in a TCG guest on a loaded host keep the agent from answering a ping
// for tens of seconds, while their own answers still arrive) is not killed for it; a hung one
// (a deadlocked agent, a kernel that stopped: a virtio-serial port does not close then) is.
//
// While the peer has had no call but these pings for `idleIntervalMs`, a ping goes out only every
// `idleIntervalMs`: under TCG each ping wakes the guest's vCPUs and the agent's node, and the
// pings of the vmd and of one shim were ~0.6 % of a host core out of ~1.9 for an idle VM
// (docs/guest-measurements.md, "The host's CPU while the VM idles"). A hang found meanwhile costs
// nobody a call; the first call after the quiet spell brings the interval back, so a call never
// waits on a hung guest longer than it did.

export interface Peer {
  /** When the last frame of any kind arrived from the peer (ms since the epoch). */
  readonly lastFrameAt: number;
  /** When the last call other than the watchdog's pings went out, or anything of it came back. */
  readonly lastCallAt: number;
  ping(): Promise<unknown>;
}

export interface WatchdogOptions {
  intervalMs: number;
  silenceMs: number;
  /** The interval once the peer has had no other call for this long; 0 (or unset): never slower. */
  idleIntervalMs?: number;
  now?: () => number;
  /** Told when the pings slow down for a quiet peer (true) and when they speed up again (false). */
  onIdle?: (idle: boolean) => void;
}

export class Watchdog {
  /** When the ping in flight was sent; null when none is. */
  private outstanding: number | null = null;
  private timer?: NodeJS.Timeout;
  private fired = false;
  private lastPingAt = -Infinity;
  private idle = false;

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
      const slow = this.o.idleIntervalMs ?? 0;
      const idle = slow > this.o.intervalMs && now - this.peer.lastCallAt >= slow;
      if (idle !== this.idle) this.o.onIdle?.((this.idle = idle));
      if (idle && now - this.lastPingAt < slow) return;
      this.lastPingAt = now;
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
