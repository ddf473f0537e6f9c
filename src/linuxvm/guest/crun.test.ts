import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { CrunStderr, execFailure } from './crun.js';

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
