// The host end of an output port against a unix socket standing in for the VMM's (the real port
// is checked in the VM suites).
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputPortReader } from './output-port.js';

let dir: string;
let server: net.Server;
let peer: Promise<net.Socket>;
let closed: Promise<void>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tport-'));
  server = net.createServer();
  peer = new Promise((r) =>
    server.once('connection', (s) => {
      closed = new Promise((c) => s.once('close', () => c()));
      r(s);
    }),
  );
  await new Promise<void>((r) => server.listen(join(dir, 'out0.sock'), r));
});

afterEach(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

const collect = (s: PassThrough) => {
  const chunks: Buffer[] = [];
  s.on('data', (d: Buffer) => chunks.push(d));
  return () => Buffer.concat(chunks).toString();
};

describe('output port reader', () => {
  it('reads up to the count the agent gives, then lets go of the port', async () => {
    const sink = new PassThrough();
    const got = collect(sink);
    let first = 0;
    const r = new OutputPortReader('tandem.out.0', join(dir, 'out0.sock'), sink, { onFirstByte: () => first++, warn: () => {} });
    const s = await peer;
    s.write('hello ');
    r.end(11);
    s.write('worldNEXT STREAM'); // past the count: the port's next stream, never this one's
    await r.done;
    await closed;
    expect(got()).toBe('hello world');
    expect(first).toBe(1);
  });

  it('a count of 0, and a count that came before the bytes', async () => {
    const sink = new PassThrough();
    const got = collect(sink);
    const r = new OutputPortReader('tandem.out.0', join(dir, 'out0.sock'), sink, { warn: () => {} });
    const s = await peer;
    r.end(3);
    s.write('abc');
    await r.done;
    expect(got()).toBe('abc');
    const none = new OutputPortReader('tandem.out.1', join(dir, 'out0.sock'), sink, { warn: () => {} });
    none.end(0);
    await none.done;
  });

  // With waits after short reads too: a wait's end never resumes a reader its sink holds back.
  it.each([0, 1])(
    'holds the port back while the client does not read (flow control), loses nothing (waits up to %i ms)',
    async (coalesceMs) => {
      let taken = 0;
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const sink = new Writable({
        highWaterMark: 1024,
        write(chunk: Buffer, _e, cb) {
          taken += chunk.length;
          void gate.then(() => cb());
        },
      });
      const r = new OutputPortReader('tandem.out.0', join(dir, 'out0.sock'), sink, { warn: () => {}, coalesceMs });
      const s = await peer;
      const total = 16 << 20;
      r.end(total);
      s.write(Buffer.alloc(total, 7));
      await new Promise((res) => setTimeout(res, 200));
      // The reader stopped taking bytes: they wait on the VMM's side (the guest's writer would block).
      expect(taken).toBeLessThan(total);
      expect(s.writableLength).toBeGreaterThan(0);
      release();
      await r.done;
      expect(taken).toBe(total);
    },
  );

  it('coalescing: a trickle of small writes reaches the sink in fewer, larger writes, in order', async () => {
    const sizes: number[] = [];
    const parts: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _e, cb) {
        sizes.push(chunk.length);
        parts.push(chunk);
        cb();
      },
    });
    const r = new OutputPortReader('tandem.out.0', join(dir, 'out0.sock'), sink, { warn: () => {}, coalesceMs: 20 });
    const s = await peer;
    const writes = 200;
    r.end(writes * 100);
    // 100-byte writes in runs of ten, 2 ms between runs: a writer slower than the reader, as
    // a producer's stdio blocks come.
    for (let i = 0; i < writes; i++) {
      s.write(Buffer.alloc(100, i % 251));
      await new Promise((res) => setImmediate(res));
      if (i % 10 === 9) await new Promise((res) => setTimeout(res, 2));
    }
    await r.done;
    const all = Buffer.concat(parts);
    expect(all.length).toBe(writes * 100);
    for (let i = 0; i < writes; i++) expect(all[i * 100]).toBe(i % 251);
    expect(sizes.length).toBeLessThan(writes / 4);
  });

  it('a port the VM does not list: a warning, and no wait', async () => {
    const warned: string[] = [];
    const r = new OutputPortReader('tandem.out.9', undefined, new PassThrough(), { warn: (w) => warned.push(w) });
    await r.done;
    expect(warned[0]).toMatch(/tandem\.out\.9.*does not list/);
  });
});
