import { describe, expect, it } from 'vitest';
import { parsePsGroups, parsePsTime } from './procs-darwin.js';
import { pgidFromStat } from './procs-linux.js';

describe('process tables', () => {
  it('reads the group from /proc/<pid>/stat, even with odd command names, and skips zombies', () => {
    expect(pgidFromStat('123 (a b) c) S 1 456 456 0 -1')).toBe(456);
    expect(pgidFromStat('123 (sh) Z 1 456 456 0 -1')).toBeNull();
  });

  it('filters `ps -A -o pid=,pgid=` output by group', () => {
    expect(parsePsGroups('  1     1\n 200   200\n 201   200\n 300   300\n', new Set([200]), 999)).toEqual([200, 201]);
  });
});

it('parses darwin ps TIME', () => {
  expect(parsePsTime('0:01.50')).toBeCloseTo(1.5);
  expect(parsePsTime('1:02:03')).toBe(3723);
  expect(parsePsTime('2-00:00:01')).toBe(172801);
});
