import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, expect, test } from 'vitest';
import { httpFetch } from './http-fetch.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** An HTTP server on loopback at `port` (0: any); resolves with its port, rejects if it is taken. */
function serve(handler: Handler, port = 0): Promise<number> {
  const s = createServer(handler);
  return new Promise((resolve, reject) => {
    s.once('error', reject);
    s.listen({ host: '127.0.0.1', port }, () => {
      servers.push(s);
      resolve((s.address() as { port: number }).port);
    });
  });
}

// Ports the Fetch standard blocks (its "bad port" list); Node's fetch refuses them unasked.
const BAD_PORTS = [6665, 6666, 6667, 6668, 6669, 6697, 10080, 6000, 6566];

test('a server on a port fetch calls bad is reached, as dockerd reaches it', async () => {
  let port = 0;
  for (const p of BAD_PORTS) {
    port = await serve((_req, res) => res.end('{"ok":true}'), p).catch(() => 0);
    if (port) break;
  }
  expect(port, `none of ${BAD_PORTS.join(', ')} was free on 127.0.0.1`).not.toBe(0);
  await expect(fetch(`http://127.0.0.1:${port}/v2/`)).rejects.toThrow();
  const res = await httpFetch(`http://127.0.0.1:${port}/v2/`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
});

test('a redirect to another origin is followed without the Authorization header', async () => {
  const seen: (string | undefined)[] = [];
  const blob = await serve((req, res) => {
    seen.push(req.headers.authorization);
    res.end('blob bytes');
  });
  const registry = await serve((req, res) => {
    seen.push(req.headers.authorization);
    res.writeHead(307, { Location: `http://127.0.0.1:${blob}/storage/x` }).end();
  });
  const res = await httpFetch(`http://127.0.0.1:${registry}/v2/r/blobs/sha256:1`, { headers: { Authorization: 'Bearer t' } });
  expect(res.status).toBe(200);
  expect(await res.text()).toBe('blob bytes');
  expect(seen).toEqual(['Bearer t', undefined]);
});

test('statuses, headers, HEAD and a form body as fetch gives them', async () => {
  const bodies: string[] = [];
  const port = await serve((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      bodies.push(`${req.method} ${req.headers['content-type'] ?? ''} ${body}`);
      if (req.url === '/gone') res.writeHead(404, { 'Docker-Distribution-Api-Version': 'registry/2.0' }).end('{"errors":[]}');
      else if (req.url === '/empty') res.writeHead(204).end();
      else res.setHeader('Set-Cookie', ['a=1', 'b=2']).end('hello');
    });
  });
  const gone = await httpFetch(`http://127.0.0.1:${port}/gone`);
  expect([gone.status, gone.statusText, gone.ok]).toEqual([404, 'Not Found', false]);
  expect(gone.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
  expect(await gone.text()).toBe('{"errors":[]}');
  expect((await httpFetch(`http://127.0.0.1:${port}/empty`)).body).toBeNull();
  const head = await httpFetch(`http://127.0.0.1:${port}/x`, { method: 'HEAD' });
  expect([head.status, head.body]).toEqual([200, null]);
  expect(head.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  await httpFetch(`http://127.0.0.1:${port}/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'refresh_token' }) });
  expect(bodies.at(-1)).toBe('POST application/x-www-form-urlencoded grant_type=refresh_token');
});
