// Settings shared by the property-based fuzz tests (*.fuzz.test.ts, fast-check). The test command
// runs a short pass; `npm run fuzz` a long one: TANDEM_FUZZ_RUNS inputs per property, and a fixed
// TANDEM_FUZZ_SEED replays a failure (fast-check prints the seed and the shrunk input).
import fc from 'fast-check';

export const FUZZ_RUNS = Number(process.env.TANDEM_FUZZ_RUNS ?? 200);

/** fc.assert parameters: the run count, a replayable seed when one is given. */
export function fuzzParams<T>(extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  const seed = process.env.TANDEM_FUZZ_SEED;
  return { numRuns: FUZZ_RUNS, ...(seed ? { seed: Number(seed) } : {}), ...extra };
}

/** A per-test timeout that grows with the run count (a long run may take minutes). */
export const fuzzTimeout = (msPerRun = 5) => Math.max(20_000, FUZZ_RUNS * msPerRun);
