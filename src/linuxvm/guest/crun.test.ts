import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { CrunStderr, execFailure, terminalTail, withTerminalTail } from './crun.js';

// crun 1.8.1's own lines, as it printed them for a text file, a 0644 file, a missing program.
const ENOEXEC = '{"msg":"exec container process `/bad`: Exec format error","level":"error","time":"2026-11-30T11:41:11.016432Z"}';

async function through(chunks: string[], prog = '/bad'): Promise<string> {
  const out: Buffer[] = [];
  for await (const b of Readable.from(chunks.map((c) => Buffer.from(c))).pipe(new CrunStderr(prog))) out.push(b as Buffer);
  return Buffer.concat(out).toString();
}

describe('execFailure', () => {
  test('rewords crun exec failures the way the native executor (and Go) words them', () => {
    expect(execFailure('exec container process `/bad`: Exec format error', '/bad')).toBe('exec: "/bad": exec format error');
    expect(execFailure('exec container process `/bin/x`: Permission denied', 'x')).toBe('exec: "x": permission denied');
    expect(execFailure('open executable: Permission denied', '/noperm')).toBe('exec: "/noperm": permission denied');
    expect(execFailure('executable file `/nosuch` not found in $PATH: No such file or directory', '/nosuch')).toBe(
      'exec: "/nosuch": no such file or directory',
    );
    expect(execFailure('executable file `nosuch` not found in $PATH: No such file or directory', 'nosuch')).toBe(
      'exec: "nosuch": executable file not found in $PATH',
    );
  });

  test('leaves every other message alone', () => {
    expect(execFailure('cgroups in hybrid mode not supported', '/bad')).toBeUndefined();
    expect(execFailure('exec /bad: exec format error', '/bad')).toBeUndefined();
  });
});

describe('CrunStderr', () => {
  test("rewrites crun's JSON line at the head of stderr, also when it arrives in pieces", async () => {
    expect(await through([`${ENOEXEC}\n`])).toBe('exec: "/bad": exec format error\n');
    expect(await through([ENOEXEC.slice(0, 3), ENOEXEC.slice(3, 40), `${ENOEXEC.slice(40)}\nmore\n`])).toBe(
      'exec: "/bad": exec format error\nmore\n',
    );
    expect(await through([ENOEXEC])).toBe('exec: "/bad": exec format error');
  });

  test("passes a program's own output through unchanged, JSON or not, and only looks at the first line", async () => {
    expect(await through(['hello\n', `${ENOEXEC}\n`])).toBe(`hello\n${ENOEXEC}\n`);
    const json = '{"msg":"exec container process `/bad`: nope","level":"info"}\n';
    expect(await through([json, 'x'])).toBe(`${json}x`);
    expect(await through(['{"msg":"partial'])).toBe('{"msg":"partial');
    const long = `{"msg":"${'a'.repeat(5000)}`;
    expect(await through([long, '\n'])).toBe(`${long}\n`);
  });
});

// What crun 1.8.1 wrote into its --log when it lost a terminal program's whole output (a `crun
// run` under `script` on a loaded host, 4 runs in 300, byte for byte): the output in 255-byte
// pieces, each followed by a newline of crun's.
const LINES = Buffer.from(Array.from({ length: 60 }, (_, i) => `line-${i}-abcdefghij\r\n`).join(''));
const asCrunFlushes = (b: Buffer) => {
  const pieces: Buffer[] = [];
  for (let i = 0; i < b.length; i += 255) pieces.push(b.subarray(i, i + 255), Buffer.from('\n'));
  return Buffer.concat(pieces);
};
const WARNING = '{"msg":"a warning of crun\'s own","level":"warning","time":"2026-12-06T16:20:44.972709Z"}\n';

describe('terminalTail', () => {
  test("takes back a terminal's output crun flushed into its log, without crun's newlines", () => {
    expect(asCrunFlushes(LINES).length).toBe(1195);
    expect(terminalTail(asCrunFlushes(LINES)).equals(LINES)).toBe(true);
    expect(terminalTail(Buffer.from('30 100\r\n\n')).toString()).toBe('30 100\r\n');
    expect(terminalTail(asCrunFlushes(LINES.subarray(0, 255))).equals(LINES.subarray(0, 255))).toBe(true);
  });

  test("leaves crun's own JSON lines out, before the flush and after it; nothing flushed is nothing", () => {
    const log = Buffer.concat([Buffer.from(WARNING), asCrunFlushes(LINES), Buffer.from(ENOEXEC + '\n')]);
    expect(terminalTail(log).equals(LINES)).toBe(true);
    expect(terminalTail(Buffer.from(WARNING + ENOEXEC + '\n')).length).toBe(0);
    expect(terminalTail(Buffer.alloc(0)).length).toBe(0);
  });

  test("a program's own JSON line in the tail is kept: it ends in CR LF, crun's lines in LF", () => {
    const own = Buffer.from('{"msg":"mine","level":"info","time":"now"}\r\n');
    expect(terminalTail(Buffer.concat([own, Buffer.from('\n')])).equals(own)).toBe(true);
  });

  test('pieces shorter than crun reads keep their newlines but the last (no guessing)', () => {
    expect(terminalTail(Buffer.from('ab\ncd\n')).toString()).toBe('ab\ncd');
  });
});

describe('withTerminalTail', () => {
  test("appends what crun logged during this process's life, not what an earlier run left", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crun-tail-'));
    try {
      const log = join(dir, 'init.runc.log');
      writeFileSync(log, 'old\n'); // an earlier run of the same init (a restart)
      const relayed = new Readable({ read() {} });
      const out = withTerminalTail(relayed, log);
      const got: Buffer[] = [];
      out.on('data', (b: Buffer) => got.push(b));
      const ended = new Promise((r) => out.once('end', r));
      relayed.push('first\r\n');
      appendFileSync(log, WARNING + '30 100\r\n\n');
      relayed.push(null);
      await ended;
      expect(Buffer.concat(got).toString()).toBe('first\r\n30 100\r\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
