// The `start` fallback's hand-encoded Manager/Hold against the real ttrpc server the daemon runs:
// a daemon that holds, one that refuses (leaving), a listener that never answers or sends half a
// frame, no socket.
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { unavailable } from '../common/errdefs.js';
import type { Frame } from '../ttrpc/frame.js';
import { TtrpcServer } from '../ttrpc/server.js';
import { heldBy, hold } from './hold.js';
import { MANAGER } from './task-rpc.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-hold-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function daemon(name: string, holds: boolean): Promise<{ socket: string; calls: number; close: () => Promise<void> }> {
  const server = new TtrpcServer();
  const d = { socket: join(dir, `${name}.sock`), calls: 0, close: () => server.close() };
  server.serve(MANAGER, {
    Delete: async () => ({}),
    Hold: async () => {
      d.calls++;
      if (!holds) throw unavailable('the shim daemon is leaving');
      return {};
    },
  });
  await server.listen(d.socket);
  return d;
}

test('a daemon that holds: true, after one Hold call', async () => {
  const d = await daemon('holds', true);
  try {
    expect(await hold(d.socket)).toBe(true);
    expect(d.calls).toBe(1);
  } finally {
    await d.close();
  }
});

test('a daemon that refuses (on its way out): false', async () => {
  const d = await daemon('leaving', false);
  try {
    expect(await hold(d.socket)).toBe(false);
    expect(d.calls).toBe(1);
  } finally {
    await d.close();
  }
});

test('a connection that is taken and dropped unanswered, or no socket at all: false', async () => {
  const socket = join(dir, 'drops.sock');
  const server = net.createServer((c) => c.destroy());
  await new Promise<void>((r) => server.listen(socket, r));
  try {
    expect(await hold(socket)).toBe(false);
  } finally {
    server.close();
  }
  expect(await hold(join(dir, 'none.sock'))).toBe(false);
});

test('a listener that never answers: false once the bound is up', async () => {
  const socket = join(dir, 'mute.sock');
  const held: net.Socket[] = [];
  const server = net.createServer((c) => void held.push(c));
  await new Promise<void>((r) => server.listen(socket, r));
  try {
    expect(await hold(socket, 200)).toBe(false);
  } finally {
    for (const c of held) c.destroy();
    server.close();
  }
});

test('a daemon that sends half a frame and hangs up: false', async () => {
  const socket = join(dir, 'half.sock');
  const server = net.createServer((c) => c.end(Buffer.alloc(4)));
  await new Promise<void>((r) => server.listen(socket, r));
  try {
    expect(await hold(socket)).toBe(false);
  } finally {
    server.close();
  }
});

test('heldBy reads only a response frame whose status code is 0 (or absent) as held', () => {
  const frame = (type: number, body: number[]): Frame => ({ streamId: 1, type, flags: 0, data: Buffer.from(body) });
  expect(heldBy(frame(2, []))).toBe(true); // Response {} : status absent
  expect(heldBy(frame(2, [0x0a, 0x00]))).toBe(true); // an empty status
  expect(heldBy(frame(2, [0x0a, 0x02, 0x08, 0x0e]))).toBe(false); // code 14 (Unavailable)
  expect(heldBy(frame(1, []))).toBe(false); // a request, not a response
  expect(heldBy({ ...frame(2, []), oversized: 5 << 20 })).toBe(false); // its payload was dropped
});
