// A file system filled to the last byte, for the full-disk fault tests.
import { closeSync, openSync, writeSync } from 'node:fs';

/** Appends to `file` until its file system answers ENOSPC: in 64 KiB chunks, then the last partial block byte by byte. */
export function fillUntilFull(file: string): void {
  for (const size of [64 * 1024, 1]) {
    const chunk = Buffer.alloc(size, 1);
    const fd = openSync(file, 'a');
    try {
      for (;;) writeSync(fd, chunk);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
    } finally {
      closeSync(fd);
    }
  }
}
