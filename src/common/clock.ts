// Wall-clock time in nanoseconds since the epoch, for timestamps that containerd keeps in
// nanoseconds (Go's time.Now()). Node has no such clock: Date.now() is whole milliseconds and
// process.hrtime is monotonic. So the time is the monotonic clock plus an offset to the wall
// clock, and the offset is learnt from Date.now():
//   - Date.now() is the wall clock rounded down, so `Date.now() ms − monotonic now` never
//     exceeds the true offset; read right after Date.now() ticks over to a new millisecond it
//     is the true offset to within the time one loop turn takes (calibrate: the best of three).
//   - Every reading checks the result against Date.now() read just before it: below that, the
//     offset rises to it (the wall clock ran ahead of the monotonic one, or was stepped
//     forward). And against Date.now() read just after it: a millisecond or more above that
//     can only mean the wall clock was stepped back, so the offset is learnt again.
// So a reading is never before a Date.now() taken before it, nor a millisecond after one taken
// after it; with a settled offset it is within microseconds of the wall clock, and it never
// goes backwards unless the wall clock does.

const NS_PER_MS = 1_000_000n;

let offset: bigint | undefined;

function calibrate(): bigint {
  let best: bigint | undefined;
  for (let i = 0; i < 3; i++) {
    const start = Date.now();
    let ms = start;
    while (ms === start) ms = Date.now(); // at most 1 ms
    const o = BigInt(ms) * NS_PER_MS - process.hrtime.bigint();
    if (best === undefined || o > best) best = o;
  }
  return best!;
}

/** Nanoseconds since the Unix epoch, by the wall clock. */
export function wallClockNs(): bigint {
  const floor = BigInt(Date.now()) * NS_PER_MS;
  const mono = process.hrtime.bigint();
  if (offset === undefined || mono + offset >= BigInt(Date.now()) * NS_PER_MS + NS_PER_MS) offset = calibrate();
  if (mono + offset < floor) offset = floor - mono;
  return mono + offset;
}

/**
 * RFC 3339 with nine fraction digits, as Docker prints a log line's time (`docker logs -t`,
 * Go's RFC3339NanoFixed): `2026-12-06T21:18:02.319123456Z`.
 */
export function rfc3339Nano(ns: bigint): string {
  const ms = ns / NS_PER_MS;
  const frac = (ns % 1_000_000_000n).toString().padStart(9, '0');
  return new Date(Number(ms)).toISOString().replace(/\.\d{3}Z$/, `.${frac}Z`);
}
