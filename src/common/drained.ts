// Waiting out a writable's backpressure: a write that returned false is followed by this before
// the next, so a fast source is held back rather than queued in our memory.

/** Resolves when a writable has room again, or is gone (closed or failed). */
export function drained(w: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      w.removeListener('drain', done);
      w.removeListener('close', done);
      w.removeListener('error', done);
      resolve();
    };
    w.once('drain', done);
    w.once('close', done);
    w.once('error', done);
  });
}
