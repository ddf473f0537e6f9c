// What `--platform` does to save and rmi (API 1.48 and 1.50), as dockerd 28's containerd image
// store does it: save writes only that platform's manifest, rmi removes only that platform's content.
import { Code, TandemError, errorMessage, isCode } from '../../common/errdefs.js';
import type { ContainerdClient } from '../containerd.js';
import { hasBlob } from './content.js';
import { descriptorOf, reachableManifests } from './manifests.js';
import { formatPlatform, manifestParts, parseDoc, toDescriptor, type OciManifest, type Platform } from './oci.js';
import { PlatformNotFoundError, familiarImageName, platformImage } from './platform-param.js';
import type { ImageStore, ResolvedImage } from './store.js';

/**
 * The image to save for `--platform`: that platform's manifest as the record's target, so the
 * archive's index and manifest.json name it alone. moby's error is wrapped as its export wraps it.
 */
export async function savedPlatform(images: ImageStore, img: ResolvedImage, want: Platform): Promise<ResolvedImage> {
  try {
    const { image, descriptor } = await platformImage(images, img, want, familiarImageName(img));
    return { ...image, record: { ...image.record, target: toDescriptor(descriptor) } };
  } catch (err) {
    if (err instanceof PlatformNotFoundError) throw new PlatformNotFoundError(`no suitable export target found: ${err.message}`, err);
    throw err;
  }
}

/** moby refuses `rmi --platform` without `--force` in these words (its dash included). */
export const PLATFORM_DELETE_NEEDS_FORCE = 'Content will be removed from all images referencing this variant. Use —-force to force delete.';

/**
 * `docker rmi --platform`: for each platform, its manifest, config and layers leave the content
 * store (the image record and its other platforms stay). A config or layer another manifest still
 * here refers to (another platform's, another image's) is kept: moby removes it anyway (a TODO
 * there), which breaks the other image. Answers a `Deleted` per manifest, as moby.
 */
export async function deletePlatforms(
  cd: ContainerdClient,
  images: ImageStore,
  img: ResolvedImage,
  wants: Platform[],
): Promise<{ Deleted: string }[]> {
  const out: { Deleted: string }[] = [];
  for (const want of wants) {
    let manifestDigest: string;
    try {
      manifestDigest = (await platformImage(images, img, want, familiarImageName(img))).descriptor.digest;
    } catch (err) {
      const message = `failed to delete platform ${formatPlatform(want)} for image ${img.id}: ${errorMessage(err)}`;
      throw new TandemError(isCode(err, Code.NotFound) ? Code.NotFound : Code.Internal, message, { cause: err });
    }
    const manifest = parseDoc<Partial<OciManifest>>(await cd.readBlob(manifestDigest), `manifest ${manifestDigest}`);
    const kept = await usedElsewhere(cd, images, manifestDigest);
    const parts = manifestParts(manifest).map((p) => p.digest);
    for (const digest of [manifestDigest, ...parts.filter((p) => !kept.has(p))]) {
      await cd.call('content.Delete', { digest }).catch((err) => {
        if (!isCode(err, Code.NotFound)) throw err;
      });
    }
    images.forget();
    out.push({ Deleted: manifestDigest });
  }
  return out;
}

/** The configs and layers of every present manifest other than `except`, over every image record. */
async function usedElsewhere(cd: ContainerdClient, images: ImageStore, except: string): Promise<Set<string>> {
  const used = new Set<string>();
  const seen = new Set<string>([except]);
  for (const record of await images.records()) {
    if (!record.target) continue;
    for (const m of await reachableManifests(cd, descriptorOf(record)).catch(() => [])) {
      if (seen.has(m.digest) || !(await hasBlob(cd, m.digest))) continue;
      seen.add(m.digest);
      const doc = parseDoc<Partial<OciManifest>>(await cd.readBlob(m.digest), `manifest ${m.digest}`);
      for (const p of manifestParts(doc)) used.add(p.digest);
    }
  }
  return used;
}
