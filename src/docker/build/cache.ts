// The build cache as dockerd shows it (`docker system df`: one entry per cached step) and prunes it
// (`docker builder prune`, which cache-select.ts decides). An entry's layer blob and snapshot are
// resources of the cache's one lease; a prune deletes the entries' rows, takes from the lease what
// no remaining entry needs, and runs containerd's collector before it measures what went.
import { randomUUID } from 'node:crypto';
import { Code, isCode } from '../../common/errdefs.js';
import type { ContainerdClient } from '../containerd.js';
import type { ImageStore } from '../image/store.js';
import { chainIds } from '../image/unpack.js';
import type { Store } from '../store.js';
import { CACHE_LEASE, dropCacheLease, platformOf, type BuildState } from './commit.js';
import { selectPrune, type CacheEntry, type PruneOptions } from './cache-select.js';
import { dropStepImages, isStepImage } from './step-images.js';
import type { Platform } from '../image/oci.js';

export interface CacheDeps {
  cd: ContainerdClient;
  store: Store;
  images: ImageStore;
  snapshotterFor: (p: Platform) => string;
}

interface Loaded extends CacheEntry {
  state: BuildState;
}

/** Every entry, with whether an image shares its layers and a container runs it. */
async function load(d: CacheDeps, inUse: Set<string>): Promise<Loaded[]> {
  const imageChains = new Set<string>();
  for (const i of await d.images.all()) {
    if (isStepImage(i.record)) continue;
    for (const c of chainIds(i.config.rootfs?.diff_ids ?? [])) imageChains.add(c);
  }
  const rows = d.store.buildCacheRows().map((r) => ({ r, state: JSON.parse(r.data) as BuildState }));
  const keyOfState = new Map(rows.map(({ r, state }) => [state.id, r.key]));
  return rows.map(({ r, state }) => {
    const top = chainIds(state.config.rootfs.diff_ids).at(-1);
    const parent = keyOfState.get(r.parent);
    return {
      id: r.key,
      stateId: state.id,
      parents: parent ? [parent] : [],
      description: r.description,
      size: r.size,
      created: Date.parse(r.created),
      lastUsed: Date.parse(r.lastUsed),
      usageCount: r.usageCount,
      shared: top !== undefined && imageChains.has(top),
      inUse: inUse.has(state.id),
      state,
    };
  });
}

/** `docker system df`'s BuildCache list. */
export async function cacheUsage(d: CacheDeps, inUse: Set<string>): Promise<object[]> {
  return (await load(d, inUse)).map((e) => ({
    ID: e.id,
    Parent: e.parents[0] ?? '',
    Parents: e.parents,
    Type: 'regular',
    Description: e.description,
    InUse: e.inUse,
    Shared: e.shared,
    Size: e.size,
    CreatedAt: new Date(e.created).toISOString(),
    LastUsedAt: new Date(e.lastUsed).toISOString(),
    UsageCount: e.usageCount,
  }));
}

type Resource = { id: string; type: string };
const resKey = (r: Resource) => `${r.type}\0${r.id}`;

/** The lease resources an entry needs: its layers' blobs and its top snapshot. */
function needs(d: CacheDeps, s: BuildState): Resource[] {
  const top = chainIds(s.config.rootfs.diff_ids).at(-1);
  return [
    ...s.layers.map((l) => ({ id: l.digest, type: 'content' })),
    ...(top ? [{ id: top, type: `snapshots/${d.snapshotterFor(platformOf(s.config))}` }] : []),
  ];
}

/** Bytes a resource holds now, or undefined when it is gone. */
async function sizeOf(cd: ContainerdClient, r: Resource): Promise<number | undefined> {
  try {
    if (r.type === 'content') return Number((await cd.call('content.Info', { digest: r.id })).info?.size ?? 0);
    const snapshotter = r.type.slice('snapshots/'.length);
    return Number((await cd.call('snapshots.Usage', { snapshotter, key: r.id })).size ?? 0);
  } catch (err) {
    if (isCode(err, Code.NotFound)) return undefined;
    throw err;
  }
}

/** What a step added on disk: its layer's blob and its snapshot (0 when it changed only the config). */
export async function stepSize(cd: ContainerdClient, snapshotter: string, before: BuildState, after: BuildState): Promise<number> {
  if (after.layers.length <= before.layers.length) return 0;
  const top = chainIds(after.config.rootfs.diff_ids).at(-1)!;
  const layer = after.layers.at(-1)!;
  return layer.size + ((await sizeOf(cd, { id: top, type: `snapshots/${snapshotter}` })) ?? 0);
}

/** Runs containerd's garbage collector now: deleting a lease with `sync` waits for a collection. */
async function collect(cd: ContainerdClient): Promise<void> {
  const id = `tandem-collect-${randomUUID()}`;
  await cd.call('leases.Create', { id, labels: {} });
  await cd.call('leases.Delete', { id, sync: true });
}

export interface PruneResult {
  CachesDeleted: string[];
  SpaceReclaimed: number;
}

/** `docker builder prune`: the chosen entries forgotten, what only they held given back. */
export async function pruneCache(d: CacheDeps, o: PruneOptions, inUse: Set<string>): Promise<PruneResult> {
  const entries = await load(d, inUse);
  const gone = selectPrune(entries, o);
  if (!gone.length) return { CachesDeleted: [], SpaceReclaimed: 0 };
  const goneIds = new Set(gone.map((e) => e.id));
  const kept = entries.filter((e) => !goneIds.has(e.id));
  const keep = new Set(kept.flatMap((e) => needs(d, e.state)).map(resKey));
  const leased = await d.cd.call('leases.ListResources', { id: CACHE_LEASE }).then(
    (r) => (r.resources ?? []) as Resource[],
    (err) => {
      if (isCode(err, Code.NotFound)) return [];
      throw err;
    },
  );
  const released = leased.filter((r) => !keep.has(resKey(r)));
  const before = new Map<string, number>();
  for (const r of released) {
    const n = await sizeOf(d.cd, r);
    if (n !== undefined) before.set(resKey(r), n);
  }
  // The rows first: an entry whose layers went must never be a hit (a build checks its layers
  // too, so a prune cut short here costs a rebuild, not a broken image).
  d.store.deleteBuildCache([...goneIds]);
  await dropStepImages(d, inUse, new Set(gone.map((e) => e.stateId)));
  if (!kept.length) await dropCacheLease(d.cd);
  else {
    for (const r of released) await d.cd.call('leases.DeleteResource', { id: CACHE_LEASE, resource: r });
    await collect(d.cd);
  }
  let reclaimed = 0;
  for (const r of released) {
    const was = before.get(resKey(r));
    if (was !== undefined && (await sizeOf(d.cd, r)) === undefined) reclaimed += was;
  }
  return { CachesDeleted: gone.map((e) => e.id), SpaceReclaimed: reclaimed };
}
