import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { expect, test } from 'vitest';
import { tarTail } from './tar-tail.js';

async function packed(files: Record<string, string>): Promise<Buffer> {
  const p = tar.pack();
  for (const [name, data] of Object.entries(files)) p.entry({ name }, data);
  p.finalize();
  const parts: Buffer[] = [];
  for await (const c of p as AsyncIterable<Buffer>) parts.push(c);
  return Buffer.concat(parts);
}

/** The entries tar-stream reads through tarTail, the input given in pieces of `piece` bytes. */
async function read(bytes: Buffer, piece = 100): Promise<Record<string, string>> {
  const got: Record<string, string> = {};
  const ex = tar.extract();
  const reading = (async () => {
    for await (const e of ex) {
      const parts: Buffer[] = [];
      for await (const c of e) parts.push(c as Buffer);
      got[e.header.name] = Buffer.concat(parts).toString();
    }
  })();
  const pieces = [];
  for (let i = 0; i < bytes.length; i += piece) pieces.push(bytes.subarray(i, i + piece));
  await Promise.all([pipeline(Readable.from(pieces), tarTail(), ex), reading]);
  return got;
}

const files = { Dockerfile: 'FROM scratch\n', 'a.txt': 'x'.repeat(700), '.dockerignore': 'secret\n' };

test('a whole archive reads as it is, in any piece size', async () => {
  const whole = await packed(files);
  for (const piece of [1, 100, 512, 4096]) expect(await read(whole, piece)).toEqual(files);
});

test("an archive that ends right after its last file's bytes (the docker CLI's `build -f -` context) reads whole", async () => {
  const whole = await packed(files);
  const cut = whole.subarray(0, whole.indexOf('secret\n') + 'secret\n'.length);
  for (const piece of [1, 100, 512, 4096]) expect(await read(cut, piece)).toEqual(files);
  // and one that ends at a header boundary, without the end blocks
  expect(await read(whole.subarray(0, whole.length - 1024))).toEqual(files);
});

test("a cut inside a file's bytes or inside a header is still refused", async () => {
  const whole = await packed(files);
  const inData = whole.indexOf('secret\n') + 3;
  await expect(read(whole.subarray(0, inData))).rejects.toThrow(/Unexpected end of data/);
  await expect(read(whole.subarray(0, 512 + 512 + 100)))
    .rejects // in a.txt's header
    .toThrow(/Unexpected end of data/);
});
