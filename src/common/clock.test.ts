import { expect, test } from 'vitest';
import { rfc3339Nano, wallClockNs } from './clock.js';

const MS = 1_000_000n;

test('wallClockNs lies within the Date.now() readings around it, with sub-millisecond digits', () => {
  const subMs = new Set<bigint>();
  for (let i = 0; i < 2000; i++) {
    const before = BigInt(Date.now()) * MS;
    const ns = wallClockNs();
    const after = BigInt(Date.now()) * MS;
    expect(ns).toBeGreaterThanOrEqual(before);
    // Date.now() rounds down: the true time is below the next millisecond of the later reading.
    expect(ns).toBeLessThan(after + MS);
    subMs.add(ns % MS);
  }
  // Not a millisecond clock in disguise (a truncating one would give a single value, 0).
  expect(subMs.size).toBeGreaterThan(100);
});

test('wallClockNs never goes backwards while the wall clock does not', () => {
  let last = wallClockNs();
  for (let i = 0; i < 10_000; i++) {
    const ns = wallClockNs();
    expect(ns).toBeGreaterThanOrEqual(last);
    last = ns;
  }
});

test("rfc3339Nano: nine fraction digits, zero-padded, as Docker prints a log line's time", () => {
  expect(rfc3339Nano(1_796_591_882_319_123_456n)).toBe('2026-12-06T21:18:02.319123456Z');
  expect(rfc3339Nano(1_796_591_882_000_000_007n)).toBe('2026-12-06T21:18:02.000000007Z');
  expect(Date.parse(rfc3339Nano(wallClockNs()))).toBeGreaterThan(0);
});
