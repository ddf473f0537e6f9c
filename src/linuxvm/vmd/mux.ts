// Many ttrpc clients over the one agent channel. The guest agent serves a single host
// connection (a virtio-serial port or vsock has one peer), but one VM serves every containerd
// namespace, i.e. several shim daemons. The mux relays frames without decoding them: each
// client's stream ids are renumbered into one id space on the agent channel (odd, increasing,
// as ttrpc wants from a client) and the agent's frames are routed back by that number.
//
// A stream is forgotten when the agent ends it: a Response frame, or a Data frame with the
// remote-closed flag (our ttrpc server ends a successful stream that way). A client that goes
// away half-closes its open streams on the agent, so stdin EOF and closed relays reach the guest.
// The one thing it reads of a frame is a request's method: the vmd's watchdog slows its pings
// while no client calls anything but Ping (watchdog.ts), so a Ping does not count as a call.
import { Duplex } from 'node:stream';
import { Flags, MessageType, encodeFrame, readFrames, requestMethod, type Frame } from '../../ttrpc/frame.js';

interface Route {
  port: MuxPort;
  clientId: number;
  /** A liveness ping: none of its frames counts as a call (lastCallAt). */
  ping: boolean;
}

export class AgentMux {
  private nextId = 1;
  private readonly routes = new Map<number, Route>();
  private readonly ports = new Set<MuxPort>();
  private ended = false;
  private lastCall = Date.now();
  /** Settles when the agent channel closed (the VM or the agent is gone). */
  readonly closed: Promise<void>;

  constructor(private readonly upstream: Duplex) {
    readFrames(upstream, (f) => this.fromAgent(f));
    this.closed = new Promise((resolve) => {
      upstream.once('close', () => {
        this.ended = true;
        for (const p of [...this.ports]) p.onUpstreamClosed();
        resolve();
      });
    });
    upstream.on('error', () => upstream.destroy());
  }

  get isClosed(): boolean {
    return this.ended;
  }

  /** When any client last made a call other than a Ping, or a frame of one went either way. */
  get lastCallAt(): number {
    return this.lastCall;
  }

  /** A new client; `deliver` gets the agent's frames for it, already renumbered. */
  open(deliver: (frame: Buffer) => void, onClosed: () => void): MuxPort {
    const port = new MuxPort(this, deliver, onClosed);
    if (this.ended) port.onUpstreamClosed();
    else this.ports.add(port);
    return port;
  }

  /** Relays everything a connected client stream sends. Either side closing closes the other. */
  attachDuplex(conn: Duplex): MuxPort {
    const port = this.open(
      (f) => {
        if (!conn.destroyed) conn.write(f);
      },
      () => conn.destroy(),
    );
    readFrames(conn, (f) => port.send(f));
    conn.once('close', () => port.close());
    conn.on('error', () => conn.destroy());
    return port;
  }

  /** Closes the agent channel (the VM is being stopped). */
  close(): void {
    this.upstream.destroy();
  }

  /** @internal */
  toAgent(port: MuxPort, frame: Frame): void {
    if (this.ended) return;
    let id: number | undefined;
    if (frame.type === MessageType.Request) {
      id = this.nextId;
      this.nextId += 2;
      const ping = requestMethod(frame.data) === 'Ping';
      this.routes.set(id, { port, clientId: frame.streamId, ping });
      port.streams.set(frame.streamId, id);
      if (!ping) this.lastCall = Date.now();
    } else {
      id = port.streams.get(frame.streamId);
      if (id === undefined) return; // a stream the agent already ended
      if (!this.routes.get(id)?.ping) this.lastCall = Date.now();
    }
    this.upstream.write(encodeFrame(id, frame.type, frame.flags, frame.data));
  }

  /** @internal */
  forget(port: MuxPort): void {
    this.ports.delete(port);
    for (const [clientId, id] of port.streams) {
      this.routes.delete(id);
      if (!this.ended) this.upstream.write(encodeFrame(id, MessageType.Data, Flags.RemoteClosed | Flags.NoData, Buffer.alloc(0)));
      port.streams.delete(clientId);
    }
  }

  private fromAgent(frame: Frame): void {
    const route = this.routes.get(frame.streamId);
    if (!route) return; // its client went away
    if (!route.ping) this.lastCall = Date.now();
    const last = frame.type === MessageType.Response || (frame.type === MessageType.Data && (frame.flags & Flags.RemoteClosed) !== 0);
    if (last) {
      this.routes.delete(frame.streamId);
      route.port.streams.delete(route.clientId);
    }
    route.port.deliver(encodeFrame(route.clientId, frame.type, frame.flags, frame.data));
  }
}

/** One client's view of the mux. */
export class MuxPort {
  /** client stream id → agent stream id, for streams the agent has not ended */
  readonly streams = new Map<number, number>();
  private done = false;

  constructor(
    private readonly mux: AgentMux,
    readonly deliver: (frame: Buffer) => void,
    private readonly onClosed: () => void,
  ) {}

  /** A frame from the client (Request or Data), relayed to the agent. */
  send(frame: Frame): void {
    if (!this.done) this.mux.toAgent(this, frame);
  }

  /** The client went away: its open streams are half-closed on the agent and forgotten. */
  close(): void {
    if (this.done) return;
    this.done = true;
    this.mux.forget(this);
  }

  /** @internal the agent channel closed */
  onUpstreamClosed(): void {
    if (this.done) return;
    this.done = true;
    this.streams.clear();
    this.onClosed();
  }
}

/**
 * Two connected in-memory duplex ends (a socketpair without the kernel): the vmd's own agent
 * client (Hello, heartbeat, clean-up) is one more mux client. Destroying one end closes both.
 */
export function duplexPair(): [Duplex, Duplex] {
  const a = new End();
  const b = new End();
  a.peer = b;
  b.peer = a;
  return [a, b];
}

class End extends Duplex {
  peer!: End;

  override _read(): void {}

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    if (!this.peer.destroyed) this.peer.push(chunk);
    cb();
  }

  override _final(cb: (err?: Error | null) => void): void {
    if (!this.peer.destroyed) this.peer.push(null);
    cb();
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    if (!this.peer.destroyed) this.peer.destroy();
    cb(err);
  }
}
