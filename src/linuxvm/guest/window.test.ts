import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { SendWindow } from './window.js';

it('pauses its sources at the window and resumes them at half of it', () => {
  const a = new PassThrough();
  const b = new PassThrough();
  a.resume();
  b.resume();
  const w = new SendWindow([a, b], 100);
  w.sent(60);
  expect(a.isPaused()).toBe(false);
  w.sent(40);
  expect([a.isPaused(), b.isPaused(), w.inFlight]).toEqual([true, true, 100]);
  w.acked(40); // 60 in flight: still above half
  expect(a.isPaused()).toBe(true);
  w.acked(10);
  expect([a.isPaused(), b.isPaused(), w.inFlight]).toEqual([false, false, 50]);
  w.acked(500); // never below zero
  expect(w.inFlight).toBe(0);
});
