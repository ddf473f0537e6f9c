// A stream pipeline that runs while the caller feeds its first stream (a tar being packed into
// an HTTP response or a file). When it fails (the client went away, the disk is full) the failure
// must neither go unhandled while the feeder is busy (Node would end the process) nor leave the
// feeder waiting on a stream that was destroyed: `guard` ends those waits with the failure.
import { pipeline } from 'node:stream/promises';

// tar-stream's packs are streamx streams: pipeline takes them as async iterables.
type AnyStream = NodeJS.ReadableStream | NodeJS.WritableStream | NodeJS.ReadWriteStream | AsyncIterable<unknown>;

export interface SidePipeline {
  /** Settles when the pipeline does; awaited after the feeder finished. */
  done: Promise<void>;
  /** `p`, or the pipeline's failure if that comes first. */
  guard<T>(p: Promise<T>): Promise<T>;
}

export function sidePipeline(...streams: AnyStream[]): SidePipeline {
  const done = (pipeline as unknown as (...s: AnyStream[]) => Promise<void>)(...streams);
  const failed = new Promise<never>((_, reject) => void done.catch(reject));
  done.catch(() => {});
  failed.catch(() => {});
  return { done, guard: (p) => Promise.race([p, failed]) };
}
