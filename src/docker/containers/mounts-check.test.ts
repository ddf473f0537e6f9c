import { describe, expect, test } from 'vitest';
import { bindReadOnly, checkMounts, isLocal, mergeTmpfs, noRecursiveReadOnly, tmpfsData } from './mounts-check.js';

describe('checkMounts', () => {
  test("the router's gates first, over every mount, then each mount's config; the first error is the answer", () => {
    const mounts = [
      { Type: 'volume', Target: 'rel' },
      { Type: 'bind', Source: '/x', Target: '/y', VolumeOptions: {} },
    ];
    expect(() => checkMounts(mounts, '1.50')).toThrow('VolumeOptions must not be specified on mount type "bind"');
    expect(() => checkMounts([mounts[0]!], '1.50')).toThrow(
      `invalid mount config for type "volume": invalid mount path: 'rel' mount path must be absolute`,
    );
  });

  test('fields newer than the API version asked for', () => {
    expect(() =>
      checkMounts([{ Type: 'bind', Source: '/x', Target: '/y', BindOptions: { ReadOnlyForceRecursive: true } }], '1.43'),
    ).toThrow('BindOptions.ReadOnlyForceRecursive needs API v1.44 or newer');
    expect(() => checkMounts([{ Type: 'volume', Source: 'v', Target: '/y', VolumeOptions: { Subpath: 's' } }], '1.44')).toThrow(
      'VolumeOptions.Subpath needs API v1.45 or newer',
    );
    expect(() => checkMounts([{ Type: 'image', Source: 'busybox', Target: '/y' }], '1.47')).toThrow(
      'Mount type "Image" needs API v1.48 or newer',
    );
    expect(checkMounts([{ Type: 'image', Source: 'busybox', Target: '/y' }], '1.48')).toEqual(['Image mount is an experimental feature']);
  });

  test("each type's own rules, in the linux parser's words", () => {
    const why = (m: object) => {
      try {
        checkMounts([m], '1.50');
        return undefined;
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(why({ Type: 'bind', Target: '/y' })).toBe('invalid mount config for type "bind": field Source must not be empty');
    expect(why({ Type: 'bind', Source: '/x', Target: '/y', BindOptions: { Propagation: 'odd' } })).toMatch(
      /invalid propagation mode: odd$/,
    );
    expect(why({ Type: 'volume', Target: '/y', ReadOnly: true })).toMatch(/must not set ReadOnly mode when using anonymous volumes$/);
    expect(why({ Type: 'volume', Source: 'v', Target: '/y', VolumeOptions: { Subpath: '/abs' } })).toMatch(
      /subpath must be a relative path within the volume$/,
    );
    expect(why({ Type: 'tmpfs', Source: 'x', Target: '/y' })).toMatch(/field Source must not be specified$/);
    expect(why({ Type: 'tmpfs', Target: '/y', TmpfsOptions: { Options: [['a', 'b', 'c']] } })).toMatch(/invalid option array length$/);
    expect(why({ Type: 'image', Target: '/y' })).toMatch(/field Source must not be empty$/);
    expect(why({ Type: 'image', Source: 'i', Target: '/y', VolumeOptions: {} })).toBe(
      'VolumeOptions must not be specified on mount type "image"',
    );
    expect(why({ Type: 'volume', Target: '/' })).toMatch(/destination can't be '\/'$/);
    expect(why({ Type: 'volume', Source: 'v', Target: '/y', VolumeOptions: { Subpath: 'a/../b' } })).toBeUndefined();
  });
});

test("isLocal is Go's filepath.IsLocal", () => {
  expect(['a', 'a/b', '.', 'a/../b'].map(isLocal)).toEqual([true, true, true, true]);
  expect(['', '/a', '..', '../a', 'a/../../b'].map(isLocal)).toEqual([false, false, false, false, false]);
});

test("tmpfs: dockerd's data (the largest unit that divides the size) and its merge, the later option winning", () => {
  expect(tmpfsData({ SizeBytes: 2 << 20, Mode: 0o1770 }, true)).toEqual(['ro', 'mode=1770', 'size=2m']);
  expect(tmpfsData({ SizeBytes: 1000, Options: [['exec']] }, false)).toEqual(['size=1000', 'exec']);
  expect(() => tmpfsData({ Options: [['suid']] }, false)).toThrow('invalid option: suid');
  expect(mergeTmpfs(['noexec', 'nosuid', 'nodev', 'rprivate', 'size=1k', 'exec'])).toEqual([
    'nosuid',
    'nodev',
    'rprivate',
    'size=1k',
    'exec',
  ]);
});

test('read-only binds: recursive from API 1.44 unless writable; conflicts refused; the VM can, a native container cannot', () => {
  expect(bindReadOnly({ Type: 'bind', ReadOnly: true }, '1.50')).toEqual({ recursive: true, force: false });
  expect(bindReadOnly({ Type: 'bind', ReadOnly: true }, '1.43')).toEqual({ recursive: false, force: false });
  expect(bindReadOnly({ Type: 'bind', ReadOnly: true, BindOptions: { ReadOnlyNonRecursive: true } }, '1.50').recursive).toBe(false);
  expect(bindReadOnly({ Type: 'bind', ReadOnly: true, BindOptions: { ReadOnlyForceRecursive: true } }, '1.50').force).toBe(true);
  expect(() => bindReadOnly({ Type: 'bind', BindOptions: { ReadOnlyNonRecursive: true } }, '1.50')).toThrow(
    'mount options conflict: !ReadOnly && BindOptions.ReadOnlyNonRecursive',
  );
  expect(() =>
    bindReadOnly({ Type: 'bind', ReadOnly: true, BindOptions: { ReadOnlyNonRecursive: true, ReadOnlyForceRecursive: true } }, '1.50'),
  ).toThrow('mount options conflict: ReadOnlyNonRecursive && BindOptions.ReadOnlyForceRecursive');
  expect(noRecursiveReadOnly(true, 'tandem-vm')).toBeUndefined();
  expect(noRecursiveReadOnly('maybe', 'tandem')).toMatch(/^rro is not supported by runtime "tandem"/);
});
