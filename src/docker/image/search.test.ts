import { createServer, type Server } from 'node:http';
import { afterEach, expect, test } from 'vitest';
import { searchImages, splitSearchTerm } from './search.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

const HUB_LIKE = [
  { name: 'tools/alpha', description: 'a', star_count: 3, is_official: false, is_automated: true },
  { name: 'alpha', description: 'the official one', star_count: 120, is_official: true, is_automated: false },
  { name: 'x/alpha-lite', description: '', star_count: 0, is_official: false, is_automated: false },
];

/** A registry that serves the v1 search API on loopback (plain HTTP); records what it was asked. */
async function v1Registry(asked: string[]): Promise<string> {
  const s = createServer((req, res) => {
    asked.push(`${req.url} ${req.headers.authorization ?? '-'}`);
    if (req.url === '/v1/_ping') return res.end('true');
    const u = new URL(req.url!, 'http://x');
    if (u.pathname !== '/v1/search') return res.writeHead(404).end();
    const results = HUB_LIKE.filter((r) => r.name.includes(u.searchParams.get('q')!)).slice(0, Number(u.searchParams.get('n')));
    res.setHeader('Content-Type', 'application/json').end(JSON.stringify({ query: u.searchParams.get('q'), results }));
  });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `127.0.0.1:${(s.address() as { port: number }).port}`;
}

test('a term names its registry as a repository name does; anything else is Docker Hub', () => {
  expect(splitSearchTerm('alpine')).toEqual({ index: 'docker.io', name: 'alpine' });
  expect(splitSearchTerm('someone/tool')).toEqual({ index: 'docker.io', name: 'someone/tool' });
  expect(splitSearchTerm('localhost/tool')).toEqual({ index: 'localhost', name: 'tool' });
  expect(splitSearchTerm('127.0.0.1:5000/team/tool')).toEqual({ index: '127.0.0.1:5000', name: 'team/tool' });
});

test("a registry's v1 search: pinged, asked with the limit and the credentials, answered filtered as dockerd filters", async () => {
  const asked: string[] = [];
  const host = await v1Registry(asked);
  const all = await searchImages(`${host}/alpha`, { auth: { username: 'u', password: 'p' } });
  expect(all.map((r) => r.name)).toEqual(['tools/alpha', 'alpha', 'x/alpha-lite']);
  // Hub's is_automated is not to be trusted: dockerd answers false for every result.
  expect(all.every((r) => r.is_automated === false)).toBe(true);
  expect(asked).toEqual(['/v1/_ping -', `/v1/search?q=alpha&n=25 Basic ${Buffer.from('u:p').toString('base64')}`]);
  const f = (o: Record<string, string[]>) => new Map(Object.entries(o));
  expect((await searchImages(`${host}/alpha`, { filters: f({ 'is-official': ['true'] }) })).map((r) => r.name)).toEqual(['alpha']);
  expect((await searchImages(`${host}/alpha`, { filters: f({ stars: ['2', '3'] }) })).map((r) => r.name)).toEqual(['tools/alpha', 'alpha']);
  expect(await searchImages(`${host}/alpha`, { filters: f({ 'is-automated': ['true'] }) })).toEqual([]);
  expect((await searchImages(`${host}/alpha`, { limit: 1 })).length).toBe(1);
});

test("bad terms, limits and filters, a registry without search and one that is down, in dockerd's words", async () => {
  const host = await v1Registry([]);
  const f = (o: Record<string, string[]>) => new Map(Object.entries(o));
  await expect(searchImages('https://r.example/x')).rejects.toThrow(
    'invalid repository name: repository name (https://r.example/x) should not have a scheme',
  );
  await expect(searchImages(`${host}/a`, { limit: 101 })).rejects.toThrow('limit 101 is outside the range of [1, 100]');
  await expect(searchImages(`${host}/a`, { filters: f({ name: ['x'] }) })).rejects.toThrow("invalid filter 'name'");
  await expect(searchImages(`${host}/a`, { filters: f({ 'is-official': ['yes'] }) })).rejects.toThrow("invalid filter 'is-official=yes'");
  await expect(searchImages(`${host}/a`, { filters: f({ stars: ['many'] }) })).rejects.toThrow("invalid filter 'stars=many'");
  const plain = createServer((_req, res) => res.writeHead(404).end('404 page not found'));
  servers.push(plain);
  await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
  const port = (plain.address() as { port: number }).port;
  await expect(searchImages(`127.0.0.1:${port}/a`)).rejects.toThrow(/^Unexpected status code 404$/);
  await new Promise((r) => plain.close(r));
  servers.pop();
  await expect(searchImages(`127.0.0.1:${port}/a`)).rejects.toThrow(
    `invalid registry endpoint "http://127.0.0.1:${port}/v1/". HTTPS attempt: Get "https://127.0.0.1:${port}/v1/_ping": dial tcp 127.0.0.1:${port}: connect: connection refused. HTTP attempt: Get "http://127.0.0.1:${port}/v1/_ping": dial tcp 127.0.0.1:${port}: connect: connection refused`,
  );
});
