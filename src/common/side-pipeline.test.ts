// A pipeline whose reader goes away while the feeder is between writes.
import { PassThrough, Writable } from 'node:stream';
import { expect, test } from 'vitest';
import { sidePipeline } from './side-pipeline.js';

test("a destroyed destination ends the feeder's wait with the failure, and nothing is left unhandled", async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (r: unknown) => unhandled.push(r);
  process.on('unhandledRejection', onUnhandled);
  try {
    const src = new PassThrough();
    const dest = new Writable({ write: (_c, _e, cb) => cb() });
    const p = sidePipeline(src, dest);
    // The feeder waits on something only the pipeline's progress would settle.
    const waiting = p.guard(new Promise<void>(() => {}));
    dest.destroy();
    await expect(waiting).rejects.toThrow(/premature close/i);
    await expect(p.done).rejects.toThrow(/premature close/i);
    await new Promise((r) => setTimeout(r, 20));
    expect(unhandled).toEqual([]);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});

test('a pipeline that completes leaves the guarded value alone', async () => {
  const src = new PassThrough();
  const chunks: Buffer[] = [];
  const p = sidePipeline(src, new Writable({ write: (c: Buffer, _e, cb) => (chunks.push(c), cb()) }));
  expect(await p.guard(Promise.resolve(7))).toBe(7);
  src.end('abc');
  await p.done;
  expect(Buffer.concat(chunks).toString()).toBe('abc');
});
