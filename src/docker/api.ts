// What every route handler gets (Ctx) and gives back, and the Docker error shape: a JSON
// `{"message"}` with the status Docker uses, so the docker CLI prints its familiar text.
import type { Shape } from './shape.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { Code, TandemError, errorMessage, toStatusCode } from '../common/errdefs.js';

/** An error with an explicit HTTP status (304, or a Docker-specific 4xx). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const notModified = () => new HttpError(304, '');

const STATUS: Partial<Record<Code, number>> = {
  [Code.InvalidArgument]: 400,
  [Code.NotFound]: 404,
  [Code.AlreadyExists]: 409,
  [Code.FailedPrecondition]: 409,
  [Code.Unimplemented]: 501,
  [Code.PermissionDenied]: 403,
  [Code.Unauthenticated]: 401,
  [Code.Unavailable]: 503,
};

/** The status and message a thrown value becomes on the wire (never a stack trace). */
export function httpStatusOf(err: unknown): { status: number; message: string } {
  if (err instanceof HttpError) return { status: err.status, message: err.message };
  if (err instanceof SyntaxError) return { status: 400, message: `malformed JSON body: ${err.message}` };
  const code = toStatusCode(err);
  return { status: STATUS[code] ?? 500, message: errorMessage(err) };
}

export interface Hijacked {
  /** The raw connection once the response head is written (101 with Upgrade, else 200). */
  readonly stream: Duplex;
  /** True when the client upgraded: it may send stdin and half-closes at its EOF. */
  readonly upgraded: boolean;
  /** Ends the connection once everything written is flushed. */
  end(): void;
}

export interface Ctx {
  readonly req: IncomingMessage;
  readonly params: Record<string, string | undefined>;
  readonly query: URLSearchParams;
  /** The API version the client asked for (the /vX.Y/ prefix), or the server's own. */
  readonly version: string;
  /** The parsed JSON body (undefined when empty); a malformed body is a 400. */
  body<T>(shape?: Shape): Promise<T | undefined>;
  /** The raw body as a stream (image load, archive uploads). */
  readonly raw: IncomingMessage | Duplex;
  /** Plain response (undefined for upgraded requests until hijack). */
  readonly res: ServerResponse | undefined;
  json(status: number, value: unknown): void;
  noContent(status?: number): void;
  /** Takes over the connection for an attach/exec stream with the given content type. */
  hijack(contentType: string): Hijacked;
  /** Takes over a WebSocket upgrade (attach/ws): each message in, each write out as a binary message. */
  websocket(): Promise<Hijacked>;
  /** Streams newline-delimited JSON messages (pull, push, load, events); 200 at once. */
  jsonStream(): JsonStream;
}

export interface JsonStream {
  write(msg: unknown): void;
  end(): void;
  /** True once the client went away. */
  readonly closed: boolean;
  onClose(fn: () => void): void;
}

export type Handler = (ctx: Ctx) => Promise<void>;

/**
 * A progress stream that starts with its first message, as dockerd's pull and push write theirs:
 * a failure before any (a registry that is down, a manifest that is not there) is the request's
 * HTTP error, which the CLI prints as `Error response from daemon: …`; after one, the stream's
 * last message.
 */
export function lazyJsonStream(ctx: Ctx): { write(msg: unknown): void; fail(err: unknown): void; end(): void } {
  let out: JsonStream | undefined;
  return {
    write: (msg) => (out ??= ctx.jsonStream()).write(msg),
    fail: (err) => {
      if (!out) throw err;
      const message = errorMessage(err);
      out.write({ errorDetail: { message }, error: message });
    },
    end: () => (out ??= ctx.jsonStream()).end(),
  };
}

/** `1`, `true`, `True` are true, as in moby's httputils.BoolValue. */
/** Go's strconv.ParseBool (dockerd's reading of a bool option); undefined for what it refuses. */
export function goBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

export function queryBool(q: URLSearchParams, name: string): boolean {
  const v = (q.get(name) ?? '').trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false' && v !== 'no' && v !== 'off' && v !== 'none';
}

export function queryInt(q: URLSearchParams, name: string, dflt: number): number {
  const v = q.get(name);
  if (v === null || v === '') return dflt;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new TandemError(Code.InvalidArgument, `invalid value for ${name}: ${JSON.stringify(v)}`);
  return Math.trunc(n);
}

export type Filters = Map<string, string[]>;

/**
 * Docker's `filters` query: JSON of name → [values] (current) or name → {value: true} (old
 * clients, and what Compose 1.29 still sends).
 */
export function parseFilters(q: URLSearchParams): Filters {
  const raw = q.get('filters');
  const out: Filters = new Map();
  if (!raw) return out;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new TandemError(Code.InvalidArgument, `invalid filter: ${JSON.stringify(raw)} is not JSON`);
  }
  if (!parsed || typeof parsed !== 'object') throw new TandemError(Code.InvalidArgument, 'invalid filter: want a JSON object');
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
    if (Array.isArray(v)) out.set(k, v.map(String));
    else if (v && typeof v === 'object') out.set(k, Object.keys(v as object));
    else throw new TandemError(Code.InvalidArgument, `invalid filter ${k}: want a list of values`);
  }
  return out;
}

/** Refuses filter names the route does not know, as dockerd does. */
export function checkFilters(f: Filters, known: string[]): void {
  for (const k of f.keys()) if (!known.includes(k)) throw new TandemError(Code.InvalidArgument, `invalid filter '${k}'`);
}

/** `label` filter values: `key` or `key=value`, all must hold. */
export function matchLabels(values: string[] | undefined, labels: Record<string, string> | undefined): boolean {
  if (!values?.length) return true;
  return values.every((v) => {
    const eq = v.indexOf('=');
    if (eq < 0) return labels?.[v] !== undefined;
    return labels?.[v.slice(0, eq)] === v.slice(eq + 1);
  });
}
