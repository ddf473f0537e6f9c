import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from 'vitest';
import { Code } from '../../common/errdefs.js';
import { login, loginEndpoint } from './login.js';
import { Repository, authFor, parseRegistryConfig } from './registry.js';
import { parseReference } from '../reference.js';

test('the /v2/ URL of a server address as the CLI sends it', () => {
  expect(loginEndpoint(undefined)).toBe('https://registry-1.docker.io/v2/');
  expect(loginEndpoint('https://index.docker.io/v1/')).toBe('https://registry-1.docker.io/v2/');
  expect(loginEndpoint('docker.io')).toBe('https://registry-1.docker.io/v2/');
  expect(loginEndpoint('ghcr.io')).toBe('https://ghcr.io/v2/');
  expect(loginEndpoint('127.0.0.1:5000')).toBe('http://127.0.0.1:5000/v2/');
  expect(loginEndpoint('http://localhost:5000/')).toBe('http://localhost:5000/v2/');
  expect(loginEndpoint('reg.lan:5000', ['reg.lan:5000'])).toBe('http://reg.lan:5000/v2/');
  expect(() => loginEndpoint('https://[bad')).toThrow(/unable to parse server address/);
});

test('a login without a username is refused before any request', async () => {
  await expect(login({ serveraddress: '127.0.0.1:1', password: 'x' })).rejects.toMatchObject({ code: Code.InvalidArgument });
});

test("X-Registry-Config: a build's credentials picked by the image's registry host", () => {
  const header = Buffer.from(
    JSON.stringify({
      'https://index.docker.io/v1/': { username: 'hub' },
      '127.0.0.1:5000': { username: 'local' },
      'https://ghcr.io': { username: 'gh' },
    }),
  ).toString('base64');
  const all = parseRegistryConfig(header);
  expect(authFor(all, 'docker.io')?.username).toBe('hub');
  expect(authFor(all, '127.0.0.1:5000')?.username).toBe('local');
  expect(authFor(all, 'ghcr.io')?.username).toBe('gh');
  expect(authFor(all, 'quay.io')).toBeUndefined();
  expect(parseRegistryConfig(undefined)).toEqual({});
  expect(parseRegistryConfig('not base64 json')).toEqual({});
});

test('bearer flow against a fake token server: login keeps the refresh token, which a pull then trades for an access token', async () => {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      seen.push(`${req.method} ${url.pathname}`);
      if (url.pathname === '/token') {
        const form = new URLSearchParams(body);
        const basicOk = req.headers.authorization === `Basic ${Buffer.from('dev:pw').toString('base64')}`;
        const refreshOk = req.method === 'POST' && form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === 'RT';
        if (req.method === 'GET' && basicOk && url.searchParams.get('offline_token') === 'true')
          return res.end(JSON.stringify({ token: 'AT', refresh_token: 'RT' }));
        if (refreshOk && form.get('scope') === 'repository:ns/img:pull') return res.end(JSON.stringify({ access_token: 'AT' }));
        res.statusCode = 401;
        // Docker Hub's refusal: distribution's client (and so dockerd) prints its details.
        return res.end(form.get('refresh_token') === 'OLD' ? '{}' : '{"details":"incorrect username or password"}');
      }
      if (req.headers.authorization !== 'Bearer AT') {
        const port = (server.address() as AddressInfo).port;
        res.writeHead(401, { 'WWW-Authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="fake"` });
        return res.end();
      }
      if (url.pathname === '/v2/') return res.end('{}');
      res.writeHead(200, { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' });
      res.end('{"schemaVersion":2}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(await login({ username: 'dev', password: 'pw', serveraddress: host })).toBe('RT');
    await expect(login({ username: 'dev', password: 'bad', serveraddress: host })).rejects.toMatchObject({
      code: Code.Unauthenticated,
      message: `Get "http://${host}/v2/": unauthorized: incorrect username or password`,
    });
    // The CLI then sends the identity token and no password.
    const repo = new Repository(parseReference(`${host}/ns/img`), { auth: { username: 'dev', identitytoken: 'RT' } });
    const m = await repo.manifest('latest', ['application/vnd.oci.image.manifest.v1+json']);
    expect(m.body.toString()).toBe('{"schemaVersion":2}');
    expect(seen).toContain('POST /token');
    // A refusal that gives no reason is distribution's default one, after the request that needed the token.
    const old = new Repository(parseReference(`${host}/ns/img`), { auth: { username: 'dev', identitytoken: 'OLD' } });
    await expect(old.manifest('latest', [])).rejects.toMatchObject({
      code: Code.Unauthenticated,
      message: `Get "http://${host}/v2/ns/img/manifests/latest": unauthorized: authentication required`,
    });
  } finally {
    server.close();
  }
});
