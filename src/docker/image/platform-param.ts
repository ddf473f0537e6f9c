// The `platform` query parameter of the image endpoints (API 1.46–1.50: inspect, history, save,
// load, push; `platforms` of DELETE): a JSON-encoded OCI platform, checked in moby's words
// (httputils.DecodePlatform), and the one manifest of an image that serves it.
import { Code, TandemError, invalidArgument, isCode } from '../../common/errdefs.js';
import { familiarOf } from '../reference.js';
import { atLeast } from '../version.js';
import { isIndex } from './registry.js';
import { formatPlatform, type OciDescriptor, type OciIndex, type Platform } from './oci.js';
import type { ImageStore, ResolvedImage } from './store.js';
import { DANGLING } from './views.js';

/** One JSON-encoded platform (`{"os":"linux","architecture":"arm64"}`), as moby decodes it. */
export function decodePlatform(json: string): Platform {
  let p: { os?: unknown; architecture?: unknown; variant?: unknown; 'os.version'?: unknown; 'os.features'?: unknown };
  try {
    p = JSON.parse(json) as typeof p;
    if (typeof p !== 'object' || p === null || Array.isArray(p))
      throw new Error(`cannot unmarshal ${typeof p} into Go value of type v1.Platform`);
  } catch (err) {
    throw invalidArgument(`failed to parse platform: ${(err as Error).message}`);
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const optional = !!(str(p.variant) || str(p['os.version']) || (Array.isArray(p['os.features']) && p['os.features'].length));
  if (!str(p.os) && !str(p.architecture) && optional)
    throw invalidArgument('optional platform fields provided, but OS and Architecture are missing');
  if (!str(p.os) || !str(p.architecture)) throw invalidArgument('both OS and Architecture must be provided');
  return { os: str(p.os), architecture: str(p.architecture), ...(str(p.variant) ? { variant: str(p.variant) } : {}) };
}

/**
 * The `platform` parameter of a request of at least `since` (older clients' is ignored, as moby
 * does); more than one is refused where moby takes only one (save, load).
 */
export function platformParam(q: URLSearchParams, version: string, since: string, name = 'platform'): Platform | undefined {
  if (!atLeast(version, since)) return undefined;
  const all = q.getAll(name);
  if (all.length > 1) throw invalidArgument('multiple platform parameters not supported');
  return all[0] ? decodePlatform(all[0]) : undefined;
}

/** An image that is here lacks the platform asked for: a 404 that is no `No such image`. */
export class PlatformNotFoundError extends TandemError {
  constructor(message: string, cause?: unknown) {
    super(Code.NotFound, message, { cause });
  }
}

/** moby's errPlatformNotFound. */
export function platformNotFound(ref: string, want: Platform): PlatformNotFoundError {
  return new PlatformNotFoundError(
    `image with reference ${ref} was found but does not provide the specified platform (${formatPlatform(want)})`,
  );
}

/** The name moby's errors give an image (imageFamiliarName): its familiar name, or its digest when it has none. */
export function familiarImageName(img: ResolvedImage): string {
  const name = img.record.name ?? '';
  return name.startsWith(DANGLING) ? (img.record.target?.digest ?? name) : familiarOf(name);
}

export interface PlatformImage {
  /** The image as that platform's manifest has it. */
  image: ResolvedImage;
  /** That manifest's descriptor (the index's entry, with its platform), or the record's target. */
  descriptor: OciDescriptor;
}

/**
 * The manifest of `img` that provides `want` and is here (moby looks at present manifests only);
 * NotFound in moby's words, naming the image as `ref`.
 */
export async function platformImage(images: ImageStore, img: ResolvedImage, want: Platform, ref: string): Promise<PlatformImage> {
  let image: ResolvedImage;
  try {
    image = await images.resolveRecord(img.record, want);
  } catch (err) {
    if (isCode(err, Code.NotFound)) throw platformNotFound(ref, want);
    throw err;
  }
  const t = image.record.target!;
  let descriptor: OciDescriptor = { mediaType: t.mediaType ?? '', digest: t.digest ?? '', size: Number(t.size ?? 0) };
  if (isIndex(t.mediaType ?? '')) {
    const index = await images.blob<OciIndex>(t.digest!, `index ${t.digest}`);
    descriptor = index.manifests.find((m) => m.digest === image.manifestDigest) ?? descriptor;
  }
  return { image, descriptor };
}
