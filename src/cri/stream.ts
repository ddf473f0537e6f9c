// The client side of the CRI streaming protocol: Exec and Attach answer a URL on containerd's
// streaming server; the client upgrades it to a WebSocket speaking v4.channel.k8s.io (one byte
// of channel before each binary message: 0 stdin, 1 stdout, 2 stderr, 3 a final metav1.Status
// as JSON, 4 terminal resize). kubectl speaks SPDY to the same server; the server takes either.
// PortForward's URL speaks the same framing with two channels per port (0 data, 1 error), each
// opened by the port as two little-endian bytes.
import WebSocket from 'ws';
import { Code, TandemError } from '../common/errdefs.js';

const PROTOCOL = 'v4.channel.k8s.io';
const STDIN = 0;
const STDOUT = 1;
const STDERR = 2;
const ERROR = 3;
const RESIZE = 4;

export interface StreamResult {
  stdout: Buffer;
  stderr: Buffer;
  /** The process's exit code from the final status (0 on Success); undefined if the stream just ended. */
  exitCode?: number;
  /** The final status's message when it was a failure other than a non-zero exit. */
  error?: string;
}

export interface StreamOptions {
  /** Written to the process's stdin once the stream is open. */
  stdin?: Buffer | string;
  /** Initial terminal size (tty streams). */
  size?: { width: number; height: number };
  /** Close the stream (detach) once this returns true for the output so far. */
  until?: (stdout: string, stderr: string) => boolean;
  /** Bound for the whole session; it fails with what was read so far. */
  timeoutMs?: number;
}

interface Status {
  status?: string;
  message?: string;
  reason?: string;
  details?: { causes?: { reason?: string; message?: string }[] };
}

function exitFromStatus(s: Status): { exitCode?: number; error?: string } {
  if (s.status === 'Success') return { exitCode: 0 };
  const cause = s.details?.causes?.find((c) => c.reason === 'ExitCode');
  if (s.reason === 'NonZeroExitCode' && cause?.message) return { exitCode: Number(cause.message) };
  return { error: s.message || JSON.stringify(s) };
}

/** Runs one Exec or Attach session on `url` and collects its output. */
export function runStream(url: string, o: StreamOptions = {}): Promise<StreamResult> {
  const ws = new WebSocket(url.replace(/^http/, 'ws'), [PROTOCOL]);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let status: { exitCode?: number; error?: string } = {};
  const text = () => [Buffer.concat(out).toString('utf8'), Buffer.concat(err).toString('utf8')] as const;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ws.terminate();
      const [so, se] = text();
      reject(
        new TandemError(
          Code.DeadlineExceeded,
          `stream ${url}: no end within ${o.timeoutMs} ms (stdout ${JSON.stringify(so)}, stderr ${JSON.stringify(se)})`,
        ),
      );
    }, o.timeoutMs ?? 60_000);
    const send = (channel: number, data: Buffer | string) => ws.send(Buffer.concat([Buffer.from([channel]), Buffer.from(data)]));
    ws.on('open', () => {
      if (o.size) send(RESIZE, JSON.stringify({ Width: o.size.width, Height: o.size.height }));
      if (o.stdin !== undefined) send(STDIN, o.stdin);
    });
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary || data.length < 1) return;
      const payload = data.subarray(1);
      if (data[0] === STDOUT) out.push(payload);
      else if (data[0] === STDERR) err.push(payload);
      else if (data[0] === ERROR && payload.length) status = exitFromStatus(JSON.parse(payload.toString('utf8')) as Status);
      if (o.until?.(...text())) ws.close();
    });
    ws.on('error', (e) => {
      clearTimeout(timer);
      reject(new TandemError(Code.Unavailable, `stream ${url}: ${e.message}`, { cause: e }));
    });
    ws.on('close', () => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err), ...status });
    });
  });
}

/**
 * One connection through PortForward's `url` to `port`: sends `request`, collects what comes
 * back until the server ends the stream (the pod's side closed). An error on the error channel
 * (containerd could not connect, say) fails it with containerd's words.
 */
export function portForwardOnce(url: string, port: number, request: Buffer | string, timeoutMs = 60_000): Promise<Buffer> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}?port=${port}`, [PROTOCOL]);
  const data: Buffer[] = [];
  const failure: Buffer[] = [];
  const opened = [false, false];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new TandemError(Code.DeadlineExceeded, `port-forward ${url} to ${port}: no end within ${timeoutMs} ms`));
    }, timeoutMs);
    ws.on('open', () => ws.send(Buffer.concat([Buffer.from([0]), Buffer.from(request)])));
    ws.on('message', (msg: Buffer, isBinary: boolean) => {
      if (!isBinary || msg.length < 1 || msg[0] > 1) return;
      const ch = msg[0];
      let payload = msg.subarray(1);
      // Each channel's first two bytes name the port.
      if (!opened[ch]) {
        opened[ch] = true;
        payload = payload.subarray(2);
      }
      (ch === 0 ? data : failure).push(payload);
    });
    ws.on('error', (e) => {
      clearTimeout(timer);
      reject(new TandemError(Code.Unavailable, `port-forward ${url}: ${e.message}`, { cause: e }));
    });
    ws.on('close', () => {
      clearTimeout(timer);
      const why = Buffer.concat(failure).toString('utf8');
      if (why) reject(new TandemError(Code.Unavailable, why));
      else resolve(Buffer.concat(data));
    });
  });
}
