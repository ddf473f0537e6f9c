// Calls into containerd's gRPC API from the shim daemon: unary and server-streaming calls over
// one HTTP/2 connection on containerd's unix socket, with Node's built-in http2.
//
// Why not @grpc/grpc-js: dispatch asks containerd on the start path of every container. Loading
// grpc-js took 170-220 ms and its first call 65 ms on our machines (on a start path of ~95 ms);
// node:http2 loads in under 1 ms and gRPC's framing for these calls is five bytes per message.
import http2 from 'node:http2';
import net from 'node:net';
import { notFound, unavailable, TandemError, Code } from '../common/errdefs.js';

const GRPC_NOT_FOUND = 5;

export class ContainerdClient {
  private session?: http2.ClientHttp2Session;
  private inFlight = 0;

  constructor(
    private readonly address: string,
    private readonly namespace: string,
    // containerd answers in milliseconds, but a loaded host must not turn into a wrong dispatch.
    private readonly timeoutMs = 30_000,
  ) {}

  /** The connection, opened if need be; it keeps the process alive only while a call waits. */
  connect(): http2.ClientHttp2Session {
    if (this.session && !this.session.closed && !this.session.destroyed) return this.session;
    const path = this.address.replace(/^unix:\/\//, '');
    const s = http2.connect('http://containerd', { createConnection: () => net.connect(path) });
    s.on('error', () => this.session === s && (this.session = undefined)); // each call reports its own failure
    s.on('close', () => this.session === s && (this.session = undefined));
    if (this.inFlight === 0) s.unref();
    this.session = s;
    return s;
  }

  /** One request message; every response message (one for unary calls, any number for streams). */
  call(method: string, request: Uint8Array): Promise<Buffer[]> {
    return new Promise((resolve, reject) => {
      let stream: http2.ClientHttp2Stream;
      let session: http2.ClientHttp2Session;
      try {
        session = this.connect();
        stream = session.request({
          ':method': 'POST',
          ':path': method,
          'content-type': 'application/grpc',
          te: 'trailers',
          'grpc-timeout': `${this.timeoutMs}m`,
          'containerd-namespace': this.namespace,
        });
      } catch (err) {
        return reject(unavailable(`containerd ${this.address}: ${(err as Error).message}`, err));
      }
      // An idle connection must not keep the process alive; one waiting for an answer must.
      this.inFlight++;
      session.ref();
      stream.on('close', () => {
        if (--this.inFlight === 0 && !session.destroyed) session.unref();
      });
      const frame = Buffer.alloc(5 + request.length);
      frame.writeUInt32BE(request.length, 1);
      frame.set(request, 5);
      stream.end(frame);
      const chunks: Buffer[] = [];
      let status: number | undefined;
      let message = '';
      const readStatus = (h: http2.IncomingHttpHeaders) => {
        if (h['grpc-status'] === undefined) return;
        status = Number(h['grpc-status']);
        message = decodeURIComponent(String(h['grpc-message'] ?? ''));
      };
      stream.on('response', readStatus); // a trailers-only answer (errors) carries it here
      stream.on('trailers', readStatus);
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.setTimeout(this.timeoutMs, () => {
        stream.close(http2.constants.NGHTTP2_CANCEL);
        reject(new TandemError(Code.DeadlineExceeded, `containerd ${method}: no answer within ${this.timeoutMs} ms`));
      });
      stream.on('error', (err) => reject(unavailable(`containerd ${method}: ${err.message}`, err)));
      stream.on('end', () => {
        if (status !== 0) {
          const what = `containerd ${method}: ${message || `status ${status ?? 'missing'}`}`;
          return reject(status === GRPC_NOT_FOUND ? notFound(message || what) : unavailable(what));
        }
        try {
          resolve(unframe(Buffer.concat(chunks)));
        } catch (err) {
          reject(unavailable(`containerd ${method}: ${(err as Error).message}`, err));
        }
      });
    });
  }

  close(): void {
    this.session?.close();
    this.session = undefined;
  }
}

/** gRPC length-prefixed messages: 1 byte flag (0: not compressed), 4 bytes length, the message. */
function unframe(body: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < body.length;) {
    if (at + 5 > body.length) throw new Error('truncated gRPC frame');
    if (body[at] !== 0) throw new Error('compressed gRPC message (not requested)');
    const len = body.readUInt32BE(at + 1);
    if (at + 5 + len > body.length) throw new Error('truncated gRPC message');
    out.push(body.subarray(at + 5, at + 5 + len));
    at += 5 + len;
  }
  return out;
}
