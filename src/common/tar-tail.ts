// A tar that stops right after its last file's bytes, without that file's padding to 512 and
// without the two zero blocks that end an archive, is whole to Go's archive/tar (it reads a
// missing padding as a clean end) and so to dockerd. The docker CLI sends such a context for
// `docker build -f - .` (its ReplaceFileTarWrapper). tar-stream refuses it ("Unexpected end
// of data"), so this pass-through follows the headers and, when the input ends where only
// padding is missing, adds the padding and the end blocks. A cut inside a file's bytes or
// inside a header is left as it is, for the reader to refuse.
import { Transform, type TransformCallback } from 'node:stream';

const BLOCK = 512;

/** A header's size field: octal text, or GNU base-256 when its first byte has the high bit. */
function entrySize(header: Buffer): number {
  const field = header.subarray(124, 136);
  if (field[0] & 0x80) {
    let n = field[0] & 0x7f;
    for (let i = 1; i < field.length; i++) n = n * 256 + field[i];
    return n;
  }
  const text = field
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .trim();
  return text ? parseInt(text, 8) || 0 : 0;
}

export function tarTail(): Transform {
  let at = 0; // bytes seen
  let nextHeader = 0; // where the next header starts
  let dataEnd = 0; // where the current entry's bytes end (its padding follows)
  let ended = false; // a zero block was seen: the archive ends there
  let header = Buffer.alloc(0); // the part of the next header seen so far
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      let off = 0;
      while (!ended && off < chunk.length) {
        const pos = at + off;
        if (pos < nextHeader) {
          off += Math.min(nextHeader - pos, chunk.length - off);
          continue;
        }
        const take = Math.min(BLOCK - header.length, chunk.length - off);
        header = Buffer.concat([header, chunk.subarray(off, off + take)]);
        off += take;
        if (header.length < BLOCK) continue;
        if (header.every((b) => b === 0)) ended = true;
        else {
          const size = entrySize(header);
          dataEnd = nextHeader + BLOCK + size;
          nextHeader = dataEnd + ((BLOCK - (size % BLOCK)) % BLOCK);
        }
        header = Buffer.alloc(0);
      }
      at += chunk.length;
      cb(null, chunk);
    },
    flush(cb: TransformCallback) {
      // Ended in the padding after the last file's bytes (or exactly at a header): complete it.
      if (!ended && header.length === 0 && at > 0 && at >= dataEnd && at <= nextHeader)
        this.push(Buffer.alloc(nextHeader - at + 2 * BLOCK));
      cb();
    },
  });
}
