import { execFileSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { Code } from './errdefs.js';
import { compressionOf, decompressed } from './decompress.js';

const plain = Buffer.from('x'.repeat(300_000) + 'end');
const tool = (cmd: string, args: string[]) => execFileSync(cmd, args, { input: plain, maxBuffer: 1 << 24 });
const packed = {
  gzip: gzipSync(plain),
  bzip2: tool('bzip2', ['-c']),
  xz: tool('xz', ['-c']),
  zstd: tool('zstd', ['-qc']),
};

async function all(r: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of r) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/** Children of this process still running (a decompressor left behind would be one). */
const children = () =>
  execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => /bzip2|xz|zstd/.test(l));

/** Waits (up to 20 s, loaded machines are slow to reap) for no decompressor to be left. */
async function noneLeft(): Promise<void> {
  for (let i = 0; i < 200 && children().length; i++) await new Promise((r) => setTimeout(r, 100));
  expect(children()).toEqual([]);
}

test.each(Object.entries(packed))('%s: told by its first bytes and read back whole', async (kind, bytes) => {
  expect(compressionOf(bytes)).toBe(kind);
  expect((await all(await decompressed(Readable.from([bytes]), 'the archive'))).equals(plain)).toBe(true);
});

test('anything else passes as it came, a plain tar and an empty input included', async () => {
  expect(compressionOf(plain)).toBeUndefined();
  expect((await all(await decompressed(Readable.from([plain]), 'the archive'))).equals(plain)).toBe(true);
  expect((await all(await decompressed(Readable.from([]), 'the archive'))).length).toBe(0);
});

test.each(Object.entries(packed))('%s cut short: InvalidArgument naming what was read, and no process left', async (kind, bytes) => {
  const r = await decompressed(Readable.from([bytes.subarray(0, Math.floor(bytes.length / 2))]), 'the image archive');
  await expect(all(r)).rejects.toMatchObject({ code: Code.InvalidArgument, message: expect.stringMatching(/^the image archive: /) });
  await noneLeft();
  void kind;
});

test('a reader that stops early ends the decompressor and leaves the input to its owner', async () => {
  const input = new PassThrough();
  input.write(packed.xz.subarray(0, 100));
  const r = await decompressed(input, 'the archive');
  expect(children().length).toBe(1);
  r.destroy();
  await noneLeft();
  expect(input.destroyed).toBe(false);
});
