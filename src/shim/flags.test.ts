import { expect, test } from 'vitest';
import { parseFlags, toArgv } from './flags.js';

test('parses the flags containerd 1.6 passes to start', () => {
  const f = parseFlags([
    '-namespace',
    'ns',
    '-address',
    '/run/c.sock',
    '-publish-binary',
    '/usr/bin/containerd',
    '-id',
    'c1',
    '-debug',
    'start',
  ]);
  expect(f).toMatchObject({
    namespace: 'ns',
    address: '/run/c.sock',
    publishBinary: '/usr/bin/containerd',
    id: 'c1',
    debug: true,
    action: 'start',
  });
});

test('parses -bundle and = forms (containerd 2.x delete)', () => {
  const f = parseFlags(['-namespace=ns', '-address', 'a', '-id', 'x', '-bundle', '/b', 'delete']);
  expect(f).toMatchObject({ namespace: 'ns', bundle: '/b', action: 'delete' });
});

test('round-trips through toArgv', () => {
  const f = parseFlags(['-namespace', 'n', '-address', 'a', '-publish-binary', 'p', '-id', 'i', '-bundle', 'b', '-debug', 'serve']);
  expect(parseFlags([...toArgv(f), 'serve'])).toEqual(f);
});

test('unknown flags and missing values are InvalidArgument', () => {
  expect(() => parseFlags(['-bogus', 'x'])).toThrow(/not defined/);
  expect(() => parseFlags(['-id'])).toThrow(/needs an argument/);
});
