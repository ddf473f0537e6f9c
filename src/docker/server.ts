// The HTTP side of the Docker endpoint: node:http on a unix socket (owner-only), routes in
// find-my-way (fastify's router), and every request turned into a Ctx. node:http's 'upgrade'
// event hands us the raw socket that attach and exec start need (`Connection: Upgrade`,
// `Upgrade: tcp`, answered `101 UPGRADED`); a framework's request/response layer cannot.
import { checkShape, type Shape } from './shape.js';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Duplex, PassThrough } from 'node:stream';
import type { Socket } from 'node:net';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import type { Logger } from '../common/log.js';
import { HttpError, httpStatusOf, type Ctx, type Handler, type Hijacked, type JsonStream } from './api.js';
import { splitVersion } from './version.js';
import { WebSocketServer, createWebSocketStream, type WebSocket } from 'ws';

/** Upgrades only (attach/ws): the HTTP server is ours. */
const WS_SERVER = new WebSocketServer({ noServer: true });

const MAX_JSON_BODY = 32 << 20;

export interface Route {
  method: HTTPMethod;
  path: string;
  handler: Handler;
}

export class DockerServer {
  private readonly router = FindMyWay({ ignoreTrailingSlash: true, ignoreDuplicateSlashes: true });
  private readonly server: http.Server;
  private readonly open = new Set<Socket>();

  constructor(
    routes: Route[],
    private readonly log: Logger,
  ) {
    for (const r of routes) this.router.on(r.method, r.path, () => {}, { handler: r.handler });
    this.server = http.createServer({ keepAliveTimeout: 60_000, requestTimeout: 0 });
    this.server.on('request', (req: IncomingMessage, res: ServerResponse) => void this.dispatch(req, res, undefined));
    this.server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => void this.dispatch(req, undefined, { socket, head }));
    this.server.on('connection', (s: Socket) => {
      this.open.add(s);
      s.once('close', () => this.open.delete(s));
    });
  }

  async listen(socketPath: string): Promise<void> {
    await mkdir(dirname(socketPath), { recursive: true });
    await rm(socketPath, { force: true });
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      // The socket is created with the umask's bits; tighten before anyone can connect.
      const old = process.umask(0o177);
      this.server.listen(socketPath, () => {
        process.umask(old);
        this.server.off('error', reject);
        resolve();
      });
    });
    await chmod(socketPath, 0o600);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      for (const s of this.open) s.destroy();
    });
  }

  private async dispatch(
    req: IncomingMessage,
    res: ServerResponse | undefined,
    up: { socket: Socket; head: Buffer } | undefined,
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://docker');
    let ctx: RequestCtx | undefined;
    try {
      const { version, path } = splitVersion(url.pathname);
      // HEAD is GET without the body (node:http drops it); /_ping is what clients HEAD.
      const found = this.router.find(req.method as HTTPMethod, path) ?? (req.method === 'HEAD' ? this.router.find('GET', path) : null);
      ctx = new RequestCtx(req, res, up, (found?.params as Record<string, string>) ?? {}, url.searchParams, version);
      if (!found) throw new HttpError(404, `page not found`);
      this.log.debug({ method: req.method, path: url.pathname }, 'request');
      await (found.store as { handler: Handler }).handler(ctx);
    } catch (err) {
      const { status, message } = httpStatusOf(err);
      if (status >= 500) this.log.warn({ method: req.method, path: url.pathname, err: message }, 'request failed');
      else this.log.debug({ method: req.method, path: url.pathname, status, err: message }, 'request refused');
      (ctx ?? new RequestCtx(req, res, up, {}, url.searchParams, '')).fail(status, message);
    }
  }
}

class RequestCtx implements Ctx {
  private started: 'none' | 'json-stream' | 'hijacked' | 'done' = 'none';
  private stream?: JsonStream;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse | undefined,
    private readonly up: { socket: Socket; head: Buffer } | undefined,
    readonly params: Record<string, string | undefined>,
    readonly query: URLSearchParams,
    readonly version: string,
  ) {}

  get raw(): IncomingMessage | Duplex {
    if (!this.up) return this.req;
    // An upgraded request's body (exec start's JSON) arrives on the socket after the head.
    const pt = new PassThrough();
    if (this.up.head.length) pt.write(this.up.head);
    return pt;
  }

  async body<T>(shape?: Shape): Promise<T | undefined> {
    const len = Number(this.req.headers['content-length'] ?? NaN);
    let buf: Buffer;
    if (this.up) buf = await readExactly(this.up.socket, this.up.head, Number.isFinite(len) ? len : 0, (rest) => (this.up!.head = rest));
    else {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const c of this.req as AsyncIterable<Buffer>) {
        size += c.length;
        if (size > MAX_JSON_BODY) throw new HttpError(413, 'request body too large');
        chunks.push(c);
      }
      buf = Buffer.concat(chunks);
    }
    const text = buf.toString('utf8').trim();
    if (!text) return undefined;
    const value: unknown = JSON.parse(text);
    if (shape) {
      if (typeof value !== 'object' || Array.isArray(value))
        throw new HttpError(400, `json: cannot unmarshal ${Array.isArray(value) ? 'array' : typeof value} into a request body object`);
      checkShape(value, shape, '');
    }
    return value as T;
  }

  json(status: number, value: unknown): void {
    const body = JSON.stringify(value);
    this.started = 'done';
    if (this.res) {
      this.res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
      this.res.end(body);
    } else {
      this.up!.socket.end(
        `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    }
  }

  noContent(status = 204): void {
    this.started = 'done';
    if (this.res) {
      this.res.writeHead(status);
      this.res.end();
    } else this.up!.socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}\r\nContent-Length: 0\r\n\r\n`);
  }

  hijack(contentType: string): Hijacked {
    this.started = 'hijacked';
    if (this.up) {
      const { socket, head } = this.up;
      socket.write(`HTTP/1.1 101 UPGRADED\r\nContent-Type: ${contentType}\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n`);
      if (head.length) socket.unshift(head);
      socket.setNoDelay(true);
      // Reading the body paused the socket; the stream's consumers attach in this same tick.
      process.nextTick(() => socket.resume());
      return { stream: socket, upgraded: true, end: () => socket.end() };
    }
    const res = this.res!;
    res.writeHead(200, { 'Content-Type': contentType });
    res.flushHeaders();
    const stream = new Duplex({
      read() {},
      write(chunk: Buffer, _enc, cb) {
        res.write(chunk, () => cb());
      },
      final(cb) {
        res.end(() => cb());
      },
    });
    stream.push(null);
    res.once('close', () => stream.destroy());
    return { stream, upgraded: false, end: () => stream.end() };
  }

  async websocket(): Promise<Hijacked> {
    if (!this.up || this.req.headers.upgrade?.toLowerCase() !== 'websocket')
      throw new HttpError(400, 'this endpoint takes a WebSocket connection (Upgrade: websocket)');
    const { socket, head } = this.up;
    this.started = 'hijacked';
    const ws = await new Promise<WebSocket>((resolve) => WS_SERVER.handleUpgrade(this.req, socket, head, resolve));
    const stream = createWebSocketStream(ws);
    // A client gone is the stream's end for its readers, not an error for the endpoint.
    stream.on('error', () => stream.destroy());
    return { stream, upgraded: true, end: () => ws.close(1000) };
  }

  jsonStream(): JsonStream {
    if (this.stream) return this.stream;
    const res = this.res;
    if (!res) throw new HttpError(400, 'this endpoint does not take an upgraded connection');
    this.started = 'json-stream';
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.flushHeaders();
    let closed = false;
    const closers: (() => void)[] = [];
    res.once('close', () => {
      closed = true;
      for (const f of closers) f();
    });
    this.stream = {
      write: (msg) => {
        if (!closed) res.write(`${JSON.stringify(msg)}\r\n`);
      },
      end: () => {
        this.started = 'done';
        if (!closed) res.end();
      },
      get closed() {
        return closed;
      },
      onClose: (fn) => (closed ? fn() : closers.push(fn)),
    };
    return this.stream;
  }

  /** Reports an error in whatever shape the response is already in. */
  fail(status: number, message: string): void {
    switch (this.started) {
      case 'none':
        // A handler that streamed a body of its own (save, cp, export) failed midway: the status
        // is sent, so the client can only see the stream cut short, as with dockerd.
        if (this.res?.headersSent) return void this.res.destroy();
        if (status === 304) return this.noContent(304);
        return this.json(status, { message });
      case 'json-stream':
        this.stream!.write({ errorDetail: { message }, error: message });
        return this.stream!.end();
      case 'hijacked':
        if (this.up) this.up.socket.destroy();
        else this.res?.destroy();
        return;
      case 'done':
        return;
    }
  }
}

/** Reads n bytes of an upgraded request's body: what came with the head, then the socket. */
function readExactly(socket: Socket, head: Buffer, n: number, keep: (rest: Buffer) => void): Promise<Buffer> {
  if (head.length >= n) {
    keep(head.subarray(n));
    return Promise.resolve(head.subarray(0, n));
  }
  return new Promise((resolve, reject) => {
    let buf = head;
    const onData = (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      if (buf.length < n) return;
      cleanup();
      socket.pause();
      keep(buf.subarray(n));
      resolve(buf.subarray(0, n));
    };
    const onEnd = () => (cleanup(), reject(new HttpError(400, 'connection closed before the request body was complete')));
    const cleanup = () => {
      socket.off('data', onData);
      socket.off('end', onEnd);
    };
    socket.on('data', onData);
    socket.on('end', onEnd);
  });
}
