import { describe, expect, test } from 'vitest';
import { Code, TandemError } from '../common/errdefs.js';
import { compileFilters } from './filters.js';
import { Kind, type Info } from './types.js';

const info = (name: string, parent: string, kind: Kind, labels: Record<string, string> = {}): Info => ({
  name,
  parent,
  kind,
  created: 0n,
  updated: 0n,
  labels,
});
const snaps = [
  info('default/3/sha256:aaa', '', Kind.Committed, { 'containerd.io/snapshot.ref': 'sha256:aaa' }),
  info('default/5/sha256:bbb', 'default/3/sha256:aaa', Kind.Committed, { 'containerd.io/snapshot.ref': 'sha256:bbb', 'a.b': 'x,y' }),
  info('default/7/extract-1 sha256:ccc', 'default/5/sha256:bbb', Kind.Active),
  info('v', 'default/3/sha256:aaa', Kind.View),
];
const names = (filters: string[]) => snaps.filter(compileFilters(filters)).map((s) => s.name);

describe('List filters (containerd syntax)', () => {
  test('the remote-snapshot lookup containerd sends after AlreadyExists', () => {
    expect(names(['labels."containerd.io/snapshot.ref"==sha256:bbb,parent=="default/3/sha256:aaa"'])).toEqual(['default/5/sha256:bbb']);
    expect(names(['labels."containerd.io/snapshot.ref"==sha256:bbb,parent=="other"'])).toEqual([]);
  });
  test('no filter or empty strings match everything; several filters are OR-ed', () => {
    expect(names([])).toHaveLength(4);
    expect(names([''])).toHaveLength(4);
    expect(names(['name==v', 'kind==active'])).toEqual(['default/7/extract-1 sha256:ccc', 'v']);
  });
  test('operators: ==, !=, ~= and presence; quoted values with commas and escapes', () => {
    expect(names(['kind!=committed'])).toEqual(['default/7/extract-1 sha256:ccc', 'v']);
    expect(names(['name~=extract-[0-9]+'])).toEqual(['default/7/extract-1 sha256:ccc']);
    expect(names(['labels."containerd.io/snapshot.ref"'])).toHaveLength(2);
    expect(names(['labels."a.b"=="x,y"'])).toEqual(['default/5/sha256:bbb']);
    expect(names(['name=="default/7/extract-1 sha256:ccc"'])).toEqual(['default/7/extract-1 sha256:ccc']);
    expect(names(['parent=="default/3/sha256:aaa" , kind==view'])).toEqual(['v']);
    expect(names(['unknown==x'])).toEqual([]);
  });
  test('malformed filters are InvalidArgument', () => {
    for (const bad of ['==x', 'name==', 'labels."open', 'name==a b==c', 'name~=(']) {
      let err: unknown;
      try {
        compileFilters([bad]);
      } catch (e) {
        err = e;
      }
      expect(err, bad).toBeInstanceOf(TandemError);
      expect((err as TandemError).code, bad).toBe(Code.InvalidArgument);
    }
  });
});
