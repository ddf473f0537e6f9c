// The snapshotter under clients that send garbage: a bad HTTP/2 preface, garbled headers, an
// oversized frame, half a preface and silence, random bytes. Each such connection must be
// closed by the snapshotter itself (the clients here never hang up), its fd count must come
// back to where it was, and it must keep serving.
import { statSync } from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { GrpcSnapshotter } from '../../src/snapshotter/client.js';
import { fdCount } from '../helpers/leaks.js';
import { waitFor } from '../helpers/run.js';
import { SnapshotterProcess } from '../helpers/snapshotter.js';

const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');
const SETTINGS = frame(4, 0, 0, Buffer.alloc(0));

function frame(type: number, flags: number, stream: number, payload: Buffer): Buffer {
  const h = Buffer.alloc(9);
  h.writeUIntBE(payload.length, 0, 3);
  h[3] = type;
  h[4] = flags;
  h.writeUInt32BE(stream, 5);
  return Buffer.concat([h, payload]);
}

const GARBAGE: Record<string, Buffer> = {
  'HTTP/1.1 instead of the preface': Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'),
  'garbled HPACK headers': Buffer.concat([PREFACE, SETTINGS, frame(1, 4, 1, Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81, 0x82]))]),
  'a 16 MiB frame header': Buffer.concat([PREFACE, SETTINGS, Buffer.from([0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 1])]),
  'half a preface, then silence': PREFACE.subarray(0, 10),
  'random bytes': Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 0xff, 0x13]),
};

let sn: SnapshotterProcess;
let client: GrpcSnapshotter;

beforeAll(async () => {
  sn = await SnapshotterProcess.start({ backend: 'copy' });
  client = new GrpcSnapshotter(sn.socket);
  await client.prepare('warm', ''); // the server's lazily loaded parts are in place before we count
});
afterAll(async () => {
  await client?.close();
  await sn?.dispose();
});

test(
  '300 garbage connections are all closed by the snapshotter; its fds return to baseline; it keeps serving',
  { timeout: 200_000 },
  async () => {
    const pid = sn.pid!;
    const baseline = fdCount(pid);
    const kinds = Object.values(GARBAGE);
    const conns = Array.from({ length: 300 }, (_, i) => {
      const s = net.createConnection(sn.socket);
      const closed = new Promise<void>((resolve) => s.once('close', () => resolve()));
      s.on('error', () => {});
      s.on('connect', () => s.write(kinds[i % kinds.length]!));
      s.resume(); // read, so that the server's hang-up is seen
      return { s, closed, done: false };
    });
    for (const c of conns) void c.closed.then(() => (c.done = true));
    // The clients never hang up: only the snapshotter can end these connections.
    await waitFor(() => conns.every((c) => c.done), 100_000, 'the snapshotter to close every garbage connection').catch((err) => {
      const open = Object.keys(GARBAGE).filter((_, k) => conns.some((c, i) => i % kinds.length === k && !c.done));
      throw new Error(`${(err as Error).message}; still open: ${open.join(', ')}`);
    });
    await waitFor(() => fdCount(pid) <= baseline, 30_000, `the snapshotter's fds to return to ${baseline}`);
    expect(await client.stat('warm')).toMatchObject({ name: 'warm' });
    await client.prepare('after', '');
    expect((await client.list()).map((i) => i.name).sort()).toEqual(['after', 'warm']);
  },
);

test('its socket is 0600: only its owner may connect', () => {
  expect(statSync(sn.socket).mode & 0o777).toBe(0o600);
});
