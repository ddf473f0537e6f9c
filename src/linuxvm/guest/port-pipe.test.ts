// PortPipe against a scripted write(): partial writes, EAGAIN (the host not reading), a port that
// goes away. The real port is checked in the VM suites (vm-executor.test.ts, published ports).
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PortPipe } from './port-pipe.js';

/** A write() that takes at most `max` bytes and fails with `errors` (one per call) first. */
function port(max: number, errors: string[] = []) {
  const got: Buffer[] = [];
  let calls = 0;
  const write = (fd: number, b: Buffer): number => {
    calls++;
    expect(fd).toBe(7);
    const code = errors.shift();
    if (code) throw Object.assign(new Error(code), { code });
    const n = Math.min(max, b.length);
    got.push(Buffer.from(b.subarray(0, n)));
    return n;
  };
  return { write, got: () => Buffer.concat(got), calls: () => calls };
}

describe('PortPipe', () => {
  it('writes every byte in order through partial writes, and counts them', async () => {
    const src = new PassThrough();
    const p = port(5);
    const pipe = new PortPipe(7, src, p.write);
    pipe.offer(Buffer.from('hello, '));
    pipe.offer(Buffer.from('port world'));
    pipe.end();
    expect(await pipe.done).toBe(17);
    expect(p.got().toString()).toBe('hello, port world');
  });

  it('pauses the source while the host takes nothing (EAGAIN), and goes on when it does', async () => {
    const src = new PassThrough();
    src.on('data', () => {});
    const p = port(1 << 16, ['EAGAIN', 'EAGAIN', 'EAGAIN']);
    const pipe = new PortPipe(7, src, p.write);
    const reused = Buffer.from('abc'); // the reader's buffer: refilled once offer() returns
    expect(pipe.offer(reused)).toBe(false);
    reused.write('xyz');
    expect(src.isPaused()).toBe(true); // the first write failed: no more reads meanwhile
    expect(pipe.offer(Buffer.from('def'))).toBe(false); // read before the pause took effect: waits its turn
    pipe.end();
    expect(await pipe.done).toBe(6);
    expect(p.got().toString()).toBe('abcdef');
    expect(p.calls()).toBe(5); // three refusals, then both chunks
    expect(src.isPaused()).toBe(false);
  });

  it('abort() settles with what went through and drops the rest (the host went away)', async () => {
    const src = new PassThrough();
    const p = port(2, ['', 'EAGAIN', 'EAGAIN', 'EAGAIN', 'EAGAIN', 'EAGAIN', 'EAGAIN']);
    const pipe = new PortPipe(7, src, p.write);
    pipe.offer(Buffer.from('abcdef'));
    pipe.abort();
    expect(await pipe.done).toBe(2);
    pipe.offer(Buffer.from('late'));
    expect(p.got().toString()).toBe('ab');
  });

  it('a port that fails otherwise ends the connection and settles', async () => {
    const src = new PassThrough();
    const p = port(64, ['ENODEV']);
    const pipe = new PortPipe(7, src, p.write);
    pipe.offer(Buffer.from('lost'));
    expect(await pipe.done).toBe(0);
    expect(src.destroyed).toBe(true);
  });
});
