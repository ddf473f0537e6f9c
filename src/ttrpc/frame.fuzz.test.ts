// Fuzz (fast-check) of the ttrpc frame decoder: whatever bytes arrive, in whatever chunks, it
// never throws, yields exactly the frames that were sent, and skips an oversized frame without
// buffering it.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { FUZZ_RUNS, fuzzParams, fuzzTimeout } from '../../test/helpers/fuzz.js';
import { encodeFrame, FrameDecoder, HEADER_LENGTH, MESSAGE_LENGTH_MAX, type Frame } from './frame.js';

const frameArb = fc.record({
  streamId: fc.nat(),
  type: fc.integer({ min: 0, max: 255 }),
  flags: fc.integer({ min: 0, max: 255 }),
  data: fc.uint8Array({ maxLength: 2048 }),
});

/** Splits a buffer at the given cut points (any number, anywhere). */
function chunked(b: Buffer, cuts: number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (b.length + 1)))].sort((x, y) => x - y);
  const out: Buffer[] = [];
  let prev = 0;
  for (const c of [...at, b.length]) {
    out.push(b.subarray(prev, c));
    prev = c;
  }
  return out;
}

function decodeAll(chunks: Buffer[]): Frame[] {
  const got: Frame[] = [];
  const d = new FrameDecoder((f) => got.push(f));
  for (const c of chunks) d.push(c);
  return got;
}

test(`frames survive any chunking (${FUZZ_RUNS} runs)`, { timeout: fuzzTimeout() }, () => {
  fc.assert(
    fc.property(fc.array(frameArb, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 40 }), (frames, cuts) => {
      const wire = Buffer.concat(frames.map((f) => encodeFrame(f.streamId, f.type, f.flags, f.data)));
      const got = decodeAll(chunked(wire, cuts));
      expect(got.map((f) => ({ ...f, data: new Uint8Array(f.data) }))).toEqual(
        frames.map((f) => ({ streamId: f.streamId, type: f.type, flags: f.flags, data: new Uint8Array(f.data) })),
      );
    }),
    fuzzParams(),
  );
});

test(
  `random bytes never make the decoder throw, and every frame it yields is within bounds (${FUZZ_RUNS} runs)`,
  { timeout: fuzzTimeout() },
  () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 512 }), { maxLength: 20 }), (chunks) => {
        const total = chunks.reduce((n, c) => n + c.length, 0);
        const got = decodeAll(chunks.map((c) => Buffer.from(c)));
        for (const f of got) {
          expect(f.data.length).toBeLessThanOrEqual(MESSAGE_LENGTH_MAX);
          if (f.oversized !== undefined) expect(f.oversized).toBeGreaterThan(MESSAGE_LENGTH_MAX);
        }
        expect(got.length).toBeLessThanOrEqual(Math.floor(total / HEADER_LENGTH));
      }),
      fuzzParams(),
    );
  },
);

test(`an oversized frame is reported once and the frames after it still decode (${FUZZ_RUNS} runs)`, { timeout: fuzzTimeout() }, () => {
  fc.assert(
    fc.property(
      fc.integer({ min: MESSAGE_LENGTH_MAX + 1, max: MESSAGE_LENGTH_MAX + 4096 }),
      frameArb,
      fc.array(fc.nat(), { maxLength: 10 }),
      (len, after, cuts) => {
        const head = Buffer.alloc(HEADER_LENGTH);
        head.writeUInt32BE(len, 0);
        head.writeUInt32BE(7, 4);
        head.writeUInt8(1, 8);
        // The oversized payload itself, then a good frame.
        const wire = Buffer.concat([head, Buffer.alloc(len), encodeFrame(after.streamId, after.type, after.flags, after.data)]);
        const got = decodeAll(chunked(wire, cuts));
        expect(got.length).toBe(2);
        expect(got[0]).toMatchObject({ streamId: 7, oversized: len });
        expect(new Uint8Array(got[1]!.data)).toEqual(new Uint8Array(after.data));
      },
    ),
    fuzzParams({ numRuns: Math.max(20, Math.floor(FUZZ_RUNS / 10)) }),
  );
});
