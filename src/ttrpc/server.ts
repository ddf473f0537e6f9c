// ttrpc server over any duplex stream: concurrent unary calls, server/client streams,
// the 4 MiB limit (ResourceExhausted), Unimplemented for unknown services and methods.
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { ttrpc } from '../generated/core-protos.js';
import { Code, TandemError } from '../common/errdefs.js';
import { Flags, MESSAGE_LENGTH_MAX, MessageType, encodeFrame, readFrames, type Frame } from './frame.js';
import { statusFromError } from './status.js';
import { ServerStream } from './stream.js';
import { serviceMethods, type Handlers, type Interceptor, type ServiceDefinition } from './service.js';
import { listenPrivate } from '../common/private-socket.js';

export interface CallContext {
  service: string;
  method: string;
  metadata: Map<string, string[]>;
  /** containerd's namespace, from the `containerd-namespace-ttrpc` metadata key. */
  namespace?: string;
  /** Aborted when the deadline (timeout_nano) passes or the connection closes. */
  signal: AbortSignal;
  /** The connection the call came on (a service that keeps per-connection state keys it by this). */
  connection: Duplex;
}

export type UnaryHandler = (ctx: CallContext, payload: Buffer) => Promise<Uint8Array>;
export type StreamHandler = (ctx: CallContext, stream: ServerStream, payload: Buffer) => Promise<void>;

export interface ServiceMethods {
  [method: string]: UnaryHandler | { stream: StreamHandler };
}

export interface ConnectionOptions {
  /**
   * Calls to services not registered here, and Data frames of streams not opened here, go to
   * `forward` instead of being answered Unimplemented (the vmd relays them to the guest agent).
   * It may throw a kinded error, which answers the call.
   */
  forward?: (frame: Frame, request?: ttrpc.Request) => void;
}

export class TtrpcServer {
  private readonly services = new Map<string, ServiceMethods>();
  private readonly connections = new Set<Duplex>();
  private listener?: net.Server;
  /**
   * Called whenever a connection opens or closes, with the number now open; on a close, also
   * how many frames the closed connection sent (0: it only connected, as a probe does).
   */
  onConnectionsChanged?: (open: number, closed?: { frames: number }) => void;

  get connectionCount(): number {
    return this.connections.size;
  }

  register(service: string, methods: ServiceMethods): void {
    this.services.set(service, methods);
  }

  /** Serves `def` with `handlers`, one method per RPC named like it (see service.ts). */
  serve<D extends ServiceDefinition>(def: D, handlers: Handlers<D>, intercept?: Interceptor): void {
    this.register(def.name, serviceMethods(def, handlers, intercept));
  }

  /** Serves one connection until it closes; usable with sockets, serial ports, any Duplex. */
  serveConnection(conn: Duplex, opts: ConnectionOptions = {}): void {
    this.connections.add(conn);
    this.onConnectionsChanged?.(this.connections.size);
    const streams = new Map<number, ServerStream>();
    const aborts = new Set<AbortController>();
    const send = (streamId: number, type: MessageType, flags: number, data: Uint8Array) => {
      if (!conn.destroyed) conn.write(encodeFrame(streamId, type, flags, data));
    };
    const respond = (streamId: number, status: { code: number; message: string } | null, payload?: Uint8Array) => {
      let body = ttrpc.Response.encode({ status, payload: payload ?? Buffer.alloc(0) }).finish();
      if (body.length > MESSAGE_LENGTH_MAX) {
        body = ttrpc.Response.encode({
          status: {
            code: Code.ResourceExhausted,
            message: `response of ${body.length} bytes exceeds maximum message size of ${MESSAGE_LENGTH_MAX}`,
          },
        }).finish();
      }
      send(streamId, MessageType.Response, 0, body);
    };
    let frames = 0;
    readFrames(conn, (frame) => {
      frames++;
      this.onFrame(frame, { conn, send, respond, streams, aborts, forward: opts.forward });
    });
    const close = () => {
      this.connections.delete(conn);
      this.onConnectionsChanged?.(this.connections.size, { frames });
      for (const a of aborts) a.abort();
      for (const s of streams.values()) s.remoteClosed();
    };
    conn.on('close', close);
    conn.on('error', () => conn.destroy());
  }

  private onFrame(frame: Frame, c: ConnState): void {
    if (frame.oversized !== undefined) {
      c.respond(frame.streamId, {
        code: Code.ResourceExhausted,
        message: `message length ${frame.oversized} exceed maximum message size of ${MESSAGE_LENGTH_MAX}`,
      });
      return;
    }
    if (frame.streamId % 2 === 0) {
      c.respond(frame.streamId, { code: Code.InvalidArgument, message: 'StreamID must be odd for client initiated streams' });
      return;
    }
    if (frame.type === MessageType.Data) {
      const stream = c.streams.get(frame.streamId);
      if (!stream && c.forward) {
        c.forward(frame);
        return;
      }
      if (!stream) {
        c.respond(frame.streamId, { code: Code.InvalidArgument, message: 'StreamID is no longer active' });
        return;
      }
      if (!(frame.flags & Flags.NoData)) stream.push(frame.data);
      if (frame.flags & Flags.RemoteClosed) stream.remoteClosed();
      return;
    }
    if (frame.type !== MessageType.Request) return; // Responses are never sent to a server; ignore.
    let req: ttrpc.Request;
    try {
      req = ttrpc.Request.decode(frame.data);
    } catch (err) {
      c.respond(frame.streamId, { code: Code.InvalidArgument, message: `malformed request: ${(err as Error).message}` });
      return;
    }
    if (c.forward && !this.services.has(req.service)) {
      try {
        c.forward(frame, req);
      } catch (err) {
        c.respond(frame.streamId, statusFromError(err) as { code: number; message: string });
      }
      return;
    }
    void this.dispatch(frame, req, c);
  }

  private async dispatch(frame: Frame, req: ttrpc.Request, c: ConnState): Promise<void> {
    const metadata = new Map<string, string[]>();
    for (const kv of req.metadata) {
      const key = (kv.key ?? '').toLowerCase();
      metadata.set(key, [...(metadata.get(key) ?? []), kv.value ?? '']);
    }
    const abort = new AbortController();
    c.aborts.add(abort);
    const timeoutNs = Number(req.timeoutNano ?? 0);
    const timer = timeoutNs > 0 ? setTimeout(() => abort.abort(), Math.ceil(timeoutNs / 1e6)) : undefined;
    const ctx: CallContext = {
      service: req.service,
      method: req.method,
      metadata,
      namespace: metadata.get('containerd-namespace-ttrpc')?.[0],
      signal: abort.signal,
      connection: c.conn,
    };
    const id = frame.streamId;
    try {
      const service = this.services.get(req.service);
      if (!service) throw new TandemError(Code.Unimplemented, `service ${req.service}`);
      const handler = Object.hasOwn(service, req.method) ? service[req.method] : undefined;
      if (!handler) throw new TandemError(Code.Unimplemented, `method ${req.method}`);
      const payload = Buffer.from(req.payload);
      if (typeof handler === 'function') {
        c.respond(id, null, await handler(ctx, payload));
        return;
      }
      const stream = new ServerStream((flags, data) => c.send(id, MessageType.Data, flags, data));
      c.streams.set(id, stream);
      if (frame.flags & Flags.RemoteClosed || !(frame.flags & Flags.RemoteOpen)) stream.remoteClosed();
      await handler.stream(ctx, stream, payload);
      stream.end();
    } catch (err) {
      c.respond(id, statusFromError(err) as { code: number; message: string });
    } finally {
      c.streams.delete(id);
      clearTimeout(timer);
      c.aborts.delete(abort);
    }
  }

  async listen(path: string): Promise<net.Server> {
    const server = net.createServer((sock) => this.serveConnection(sock));
    await listenPrivate(server, path); // 0600: a connection can run anything as root
    this.listener = server;
    return server;
  }

  /** Stops accepting new connections at once (open ones are served on). */
  stopAccepting(): void {
    this.listener?.close();
  }

  /** Stops accepting and closes every open connection. */
  async close(): Promise<void> {
    for (const c of this.connections) c.destroy();
    if (this.listener?.listening) await new Promise<void>((resolve) => this.listener!.close(() => resolve()));
  }
}

interface ConnState {
  conn: Duplex;
  forward?: ConnectionOptions['forward'];
  send: (streamId: number, type: MessageType, flags: number, data: Uint8Array) => void;
  respond: (streamId: number, status: { code: number; message: string } | null, payload?: Uint8Array) => void;
  streams: Map<number, ServerStream>;
  aborts: Set<AbortController>;
}
