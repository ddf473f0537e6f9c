import { expect, test } from 'vitest';
import type { ResolvedImage } from './store.js';
import { groupById, inspectView, layerUsage, listView } from './views.js';

const image = (id: string, name: string, layers: [string, number][]): ResolvedImage =>
  ({
    id,
    record: { name },
    manifest: { config: { digest: `${id}-config`, size: 3 }, layers: layers.map(([digest, size]) => ({ digest, size })) },
    config: {},
    size: 3 + layers.reduce((n, [, s]) => n + s, 0),
  }) as unknown as ResolvedImage;

test("layerUsage: each layer and config counted once in the total; an image's shared size is what another image uses too", () => {
  const base = ['sha256:base', 100] as [string, number];
  const groups = groupById([
    image('sha256:a', 'docker.io/library/a:1', [base, ['sha256:a1', 7]]),
    image('sha256:a', 'docker.io/library/a:2', [base, ['sha256:a1', 7]]), // one image, two names
    image('sha256:b', 'docker.io/library/b:1', [base, ['sha256:b1', 5], ['sha256:b1', 5]]),
    image('sha256:c', 'docker.io/library/c:1', [['sha256:c1', 11]]),
  ]);
  const { layersSize, shared } = layerUsage(groups);
  // Each image's config counted as its Size counts it: no image is bigger than the total.
  expect(layersSize).toBe(100 + 7 + 5 + 11 + 3 * 3);
  for (const g of groups) expect(g.main.size).toBeLessThanOrEqual(layersSize);
  expect(Object.fromEntries(shared)).toEqual({ 'sha256:a': 100, 'sha256:b': 100, 'sha256:c': 0 });
  expect(listView(groups[0]!, 1, shared.get('sha256:a'))).toMatchObject({ RepoTags: ['a:1', 'a:2'], SharedSize: 100, Containers: 1 });
  // Without the count asked for, -1 as dockerd says "not computed".
  expect(listView(groups[2]!, 0)).toMatchObject({ SharedSize: -1 });
});

test('listView and inspectView by API version: VirtualSize below 1.44, Descriptor from 1.48, the container-only Config fields below 1.50', () => {
  const img = image('sha256:a', 'docker.io/library/a:1', [['sha256:l', 5]]);
  img.record.target = { mediaType: 'application/vnd.oci.image.index.v1+json', digest: 'sha256:idx', size: 9 };
  img.config = { architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, config: { Cmd: ['sh'], Env: [] } };
  const [g] = groupById([img]);
  const descriptor = { mediaType: 'application/vnd.oci.image.index.v1+json', digest: 'sha256:idx', size: 9 };
  expect(listView(g!, 0, -1, '1.43')).toMatchObject({ VirtualSize: 8 });
  expect(listView(g!, 0, -1, '1.43')).not.toHaveProperty('Descriptor');
  expect(listView(g!, 0, -1, '1.44')).not.toHaveProperty('VirtualSize');
  expect(listView(g!, 0, -1, '1.48')).toMatchObject({ Descriptor: descriptor });
  expect(listView(g!, 0)).toMatchObject({ Descriptor: descriptor }); // system df's rows, until it passes its version

  const old = inspectView(g!, 'overlayfs', { version: '1.43' }) as Record<string, Record<string, unknown>>;
  expect(old).toMatchObject({ VirtualSize: 8, Config: { Hostname: '', AttachStdin: false, Image: '', Cmd: ['sh'] } });
  expect(old).not.toHaveProperty('Descriptor');
  const v149 = inspectView(g!, 'overlayfs', { version: '1.49' }) as Record<string, Record<string, unknown>>;
  expect(v149).not.toHaveProperty('VirtualSize');
  expect(v149.Config).toHaveProperty('Hostname', '');
  expect(v149.Descriptor).toEqual(descriptor);
  const v150 = inspectView(g!, 'overlayfs', { version: '1.50' }) as Record<string, Record<string, unknown>>;
  // Only the image config's own fields, each when set (moby's omitempty): no Hostname, no empty Env.
  expect(v150.Config).toEqual({ Cmd: ['sh'] });
});

test('inspectView below 1.45 shows the builder container an old image records; from 1.45 it does not', () => {
  const img = image('sha256:b', 'docker.io/library/b:1', []);
  img.record.target = { mediaType: 'application/vnd.docker.distribution.manifest.v2+json', digest: 'sha256:m', size: 3 };
  img.config = {
    architecture: 'amd64',
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [] },
    container: 'c0ffee',
    container_config: { Cmd: ['x'] },
  } as never;
  const [g] = groupById([img]);
  expect(inspectView(g!, 'overlayfs', { version: '1.44' })).toMatchObject({ Container: 'c0ffee', ContainerConfig: { Cmd: ['x'] } });
  expect(inspectView(g!, 'overlayfs', { version: '1.45' })).not.toHaveProperty('ContainerConfig');
});
