import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { OutputBatcher, SendWindow } from './window.js';

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

it('sends what one turn of the event loop read as one message per run of a source, in order', async () => {
  const sent: [number, string][] = [];
  const b = new OutputBatcher<number>((fd, data) => sent.push([fd, data.toString()]), 4);
  b.push(1, Buffer.from('ab'));
  b.push(1, Buffer.from('cd'));
  b.push(2, Buffer.from('E'));
  b.push(1, Buffer.from('ef'));
  b.push(1, Buffer.from('gh'));
  b.push(1, Buffer.from('ij')); // that run of fd 1 is full at 4 bytes: a new message
  expect(sent).toEqual([]);
  await new Promise((r) => setImmediate(r));
  expect(sent).toEqual([
    [1, 'abcd'],
    [2, 'E'],
    [1, 'efgh'],
    [1, 'ij'],
  ]);
});

it('flushes at once when asked (a source ended) and then has nothing left', async () => {
  const sent: string[] = [];
  const b = new OutputBatcher<0>((_, data) => sent.push(data.toString()));
  b.push(0, Buffer.from('x'));
  b.flush();
  expect(sent).toEqual(['x']);
  await new Promise((r) => setImmediate(r));
  expect(sent).toEqual(['x']);
});
