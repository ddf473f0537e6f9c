import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Code, TandemError } from '../common/errdefs.js';
import { openDirectStdio, openStreamStdio, parseSink, type StdioContext } from './stdio.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-stdio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseSink', () => {
  it('knows FIFOs, file:// and binary:// with containerd argument order', () => {
    expect(parseSink('')).toEqual({ kind: 'none' });
    expect(parseSink('/run/x/stdout')).toEqual({ kind: 'fifo', path: '/run/x/stdout' });
    expect(parseSink('file:///var/log/a%20b.log')).toEqual({ kind: 'file', path: '/var/log/a b.log' });
    expect(parseSink('binary:///usr/bin/logger?id=1&flag=')).toEqual({
      kind: 'binary',
      path: '/usr/bin/logger',
      args: ['id', '1', 'flag'],
    });
  });

  it('rejects other schemes with InvalidArgument', () => {
    expect(() => parseSink('npipe:///x')).toThrow(TandemError);
    try {
      parseSink('tcp://host/x');
    } catch (e) {
      expect((e as TandemError).code).toBe(Code.InvalidArgument);
    }
  });
});

describe('openStreamStdio over FIFOs', () => {
  it('copies without blocking, holds stdin open until closeStdin, and leaks no fds', async () => {
    const fds = () => readdirSync('/proc/self/fd').length;
    const before = fds();
    const [i, o] = ['in', 'out'].map((n) => path.join(dir, n));
    execFileSync('mkfifo', [i, o]);
    // The client side: a reader on stdout first (as containerd's client opens it), then, once
    // the shim holds its reader, a writer on stdin.
    const r = new net.Socket({ fd: openSync(o, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false });
    const s = await openStreamStdio({ stdin: i, stdout: o, stderr: '', terminal: false }, { id: 'x', namespace: 'n' });
    const w = new net.Socket({ fd: openSync(i, constants.O_WRONLY | constants.O_NONBLOCK), readable: false, writable: true });
    const got: Buffer[] = [];
    r.on('data', (c: Buffer) => got.push(c));
    const ended = new Promise((res) => r.on('close', res));
    s.stdin?.pipe(s.stdout as NodeJS.WritableStream, { end: false });
    let eof = false;
    s.stdin?.on('end', () => (eof = true));
    await new Promise<void>((res) => w.end('ping', () => res()));
    await new Promise((res) => setTimeout(res, 100));
    expect(eof).toBe(false); // our held writer keeps it open
    s.closeStdin();
    await new Promise((res) => setTimeout(res, 100));
    expect(eof).toBe(true);
    await s.close();
    await ended;
    expect(Buffer.concat(got).toString()).toBe('ping');
    w.destroy();
    expect(fds()).toBe(before);
  });
});

describe('a terminal', () => {
  it('ignores the stderr path (the client sends one but creates no FIFO there)', async () => {
    const o = path.join(dir, 'tty-out');
    execFileSync('mkfifo', [o]);
    const reader = openSync(o, constants.O_RDONLY | constants.O_NONBLOCK); // the client's end
    const missing = path.join(dir, 'never-created-stderr');
    const s = await openStreamStdio({ stdin: '', stdout: o, stderr: missing, terminal: true }, { id: 'x', namespace: 'n' });
    expect(s.stdout).not.toBeNull();
    expect(s.stderr).toBeNull();
    await s.close();
    await expect(
      openStreamStdio({ stdin: '', stdout: o, stderr: missing, terminal: false }, { id: 'x', namespace: 'n' }),
    ).rejects.toMatchObject({
      code: Code.FailedPrecondition,
      message: `fifo ${missing} does not exist: the client removed it or never created it`,
    });
    closeSync(reader);
  });
});

/** Everything in a FIFO read without blocking: what is buffered, up to EOF (or EAGAIN). */
function drain(fd: number): string {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(65536);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') throw new Error(`a writer is still open after the process exited`);
      throw err;
    }
    if (n === 0) return Buffer.concat(chunks).toString();
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
}

describe('openDirectStdio over FIFOs', () => {
  const fds = () => readdirSync('/proc/self/fd').length;
  let n = 0;
  const fifo = () => {
    const p = path.join(dir, `direct-${++n}`);
    execFileSync('mkfifo', [p]);
    return p;
  };

  it('keeps the output of a process that wrote and exited before the client opened its FIFO', async () => {
    const before = fds();
    const out = fifo();
    let waiting!: () => void;
    const shimWaits = new Promise<void>((resolve) => (waiting = resolve));
    const ctx: StdioContext = { id: 'x', namespace: 'n', log: { debug: () => waiting() } };
    // The process runs as soon as the shim lets it: write, exit, release stdio.
    const ran = (async () => {
      const s = await openDirectStdio({ stdin: '', stdout: out, stderr: '', terminal: false }, ctx);
      const child = spawn('sh', ['-c', 'echo run-1'], { stdio: s.child });
      s.spawned();
      await once(child, 'exit');
      await s.close();
      return 'exited' as const;
    })();
    // A late client: it opens its end only once the process has exited, or once the shim is
    // seen waiting for it (then the process cannot have run yet).
    await Promise.race([ran, shimWaits]);
    const reader = openSync(out, constants.O_RDONLY | constants.O_NONBLOCK);
    await ran;
    expect(drain(reader)).toBe('run-1\n');
    closeSync(reader);
    expect(fds()).toBe(before);
  });

  it('gives up on a client that never opens its FIFO, with a clear error and nothing left open', async () => {
    const before = fds();
    const out = fifo();
    const err = await openDirectStdio(
      { stdin: '', stdout: out, stderr: '', terminal: false },
      { id: 'x', namespace: 'n', readerWaitMs: 200 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TandemError);
    expect(err).toMatchObject({
      code: Code.FailedPrecondition,
      message: expect.stringContaining(`output fifo ${out}: no client opened it`),
    });
    expect(fds()).toBe(before);
    // The blocked open was released: a later client and process still meet normally.
    const reader = openSync(out, constants.O_RDONLY | constants.O_NONBLOCK);
    const s = await openDirectStdio({ stdin: '', stdout: out, stderr: '', terminal: false }, { id: 'x', namespace: 'n' });
    const child = spawn('sh', ['-c', 'echo again'], { stdio: s.child });
    s.spawned();
    await once(child, 'exit');
    await s.close();
    expect(drain(reader)).toBe('again\n');
    closeSync(reader);
  });

  it('stops waiting at once when the client that asked goes away (its connection closed)', async () => {
    const before = fds();
    const out = fifo();
    const gone = new AbortController();
    let waiting!: () => void;
    const shimWaits = new Promise<void>((resolve) => (waiting = resolve));
    const log = { debug: () => waiting() };
    // The bound is far beyond the test's own timeout: only the abort can end the wait.
    const opening = openDirectStdio(
      { stdin: '', stdout: out, stderr: '', terminal: false },
      { id: 'x', namespace: 'n', readerWaitMs: 600_000, signal: gone.signal, log },
    ).catch((e: unknown) => e);
    await shimWaits;
    gone.abort();
    const err = await opening;
    expect(err).toMatchObject({ code: Code.Canceled, message: expect.stringContaining(`output fifo ${out}: the client went away`) });
    expect(fds()).toBe(before);
    const already = await openDirectStdio(
      { stdin: '', stdout: out, stderr: '', terminal: false },
      { id: 'x', namespace: 'n', signal: gone.signal },
    ).catch((e: unknown) => e);
    expect(already).toMatchObject({ code: Code.Canceled });
    expect(fds()).toBe(before);
  });

  it('holds a reader while the process runs, so a client that goes away does not break its pipe', async () => {
    const out = fifo();
    const reader = openSync(out, constants.O_RDONLY | constants.O_NONBLOCK);
    const s = await openDirectStdio({ stdin: '', stdout: out, stderr: '', terminal: false }, { id: 'x', namespace: 'n' });
    closeSync(reader); // the client is gone before the process writes
    // sh's echo is a builtin: EPIPE (no reader at all) would make it fail and say so.
    const child = spawn('sh', ['-c', 'echo first && echo wrote'], { stdio: [s.child[0], s.child[1], 'pipe'] });
    s.spawned();
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d));
    const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
    await s.close();
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
  });
});
