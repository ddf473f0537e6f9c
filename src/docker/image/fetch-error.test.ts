import { createServer, type Server } from 'node:http';
import { afterEach, expect, test } from 'vitest';
import { fetchErrorText } from './fetch-error.js';
import { httpFetch } from './http-fetch.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A plain HTTP server on loopback; resolves with its port. */
function httpServer(): Promise<number> {
  const s = createServer((_req, res) => res.end('{}'));
  servers.push(s);
  return new Promise((resolve) => s.listen({ host: '127.0.0.1', port: 0 }, () => resolve((s.address() as { port: number }).port)));
}

const failure = (url: string) =>
  httpFetch(url).then(
    () => expect.fail(`${url} answered`),
    (err: unknown) => err,
  );

test("a refused connection and HTTPS to a plain HTTP registry, in dockerd's (Go's) words", async () => {
  const port = await httpServer();
  const refused = await httpServer();
  await new Promise((r) => servers.pop()!.close(r));
  expect(fetchErrorText('GET', `http://127.0.0.1:${refused}/v2/`, await failure(`http://127.0.0.1:${refused}/v2/`))).toBe(
    `Get "http://127.0.0.1:${refused}/v2/": dial tcp 127.0.0.1:${refused}: connect: connection refused`,
  );
  expect(fetchErrorText('GET', `https://127.0.0.1:${port}/v2/`, await failure(`https://127.0.0.1:${port}/v2/`))).toBe(
    `Get "https://127.0.0.1:${port}/v2/": http: server gave HTTP response to HTTPS client`,
  );
});

test('a name that does not resolve, a method named as Go names it, and an unknown cause kept as it is', () => {
  const dns = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND', hostname: 'registry.example' } });
  expect(fetchErrorText('GET', 'https://registry.example/v2/', dns)).toBe(
    'Get "https://registry.example/v2/": dial tcp: lookup registry.example: no such host',
  );
  const both = Object.assign(new TypeError('fetch failed'), {
    cause: { errors: [{ code: 'ECONNREFUSED', address: '::1', port: 5000 }] },
  });
  expect(fetchErrorText('put', 'http://localhost:5000/v2/x', both)).toBe(
    'Put "http://localhost:5000/v2/x": dial tcp [::1]:5000: connect: connection refused',
  );
  const odd = Object.assign(new TypeError('fetch failed'), { cause: { message: 'something else' } });
  expect(fetchErrorText('GET', 'https://r.example/v2/', odd)).toBe('Get "https://r.example/v2/": something else');
});
