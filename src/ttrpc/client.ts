// ttrpc client over any duplex stream: concurrent calls on odd stream ids, deadlines,
// metadata, and streams (server and client streaming).
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { ttrpc } from '../generated/core-protos.js';
import { Code, TandemError } from '../common/errdefs.js';
import { Flags, FrameDecoder, MessageType, encodeFrame, type Frame } from './frame.js';
import { errorFromStatus } from './status.js';
import { ClientStream } from './stream.js';

export interface CallOptions {
  timeoutMs?: number;
  metadata?: Record<string, string>;
  /** A call that is not the caller's work (a liveness ping): it does not move lastCallAt. */
  background?: boolean;
}

interface Pending {
  resolve: (payload: Buffer) => void;
  reject: (err: Error) => void;
  stream?: ClientStream;
  background?: boolean;
}

export class TtrpcClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly decoder = new FrameDecoder((f) => this.onFrame(f));
  private closedError?: Error;
  private lastFrame = Date.now();
  private lastCall = Date.now();
  readonly closed: Promise<void>;

  constructor(private readonly conn: Duplex) {
    conn.on('data', (chunk: Buffer) => this.decoder.push(chunk));
    this.closed = new Promise((resolve) => {
      conn.on('close', () => {
        this.fail(new TandemError(Code.Unavailable, 'ttrpc: closed'));
        resolve();
      });
    });
    conn.on('error', (err) => this.fail(new TandemError(Code.Unavailable, `ttrpc: ${err.message}`, { cause: err })));
  }

  static connect(path: string, timeoutMs = 5000): Promise<TtrpcClient> {
    return new Promise((resolve, reject) => {
      const sock = net.createConnection(path);
      const timer = setTimeout(() => {
        sock.destroy();
        reject(new TandemError(Code.DeadlineExceeded, `ttrpc: connect ${path}: timed out`));
      }, timeoutMs);
      sock.once('connect', () => {
        clearTimeout(timer);
        resolve(new TtrpcClient(sock));
      });
      sock.once('error', (err) => {
        clearTimeout(timer);
        reject(new TandemError(Code.Unavailable, `ttrpc: connect ${path}: ${err.message}`, { cause: err }));
      });
    });
  }

  call(service: string, method: string, payload: Uint8Array, opts: CallOptions = {}): Promise<Buffer> {
    return this.open(service, method, payload, 0, opts).result;
  }

  /**
   * Opens a stream. With `clientStreaming` the request says remote-open and the caller sends
   * Data frames through `stream`; the server's messages arrive by iterating `stream`.
   * `result` settles when the server ends the stream (or answers with an error Response).
   */
  stream(
    service: string,
    method: string,
    payload: Uint8Array,
    clientStreaming = false,
    opts: CallOptions = {},
  ): { stream: ClientStream; result: Promise<Buffer> } {
    const flags = clientStreaming ? Flags.RemoteOpen : Flags.RemoteClosed;
    const { result, stream } = this.open(service, method, payload, flags, opts, true);
    return { result, stream: stream! };
  }

  private open(service: string, method: string, payload: Uint8Array, flags: number, opts: CallOptions, streaming = false) {
    const id = this.nextId;
    this.nextId += 2;
    const metadata = Object.entries(opts.metadata ?? {}).map(([key, value]) => ({ key, value }));
    const timeoutNano = opts.timeoutMs ? opts.timeoutMs * 1e6 : 0;
    const body = ttrpc.Request.encode({ service, method, payload, timeoutNano, metadata }).finish();
    const sendData = (f: number, data: Uint8Array) => {
      if (!opts.background) this.lastCall = Date.now(); // an upload's frames are the call's work too
      this.write(id, MessageType.Data, f, data);
    };
    const stream = streaming ? new ClientStream(sendData) : undefined;
    const result = new Promise<Buffer>((resolve, reject) => {
      if (this.closedError) return reject(this.closedError);
      this.pending.set(id, { resolve, reject, stream, background: opts.background });
      if (!opts.background) this.lastCall = Date.now();
      let timer: NodeJS.Timeout | undefined;
      if (opts.timeoutMs) {
        timer = setTimeout(() => {
          this.pending.delete(id);
          const err = new TandemError(Code.DeadlineExceeded, `ttrpc: ${service}/${method}: deadline exceeded`);
          stream?.remoteClosed(err);
          reject(err);
        }, opts.timeoutMs);
      }
      const clear = () => clearTimeout(timer);
      const p = this.pending.get(id)!;
      p.resolve = (v) => (clear(), resolve(v));
      p.reject = (e) => (clear(), reject(e));
      try {
        this.write(id, MessageType.Request, flags, body);
      } catch (err) {
        this.pending.delete(id);
        p.reject(new TandemError(Code.ResourceExhausted, (err as Error).message));
      }
    });
    return { result, stream };
  }

  private write(id: number, type: MessageType, flags: number, data: Uint8Array): void {
    if (this.closedError) throw this.closedError;
    this.conn.write(encodeFrame(id, type, flags, data));
  }

  /** When the last frame arrived from the peer (ms since the epoch): a liveness signal. */
  get lastFrameAt(): number {
    return this.lastFrame;
  }

  /** When the last call not marked `background` was made, or anything of it arrived. */
  get lastCallAt(): number {
    return this.lastCall;
  }

  private onFrame(frame: Frame): void {
    this.lastFrame = Date.now();
    const p = this.pending.get(frame.streamId);
    if (!p) return;
    if (!p.background) this.lastCall = this.lastFrame;
    if (frame.type === MessageType.Data && p.stream) {
      if (!(frame.flags & Flags.NoData)) p.stream.push(frame.data);
      if (frame.flags & Flags.RemoteClosed) {
        this.pending.delete(frame.streamId);
        p.stream.remoteClosed();
        p.resolve(Buffer.alloc(0));
      }
      return;
    }
    if (frame.type !== MessageType.Response) return;
    this.pending.delete(frame.streamId);
    try {
      const res = ttrpc.Response.decode(frame.data);
      const err = errorFromStatus(res.status);
      p.stream?.remoteClosed(err);
      if (err) p.reject(err);
      else p.resolve(Buffer.from(res.payload));
    } catch (err) {
      p.reject(new TandemError(Code.Internal, `ttrpc: malformed response: ${(err as Error).message}`));
    }
  }

  private fail(err: Error): void {
    if (this.closedError) return;
    this.closedError = err;
    for (const p of this.pending.values()) {
      p.stream?.remoteClosed(err);
      p.reject(err);
    }
    this.pending.clear();
  }

  close(): void {
    this.conn.destroy();
  }
}
