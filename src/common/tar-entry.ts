// One tar entry whose body is streamed from `source` (a file, a blob of the content store): it
// settles when the pack took the whole entry, or fails with the source's or the pack's error.
// pipeline, not pipe: a sink destroyed with the pack (a client gone) closes the source too.
import { pipeline } from 'node:stream/promises';
import type tar from 'tar-stream';

export function streamEntry(pack: tar.Pack, header: Partial<tar.Header> & { name: string }, source: NodeJS.ReadableStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const sink = pack.entry(header, (err) => (err ? reject(err) : resolve()));
    pipeline(source, sink).catch(reject);
  });
}
