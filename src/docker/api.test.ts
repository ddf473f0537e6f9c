import { describe, expect, test } from 'vitest';
import { HttpError, httpStatusOf, matchLabels, parseFilters, queryBool } from './api.js';
import { alreadyExists, failedPrecondition, invalidArgument, notFound, unimplemented } from '../common/errdefs.js';
import { atLeast, splitVersion } from './version.js';

describe('errors on the wire', () => {
  test('error kinds become Docker status codes, messages unchanged', () => {
    expect(httpStatusOf(notFound('No such container: x'))).toEqual({ status: 404, message: 'No such container: x' });
    expect(httpStatusOf(alreadyExists('Conflict.')).status).toBe(409);
    expect(httpStatusOf(failedPrecondition('busy')).status).toBe(409);
    expect(httpStatusOf(invalidArgument('bad')).status).toBe(400);
    expect(httpStatusOf(unimplemented('later')).status).toBe(501);
    expect(httpStatusOf(new Error('boom')).status).toBe(500);
    expect(httpStatusOf(new HttpError(304, '')).status).toBe(304);
    expect(httpStatusOf(new SyntaxError('Unexpected end')).status).toBe(400);
  });
});

describe('query parameters', () => {
  test('booleans as moby reads them', () => {
    const q = new URLSearchParams('a=1&b=true&c=0&d=false&e=');
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => queryBool(q, k))).toEqual([true, true, false, false, false, false]);
  });

  test('filters in both JSON shapes; labels with and without values', () => {
    const f = parseFilters(new URLSearchParams({ filters: '{"label":["a=1","b"],"status":{"running":true}}' }));
    expect(f.get('label')).toEqual(['a=1', 'b']);
    expect(f.get('status')).toEqual(['running']);
    expect(matchLabels(f.get('label'), { a: '1', b: '' })).toBe(true);
    expect(matchLabels(f.get('label'), { a: '2', b: '' })).toBe(false);
    expect(() => parseFilters(new URLSearchParams({ filters: '{' }))).toThrow(/invalid filter/);
  });
});

describe('API versions', () => {
  test('prefix split and range checks', () => {
    expect(splitVersion('/v1.41/containers/json')).toEqual({ version: '1.41', path: '/containers/json' });
    expect(splitVersion('/_ping').path).toBe('/_ping');
    expect(splitVersion('/v1.50/info').version).toBe('1.50');
    expect(() => splitVersion('/v1.51/info')).toThrow(/too new/);
    expect(() => splitVersion('/v1.23/info')).toThrow(/too old/);
  });
  test('atLeast compares versions by number, not as text', () => {
    expect(atLeast('1.50', '1.46')).toBe(true);
    expect(atLeast('1.46', '1.46')).toBe(true);
    expect(atLeast('1.9', '1.10')).toBe(false);
  });
});
