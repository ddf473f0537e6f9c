// The platform (os/architecture/variant) of the image a container was created from, exactly the
// manifest containerd unpacked for it: for a multi-platform index that is the one whose layer
// chain is the parent of the container's snapshot (what `ctr run --platform`, nerdctl and the
// Docker API unpacked), not the index's first entry nor the host's.
//
//   container → snapshotter + snapshot key → the snapshot's parent (a chain ID)
//   container → image → target (index → every manifest present in the content store) → config:
//   platform + chain ID of its diff_ids; the one whose chain ID is the parent wins.
//
// Content is immutable, so answers are cached: by the image's target digest (its candidates),
// by chain ID, and by the layer directories of the container's rootfs mount, which name that
// chain's snapshots. A container of an image this daemon has seen costs no round trip at all.
import { createHash } from 'node:crypto';
import { containerd } from '../generated/protos.js';
import { isCode, Code } from '../common/errdefs.js';
import { normalizePlatform, type Platform } from '../common/platform.js';
import { ContainerdClient } from './containerd-client.js';

const s = containerd.services;

interface Candidate {
  platform: Platform;
  chainId: string;
}

interface Descriptor {
  mediaType?: string;
  digest: string;
  platform?: Platform;
}

/** containerd's chain ID of a layer stack: what its committed snapshots are named by. */
export function chainId(diffIds: string[]): string {
  let chain = '';
  for (const d of diffIds) chain = chain ? `sha256:${createHash('sha256').update(`${chain} ${d}`).digest('hex')}` : d;
  return chain;
}

export class ContainerdImages {
  private readonly rpc: ContainerdClient;
  private readonly byTarget = new Map<string, Promise<Candidate[]>>();
  private readonly byChain = new Map<string, Platform>();
  private readonly byLayers = new Map<string, Platform>();

  constructor(address: string, namespace: string) {
    this.rpc = new ContainerdClient(address, namespace);
  }

  private async unary<Res>(
    method: string,
    type: { encode(m: object): { finish(): Uint8Array } },
    req: object,
    res: { decode(b: Uint8Array): Res },
  ): Promise<Res> {
    const [msg] = await this.rpc.call(method, type.encode(req).finish());
    return res.decode(msg ?? Buffer.alloc(0));
  }

  private async read(digest: string): Promise<unknown> {
    const msgs = await this.rpc.call(
      '/containerd.services.content.v1.Content/Read',
      s.content.v1.ReadContentRequest.encode({ digest }).finish(),
    );
    const data = Buffer.concat(msgs.map((m) => Buffer.from(s.content.v1.ReadContentResponse.decode(m).data)));
    return JSON.parse(data.toString('utf8'));
  }

  /**
   * The platform of the container's image; undefined when it has none (`ctr run --rootfs`) or
   * the snapshot does not come from one of its manifests (the caller then reads the executable).
   * `layersKey` identifies the rootfs mount's layer directories (see dispatch.ts).
   */
  async platformOf(containerId: string, layersKey?: string): Promise<Platform | undefined> {
    const known = layersKey ? this.byLayers.get(layersKey) : undefined;
    if (known) return known;
    const { container: c } = await this.unary(
      '/containerd.services.containers.v1.Containers/Get',
      s.containers.v1.GetContainerRequest,
      { id: containerId },
      s.containers.v1.GetContainerResponse,
    );
    if (!c?.image) return undefined;
    // The snapshot's parent and the image's candidates are independent: ask for both at once
    // (one round trip less on the start path of a container of a new image).
    const parentP = this.snapshotParent(c.snapshotter ?? '', c.snapshotKey ?? '');
    const candidatesP = this.imageCandidates(c.image);
    candidatesP.catch(() => {}); // not needed when the chain is known; its failure then must not surface
    const parent = await parentP;
    let platform = parent ? this.byChain.get(parent) : undefined;
    if (!platform) {
      const all = await candidatesP;
      for (const x of all) this.byChain.set(x.chainId, x.platform);
      // A snapshot without a parent is an image without layers: only one candidate can be it.
      platform =
        (parent ? all.find((x) => x.chainId === parent)?.platform : undefined) ?? (all.length === 1 ? all[0]!.platform : undefined);
    }
    if (platform && layersKey) this.byLayers.set(layersKey, platform);
    return platform;
  }

  /** Every manifest of the image with its platform and chain ID (cached by the image's target digest). */
  private async imageCandidates(name: string): Promise<Candidate[]> {
    const { image } = await this.unary(
      '/containerd.services.images.v1.Images/Get',
      s.images.v1.GetImageRequest,
      { name },
      s.images.v1.GetImageResponse,
    );
    const digest = image?.target?.digest;
    if (!digest) return [];
    let candidates = this.byTarget.get(digest);
    if (!candidates) {
      candidates = this.candidates({ digest }, 0);
      this.byTarget.set(digest, candidates);
      candidates.catch(() => this.byTarget.delete(digest));
    }
    return candidates;
  }

  private async snapshotParent(snapshotter: string, key: string): Promise<string> {
    if (!key) return '';
    try {
      const { info } = await this.unary(
        '/containerd.services.snapshots.v1.Snapshots/Stat',
        s.snapshots.v1.StatSnapshotRequest,
        { snapshotter, key },
        s.snapshots.v1.StatSnapshotResponse,
      );
      return info?.parent ?? '';
    } catch (err) {
      if (isCode(err, Code.NotFound)) return '';
      throw err;
    }
  }

  /** Every manifest reachable from `d` whose manifest and config are in the content store. */
  private async candidates(d: Descriptor, depth: number): Promise<Candidate[]> {
    let doc: { manifests?: Descriptor[]; config?: { digest: string } };
    try {
      doc = (await this.read(d.digest)) as typeof doc;
    } catch (err) {
      if (isCode(err, Code.NotFound)) return []; // another platform's manifest, not pulled
      throw err;
    }
    if (Array.isArray(doc.manifests)) {
      if (depth > 2) return [];
      const nested = await Promise.all(doc.manifests.map((m) => this.candidates(m, depth + 1)));
      return nested.flat();
    }
    if (!doc.config?.digest) return [];
    let cfg: { os?: string; architecture?: string; variant?: string; rootfs?: { diff_ids?: string[] } };
    try {
      cfg = (await this.read(doc.config.digest)) as typeof cfg;
    } catch (err) {
      if (isCode(err, Code.NotFound)) return [];
      throw err;
    }
    const os = cfg.os || d.platform?.os;
    const architecture = cfg.architecture || d.platform?.architecture;
    if (!os || !architecture || os === 'unknown') return []; // build attestations are manifests too
    const platform = normalizePlatform({ os, architecture, variant: cfg.variant || d.platform?.variant });
    return [{ platform, chainId: chainId(cfg.rootfs?.diff_ids ?? []) }];
  }

  /** A container extension's value as text (CRI's JSON metadata), or undefined without one. */
  async extension(containerId: string, name: string): Promise<string | undefined> {
    const { container } = await this.unary(
      '/containerd.services.containers.v1.Containers/Get',
      s.containers.v1.GetContainerRequest,
      { id: containerId },
      s.containers.v1.GetContainerResponse,
    );
    const any = container?.extensions?.[name];
    return any?.value?.length ? Buffer.from(any.value).toString('utf8') : undefined;
  }

  /** Opens the connection ahead of the first container (the daemon has just started for one). */
  warm(): void {
    this.rpc.connect();
  }

  close(): void {
    this.rpc.close();
  }
}
