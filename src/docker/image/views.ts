// How images look through the API: `docker images` rows and `docker image inspect`, grouped
// by image id (one id, many names), with Docker's familiar names.
import type { Descriptor } from '../containerd.js';
import { familiarOf, familiarRepository, parseReference } from '../reference.js';
import { API_VERSION, atLeast } from '../version.js';
import { IMAGE_CONFIG_KEYS, type OciDescriptor } from './oci.js';
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

/**
 * A `docker images` row as the request's API version has it: VirtualSize (Size again) below 1.44,
 * the image's Descriptor (its record's target) from 1.48. system df's images are these rows too.
 */
export function listView(g: ImageGroup, containers: number, sharedSize = -1, version = API_VERSION): Record<string, unknown> {
  const r = g.main;
  return {
    Id: r.id,
    ParentId: '',
    RepoTags: repoTags(g),
    RepoDigests: repoDigests(g),
    Created: Math.floor(Date.parse(created(r)) / 1000) || 0,
    Size: r.size,
    ...(atLeast(version, '1.44') ? {} : { VirtualSize: r.size }),
    SharedSize: sharedSize,
    Labels: r.config.config?.Labels ?? {},
    Containers: containers,
    ...(atLeast(version, '1.48') && r.record.target ? { Descriptor: descriptorView(r.record.target) } : {}),
  };
}

/** An OCI descriptor as Go's ocispec.Descriptor marshals it (empty fields left out). */
export function descriptorView(d: Descriptor | OciDescriptor): Record<string, unknown> {
  const platform = 'platform' in d ? d.platform : undefined;
  const ann = d.annotations && Object.keys(d.annotations).length ? d.annotations : undefined;
  return {
    mediaType: d.mediaType ?? '',
    digest: d.digest ?? '',
    size: Number(d.size ?? 0),
    ...(ann ? { annotations: ann } : {}),
    ...(platform ? { platform } : {}),
  };
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || v === false || (typeof v === 'object' && Object.keys(v).length === 0);

/**
 * The image's config as inspect shows it: from 1.50 the image config alone (moby dropped the
 * container-only fields, Hostname … StopTimeout, which images never set); below, in the shape of
 * a container config with those fields present and empty.
 */
function configView(c: ResolvedImage['config']['config'], version: string): Record<string, unknown> {
  if (atLeast(version, '1.50')) {
    const own = (c ?? {}) as Record<string, unknown>;
    return Object.fromEntries(IMAGE_CONFIG_KEYS.filter((k) => !isEmpty(own[k])).map((k) => [k, own[k]]));
  }
  return {
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
    ...(c ?? {}),
  };
}

export interface InspectOptions {
  /** The request's API version (the shape changed at 1.44, 1.45, 1.48 and 1.50). */
  version?: string;
  /** The descriptor shown (1.48+): the record's target, or the platform's manifest when one was asked for. */
  descriptor?: OciDescriptor;
  /** `manifests=1` (1.48+): image/manifests.ts's summaries. */
  manifests?: object[];
}

export function inspectView(g: ImageGroup, snapshotter: string, opts: InspectOptions = {}): object {
  const version = opts.version ?? API_VERSION;
  const r = g.main;
  const c = r.config as ResolvedImage['config'] & { container?: string; container_config?: Record<string, unknown> };
  return {
    Id: r.id,
    RepoTags: repoTags(g),
    RepoDigests: repoDigests(g),
    Parent: '',
    Comment: c.history?.[c.history.length - 1]?.comment ?? '',
    Created: created(r),
    // Below 1.45 the builder's container and its config, as old images record them (omitted when empty, as in moby).
    ...(!atLeast(version, '1.45') && c.container ? { Container: c.container } : {}),
    ...(!atLeast(version, '1.45') && c.container_config ? { ContainerConfig: c.container_config } : {}),
    DockerVersion: '',
    Author: c.author ?? '',
    Config: configView(c.config, version),
    Architecture: c.architecture,
    ...(c.variant ? { Variant: c.variant } : {}),
    Os: c.os,
    Size: r.size,
    ...(atLeast(version, '1.44') ? {} : { VirtualSize: r.size }),
    GraphDriver: { Name: snapshotter, Data: null },
    RootFS: { Type: 'layers', Layers: c.rootfs?.diff_ids ?? [] },
    Metadata: {
      LastTagTime: r.record.updatedAt ? new Date(Number(r.record.updatedAt.seconds) * 1000).toISOString() : '0001-01-01T00:00:00Z',
    },
    ...(atLeast(version, '1.48') && r.record.target ? { Descriptor: descriptorView(opts.descriptor ?? r.record.target) } : {}),
    ...(opts.manifests?.length ? { Manifests: opts.manifests } : {}),
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
