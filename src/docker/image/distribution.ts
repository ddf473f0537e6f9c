// `GET /distribution/{name}/json` (the Engine API's DistributionInspect, which update checkers,
// push verifiers and Compose's digest pinning call): the registry's descriptor of a tag or digest
// and the platforms it serves, as moby's distribution router reads them: an index's platforms as
// it lists them, a single manifest's from its config (os, architecture, variant, os.version).
import { createHash } from 'node:crypto';
import { unavailable } from '../../common/errdefs.js';
import { withDefaultTag, type Reference } from '../reference.js';
import { MANIFEST_ACCEPT, Repository, isIndex, type RegistryOptions } from './registry.js';

export interface Platform {
  architecture: string;
  os: string;
  'os.version'?: string;
  'os.features'?: string[];
  variant?: string;
}

export interface DistributionInspect {
  Descriptor: { mediaType: string; digest: string; size: number };
  Platforms: Platform[];
}

/** Only the fields a platform has, in the order the OCI type writes them. */
function platformOf(p: Partial<Platform> | undefined): Platform {
  return {
    architecture: p?.architecture ?? '',
    os: p?.os ?? '',
    ...(p?.['os.version'] ? { 'os.version': p['os.version'] } : {}),
    ...(p?.['os.features']?.length ? { 'os.features': p['os.features'] } : {}),
    ...(p?.variant ? { variant: p.variant } : {}),
  };
}

export async function inspectDistribution(ref: Reference, opts: RegistryOptions): Promise<DistributionInspect> {
  const repo = new Repository(ref, opts);
  const named = ref.digest ? ref : withDefaultTag(ref);
  const m = await repo.manifest(named.digest ?? named.tag!, MANIFEST_ACCEPT);
  const digest = `sha256:${createHash('sha256').update(m.body).digest('hex')}`;
  let doc: { mediaType?: string; manifests?: { platform?: Partial<Platform> }[]; config?: { digest?: string } };
  try {
    doc = JSON.parse(m.body.toString('utf8')) as typeof doc;
  } catch {
    throw unavailable(`registry ${ref.domain}: manifest ${digest} is not JSON`);
  }
  const mediaType = m.mediaType || doc.mediaType || '';
  const platforms: Platform[] = [];
  if (isIndex(mediaType)) for (const e of doc.manifests ?? []) platforms.push(platformOf(e.platform));
  else if (doc.config?.digest) {
    // A config that cannot be read or names no platform leaves the list empty, as in dockerd.
    const config = await repo
      .blobBytes(doc.config.digest)
      .then((b) => JSON.parse(b.toString('utf8')) as Partial<Platform>)
      .catch(() => undefined);
    if (config && (config.os || config.architecture)) platforms.push(platformOf(config));
  }
  return { Descriptor: { mediaType, digest, size: m.body.length }, Platforms: platforms };
}
