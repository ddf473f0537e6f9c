// ImageManifestDescriptor (API 1.48): the OCI descriptor of the platform manifest a container's
// image resolved to at create, as dockerd's containerd image store keeps it: the index's entry
// for that manifest (with its platform), or the image's own target when it is a single manifest.
import type { ContainerdClient } from '../containerd.js';
import type { ResolvedImage } from '../image/store.js';
import { parseDoc, type OciIndex } from '../image/oci.js';
import type { Descriptor } from './types.js';

export async function manifestDescriptor(cd: ContainerdClient, image: ResolvedImage): Promise<Descriptor | undefined> {
  const target = image.record.target;
  if (!target?.digest || !target.mediaType) return undefined;
  if (target.digest === image.manifestDigest) {
    const annotations = target.annotations && Object.keys(target.annotations).length ? { annotations: target.annotations } : {};
    return { mediaType: target.mediaType, digest: target.digest, size: Number(target.size ?? 0), ...annotations };
  }
  const index = parseDoc<OciIndex>(await cd.readBlob(target.digest), `index ${target.digest}`);
  const entry = index.manifests?.find((m) => m.digest === image.manifestDigest);
  if (!entry) return undefined;
  return {
    mediaType: entry.mediaType,
    digest: entry.digest,
    size: entry.size,
    ...(entry.annotations ? { annotations: entry.annotations } : {}),
    ...(entry.platform ? { platform: entry.platform } : {}),
  };
}
