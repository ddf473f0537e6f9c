import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Code, TandemError } from '../common/errdefs.js';
import type { MountPlatform } from './mount.js';
import { locateRoot, resolveInRoot } from './rootfs.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'tandem-resolve-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, 'etc/real'), { recursive: true });
symlinkSync('/etc/real', path.join(root, 'abs'));
symlinkSync('../../../../..', path.join(root, 'etc/up'));
symlinkSync('/', path.join(root, 'slash'));
symlinkSync('loop2', path.join(root, 'loop1'));
symlinkSync('loop1', path.join(root, 'loop2'));

describe('resolveInRoot', () => {
  it('follows symlinks inside the root, never out of it', async () => {
    expect(await resolveInRoot(root, '/abs/x')).toBe(path.join(root, 'etc/real/x'));
    expect(await resolveInRoot(root, '/etc/up/tmp')).toBe(path.join(root, 'tmp'));
    expect(await resolveInRoot(root, '/../../x')).toBe(path.join(root, 'x'));
    expect(await resolveInRoot(root, '/slash')).toBe(root);
    expect(await resolveInRoot(root, '/new/a/b')).toBe(path.join(root, 'new/a/b'));
  });

  it('takes paths below an earlier mount point literally', async () => {
    expect(await resolveInRoot(root, '/abs/x', new Set([path.join(root, 'etc/real')]))).toBe(path.join(root, 'etc/real/x'));
    expect(await resolveInRoot(root, '/etc/up/z', new Set([path.join(root, 'etc')]))).toBe(path.join(root, 'etc/up/z'));
  });

  it('stops `..` at the root after a name that does not exist (a fuzz finding: it escaped)', async () => {
    expect(await resolveInRoot(root, '/nope/../../x')).toBe(path.join(root, 'x'));
    expect(await resolveInRoot(root, '/etc/up/z/../../../../x', new Set([path.join(root, 'etc')]))).toBe(path.join(root, 'x'));
  });

  it('rejects symlink loops and relative destinations', async () => {
    await expect(resolveInRoot(root, '/loop1/x')).rejects.toThrow(/too many levels/);
    await expect(resolveInRoot(root, 'rel')).rejects.toThrow(/must be absolute/);
  });
});

describe('locateRoot', () => {
  // Only the planning is under test here: no operation is applied.
  const platform = { rootfsOps: () => [], privateRootOps: () => [] } as unknown as MountPlatform;
  const spec = { ociVersion: '1.0.2' };
  const overlay = [{ type: 'overlay', source: 'overlay', options: ['lowerdir=/l'] }];

  it('makes <bundle>/rootfs, or takes the one that is there', async () => {
    const bundle = path.join(root, 'bundle-a');
    mkdirSync(bundle);
    expect((await locateRoot(bundle, spec, overlay, platform)).root).toBe(path.join(bundle, 'rootfs'));
    expect((await locateRoot(bundle, spec, overlay, platform)).root).toBe(path.join(bundle, 'rootfs'));
  });

  it('never makes the bundle itself: a bundle containerd removed fails the Create (FailedPrecondition)', async () => {
    const bundle = path.join(root, 'bundle-gone');
    for (const rootfs of [overlay, [{ type: 'bind', source: root, options: ['rbind'] }]]) {
      const err = await locateRoot(bundle, spec, rootfs, platform).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TandemError);
      expect((err as TandemError).code).toBe(Code.FailedPrecondition);
      expect((err as TandemError).message).toContain(`bundle ${bundle} is gone`);
      expect(existsSync(bundle)).toBe(false);
    }
  });
});
