import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveInRoot } from './rootfs.js';

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
