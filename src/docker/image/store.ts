// The images Docker sees, read from containerd's image records and content store: a name or
// an image id (the config digest, or a prefix of it) resolves to one image with its manifest,
// config and platform. Documents are immutable, so each digest is read once and cached.
import { Code, TandemError, isCode, notFound } from '../../common/errdefs.js';
import type { ContainerdClient, Image } from '../containerd.js';
import { normalizeName, parseReference, type Reference } from '../reference.js';
import { chainIds } from './unpack.js';
import { hostPlatform, parseDoc, platformMatches, type OciConfig, type OciIndex, type OciManifest, type Platform } from './oci.js';
import { isIndex } from './registry.js';

export interface ResolvedImage {
  record: Image;
  /** Docker's image id: the config digest. */
  id: string;
  manifestDigest: string;
  manifest: OciManifest;
  config: OciConfig;
  platform: Platform;
  /** The snapshot of the top layer (the parent of a container's rootfs). */
  chainId: string;
  /** Compressed size of config and layers. */
  size: number;
}

interface Docs {
  manifestDigest: string;
  manifest: OciManifest;
  config: OciConfig;
  id: string;
}

const ID_PREFIX = /^(sha256:)?[0-9a-f]{4,64}$/;

/** Finds a record for an image id no record has yet (a build step's image), or undefined. */
export type IdFallback = (idPrefix: string) => Promise<Image | undefined>;

export class ImageStore {
  private readonly docs = new Map<string, Docs>();
  private fallback?: IdFallback;

  constructor(private readonly cd: ContainerdClient) {}

  /** Set by the engine: the build cache's step images (the ids `docker build` prints). */
  setIdFallback(f: IdFallback): void {
    this.fallback = f;
  }

  async records(): Promise<Image[]> {
    return (await this.cd.call('images.List', {})).images ?? [];
  }

  /** The tagged names held of a repository (`docker push --all-tags`), in tag order. */
  async tagsOf(repo: Reference): Promise<Reference[]> {
    const parsed = (name: string) => {
      try {
        return [parseReference(name)];
      } catch {
        return []; // a record that is no reference (none is made so, but containerd's may hold one)
      }
    };
    return (await this.records())
      .flatMap((r) => parsed(r.name ?? ''))
      .filter((ref) => ref.domain === repo.domain && ref.path === repo.path && ref.tag && !ref.digest)
      .sort((a, b) => a.tag!.localeCompare(b.tag!));
  }

  async blob<T>(digest: string, what: string): Promise<T> {
    return parseDoc<T>(await this.cd.readBlob(digest), what);
  }

  private async present(digest: string): Promise<boolean> {
    return this.cd.call('content.Info', { digest }).then(
      () => true,
      () => false,
    );
  }

  /** The manifest and config of a record, for the wanted platform (else the host's, else any present). */
  async documents(record: Image, want?: Platform): Promise<Docs> {
    const target = record.target!;
    const key = `${target.digest}|${want ? JSON.stringify(want) : ''}`;
    const hit = this.docs.get(key);
    if (hit) return hit;
    let manifestDigest = target.digest!;
    if (isIndex(target.mediaType ?? '')) {
      const index = await this.blob<OciIndex>(manifestDigest, `index ${manifestDigest}`);
      const host = hostPlatform();
      const order = want ? [want] : [host, { os: 'linux', architecture: host.architecture }];
      let chosen: string | undefined;
      for (const p of order) {
        for (const m of index.manifests.filter((x) => platformMatches(p, x.platform))) {
          if (await this.present(m.digest)) {
            chosen = m.digest;
            break;
          }
        }
        if (chosen) break;
      }
      if (!chosen && !want) {
        for (const m of index.manifests) if (!chosen && (await this.present(m.digest))) chosen = m.digest;
      }
      if (!chosen) {
        throw notFound(
          `image ${record.name} was found but does not provide the ${want ? `specified platform: wanted ${fmt(want)}` : "host's platform"}`,
        );
      }
      manifestDigest = chosen;
    }
    const manifest = await this.blob<OciManifest>(manifestDigest, `manifest ${manifestDigest}`);
    const config = await this.blob<OciConfig>(manifest.config.digest, `config ${manifest.config.digest}`);
    const docs = { manifestDigest, manifest, config, id: manifest.config.digest };
    this.docs.set(key, docs);
    return docs;
  }

  /** Forgets the choices made between an index's manifests: after some of them were removed (rmi --platform). */
  forget(): void {
    this.docs.clear();
  }

  /** A record as the manifest of `want` (else the default choice) has it. */
  resolveRecord(record: Image, want?: Platform): Promise<ResolvedImage> {
    return this.complete(record, want);
  }

  private async complete(record: Image, want?: Platform): Promise<ResolvedImage> {
    const d = await this.documents(record, want);
    const platform = { os: d.config.os, architecture: d.config.architecture, variant: d.config.variant };
    if (want && !platformMatches(want, platform)) {
      throw notFound(
        `image ${record.name} was found but does not match the specified platform: wanted ${fmt(want)}, actual: ${fmt(platform)}`,
      );
    }
    const chain = chainIds(d.config.rootfs?.diff_ids ?? []);
    const size = d.manifest.config.size + d.manifest.layers.reduce((n, l) => n + l.size, 0);
    return {
      record,
      id: d.id,
      manifestDigest: d.manifestDigest,
      manifest: d.manifest,
      config: d.config,
      platform,
      chainId: chain[chain.length - 1] ?? '',
      size,
    };
  }

  /**
   * A name (`busybox`, `busybox:1`, `127.0.0.1:5000/x@sha256:…`) or an image id (full, with or
   * without `sha256:`, or a unique prefix). NotFound says `No such image: <ref>` as Docker does.
   */
  async resolve(ref: string, want?: Platform): Promise<ResolvedImage> {
    let name: string | undefined;
    try {
      name = normalizeName(ref);
    } catch {}
    if (name) {
      const r = await this.cd.call('images.Get', { name }).catch((err) => {
        if (isCode(err, Code.NotFound)) return undefined;
        throw err;
      });
      if (r?.image) return this.complete(r.image, want);
    }
    if (ID_PREFIX.test(ref)) {
      const id = ref.startsWith('sha256:') ? ref : `sha256:${ref}`;
      const matches = new Map<string, ResolvedImage>();
      for (const rec of await this.records()) {
        try {
          const r = await this.complete(rec, want);
          if (r.id.startsWith(id)) matches.set(r.id, matches.get(r.id) ?? r);
        } catch {}
      }
      if (matches.size > 1) throw new TandemError(Code.InvalidArgument, `image id ${ref} is ambiguous: it prefixes ${matches.size} images`);
      const only = [...matches.values()][0];
      if (only) return only;
      const made = await this.fallback?.(id);
      if (made) return this.complete(made, want);
    }
    throw noSuchImage(ref);
  }

  /** Every record resolved (records whose documents are missing are skipped). */
  async all(): Promise<ResolvedImage[]> {
    const out: ResolvedImage[] = [];
    for (const rec of await this.records()) {
      try {
        out.push(await this.complete(rec));
      } catch {}
    }
    return out;
  }

  /** Records whose image is `id` (its names). */
  async namesOf(id: string): Promise<Image[]> {
    return (await this.all()).filter((r) => r.id === id).map((r) => r.record);
  }
}

const fmt = (p: Platform) => [p.os, p.architecture, p.variant].filter(Boolean).join('/');

export function noSuchImage(ref: string, cause?: unknown): TandemError {
  return new TandemError(Code.NotFound, `No such image: ${ref}`, { cause });
}
