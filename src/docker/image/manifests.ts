// The manifests of an image as `docker image ls --tree` and `manifests=1` show them (API 1.47+):
// each manifest its record reaches (a single manifest, or every child of an index), whether its
// content is all here, what it takes, and what kind it is (moby's ImageManifestSummary, read from
// daemon/containerd/image_list.go's multiPlatformSummary).
import { Code, isCode } from '../../common/errdefs.js';
import type { ContainerdClient, Image } from '../containerd.js';
import { hasBlob } from './content.js';
import { manifestParts, parseDoc, type OciConfig, type OciDescriptor, type OciIndex, type OciManifest, type Platform } from './oci.js';
import { isIndex } from './registry.js';
import { chainIds } from './unpack.js';
import { descriptorView } from './views.js';

/** BuildKit's annotations on an attestation manifest (moby's attestation.DockerAnnotationReference*). */
export const ATTESTATION_TYPE = 'vnd.docker.reference.type';
export const ATTESTATION_FOR = 'vnd.docker.reference.digest';

export interface ManifestSummary {
  ID: string;
  Descriptor: Record<string, unknown>;
  Available: boolean;
  Size: { Content: number; Total: number };
  Kind: 'image' | 'attestation' | 'unknown';
  ImageData?: { Platform: Platform | Record<string, never>; Containers: string[] | null; Size: { Unpacked: number } };
  AttestationData?: { For: string };
}

export interface ManifestDeps {
  cd: ContainerdClient;
  snapshotterFor(p: Platform): string;
  /** The containers and their image ids (tandem's image id is the manifest's config digest). */
  containers: { Id: string; Image: string }[];
}

const isManifest = (mediaType: string) => /manifest/.test(mediaType) && !isIndex(mediaType);
const isLayer = (mediaType: string) => /^application\/vnd\.(oci\.image\.layer\.|docker\.image\.rootfs\.)/.test(mediaType);

/** Every manifest the record reaches, in the index's order (nested indexes walked, as containerd's Walk). */
export async function reachableManifests(cd: ContainerdClient, target: OciDescriptor, depth = 0): Promise<OciDescriptor[]> {
  if (isManifest(target.mediaType)) return [target];
  if (!isIndex(target.mediaType) || depth > 4 || !(await hasBlob(cd, target.digest))) return [];
  const index = parseDoc<OciIndex>(await cd.readBlob(target.digest), `index ${target.digest}`);
  const out: OciDescriptor[] = [];
  for (const m of index.manifests) out.push(...(await reachableManifests(cd, m, depth + 1)));
  return out;
}

export const descriptorOf = (record: Image): OciDescriptor => ({
  mediaType: record.target!.mediaType ?? '',
  digest: record.target!.digest ?? '',
  size: Number(record.target!.size ?? 0),
  ...(record.target!.annotations && Object.keys(record.target!.annotations).length ? { annotations: record.target!.annotations } : {}),
});

/**
 * The manifests of an image's records. tandem's image id is the config digest, so the names of
 * one image may point at different targets (an index and a manifest of it, say): their manifests
 * are listed together, each once.
 */
export async function manifestSummaries(d: ManifestDeps, records: Image[]): Promise<ManifestSummary[]> {
  const out: ManifestSummary[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    if (!record.target) continue;
    for (const desc of await reachableManifests(d.cd, descriptorOf(record))) {
      if (seen.has(desc.digest)) continue;
      seen.add(desc.digest);
      out.push(await summary(d, desc));
    }
  }
  return out;
}

async function summary(d: ManifestDeps, desc: OciDescriptor): Promise<ManifestSummary> {
  const s: ManifestSummary = {
    ID: desc.digest,
    Descriptor: descriptorView(desc),
    Available: false,
    Size: { Content: 0, Total: 0 },
    Kind: 'unknown',
  };
  const manifest = (await hasBlob(d.cd, desc.digest))
    ? parseDoc<Partial<OciManifest>>(await d.cd.readBlob(desc.digest), `manifest ${desc.digest}`)
    : undefined;
  // What of it is here: the manifest, its config and layers (moby's walk of present children).
  const parts = manifest ? manifestParts(manifest) : [];
  const present = await Promise.all(parts.map((p) => hasBlob(d.cd, p.digest)));
  s.Available = !!manifest && present.every(Boolean);
  s.Size.Content = manifest ? desc.size + parts.reduce((n, p, i) => n + (present[i] ? p.size : 0), 0) : 0;
  s.Size.Total = s.Size.Content;

  const annotations = desc.annotations ?? {};
  if (ATTESTATION_TYPE in annotations) {
    if (annotations[ATTESTATION_FOR]) Object.assign(s, { Kind: 'attestation', AttestationData: { For: annotations[ATTESTATION_FOR] } });
    return s;
  }
  if (desc.platform?.os === 'unknown' && desc.platform.architecture === 'unknown') return s;
  // A manifest with layers none of which is an image layer is no image (an artifact); one not here is taken for one.
  if (manifest?.layers?.length && !manifest.layers.some((l) => isLayer(l.mediaType))) return s;

  const data: NonNullable<ManifestSummary['ImageData']> = { Platform: desc.platform ?? {}, Containers: null, Size: { Unpacked: 0 } };
  Object.assign(s, { Kind: 'image', ImageData: data });
  if (!s.Available || !manifest?.config) return s;
  const config = parseDoc<OciConfig>(await d.cd.readBlob(manifest.config.digest), `config ${manifest.config.digest}`);
  const platform: Platform = {
    architecture: config.architecture,
    os: config.os,
    ...(config.variant ? { variant: config.variant } : {}),
  };
  if (!desc.platform) data.Platform = platform;
  data.Size.Unpacked = await unpackedSize(d, config, platform);
  s.Size.Total += data.Size.Unpacked;
  const users = d.containers.filter((c) => c.Image === manifest.config!.digest).map((c) => c.Id);
  if (users.length) data.Containers = users;
  return s;
}

/** The usage of the image's snapshots, each layer's (moby's calculateSnapshotTotalUsage); 0 when not unpacked. */
async function unpackedSize(d: ManifestDeps, config: OciConfig, platform: Platform): Promise<number> {
  const snapshotter = d.snapshotterFor(platform);
  let total = 0;
  for (const key of chainIds(config.rootfs?.diff_ids ?? []).reverse()) {
    try {
      total += Number((await d.cd.call('snapshots.Usage', { snapshotter, key })).size ?? 0);
    } catch (err) {
      if (isCode(err, Code.NotFound)) break; // not unpacked (from here down)
      throw err;
    }
  }
  return total;
}
