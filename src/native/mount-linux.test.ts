import { describe, expect, it } from 'vitest';
import { Code, TandemError } from '../common/errdefs.js';
import { mountTargets } from './mount.js';
import { MAKE_PRIVATE, mountFlags } from '../common/mount-options.js';
import { LinuxMounts } from './mount-linux.js';

describe('mountFlags', () => {
  it('splits flags from filesystem data and ignores propagation', () => {
    expect(mountFlags(['nosuid', 'noexec', 'nodev', 'ro'])).toEqual({ flags: 0x1 | 0x2 | 0x4 | 0x8, data: '' });
    expect(mountFlags(['rbind', 'rprivate', 'mode=755', 'size=65536k'])).toEqual({
      flags: 0x1000 | 0x4000,
      data: 'mode=755,size=65536k',
    });
    expect(mountFlags(['ro', 'rw', 'strictatime'])).toEqual({ flags: 0x1000000, data: '' });
  });
  it('makes a mount point private only when that is its one option', () => {
    expect(mountFlags([MAKE_PRIVATE])).toEqual({ flags: 0x40000, data: '' });
  });
});

describe('LinuxMounts planning', () => {
  const m = new LinuxMounts();
  it('binds then remounts for flags a bind ignores', () => {
    const ops = m.specMountOps({ destination: '/v', type: 'bind', source: '/src', options: ['rbind', 'ro', 'rprivate'] }, '/root/v', {
      isDir: true,
    });
    expect(ops).toEqual([
      { op: 'mkdir', path: '/root/v' },
      { op: 'mount', source: '/src', target: '/root/v', fstype: '', options: ['rbind'] },
      { op: 'mount', source: '', target: '/root/v', fstype: '', options: ['remount', 'bind', 'ro'] },
    ]);
    expect(mountTargets(ops)).toEqual(['/root/v']);
  });

  it('creates a file mount point for a file bind and populates a fresh /dev', () => {
    expect(
      m
        .specMountOps({ destination: '/etc/f', type: 'bind', source: '/etc/hostname', options: ['bind'] }, '/r/etc/f', { isDir: false })
        .slice(0, 2),
    ).toEqual([
      { op: 'mkdir', path: '/r/etc' },
      { op: 'mkfile', path: '/r/etc/f' },
    ]);
    const dev = m.specMountOps({ destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['mode=755'] }, '/r/dev', null);
    expect(dev).toContainEqual({ op: 'mknod', path: '/r/dev/null', type: 'c', mode: 0o666, major: 1, minor: 3 });
    expect(dev).toContainEqual({ op: 'symlink', target: '/proc/self/fd', path: '/r/dev/fd' });
    expect(dev).toContainEqual({ op: 'mknod', path: '/r/dev/ptmx', type: 'c', mode: 0o666, major: 5, minor: 2 });
  });

  it('binds the host devpts (terminals must be found by name inside) with the asked flags', () => {
    const ops = m.specMountOps(
      { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666'] },
      '/r/dev/pts',
      null,
    );
    expect(ops).toEqual([
      { op: 'mkdir', path: '/r/dev/pts' },
      { op: 'mount', source: '/dev/pts', target: '/r/dev/pts', fstype: '', options: ['bind'] },
      { op: 'mount', source: '', target: '/r/dev/pts', fstype: '', options: ['remount', 'bind', 'nosuid', 'noexec'] },
    ]);
  });

  it('refuses a bind whose source does not exist', () => {
    expect(() => m.specMountOps({ destination: '/v', type: 'bind', source: '/nope' }, '/r/v', null)).toThrow(TandemError);
    try {
      m.specMountOps({ destination: '/v', type: 'bind', source: '/nope' }, '/r/v', null);
    } catch (e) {
      expect((e as TandemError).code).toBe(Code.InvalidArgument);
    }
  });

  it('stacks a read-only root as a self bind remounted after the spec mounts', () => {
    const ro = m.readonlyRootOps('/r');
    expect(mountTargets([...ro.before, ...ro.after])).toEqual(['/r']);
    expect(ro.after[0]).toMatchObject({ options: ['remount', 'bind', 'ro'] });
  });
});

describe('cgroup mounts', () => {
  const info = [
    '30 22 0:27 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755',
    '31 30 0:28 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu',
    '40 30 0:37 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw',
    '50 22 0:40 / /sys/kernel/debug rw - debugfs debugfs rw',
  ].join('\n');

  it('binds the host cgroup tree read-only instead of mounting a fresh cgroup filesystem', () => {
    const ops = new LinuxMounts(() => info).specMountOps(
      { destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: ['ro', 'nosuid'] },
      '/r/sys/fs/cgroup',
      null,
    );
    const ro = ['remount', 'bind', 'ro', 'nosuid', 'nodev', 'noexec'];
    expect(ops).toEqual([
      { op: 'mkdir', path: '/r/sys/fs/cgroup' },
      { op: 'mount', source: '/sys/fs/cgroup', target: '/r/sys/fs/cgroup', fstype: '', options: ['bind'] },
      { op: 'mount', source: '/sys/fs/cgroup/cpu', target: '/r/sys/fs/cgroup/cpu', fstype: '', options: ['bind'] },
      { op: 'mount', source: '/sys/fs/cgroup/unified', target: '/r/sys/fs/cgroup/unified', fstype: '', options: ['bind'] },
      { op: 'mount', source: '', target: '/r/sys/fs/cgroup/unified', fstype: '', options: ro },
      { op: 'mount', source: '', target: '/r/sys/fs/cgroup/cpu', fstype: '', options: ro },
      { op: 'mount', source: '', target: '/r/sys/fs/cgroup', fstype: '', options: ro },
    ]);
    expect(mountTargets(ops)).toEqual(['/r/sys/fs/cgroup', '/r/sys/fs/cgroup/cpu', '/r/sys/fs/cgroup/unified']);
  });

  it('refuses clearly where the host has no cgroup tree', () => {
    expect(() => new LinuxMounts(() => '').specMountOps({ destination: '/sys/fs/cgroup', type: 'cgroup2' }, '/r/c', null)).toThrow(
      /the host has no cgroup tree/,
    );
  });
});
