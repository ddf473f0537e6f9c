import { expect, test } from 'vitest';
import type { ResolvedImage } from './store.js';
import { groupById, layerUsage, listView } from './views.js';

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
