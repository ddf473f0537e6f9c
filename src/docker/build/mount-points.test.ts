import { describe, expect, test } from 'vitest';
import { mountPointEntries } from './mount-points.js';
import type { RootfsIndex } from './rootfs.js';

const f = (name: string, size = 0) => ({ name, type: 'file', size });
const d = (name: string) => ({ name, type: 'directory', size: 0 });
const image = (...paths: string[]): (() => Promise<RootfsIndex>) & { asked: () => number } => {
  let asked = 0;
  const fn = async () => (asked++, { paths: new Map(paths.map((p) => [p, { type: 'directory' as const }])), files: new Map() });
  return Object.assign(fn, { asked: () => asked });
};

describe('mountPointEntries', () => {
  test("drops tandem's empty mount points; a directory of the image stays, one made only for them goes", async () => {
    const layer = [d('etc'), f('etc/resolv.conf'), f('etc/hosts'), f('made', 2)];
    expect([...(await mountPointEntries(layer, image('etc')))]).toEqual(['etc/resolv.conf', 'etc/hosts']);
    expect([...(await mountPointEntries(layer, image()))].sort()).toEqual(['etc', 'etc/hosts', 'etc/resolv.conf']);
    expect([...(await mountPointEntries([d('sbin'), f('sbin/docker-init'), d('proc')], image()))].sort()).toEqual([
      'proc',
      'sbin',
      'sbin/docker-init',
    ]);
  });

  test('keeps what a container wrote: a mount point path with content, a directory holding other changes; the image is not read when nothing is dropped', async () => {
    const img = image();
    expect((await mountPointEntries([d('etc'), f('etc/hosts', 12), f('etc/motd', 3)], img)).size).toBe(0);
    expect(img.asked()).toBe(0);
    expect([...(await mountPointEntries([d('etc'), f('etc/resolv.conf'), f('etc/motd', 3)], image()))]).toEqual(['etc/resolv.conf']);
    // /dev/shm with a file in the layer is not a bare mount point.
    expect((await mountPointEntries([d('dev'), d('dev/shm'), f('dev/shm/x', 1)], image())).size).toBe(0);
  });
});
