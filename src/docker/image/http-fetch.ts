// Outgoing HTTP for registries, tokens, `ADD <url>` and `docker import <url>`, answered as a
// WHATWG Response so callers read it as they read fetch's. Node's fetch refuses the Fetch
// standard's "bad ports" (6000, 6665-6669, 10080, …) before it connects, answering `bad port`:
// a registry on 127.0.0.1:6000 could not be pulled from, where dockerd (Go's net/http) connects to
// any port. undici's `request` (the engine under Node's fetch) has no such list; redirects are
// followed by its interceptor, which drops Authorization when the origin changes, as fetch does.
import { STATUS_CODES } from 'node:http';
import { Readable } from 'node:stream';
import { Agent, interceptors, request, type Dispatcher } from 'undici';

export interface HttpInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | URLSearchParams;
}

// fetch follows at most 20 redirects; so does this.
const dispatcher: Dispatcher = new Agent().compose(interceptors.redirect({ maxRedirections: 20 }));

// Statuses a Response may not carry a body with.
const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * `url` requested with undici; rejects as fetch does only when no answer came (the error carries
 * the connection's code for fetchErrorText), resolves with any status.
 */
export async function httpFetch(url: string | URL, init: HttpInit = {}): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = { ...init.headers };
  let body = init.body;
  if (body instanceof URLSearchParams) {
    headers['Content-Type'] ??= 'application/x-www-form-urlencoded';
    body = body.toString();
  }
  const res = await request(url, { method: method as Dispatcher.HttpMethod, headers, body, dispatcher });
  const empty = method === 'HEAD' || NULL_BODY.has(res.statusCode);
  if (empty) await res.body.dump();
  return webResponse(res.statusCode, res.headers, empty ? null : (Readable.toWeb(res.body) as unknown as ReadableStream<Uint8Array>));
}

/**
 * An answer as a WHATWG Response, which holds statuses 200-599 only (an informational one reaching
 * here is a broken server: 502) and no body with a null-body status. Also put-stream.ts's.
 */
export function webResponse(
  statusCode: number,
  headers: Record<string, string | string[] | undefined>,
  body: BodyInit | null,
  statusText?: string,
): Response {
  const h = new Headers();
  for (const [k, v] of Object.entries(headers)) for (const one of [v ?? []].flat()) h.append(k, one);
  const status = statusCode >= 200 && statusCode <= 599 ? statusCode : 502;
  return new Response(NULL_BODY.has(status) ? null : body, { status, statusText: statusText ?? STATUS_CODES[status] ?? '', headers: h });
}
