import { expect, test } from 'vitest';
import { within } from './within.js';

test('the work settles first: its result or its error', async () => {
  await expect(within(Promise.resolve(7), 1_000, () => new Error('late'))).resolves.toBe(7);
  await expect(within(Promise.reject(new Error('boom')), 1_000, () => new Error('late'))).rejects.toThrow('boom');
});

test('the work does not settle in time: the late error', async () => {
  await expect(within(new Promise(() => {}), 10, () => new Error('no answer in 10 ms'))).rejects.toThrow('no answer in 10 ms');
});
