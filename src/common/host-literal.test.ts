import { expect, test } from 'vitest';
import { hostLiteral } from './host-literal.js';

test('IPv6 in brackets, IPv4 and names as they are, brackets not doubled', () => {
  expect(hostLiteral('::1')).toBe('[::1]');
  expect(hostLiteral('fe80::1%eth0')).toBe('[fe80::1%eth0]');
  expect(hostLiteral('[::]')).toBe('[::]');
  expect(hostLiteral('127.0.0.1')).toBe('127.0.0.1');
  expect(hostLiteral('localhost')).toBe('localhost');
});
