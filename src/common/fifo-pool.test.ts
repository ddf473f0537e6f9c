import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FifoPool } from './fifo-pool.js';

const root = mkdtempSync(join(tmpdir(), 'fifo-pool-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('FifoPool', () => {
  test('places FIFOs where asked, past one batch, and refills in the background', async () => {
    const pool = new FifoPool(join(root, 'pool'), 4);
    pool.prefill();
    const dests = Array.from({ length: 6 }, (_, i) => join(root, `f${i}`));
    for (const d of dests) await pool.place(d);
    for (const d of dests) expect(statSync(d).isFIFO()).toBe(true);
    // Two batches of 4 made (the second when the first ran out), 6 handed out: 2 are left.
    const left = readdirSync(join(root, 'pool'));
    expect(left.length).toBe(2);
    for (const f of left) expect(statSync(join(root, 'pool', f)).isFIFO()).toBe(true);
  });

  test('a destination that cannot be renamed to is an error, and the pool goes on', async () => {
    const pool = new FifoPool(join(root, 'pool2'), 2);
    await expect(pool.place(join(root, 'missing-dir', 'x'))).rejects.toThrow(/ENOENT/);
    await pool.place(join(root, 'ok'));
    expect(statSync(join(root, 'ok')).isFIFO()).toBe(true);
  });
});
