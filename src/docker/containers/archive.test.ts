import { describe, expect, test } from 'vitest';
import { mountOf, type MountedDir } from './archive.js';

const mounts: MountedDir[] = [
  { destination: '/data', source: '/host/vol/_data', readonly: false },
  { destination: '/data/inner/', source: '/host/inner', readonly: true },
  { destination: '/etc/x.conf', source: '/host/x.conf', readonly: false },
];

describe('mountOf', () => {
  test('the deepest mount holding the path, and the path inside it', () => {
    expect(mountOf(mounts, '/data/a.txt')).toMatchObject({ mount: { source: '/host/vol/_data' }, inner: '/a.txt' });
    expect(mountOf(mounts, 'data/inner/b')).toMatchObject({ mount: { source: '/host/inner', destination: '/data/inner' }, inner: '/b' });
    expect(mountOf(mounts, '/data/inner/../c')).toMatchObject({ mount: { source: '/host/vol/_data' }, inner: '/c' });
    expect(mountOf(mounts, '/etc/x.conf')).toMatchObject({ mount: { source: '/host/x.conf' }, inner: '/' });
  });

  test('a trailing slash (or /.) stays, except on the mount point itself', () => {
    expect(mountOf(mounts, '/data/sub/')?.inner).toBe('/sub/');
    expect(mountOf(mounts, '/data/sub/.')?.inner).toBe('/sub/');
    expect(mountOf(mounts, '/data/')?.inner).toBe('/');
  });

  test('paths outside every mount, or beside one with the same prefix, are the root filesystem', () => {
    expect(mountOf(mounts, '/database/x')).toBeUndefined();
    expect(mountOf(mounts, '/etc/x.conf.d/y')).toBeUndefined();
    expect(mountOf(mounts, '/')).toBeUndefined();
    expect(mountOf([{ destination: '/', source: '/h', readonly: false }], '/a')).toBeUndefined();
  });
});
