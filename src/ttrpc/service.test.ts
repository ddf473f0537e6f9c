// A typed service over a real unix socket: handlers named like the RPCs get decoded requests,
// their answers are encoded, an interceptor sees every call; and a connection that forwards
// what it does not serve (the vmd's relay).
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Code, notFound } from '../common/errdefs.js';
import { google, ttrpc } from '../generated/core-protos.js';
import { TtrpcClient } from './client.js';
import type { Frame } from './frame.js';
import { TtrpcServer, type CallContext } from './server.js';
import { defineService, streaming, unary } from './service.js';
import type { ServerStream } from './stream.js';

const Status = google.rpc.Status;
const DEMO = defineService('test.Demo', {
  Twice: unary(Status, Status),
  Nothing: unary(Status, Status),
  Fail: unary(Status, Status),
  Repeat: streaming(Status),
});

class Demo {
  Twice(r: google.rpc.Status): google.rpc.IStatus {
    return { code: r.code * 2, message: `${r.message}${r.message}` };
  }
  async Nothing(): Promise<void> {}
  async Fail(r: google.rpc.Status): Promise<google.rpc.IStatus> {
    throw notFound(`no ${r.message}`);
  }
  async Repeat(r: google.rpc.Status, stream: ServerStream): Promise<void> {
    for (let i = 0; i < r.code; i++) stream.send(Status.encode({ code: i, message: r.message }).finish());
  }
}

const dir = mkdtempSync(join(tmpdir(), 'ttrpc-service-'));
const server = new TtrpcServer();
const seen: string[] = [];
const forwarded: { frame: Frame; request?: ttrpc.Request }[] = [];
let listener: net.Server;
let client: TtrpcClient;

beforeAll(async () => {
  server.serve(DEMO, new Demo(), async (method, request, _ctx: CallContext, call) => {
    seen.push(`${method}:${(request as google.rpc.Status).message}`);
    return call();
  });
  // A connection that forwards: calls to other services, and Data of streams it did not open.
  listener = net.createServer((conn) =>
    server.serveConnection(conn, {
      forward: (frame, request) => {
        if (request?.service === 'test.Refused') throw notFound('not here');
        forwarded.push({ frame, request });
      },
    }),
  );
  await new Promise<void>((r) => listener.listen(join(dir, 's.sock'), () => r()));
  client = await TtrpcClient.connect(join(dir, 's.sock'));
});

afterAll(async () => {
  client.close();
  await server.close();
  await new Promise((r) => listener.close(r));
  rmSync(dir, { recursive: true, force: true });
});

const call = async (method: string, m: google.rpc.IStatus) =>
  Status.decode(await client.call('test.Demo', method, Status.encode(m).finish()));

test('a handler gets the decoded request; its answer is encoded; void is the empty message', async () => {
  expect(await call('Twice', { code: 4, message: 'ab' })).toMatchObject({ code: 8, message: 'abab' });
  expect((await client.call('test.Demo', 'Nothing', Buffer.alloc(0))).length).toBe(0);
  expect(seen).toEqual(['Twice:ab', 'Nothing:']);
});

test('a thrown kind answers with its code; an unknown method of a served service is Unimplemented', async () => {
  await expect(call('Fail', { message: 'thing' })).rejects.toMatchObject({ code: Code.NotFound, message: 'no thing' });
  await expect(client.call('test.Demo', 'Missing', Buffer.alloc(0))).rejects.toMatchObject({ code: Code.Unimplemented });
});

test('a streaming handler gets the first message decoded and answers on the stream', async () => {
  const { stream, result } = client.stream('test.Demo', 'Repeat', Status.encode({ code: 3, message: 'x' }).finish());
  const got: number[] = [];
  for await (const m of stream) got.push(Status.decode(m).code);
  await result;
  expect(got).toEqual([0, 1, 2]);
});

test('a forwarding connection hands over calls to other services and their Data frames; its errors answer the call', async () => {
  void client.call('test.Elsewhere', 'Go', Buffer.from('payload')).catch(() => {});
  const { stream, result } = client.stream('test.Elsewhere', 'Pipe', Buffer.alloc(0), true);
  void result.catch(() => {}); // nobody answers it here: the connection closes under it
  stream.send(Buffer.from('more'));
  await expect(client.call('test.Refused', 'Go', Buffer.alloc(0))).rejects.toMatchObject({ code: Code.NotFound, message: 'not here' });
  expect(forwarded.map((f) => [f.request?.service, f.request?.method, f.frame.data.toString().includes('more')])).toEqual([
    ['test.Elsewhere', 'Go', false],
    ['test.Elsewhere', 'Pipe', false],
    [undefined, undefined, true],
  ]);
  expect(await call('Twice', { code: 1, message: 'c' })).toMatchObject({ code: 2 }); // its own services still served
});
