// Fuzz (fast-check) of docker load's tar reader. Hostile archives (path traversal names,
// symlinks and hard links named like the files load reads, device nodes and FIFOs, huge
// headers, blobs whose content is not their digest, truncated and random bytes) either load or
// fail with a kinded error; only regular files reach the content store (a blob named by its
// digest, any other file but a document under the digest of its bytes), only documents are
// kept in memory, and nothing is created on the file system (the reader has no
// path to write to: layers reach a snapshot only through containerd's diff service).
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough, Readable } from 'node:stream';
import fc from 'fast-check';
import tar from 'tar-stream';
import { expect, test } from 'vitest';
import { FUZZ_RUNS, fuzzParams, fuzzTimeout } from '../../../test/helpers/fuzz.js';
import { Code, TandemError, failedPrecondition } from '../../common/errdefs.js';
import { MAX_ARCHIVE_FILE, readArchive, type BlobSink } from './archive.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** containerd's content store as far as load sees it: a write whose bytes are not the digest fails. */
function sink() {
  const stored = new Map<string, Buffer>();
  const s: BlobSink = {
    has: async (d) => stored.has(d),
    write: async (desc, data) => {
      const chunks: Buffer[] = [];
      for await (const c of data) chunks.push(Buffer.from(c));
      const b = Buffer.concat(chunks);
      if (`sha256:${sha(b)}` !== desc.digest) throw failedPrecondition(`unexpected commit digest for ${desc.digest}`);
      stored.set(desc.digest, b);
    },
    put: async (data) => {
      const chunks: Buffer[] = [];
      for await (const c of data) chunks.push(Buffer.from(c));
      const b = Buffer.concat(chunks);
      stored.set(`sha256:${sha(b)}`, b);
      return { digest: `sha256:${sha(b)}`, size: b.length };
    },
  };
  return { s, stored };
}

type Entry = { header: Partial<tar.Header> & { name: string }; data?: Buffer };
const content = fc.uint8Array({ maxLength: 64 }).map((u) => Buffer.from(u));
const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
const name = fc.oneof(
  fc.constantFrom(
    'index.json',
    'manifest.json',
    'oci-layout',
    '../../etc/passwd',
    '/etc/shadow',
    'blobs/sha256/../../../x',
    './index.json',
  ),
  hex.map((h) => `blobs/sha256/${h}`),
  fc.string({ maxLength: 40 }).filter((n) => n.length > 0),
);
const entry = fc.oneof(
  content.map((data) => ({ header: { name: `blobs/sha256/${sha(data)}`, type: 'file' as const, size: data.length }, data })),
  fc.tuple(name, content).map(([n, data]) => ({ header: { name: n, type: 'file' as const, size: data.length }, data })),
  fc.tuple(name, fc.constantFrom('/', '/etc/passwd', '../../..', 'index.json')).map(([n, linkname]) => ({
    header: { name: n, type: 'symlink' as const, linkname },
  })),
  fc
    .tuple(name, fc.constantFrom('/etc/passwd', 'index.json', '../x'))
    .map(([n, linkname]) => ({ header: { name: n, type: 'link' as const, linkname } })),
  fc
    .tuple(name, fc.constantFrom('character-device', 'block-device', 'fifo', 'directory') as fc.Arbitrary<tar.Header['type']>)
    .map(([n, type]) => ({ header: { name: n, type, devmajor: 8, devminor: 0 } })),
  fc.tuple(name, fc.string({ maxLength: 2000 })).map(([n, v]) => ({
    header: { name: n, type: 'file' as const, size: 1, pax: { path: n, comment: v } },
    data: Buffer.from('x'),
  })),
) as fc.Arbitrary<Entry>;

async function pack(entries: Entry[]): Promise<Buffer> {
  const p = tar.pack();
  for (const e of entries)
    await new Promise<void>((res, rej) => p.entry(e.header, e.data ?? Buffer.alloc(0), (err) => (err ? rej(err) : res())));
  p.finalize();
  const chunks: Buffer[] = [];
  for await (const c of p as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

/** Reads; a failure must be kinded (InvalidArgument for a bad tar, the store's own kind for a bad blob). */
async function read(bytes: Buffer) {
  const { s, stored } = sink();
  try {
    return { loaded: await readArchive(Readable.from([bytes]), s), stored };
  } catch (err) {
    expect(err, String(err)).toBeInstanceOf(TandemError);
    expect((err as TandemError).code).not.toBe(Code.Unknown);
    return { stored };
  }
}

test(
  `hostile tar entries: only regular files reach the store, only documents are kept in memory (${FUZZ_RUNS} runs)`,
  { timeout: fuzzTimeout(10) },
  async () => {
    const before = readdirSync(tmpdir());
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 8 }), async (entries) => {
        const { loaded, stored } = await read(await pack(entries));
        for (const [digest, b] of stored) expect(`sha256:${sha(b)}`).toBe(digest);
        if (!loaded) return;
        const regular = new Set(entries.filter((e) => e.header.type === 'file').map((e) => e.header.name.replace(/^\.\//, '')));
        for (const n of loaded.files.keys()) expect(regular.has(n) && /\.json$|^oci-layout$|^repositories$/.test(n), n).toBe(true);
        for (const d of loaded.blobs.keys()) expect(stored.has(d) || regular.has(`blobs/${d.replace(':', '/')}`)).toBe(true);
        for (const [n, desc] of loaded.stored) {
          expect(regular.has(n) && !loaded.files.has(n), n).toBe(true);
          expect(stored.get(desc.digest)?.length).toBe(desc.size);
        }
      }),
      fuzzParams(),
    );
    expect(readdirSync(tmpdir())).toEqual(before);
  },
);

test(`truncated, corrupted and random bytes: loaded or InvalidArgument (${FUZZ_RUNS} runs)`, { timeout: fuzzTimeout(10) }, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(entry, { minLength: 1, maxLength: 4 }),
      fc.nat(),
      fc.uint8Array({ maxLength: 32 }),
      fc.uint8Array({ maxLength: 1536 }),
      async (entries, cut, patch, random) => {
        const good = await pack(entries);
        const at = cut % good.length;
        await read(good.subarray(0, at)); // truncated
        const corrupt = Buffer.from(good);
        corrupt.set(patch.subarray(0, Math.max(0, corrupt.length - at)), at);
        await read(corrupt);
        await read(Buffer.from(random));
      },
    ),
    fuzzParams(),
  );
});

// Findings, kept as plain regression tests.
test('a regular file whose header claims more than MAX_ARCHIVE_FILE is refused before it is buffered', async () => {
  const header = Buffer.alloc(512);
  header.write('manifest.json', 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  // base-256 size (GNU): 2^40 bytes
  header[124] = 0x80;
  header.writeUIntBE(2 ** 40, 130, 6);
  header.write('00000000000\0', 136);
  header.write('0', 156);
  header.write('ustar\x0000', 257);
  header.write('        ', 148);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  expect(2 ** 40).toBeGreaterThan(MAX_ARCHIVE_FILE);
  const { s } = sink();
  // An input that never ends: only the size check can fail it, and nothing is buffered meanwhile.
  const input = new PassThrough();
  input.write(header);
  input.write(Buffer.alloc(4096));
  await expect(readArchive(input, s)).rejects.toThrow(
    expect.objectContaining({ code: Code.InvalidArgument, message: expect.stringMatching(/more than the \d+ a document may have/) }),
  );
});

test('bytes that are not a tar are InvalidArgument naming the archive, not an unkinded tar-stream error', async () => {
  const { s } = sink();
  await expect(readArchive(Readable.from([Buffer.alloc(512, 7)]), s)).rejects.toThrow(
    expect.objectContaining({ code: Code.InvalidArgument, message: expect.stringMatching(/not a valid image archive/) }),
  );
});

test('an entry cut short by the end of the input is InvalidArgument, with no unhandled stream error', async () => {
  const whole = await pack([{ header: { name: 'manifest.json', type: 'file', size: 4000 }, data: Buffer.alloc(4000, 0x20) }]);
  const { s } = sink();
  await expect(readArchive(Readable.from([whole.subarray(0, 1024)]), s)).rejects.toThrow(/not a valid image archive/);
  await new Promise((r) => setTimeout(r, 50)); // an unhandled 'error' would surface here and fail the run
});

test("a legacy archive's layer.tar reaches the store while it is read, not once it is whole", async () => {
  const size = 4 << 20;
  const layer = Buffer.alloc(size, 0x61);
  const p = tar.pack(); // read as it is written: an entry this large waits for its reader
  p.entry({ name: 'abc/layer.tar', size }, layer);
  p.finalize();
  const parts: Buffer[] = [];
  for await (const c of p as AsyncIterable<Buffer>) parts.push(c);
  const whole = Buffer.concat(parts);
  let received = 0;
  let firstBytes!: () => void;
  const sawBytes = new Promise<void>((r) => (firstBytes = r));
  const { s, stored } = sink();
  const put = s.put;
  s.put = (data) =>
    put(
      (async function* () {
        for await (const c of data) {
          received += c.byteLength;
          firstBytes();
          yield c;
        }
      })(),
    );
  // Half of the entry, then nothing until the store has seen some of it.
  const input = new PassThrough();
  input.write(whole.subarray(0, 512 + size / 2));
  const reading = readArchive(input, s);
  await sawBytes;
  expect(received).toBeLessThan(size);
  input.end(whole.subarray(512 + size / 2));
  const loaded = await reading;
  expect(loaded.files.size).toBe(0);
  expect(loaded.stored.get('abc/layer.tar')).toEqual({ digest: `sha256:${sha(layer)}`, size });
  expect(stored.get(`sha256:${sha(layer)}`)?.equals(layer)).toBe(true);
});
