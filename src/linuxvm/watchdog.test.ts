// The agent watchdog decides by silence, on an injected clock: slow but talking is alive,
// silent with a ping outstanding is hung.
import { expect, test } from 'vitest';
import { Watchdog, type Peer } from './watchdog.js';

function peer() {
  const pings: (() => void)[] = [];
  const p: Peer & { lastFrameAt: number; lastCallAt: number } = {
    lastFrameAt: 0,
    lastCallAt: 0,
    ping: () => new Promise<void>((resolve) => pings.push(resolve)),
  };
  return { p, pings };
}

const flush = () => new Promise((r) => setImmediate(r));

test('a peer that answers other calls but not yet the ping is alive', async () => {
  let now = 0;
  const { p, pings } = peer();
  const hung: string[] = [];
  const w = new Watchdog(p, { intervalMs: 5_000, silenceMs: 60_000, now: () => now }, (why) => hung.push(why));
  w.tick(); // ping sent at 0
  for (now = 5_000; now <= 300_000; now += 5_000) {
    p.lastFrameAt = now - 1_000; // answers to creates keep arriving
    w.tick();
  }
  expect(hung).toEqual([]);
  expect(pings.length).toBe(1); // one ping in flight at a time
  pings[0]!();
  await flush();
  w.tick(); // the next ping goes out once the first one was answered
  expect(pings.length).toBe(2);
});

test('a silent peer with a ping outstanding is hung after silenceMs, once', () => {
  let now = 0;
  const { p } = peer();
  const hung: string[] = [];
  const w = new Watchdog(p, { intervalMs: 5_000, silenceMs: 60_000, now: () => now }, (why) => hung.push(why));
  w.tick();
  for (now = 5_000; now < 60_000; now += 5_000) w.tick();
  expect(hung).toEqual([]);
  now = 60_000;
  w.tick();
  now = 65_000;
  w.tick();
  expect(hung).toEqual(['nothing came from the agent for 60 s while a ping was waiting for its answer']);
});

test('a peer with no call but pings is pinged every idleIntervalMs, and every intervalMs again from its next call', async () => {
  let now = 0;
  const { p, pings } = peer();
  const modes: boolean[] = [];
  const w = new Watchdog(
    p,
    { intervalMs: 5_000, silenceMs: 60_000, idleIntervalMs: 30_000, now: () => now, onIdle: (idle) => modes.push(idle) },
    () => {
      throw new Error('not hung');
    },
  );
  /** Ticks every 5 s up to `until`, answering each ping at once; the times pings went out. */
  const run = async (until: number) => {
    const sent: number[] = [];
    for (; now <= until; now += 5_000) {
      const before = pings.length;
      w.tick();
      if (pings.length > before) {
        sent.push(now);
        pings.at(-1)!();
        p.lastFrameAt = now;
        await flush();
      }
    }
    return sent;
  };
  // The last call was at 0: pings every 5 s until it is 30 s old, then every 30 s.
  expect(await run(25_000)).toEqual([0, 5_000, 10_000, 15_000, 20_000, 25_000]);
  expect(await run(120_000)).toEqual([55_000, 85_000, 115_000]);
  expect(modes).toEqual([true]);
  // A call at 122 s: the next beat (125 s) pings, and so does every one for 30 s after it.
  p.lastCallAt = 122_000;
  expect(await run(145_000)).toEqual([125_000, 130_000, 135_000, 140_000, 145_000]);
  expect(modes).toEqual([true, false]);
});

test('a quiet peer that hangs is found within idleIntervalMs + silenceMs of its last answer', async () => {
  let now = 0;
  const { p, pings } = peer();
  const hung: number[] = [];
  const w = new Watchdog(p, { intervalMs: 5_000, silenceMs: 60_000, idleIntervalMs: 30_000, now: () => now }, () => hung.push(now));
  let answered = 0;
  for (; now <= 400_000 && !hung.length; now += 5_000) {
    const before = pings.length;
    w.tick();
    // It answers until 100 s, then nothing more comes from it.
    if (pings.length > before && now <= 100_000) {
      pings.at(-1)!();
      p.lastFrameAt = answered = now;
      await flush();
    }
  }
  expect(answered).toBe(85_000);
  expect(hung).toEqual([115_000 + 60_000]);
  expect(hung[0]! - answered).toBeLessThanOrEqual(30_000 + 60_000);
});
