import { expect, test } from 'vitest';
import { parts } from './content.js';

test('a source of one large Buffer is cut into parts a Write request can carry (containerd takes at most 64 MiB)', async () => {
  const big = Buffer.alloc(5 * (1 << 20) + 7, 1);
  const got = [];
  for await (const p of parts([big])) got.push(p);
  expect(got.map((p) => p.size)).toEqual([1 << 20, 1 << 20, 1 << 20, 1 << 20, 1 << 20, 7]);
  expect(Buffer.concat(got.flatMap((p) => p.chunks)).equals(big)).toBe(true);
});

test('small pieces are gathered into parts of at least 1 MiB', async () => {
  const piece = Buffer.alloc(300_000, 2);
  const got = [];
  for await (const p of parts([piece, piece, piece, piece, piece])) got.push(p.size);
  expect(got).toEqual([1_200_000, 300_000]);
});
