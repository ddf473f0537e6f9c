// The agent watchdog decides by silence, on an injected clock: slow but talking is alive,
// silent with a ping outstanding is hung.
import { expect, test } from 'vitest';
import { Watchdog, type Peer } from './watchdog.js';

function peer() {
  const pings: (() => void)[] = [];
  const p: Peer & { lastFrameAt: number } = {
    lastFrameAt: 0,
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
