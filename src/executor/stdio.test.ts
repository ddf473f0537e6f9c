import { execFileSync } from 'node:child_process';
import { constants, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Code, TandemError } from '../common/errdefs.js';
import { openStreamStdio, parseSink } from './stdio.js';

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
    const s = await openStreamStdio({ stdin: i, stdout: o, stderr: '', terminal: false }, { id: 'x', namespace: 'n' });
    // The client side: a writer on stdin, a reader on stdout (opened after the shim's ends).
    const w = new net.Socket({ fd: openSync(i, constants.O_WRONLY | constants.O_NONBLOCK), readable: false, writable: true });
    const r = new net.Socket({ fd: openSync(o, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false });
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
    const missing = path.join(dir, 'never-created-stderr');
    const s = await openStreamStdio({ stdin: '', stdout: o, stderr: missing, terminal: true }, { id: 'x', namespace: 'n' });
    expect(s.stdout).not.toBeNull();
    expect(s.stderr).toBeNull();
    await s.close();
    await expect(
      openStreamStdio({ stdin: '', stdout: o, stderr: missing, terminal: false }, { id: 'x', namespace: 'n' }),
    ).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
