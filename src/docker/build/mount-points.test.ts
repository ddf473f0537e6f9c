import { describe, expect, test } from 'vitest';
import { ANNOTATION_INIT, ANNOTATION_RESOLV_CONF } from '../../common/oci.js';
import { boundPaths, mountPointEntries } from './mount-points.js';
import type { RootfsIndex } from './rootfs.js';

const f = (name: string, size = 0) => ({ name, type: 'file', size });
const d = (name: string) => ({ name, type: 'directory', size: 0 });
const image = (...paths: string[]): (() => Promise<RootfsIndex>) & { asked: () => number } => {
  let asked = 0;
  const fn = async () => (asked++, { paths: new Map(paths.map((p) => [p, { type: 'directory' as const }])), files: new Map() });
  return Object.assign(fn, { asked: () => asked });
};
const ALL = new Set(['/etc/resolv.conf', '/etc/hosts', '/sbin/docker-init', '/proc', '/dev/shm']);

describe('mountPointEntries', () => {
  test('drops the empty mount points of what was bound; a directory of the image stays, one made only for them goes', async () => {
    const layer = [d('etc'), f('etc/resolv.conf'), f('etc/hosts'), f('made', 2)];
    expect([...(await mountPointEntries(layer, ALL, image('etc')))]).toEqual(['etc/resolv.conf', 'etc/hosts']);
    expect([...(await mountPointEntries(layer, ALL, image()))].sort()).toEqual(['etc', 'etc/hosts', 'etc/resolv.conf']);
    expect([...(await mountPointEntries([d('sbin'), f('sbin/docker-init'), d('proc')], ALL, image()))].sort()).toEqual([
      'proc',
      'sbin',
      'sbin/docker-init',
    ]);
  });

  test('keeps what a container wrote: an empty file where nothing was bound, a path with content, a directory holding other changes; the image is not read when nothing is dropped', async () => {
    const img = image();
    // `: > /etc/resolv.conf` in a RUN that bound only /etc/hosts.
    expect([...(await mountPointEntries([d('etc'), f('etc/resolv.conf'), f('etc/hosts')], new Set(['/etc/hosts']), image('etc')))]).toEqual(
      ['etc/hosts'],
    );
    expect((await mountPointEntries([d('etc'), f('etc/hosts', 12), f('etc/motd', 3)], ALL, img)).size).toBe(0);
    expect(img.asked()).toBe(0);
    expect([...(await mountPointEntries([d('etc'), f('etc/resolv.conf'), f('etc/motd', 3)], ALL, image()))]).toEqual(['etc/resolv.conf']);
    // Nested: a directory made only for a mount point goes with its parent; one holding more stays.
    expect([...(await mountPointEntries([d('a'), d('a/b'), f('a/b/hosts')], new Set(['/a/b/hosts']), image()))].sort()).toEqual([
      'a',
      'a/b',
      'a/b/hosts',
    ]);
    expect(
      [...(await mountPointEntries([d('a'), f('a/k', 1), d('a/b'), f('a/b/hosts')], new Set(['/a/b/hosts']), image()))].sort(),
    ).toEqual(['a/b', 'a/b/hosts']);
    // A directory of the image listed only because a mount point was made in it goes, unless the
    // container changed its mode or owner.
    const etc = { type: 'directory' as const, mode: 0o755, uid: 0, gid: 0 };
    const img755 = async () => ({ paths: new Map([['etc', etc]]), files: new Map() });
    const listed = (mode: number) => [{ ...d('etc'), mode, uid: 0, gid: 0 }, f('etc/hosts')];
    expect([...(await mountPointEntries(listed(0o755), ALL, img755))].sort()).toEqual(['etc', 'etc/hosts']);
    expect([...(await mountPointEntries(listed(0o40755), ALL, img755))].sort()).toEqual(['etc', 'etc/hosts']);
    expect([...(await mountPointEntries(listed(0o700), ALL, img755))]).toEqual(['etc/hosts']);
    // /dev/shm with a file in the layer is not a bare mount point.
    expect((await mountPointEntries([d('dev'), d('dev/shm'), f('dev/shm/x', 1)], ALL, image())).size).toBe(0);
  });
});

test("boundPaths: tandem's paths among the spec's mounts, and what the guest binds by annotation", () => {
  const spec = {
    ociVersion: '1.0.2',
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc' },
      { destination: '/etc/hosts', type: 'bind', source: '/x/hosts' },
      { destination: '/data', type: 'bind', source: '/v' },
    ],
    annotations: { [ANNOTATION_INIT]: '/sbin/docker-init', [ANNOTATION_RESOLV_CONF]: 'nameserver 10.0.2.3\n' },
  };
  expect([...boundPaths(spec)].sort()).toEqual(['/etc/hosts', '/etc/resolv.conf', '/proc', '/sbin/docker-init']);
});
