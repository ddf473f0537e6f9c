import { describe, expect, it } from 'vitest';
import { logAttrs, queryEscape } from './log-attrs.js';

describe('logAttrs', () => {
  it('is empty without log options naming labels or env', () => {
    expect(logAttrs(undefined, { a: '1' }, ['A=1'])).toBe('');
    expect(logAttrs({ Type: 'json-file', Config: { 'max-size': '1m' } }, { a: '1' }, ['A=1'])).toBe('');
  });

  it('names labels and variables by name and by regex, sorted by key and query-escaped', () => {
    const cfg = { Type: 'json-file', Config: { labels: 'team,missing', 'labels-regex': '^com\\.', env: 'HOME', 'env-regex': '^X_' } };
    const labels = { team: 'a b', 'com.example': 'x/y', other: 'no' };
    const env = ['HOME=/root', 'X_ONE=1=2', 'PATH=/bin', 'BARE'];
    expect(logAttrs(cfg, labels, env)).toBe('HOME=%2Froot,X_ONE=1%3D2,com.example=x%2Fy,team=a+b');
  });

  it('escapes as Go url.QueryEscape', () => {
    expect(queryEscape("a-_.~ !'()*é")).toBe('a-_.~+%21%27%28%29%2A%C3%A9');
  });
});
