// builder prune's choice of entries, as dockerd's BuildKit makes it.
import { describe, expect, test } from 'vitest';
import { cacheFilters, selectPrune, type CacheEntry } from './cache-select.js';

const H = 3_600_000;
const NOW = Date.parse('2026-12-06T12:00:00Z');
const entry = (id: string, o: Partial<CacheEntry> = {}): CacheEntry => ({
  id,
  stateId: `sha256:${id}`,
  parents: [],
  description: `RUN ${id}`,
  size: 100,
  created: NOW - 48 * H,
  lastUsed: NOW - 48 * H,
  usageCount: 1,
  shared: false,
  inUse: false,
  ...o,
});
const filters = (o: Record<string, string[]>) => cacheFilters(new Map(Object.entries(o)), NOW);
const ids = (es: CacheEntry[]) => es.map((e) => e.id);
const all = { all: false, keepBytes: 0, match: () => true };

describe('selectPrune', () => {
  const es = [entry('old'), entry('recent', { lastUsed: NOW - H }), entry('shared', { shared: true }), entry('running', { inUse: true })];
  test('without --all an entry an image shares stays; one a container runs always stays', () => {
    expect(ids(selectPrune(es, all))).toEqual(['old', 'recent']);
    expect(ids(selectPrune(es, { ...all, all: true }))).toEqual(['old', 'recent', 'shared']);
  });
  test('until keeps what was used since (a duration back from now, or a time)', () => {
    expect(ids(selectPrune(es, { ...all, ...filters({ until: ['24h'] }) }))).toEqual(['old']);
    expect(ids(selectPrune(es, { ...all, ...filters({ 'unused-for': ['30m'] }) }))).toEqual(['old', 'recent']);
    expect(ids(selectPrune(es, { ...all, ...filters({ until: ['2026-12-06T10:00:00Z'] }) }))).toEqual(['old']);
  });
  test('the field filters narrow', () => {
    const tree = [entry('aaa1'), entry('bbb2', { parents: ['aaa1'] }), entry('ccc3', { shared: true })];
    expect(ids(selectPrune(tree, { ...all, ...filters({ id: ['bb'] }) }))).toEqual(['bbb2']);
    expect(ids(selectPrune(tree, { ...all, ...filters({ parent: ['aaa1'] }) }))).toEqual(['bbb2']);
    expect(ids(selectPrune(tree, { ...all, ...filters({ description: ['RUN aaa1'] }) }))).toEqual(['aaa1']);
    expect(ids(selectPrune(tree, { ...all, all: true, ...filters({ shared: ['true'] }) }))).toEqual(['ccc3']);
    expect(ids(selectPrune(tree, { ...all, all: true, ...filters({ private: ['true'] }) }))).toEqual(['aaa1', 'bbb2']);
    expect(ids(selectPrune(tree, { ...all, ...filters({ type: ['regular'] }) }))).toEqual(['aaa1', 'bbb2']);
    expect(ids(selectPrune(tree, { ...all, ...filters({ type: ['source.local'] }) }))).toEqual([]);
  });
  test('--keep-storage removes the least recently used until the unshared rest is below it', () => {
    const lru = [
      entry('c', { lastUsed: NOW - 1 * H, size: 300 }),
      entry('a', { lastUsed: NOW - 3 * H, size: 300 }),
      entry('b', { lastUsed: NOW - 2 * H, size: 300 }),
      entry('s', { shared: true, size: 10_000 }),
    ];
    expect(ids(selectPrune(lru, { ...all, keepBytes: 1000 }))).toEqual([]);
    expect(ids(selectPrune(lru, { ...all, keepBytes: 500 }))).toEqual(['a', 'b']);
    expect(ids(selectPrune(lru, { ...all, keepBytes: 1 }))).toEqual(['a', 'b', 'c']);
  });
});

describe('cacheFilters', () => {
  test('a key dockerd does not read for the build cache is ignored, as there (system prune sends its label filters here too)', () => {
    expect(ids(selectPrune([entry('a')], { ...all, ...filters({ label: ['x'], 'label!': ['y'] }) }))).toEqual(['a']);
  });
  test('refuses what dockerd refuses, in its words', () => {
    expect(() => filters({ until: ['1h'], 'unused-for': ['1h'] })).toThrow('conflicting filters: "until" and "unused-for"');
    expect(() => filters({ id: ['a', 'b'] })).toThrow('filters expect only one value');
    expect(() => filters({ until: ['soon'] })).toThrow(`"until" filter expects a duration (e.g., '24h') or a timestamp`);
    expect(() => filters({ shared: ['maybe'] })).toThrow("invalid filter 'shared=maybe'");
  });
});
