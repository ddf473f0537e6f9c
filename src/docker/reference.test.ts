import { describe, expect, test } from 'vitest';
import { familiarName, familiarOf, normalizeName, parseReference } from './reference.js';

describe('image references', () => {
  test.each([
    ['busybox', 'docker.io/library/busybox:latest'],
    ['busybox:1.36', 'docker.io/library/busybox:1.36'],
    ['tandem/busybox', 'docker.io/tandem/busybox:latest'],
    ['index.docker.io/tandem/busybox:v1', 'docker.io/tandem/busybox:v1'],
    ['127.0.0.1:5000/x/y:tag', '127.0.0.1:5000/x/y:tag'],
    ['localhost/x', 'localhost/x:latest'],
    ['ghcr.io/org/img@sha256:' + 'a'.repeat(64), 'ghcr.io/org/img@sha256:' + 'a'.repeat(64)],
  ])('%s normalises to %s', (input, full) => {
    expect(normalizeName(input)).toBe(full);
  });

  test('familiar names drop docker.io and library/', () => {
    expect(familiarOf('docker.io/library/busybox:latest')).toBe('busybox:latest');
    expect(familiarOf('docker.io/tandem/busybox:v1')).toBe('tandem/busybox:v1');
    expect(familiarOf('127.0.0.1:5000/x/y:tag')).toBe('127.0.0.1:5000/x/y:tag');
    expect(familiarName(parseReference('busybox'))).toBe('busybox');
  });

  test('bad references are InvalidArgument with Docker’s wording', () => {
    expect(() => parseReference('')).toThrow(/invalid reference format/);
    expect(() => parseReference('Busybox')).toThrow(/repository name \(library\/Busybox\) must be lowercase/);
    expect(() => parseReference('x:bad tag')).toThrow(/invalid reference format/);
    expect(() => parseReference('x@sha256')).toThrow(/malformed digest/);
  });
});
