// An upload from a stream over node:http: the answer as a fetch Response; a registry that cuts
// the connection midway fails the call and closes the source.
import { createServer, type Server } from 'node:http';
import { Readable } from 'node:stream';
import { afterEach, expect, test } from 'vitest';
import { sendStream } from './put-stream.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function server(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const s = createServer(handler);
  servers.push(s);
  return new Promise((resolve) =>
    s.listen({ host: '127.0.0.1', port: 0 }, () => resolve(`http://127.0.0.1:${(s.address() as { port: number }).port}`)),
  );
}

/** 8 MiB in 64 KiB chunks, made as they are read. */
function source(): Readable {
  let left = 128;
  return new Readable({
    read() {
      this.push(left-- > 0 ? Buffer.alloc(65536, 1) : null);
    },
  });
}

test('the whole body reaches the server; its answer comes back as a Response', async () => {
  const base = await server((req, res) => {
    let n = 0;
    req.on('data', (c: Buffer) => (n += c.length));
    req.on('end', () => res.writeHead(201, { Location: '/v2/x/blobs/sha256:1', 'Docker-Content-Digest': 'sha256:1' }).end(String(n)));
  });
  const res = await sendStream(`${base}/v2/x/blobs/uploads/u?digest=sha256:1`, 'PUT', { 'Content-Length': String(8 << 20) }, source());
  expect(res.status).toBe(201);
  expect(res.ok).toBe(true);
  expect(res.headers.get('location')).toBe('/v2/x/blobs/sha256:1');
  expect(await res.text()).toBe(String(8 << 20));
});

test('a connection cut midway fails the upload and closes the source', async () => {
  const base = await server((req) => {
    let n = 0;
    req.on('data', (c: Buffer) => {
      n += c.length;
      if (n > 100_000) req.socket.destroy();
    });
  });
  const src = source();
  await expect(sendStream(`${base}/up`, 'PUT', {}, src)).rejects.toMatchObject({ code: expect.stringMatching(/ECONNRESET|EPIPE/) });
  await new Promise((r) => setImmediate(r));
  expect(src.destroyed).toBe(true);
});
