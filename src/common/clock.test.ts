import { expect, test } from 'vitest';
import { wallClockNs } from './clock.js';

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
