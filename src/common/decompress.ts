// Archives as dockerd reads them (moby's DecompressStream): plain, gzip, bzip2, xz or zstd,
// told apart by their first bytes, for `docker load`, `docker import`, a build context and
// ADD of a local archive. gzip is Node's own; the others go through the tool every Mac and
// Linux host has for them (moby runs `xz` too), so a missing one is named, not guessed at.
import { spawn } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { invalidArgument } from './errdefs.js';

export type Compression = 'gzip' | 'bzip2' | 'xz' | 'zstd';

const MAGIC: [Compression, number[]][] = [
  ['gzip', [0x1f, 0x8b, 0x08]],
  ['bzip2', [0x42, 0x5a, 0x68]], // BZh
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
];

const TOOLS: Record<Exclude<Compression, 'gzip'>, [string, string[], string]> = {
  bzip2: ['bzip2', ['-dc'], 'bzip2'],
  xz: ['xz', ['-dcq'], 'xz-utils (Debian) or xz (Homebrew)'],
  zstd: ['zstd', ['-dcq'], 'zstd'],
};

/** The compression the first bytes announce; undefined for anything else (a plain tar). */
export function compressionOf(head: Uint8Array): Compression | undefined {
  return MAGIC.find(([, m]) => head.length >= m.length && m.every((b, i) => head[i] === b))?.[0];
}

/** The first `n` bytes of a stream (fewer at its end), and the whole stream again. */
export async function peek(input: Readable, n: number): Promise<{ head: Buffer; rest: Readable }> {
  const it = input[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let size = 0;
  while (size < n) {
    const next = await it.next();
    if (next.done) break;
    parts.push(Buffer.from(next.value as Buffer));
    size += parts[parts.length - 1].length;
  }
  const head = Buffer.concat(parts);
  const rest = Readable.from(
    (async function* () {
      if (head.length) yield head;
      for (let n = await it.next(); !n.done; n = await it.next()) yield n.value as Buffer;
    })(),
  );
  return { head, rest };
}

/**
 * The input decompressed when its first bytes say it is compressed, else as it came. A failure
 * of the decompressor (a truncated or corrupt stream, a missing tool) is InvalidArgument naming
 * `what`. The caller destroys the result when it stops early: that ends the tool's process
 * (the input itself is never destroyed here).
 */
export async function decompressed(input: Readable, what: string): Promise<Readable> {
  const { head, rest } = await peek(input, 6);
  const kind = compressionOf(head);
  if (!kind) return rest;
  if (kind === 'gzip') {
    const out = new PassThrough();
    const gunzip = createGunzip();
    const fail = (err: Error) => out.destroy(invalidArgument(`${what}: gzip: ${err.message}`, err));
    rest.on('error', (err) => out.destroy(err));
    gunzip.on('error', fail);
    out.on('close', () => (rest.unpipe(gunzip), gunzip.destroy()));
    return rest.pipe(gunzip).pipe(out);
  }
  return viaTool(rest, kind, what);
}

function viaTool(input: Readable, kind: Exclude<Compression, 'gzip'>, what: string): Readable {
  const [cmd, args, pkg] = TOOLS[kind];
  const out = new PassThrough();
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-2000)));
  child.stdin.on('error', () => {}); // the tool may stop reading at a corrupt stream; its exit says why
  child.on('error', (err: NodeJS.ErrnoException) =>
    out.destroy(
      err.code === 'ENOENT'
        ? invalidArgument(
            `${what} is ${kind}-compressed and ${cmd} is not installed: install ${pkg}, or send it uncompressed or gzip-compressed`,
          )
        : err,
    ),
  );
  input.on('error', (err) => out.destroy(err));
  input.pipe(child.stdin);
  child.stdout.pipe(out, { end: false });
  // The output ends only once the tool has said it read a whole stream.
  child.on('close', (code, signal) => {
    if (code === 0) out.end();
    else if (!out.destroyed) {
      const why = stderr.trim().split('\n').pop() || `${cmd} exited ${code ?? signal}`;
      out.destroy(invalidArgument(`${what}: ${why}`));
    }
  });
  // The input is left as it is (an HTTP request's body is the caller's to read away).
  out.on('close', () => {
    input.unpipe(child.stdin);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return out;
}
