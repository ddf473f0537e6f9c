import { describe, expect, it } from 'vitest';
import { freeName } from './names.js';

describe('freeName', () => {
  it('adds a digit when the plain names are taken, and falls back to the short id', () => {
    expect(freeName('0123456789abcdef', (n) => !/\d$/.test(n))).toMatch(/^\/[a-z]+_[a-z]+\d$/);
    expect(freeName('0123456789abcdef', () => true)).toBe('/0123456789ab');
    expect(freeName('0123456789abcdef', () => false)).toMatch(/^\/[a-z]+_[a-z]+$/);
  });
});
