// Build contexts and layers are tars from the client: an entry must never land outside the
// target, whatever symlinks and hard links earlier entries made (`a -> /`, `a -> ../..`).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import tar from 'tar-stream';
import { afterAll, expect, test } from 'vitest';
import { Code, type TandemError } from '../../common/errdefs.js';
import { extractTar } from './context.js';

const scratch = mkdtempSync(join(tmpdir(), 'build-context-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function tarOf(entries: { header: Partial<tar.Header> & { name: string }; data?: string }[]): Promise<Readable> {
  const p = tar.pack();
  for (const e of entries) p.entry(e.header as tar.Header, e.data ?? '');
  p.finalize();
  const chunks: Buffer[] = [];
  for await (const c of p as AsyncIterable<Buffer>) chunks.push(c);
  return Readable.from([Buffer.concat(chunks)]);
}

test('a file written through a symlink that points out of the target lands inside it', async () => {
  const dir = join(scratch, 'ctx');
  const outside = join(scratch, 'outside');
  mkdirSync(dir);
  mkdirSync(outside);
  await extractTar(
    await tarOf([
      { header: { name: 'abs', type: 'symlink', linkname: outside } },
      { header: { name: 'rel', type: 'symlink', linkname: '../outside' } },
      { header: { name: 'abs/escape-1', type: 'file' }, data: 'x' },
      { header: { name: 'rel/sub/escape-2', type: 'file' }, data: 'y' },
      { header: { name: 'hard', type: 'link', linkname: 'rel/sub/escape-2' } },
    ]),
    dir,
  );
  expect(readdirSync(outside)).toEqual([]);
  expect(readFileSync(join(dir, outside, 'escape-1'), 'utf8')).toBe('x'); // `abs` resolved inside dir
  expect(readFileSync(join(dir, 'outside', 'sub', 'escape-2'), 'utf8')).toBe('y');
  expect(readFileSync(join(dir, 'hard'), 'utf8')).toBe('y');
  expect(existsSync(join(scratch, 'escape-1'))).toBe(false);
});

test("bytes that are no tar are the sender's fault: InvalidArgument naming the archive, not tar-stream's bare words", async () => {
  const dir = join(scratch, 'not-tar');
  mkdirSync(dir);
  for (const input of [Buffer.from('hello\n'), Buffer.alloc(2048, 0x41)]) {
    const err = await extractTar(Readable.from([input]), dir).catch((e: unknown) => e);
    expect((err as TandemError).code).toBe(Code.InvalidArgument);
    expect((err as Error).message).toMatch(/^the archive is not a valid tar archive: (Unexpected end of data|Invalid tar header)$/);
  }
});
