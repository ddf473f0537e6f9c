// ttrpc over real unix sockets: unary, concurrency, metadata, limits, errors, streams.
import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TtrpcServer } from './server.js';
import { TtrpcClient } from './client.js';
import { encodeFrame, FrameDecoder, MessageType, MESSAGE_LENGTH_MAX, type Frame } from './frame.js';
import { Code, TandemError, notFound } from '../common/errdefs.js';
import { ttrpc } from '../generated/protos.js';

const dir = mkdtempSync(join(tmpdir(), 'ttrpc-test-'));
const sock = join(dir, 's.sock');
const server = new TtrpcServer();
let client: TtrpcClient;

beforeAll(async () => {
  server.register('test.Echo', {
    Echo: async (_ctx, p) => p,
    Slow: async (_ctx, p) => {
      await new Promise((r) => setTimeout(r, Number(p.toString())));
      return p;
    },
    Namespace: async (ctx) => Buffer.from(ctx.namespace ?? ''),
    Missing: async () => {
      throw notFound('no such thing');
    },
    Big: async () => Buffer.alloc(MESSAGE_LENGTH_MAX + 1),
    Count: {
      stream: async (_ctx, stream, p) => {
        for (let i = 0; i < Number(p.toString()); i++) stream.send(Buffer.from(String(i)));
      },
    },
    Upper: {
      stream: async (_ctx, stream) => {
        for await (const m of stream) stream.send(Buffer.from(m.toString().toUpperCase()));
      },
    },
  });
  await server.listen(sock);
  client = await TtrpcClient.connect(sock);
});

afterAll(async () => {
  client.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('frame decoder', () => {
  test('splits frames across arbitrary chunk boundaries', () => {
    const frames: Frame[] = [];
    const d = new FrameDecoder((f) => frames.push(f));
    const bytes = Buffer.concat([
      encodeFrame(1, MessageType.Request, 0, Buffer.from('abc')),
      encodeFrame(3, MessageType.Data, 1, Buffer.from('de')),
    ]);
    for (const b of bytes) d.push(Buffer.from([b]));
    expect(frames.map((f) => [f.streamId, f.type, f.flags, f.data.toString()])).toEqual([
      [1, 1, 0, 'abc'],
      [3, 3, 1, 'de'],
    ]);
  });

  test('reports and skips an oversized frame without buffering it', () => {
    const frames: Frame[] = [];
    const d = new FrameDecoder((f) => frames.push(f));
    const head = Buffer.alloc(10);
    head.writeUInt32BE(MESSAGE_LENGTH_MAX + 10, 0);
    head.writeUInt32BE(5, 4);
    head.writeUInt8(1, 8);
    d.push(head);
    d.push(Buffer.alloc(MESSAGE_LENGTH_MAX + 10));
    d.push(encodeFrame(7, MessageType.Request, 0, Buffer.from('ok')));
    expect(frames.map((f) => [f.streamId, f.oversized, f.data.toString()])).toEqual([
      [5, MESSAGE_LENGTH_MAX + 10, ''],
      [7, undefined, 'ok'],
    ]);
  });
});

describe('unary calls', () => {
  test('echo', async () => {
    expect((await client.call('test.Echo', 'Echo', Buffer.from('hi'))).toString()).toBe('hi');
  });

  test('concurrent calls complete out of order on one connection', async () => {
    const order: string[] = [];
    await Promise.all(
      ['300', '10', '100'].map((ms) => client.call('test.Echo', 'Slow', Buffer.from(ms)).then((b) => order.push(b.toString()))),
    );
    expect(order).toEqual(['10', '100', '300']);
  });

  test('lastCallAt moves with a call and its answer, not with a background one (a liveness ping)', async () => {
    await client.call('test.Echo', 'Echo', Buffer.from('x'));
    const at = client.lastCallAt;
    await new Promise((r) => setTimeout(r, 20));
    await client.call('test.Echo', 'Echo', Buffer.from('ping'), { background: true });
    expect(client.lastCallAt).toBe(at);
    expect(client.lastFrameAt).toBeGreaterThan(at);
    await client.call('test.Echo', 'Echo', Buffer.from('y'));
    expect(client.lastCallAt).toBeGreaterThan(at);
  });

  test('containerd namespace metadata reaches the handler', async () => {
    const b = await client.call('test.Echo', 'Namespace', Buffer.alloc(0), { metadata: { 'containerd-namespace-ttrpc': 'ns1' } });
    expect(b.toString()).toBe('ns1');
  });

  test('unknown service and method are Unimplemented', async () => {
    await expect(client.call('nope.Svc', 'X', Buffer.alloc(0))).rejects.toMatchObject({ code: Code.Unimplemented });
    await expect(client.call('test.Echo', 'Nope', Buffer.alloc(0))).rejects.toMatchObject({ code: Code.Unimplemented });
  });

  test('error kinds travel as status codes', async () => {
    const err = await client.call('test.Echo', 'Missing', Buffer.alloc(0)).catch((e: TandemError) => e);
    expect(err).toBeInstanceOf(TandemError);
    expect((err as TandemError).code).toBe(Code.NotFound);
    expect((err as TandemError).message).toBe('no such thing');
  });

  test('an oversized response becomes ResourceExhausted', async () => {
    await expect(client.call('test.Echo', 'Big', Buffer.alloc(0))).rejects.toMatchObject({ code: Code.ResourceExhausted });
  });

  test('the client refuses to send an oversized request', async () => {
    await expect(client.call('test.Echo', 'Echo', Buffer.alloc(MESSAGE_LENGTH_MAX + 1))).rejects.toMatchObject({
      code: Code.ResourceExhausted,
    });
  });

  test('a deadline fails the call with DeadlineExceeded', async () => {
    await expect(client.call('test.Echo', 'Slow', Buffer.from('500'), { timeoutMs: 50 })).rejects.toMatchObject({
      code: Code.DeadlineExceeded,
    });
  });
});

describe('raw wire', () => {
  const rawCall = async (bytes: Buffer): Promise<Buffer> => {
    const s = net.createConnection(sock);
    const chunks: Buffer[] = [];
    s.on('data', (c) => chunks.push(c));
    s.write(bytes);
    await new Promise((r) => setTimeout(r, 200));
    s.destroy();
    return Buffer.concat(chunks);
  };

  test('a garbage request gets InvalidArgument and the server keeps serving', async () => {
    const out = await rawCall(encodeFrame(1, MessageType.Request, 0, Buffer.from([0xff, 0xff, 0xff, 0xff])));
    const res = ttrpc.Response.decode(out.subarray(10));
    expect(res.status?.code).toBe(Code.InvalidArgument);
    expect((await client.call('test.Echo', 'Echo', Buffer.from('still'))).toString()).toBe('still');
  });

  test('even stream ids are refused', async () => {
    const req = ttrpc.Request.encode({ service: 'test.Echo', method: 'Echo', payload: Buffer.from('x') }).finish();
    const out = await rawCall(encodeFrame(2, MessageType.Request, 0, req));
    expect(ttrpc.Response.decode(out.subarray(10)).status?.code).toBe(Code.InvalidArgument);
  });
});

describe('streams', () => {
  test('server streaming delivers every message then ends', async () => {
    const { stream, result } = client.stream('test.Echo', 'Count', Buffer.from('5'));
    const got: string[] = [];
    for await (const m of stream) got.push(m.toString());
    await result;
    expect(got).toEqual(['0', '1', '2', '3', '4']);
  });

  test('bidirectional streaming', async () => {
    const { stream, result } = client.stream('test.Echo', 'Upper', Buffer.alloc(0), true);
    stream.send(Buffer.from('a'));
    stream.send(Buffer.from('b'));
    stream.end();
    const got: string[] = [];
    for await (const m of stream) got.push(m.toString());
    await result;
    expect(got).toEqual(['A', 'B']);
  });

  test("a stream's own frames sent move lastCallAt (an upload is the call's work)", async () => {
    const { stream, result } = client.stream('test.Echo', 'Upper', Buffer.alloc(0), true);
    await new Promise((r) => setTimeout(r, 20));
    const opened = client.lastCallAt;
    await new Promise((r) => setTimeout(r, 20));
    stream.send(Buffer.from('c'));
    expect(client.lastCallAt).toBeGreaterThan(opened);
    stream.end();
    for await (const _ of stream);
    await result;
  });
});
