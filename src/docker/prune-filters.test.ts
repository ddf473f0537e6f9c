import { expect, test } from 'vitest';
import { goDurationMs, pruneFilter, untilTime } from './prune-filters.js';

const filters = (o: Record<string, string[]>) => new Map(Object.entries(o));

test('until: Unix seconds, RFC 3339, Go durations back from now; anything else refused', () => {
  const now = Date.parse('2026-12-06T12:00:00Z');
  expect(untilTime('1700000000', now)).toBe(1_700_000_000_000);
  expect(untilTime('2026-12-01T00:00:00Z', now)).toBe(Date.parse('2026-12-01T00:00:00Z'));
  expect(untilTime('24h', now)).toBe(now - 86_400_000);
  expect(untilTime('1h30m', now)).toBe(now - 5_400_000);
  expect(goDurationMs('1.5s')).toBe(1500);
  expect(goDurationMs('10d')).toBeUndefined();
  expect(() => untilTime('yesterday', now)).toThrow(/invalid filter 'until=yesterday'/);
});

test('label all hold, label! none may; an unknown filter is refused so it never widens a prune', () => {
  const old = Date.parse('2020-01-01T00:00:00Z');
  const pf = pruneFilter(filters({ until: ['2021-01-01T00:00:00Z'], label: ['team'], 'label!': ['keep=yes'] }), [
    'until',
    'label',
    'label!',
  ]);
  expect(pf.takes(old, { team: 'a' })).toBe(true);
  expect(pf.takes(Date.parse('2022-01-01T00:00:00Z'), { team: 'a' })).toBe(false);
  expect(pf.takes(old, {})).toBe(false);
  expect(pf.takes(old, { team: 'a', keep: 'yes' })).toBe(false);
  expect(pf.takes(old, { team: 'a', keep: 'no' })).toBe(true);
  expect(pruneFilter(filters({}), []).takes(Date.now(), null)).toBe(true);
  expect(() => pruneFilter(filters({ dangling: ['true'] }), ['until'])).toThrow(/invalid filter 'dangling'/);
  expect(() => pruneFilter(filters({ until: ['1h', '2h'] }), ['until'])).toThrow(/more than one until filter/);
});
