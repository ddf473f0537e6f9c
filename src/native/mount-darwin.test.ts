// Planning only: the darwin mount commands themselves cannot run on this Linux machine.
import { describe, expect, it } from 'vitest';
import { DarwinMounts } from './mount-darwin.js';

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
