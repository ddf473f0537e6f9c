// The agent's unix-socket channel (what socat bridges the vfkit vsock port to) keeps the
// virtio-serial port's contract: one host at a time, the next served once the previous closed,
// connect/disconnect reported for the orphan timer.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, constants as fsc, mkdtempSync, open, openSync, rmSync, write } from 'node:fs';
import { promisify } from 'node:util';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { readThrough, serveSocket, writeAll } from './port.js';

const writeP = promisify(write);
const dirs: string[] = [];
const stops: AbortController[] = [];

afterEach(() => {
  for (const s of stops.splice(0)) s.abort();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A directory of this test's, removed after it. */
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-port-'));
  dirs.push(dir);
  return dir;
}

/** A FIFO in a directory of this test's. */
function tempFifo(): string {
  const fifo = join(tempDir(), 'fifo');
  execFileSync('mkfifo', [fifo]);
  return fifo;
}

/** A served echo channel and its event history. */
async function echoChannel() {
  const dir = tempDir();
  const path = join(dir, 'agent.sock');
  const events: string[] = [];
  const stop = new AbortController();
  stops.push(stop);
  await serveSocket(
    path,
    (conn: Duplex) => conn.pipe(conn),
    stop.signal,
    () => events.push('disconnect'),
    () => events.push('connect'),
  );
  return { path, events };
}

function client(path: string) {
  const s = net.connect(path);
  let got = '';
  s.setEncoding('utf8');
  s.on('data', (d: string) => (got += d));
  const closed = new Promise<void>((r) => s.on('close', () => r()));
  return { s, closed, received: () => got };
}

const until = async (f: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!f()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('serveSocket', () => {
  test('one host at a time: a second connection waits, unread, until the first closes', async () => {
    const { path, events } = await echoChannel();
    const a = client(path);
    a.s.write('from a');
    await until(() => a.received() === 'from a');
    expect(events).toEqual(['connect']);

    const b = client(path);
    b.s.write('from b');
    await new Promise((r) => setTimeout(r, 300));
    expect(b.received()).toBe(''); // not served while a is
    expect(events).toEqual(['connect']);

    a.s.end();
    await a.closed;
    await until(() => b.received() === 'from b');
    expect(events).toEqual(['connect', 'disconnect', 'connect']);
    b.s.end();
    await b.closed;
    await until(() => events.length === 4);
    expect(events).toEqual(['connect', 'disconnect', 'connect', 'disconnect']);
  });

  test('a host that reconnects after a close is served again', async () => {
    const { path, events } = await echoChannel();
    for (const word of ['one', 'two', 'three']) {
      const c = client(path);
      c.s.write(word);
      await until(() => c.received() === word);
      c.s.destroy(); // an abrupt close (a killed host) counts the same as an orderly one
      await c.closed;
    }
    await until(() => events.length === 6);
    expect(events).toEqual(['connect', 'disconnect', 'connect', 'disconnect', 'connect', 'disconnect']);
  });

  test('a connection that gave up while waiting is served its EOF, then the next one', async () => {
    const { path, events } = await echoChannel();
    const a = client(path);
    a.s.write('a');
    await until(() => a.received() === 'a');
    const b = client(path);
    await new Promise((r) => b.s.on('connect', r));
    b.s.destroy();
    await b.closed;
    const c = client(path);
    c.s.write('c');
    a.s.end();
    await until(() => c.received() === 'c');
    // b's close is only read when its turn comes: a brief session, as a host that connected
    // and left at once would be on a virtio-serial port.
    expect(events).toEqual(['connect', 'disconnect', 'connect', 'disconnect', 'connect']);
    c.s.end();
  });
});

describe('writeAll (the port session writes)', () => {
  test('writes every buffer in order, in 32 KiB slices, however large', async () => {
    const fifo = tempFifo();
    // O_RDWR: opening does not wait for the other end; the reader drains it concurrently.
    const fd = openSync(fifo, fsc.O_RDWR);
    const reader = new net.Socket({ fd: openSync(fifo, fsc.O_RDONLY | fsc.O_NONBLOCK), readable: true, writable: false });
    const bufs = [randomBytes(5), randomBytes(1 << 20), randomBytes(70_000), randomBytes(1)];
    const want = Buffer.concat(bufs);
    const got: Buffer[] = [];
    let n = 0;
    const all = new Promise<void>((resolve) =>
      reader.on('data', (d) => {
        got.push(d as Buffer);
        if ((n += d.length) >= want.length) resolve();
      }),
    );
    await new Promise<void>((resolve, reject) => writeAll(fd, bufs, (err) => (err ? reject(err) : resolve())));
    await all;
    reader.destroy();
    closeSync(fd);
    expect(Buffer.concat(got).equals(want)).toBe(true);
  });
});

// The rest of a port session is read by a child process (virtio_console gives one 4 KiB buffer per
// read()); a FIFO stands in for the port here: its writer's close is the port's EOF (host gone).
describe('readThrough', () => {
  test('pushes everything the child reads, in order, and settles at the EOF', async () => {
    const fifo = tempFifo();
    // Both ends blocking, as the port is: the reader's open (on the thread pool) waits for the writer's.
    const opening = new Promise<number>((resolve, reject) => open(fifo, 'r', (err, fd) => (err ? reject(err) : resolve(fd))));
    const writer = openSync(fifo, fsc.O_WRONLY);
    const fd = await opening;
    const got: Buffer[] = [];
    const reading = readThrough(['cat'], fd, { push: (b: Buffer) => (got.push(b), true) });
    const sent = randomBytes(1 << 20);
    // Written from the thread pool: the child's pipe is read by this thread meanwhile.
    for (let off = 0; off < sent.length; off += 4096) await writeP(writer, sent.subarray(off, off + 4096));
    closeSync(writer);
    expect(await reading).toBe(true);
    closeSync(fd);
    expect(Buffer.concat(got).equals(sent)).toBe(true);
  });

  test('a reader that cannot start: false, nothing read, the port left to the caller', async () => {
    const dir = tempDir();
    const fd = openSync(join(dir, 'file'), 'w+');
    const got: Buffer[] = [];
    expect(await readThrough([join(dir, 'no-such-reader')], fd, { push: (b: Buffer) => (got.push(b), true) })).toBe(false);
    closeSync(fd);
    expect(got).toEqual([]);
  });
});
