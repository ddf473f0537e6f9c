// How images look through the API: `docker images` rows and `docker image inspect`, grouped
// by image id (one id, many names), with Docker's familiar names.
import { familiarOf, familiarRepository, parseReference } from '../reference.js';
import type { ResolvedImage } from './store.js';

/** One image id with every name that points at it. */
export interface ImageGroup {
  main: ResolvedImage;
  names: ResolvedImage[];
}

export function groupById(all: ResolvedImage[]): ImageGroup[] {
  const by = new Map<string, ImageGroup>();
  for (const r of all) {
    const g = by.get(r.id);
    if (g) g.names.push(r);
    else by.set(r.id, { main: r, names: [r] });
  }
  return [...by.values()];
}

const isDigestName = (n: string) => n.includes('@');
/** The record an untagged build gets (dockerd's containerd store uses the same name): no tag, no digest. */
export const DANGLING = 'moby-dangling@';
export const isDangling = (g: ImageGroup) => g.names.every((r) => r.record.name!.startsWith(DANGLING));

export function repoTags(g: ImageGroup): string[] {
  return g.names
    .map((r) => r.record.name!)
    .filter((n) => !isDigestName(n))
    .map(familiarOf);
}

export function repoDigests(g: ImageGroup): string[] {
  const out = new Set<string>();
  for (const r of g.names) {
    if (r.record.name!.startsWith(DANGLING)) continue;
    try {
      out.add(`${familiarRepository(parseReference(r.record.name!))}@${r.record.target!.digest}`);
    } catch {}
  }
  return [...out];
}

const created = (r: ResolvedImage) => r.config.created ?? '1970-01-01T00:00:00Z';

/**
 * What the images' layers take on disk, each layer counted once (`LayersSize` of `docker system
 * df`), and per image the size of its layers another image uses too (`SharedSize`, which the
 * CLI needs to tell what removing the unused images would give back). An image's Size counts its
 * config too, so the total does: else the CLI's reclaimable (total less what images in use take)
 * went below zero.
 */
export function layerUsage(groups: ImageGroup[]): { layersSize: number; shared: Map<string, number> } {
  // Each image's layers by digest (a layer listed twice in one image counts once for it).
  const blobsOf = (r: ImageGroup['main']) =>
    [r.manifest.config, ...r.manifest.layers].filter((b) => b).map((l) => [l.digest, l.size] as const);
  const layersOf = new Map(groups.map((g) => [g.main.id, new Map(blobsOf(g.main))]));
  const layers = new Map<string, { size: number; users: number }>();
  for (const own of layersOf.values()) for (const [d, size] of own) layers.set(d, { size, users: (layers.get(d)?.users ?? 0) + 1 });
  const sharedOf = (own: Map<string, number>) => {
    let n = 0;
    for (const [d, size] of own) if (layers.get(d)!.users > 1) n += size;
    return n;
  };
  const shared = new Map([...layersOf].map(([id, own]) => [id, sharedOf(own)]));
  return { layersSize: [...layers.values()].reduce((n, l) => n + l.size, 0), shared };
}

export function listView(g: ImageGroup, containers: number, sharedSize = -1): object {
  const r = g.main;
  return {
    Id: r.id,
    ParentId: '',
    RepoTags: repoTags(g),
    RepoDigests: repoDigests(g),
    Created: Math.floor(Date.parse(created(r)) / 1000) || 0,
    Size: r.size,
    VirtualSize: r.size,
    SharedSize: sharedSize,
    Labels: r.config.config?.Labels ?? {},
    Containers: containers,
  };
}

export function inspectView(g: ImageGroup, snapshotter: string): object {
  const r = g.main;
  const c = r.config;
  return {
    Id: r.id,
    RepoTags: repoTags(g),
    RepoDigests: repoDigests(g),
    Parent: '',
    Comment: c.history?.[c.history.length - 1]?.comment ?? '',
    Created: created(r),
    DockerVersion: '',
    Author: c.author ?? '',
    Config: {
      Hostname: '',
      Domainname: '',
      User: '',
      AttachStdin: false,
      AttachStdout: false,
      AttachStderr: false,
      Tty: false,
      OpenStdin: false,
      StdinOnce: false,
      Env: null,
      Cmd: null,
      Image: '',
      Volumes: null,
      WorkingDir: '',
      Entrypoint: null,
      OnBuild: null,
      Labels: null,
      ...(c.config ?? {}),
    },
    Architecture: c.architecture,
    ...(c.variant ? { Variant: c.variant } : {}),
    Os: c.os,
    Size: r.size,
    VirtualSize: r.size,
    GraphDriver: { Name: snapshotter, Data: null },
    RootFS: { Type: 'layers', Layers: c.rootfs?.diff_ids ?? [] },
    Metadata: {
      LastTagTime: r.record.updatedAt ? new Date(Number(r.record.updatedAt.seconds) * 1000).toISOString() : '0001-01-01T00:00:00Z',
    },
  };
}

export function historyView(r: ResolvedImage): object[] {
  // An image without history (as some builders write them) shows one entry per layer.
  const hist = [
    ...(r.config.history?.length ? r.config.history : r.manifest.layers.map(() => ({ created: r.config.created }))),
  ].reverse() as NonNullable<ResolvedImage['config']['history']>;
  let layer = r.manifest.layers.length - 1;
  return hist.map((h, i) => {
    const size = h.empty_layer ? 0 : (r.manifest.layers[layer--]?.size ?? 0);
    return {
      Id: i === 0 ? r.id : '<missing>',
      Created: Math.floor(Date.parse(h.created ?? '') / 1000) || 0,
      CreatedBy: h.created_by ?? '',
      Tags: null,
      Size: size,
      Comment: h.comment ?? '',
    };
  });
}
