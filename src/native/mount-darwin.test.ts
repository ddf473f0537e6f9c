// Planning and the mount listing; the darwin mounts themselves run through the darwin profile
// (test/integration/shim-native.test.ts with TANDEM_PLATFORM_PROFILE=darwin).
import { describe, expect, it } from 'vitest';
import { DarwinMounts, parseMountList } from './mount-darwin.js';

describe('parseMountList', () => {
  it('reads the mount points of macOS and Linux listings', () => {
    const mac = '/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n/Users/a/v on /private/r/data (macfuse, nodev, nosuid)\n';
    const linux =
      '/tmp/v on /tmp/r/data type fuse (rw,nosuid,nodev,relatime,user_id=0,group_id=0,allow_other)\nproc on /proc type proc (rw)\n';
    expect(parseMountList(mac)).toEqual(['/', '/private/r/data']);
    expect(parseMountList(linux)).toEqual(['/tmp/r/data', '/proc']);
  });
});

describe('DarwinMounts planning', () => {
  const m = new DarwinMounts();
  it('uses bindfs for directory binds and refuses file binds', () => {
    expect(
      m.specMountOps({ destination: '/v', type: 'bind', source: '/s', options: ['rbind', 'ro'] }, '/r/v', { isDir: true }),
    ).toContainEqual({
      op: 'mount',
      source: '/s',
      target: '/r/v',
      fstype: 'bindfs',
      options: ['rbind', 'ro'],
    });
    expect(() => m.specMountOps({ destination: '/f', type: 'bind', source: '/s/f' }, '/r/f', { isDir: false })).toThrow(/directories only/);
  });

  it('mounts devfs for /dev and skips Linux-only filesystems', () => {
    expect(m.specMountOps({ destination: '/dev', type: 'tmpfs', source: 'tmpfs' }, '/r/dev', null)).toContainEqual(
      expect.objectContaining({ fstype: 'devfs' }),
    );
    expect(m.specMountOps({ destination: '/proc', type: 'proc', source: 'proc' }, '/r/proc', null)).toEqual({
      skip: expect.stringContaining('no darwin equivalent'),
    });
    expect(() => m.specMountOps({ destination: '/x', type: 'nfs', source: 'h:/x' }, '/r/x', null)).toThrow(/not supported on darwin/);
  });

  it('refuses rootfs mounts and a read-only root', () => {
    expect(() => m.rootfsOps([{ type: 'overlay', source: 'overlay', options: [] }])).toThrow(/one bind mount/);
    expect(() => m.readonlyRootOps()).toThrow(/read-only root/);
  });
});
