// `docker commit`: a container's changes as a new image, as dockerd makes it. The container's
// snapshot is diffed against its image's top snapshot by containerd's diff service (a gzip
// layer, as a RUN step's), the config is the container's (its Cmd, Env, Labels…) with the
// request's config and `--change` instructions over it, and one history entry records the
// container's command, the author and the message. A running container is paused for the
// diff unless asked not to be.
import { createHash, randomBytes } from 'node:crypto';
import { Code, invalidArgument, isCode } from '../../common/errdefs.js';
import type { ContainerdClient } from '../containerd.js';
import type { ContainerRecord } from '../containers/types.js';
import { IMAGE_CONFIG_KEYS, type ImageConfig } from '../image/oci.js';
import { withLease } from '../image/pull.js';
import type { ImageStore } from '../image/store.js';
import { configBytes, diffSnapshot, writeImage, type BuildState, type HistoryEntry } from './commit.js';
import { parseDockerfile } from './dockerfile.js';
import { metaStep } from './steps.js';
import { boundPaths, withoutMountPoints } from './mount-points.js';
import type { OciSpec } from '../../common/oci.js';
import { rootfsIndex } from './rootfs.js';

/** The instructions `--change` takes (moby's validCommitCommands). */
const CHANGES = new Set([
  'CMD',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'HEALTHCHECK',
  'LABEL',
  'ONBUILD',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

export interface CommitRequest {
  /** Full names to give the image (none: dangling). */
  names: string[];
  comment: string;
  author: string;
  changes: string[];
  /** The request body: config fields over the container's. */
  config: Record<string, unknown> | null;
  pause: boolean;
}

/** The image config a commit writes: the container's, the request's over it, then the changes. */
export async function commitConfig(
  c: ContainerRecord,
  req: Pick<CommitRequest, 'changes' | 'config'>,
  base: BuildState,
): Promise<ImageConfig> {
  const cfg: ImageConfig = structuredClone(base.config.config ?? {});
  for (const k of IMAGE_CONFIG_KEYS) if (c.Config[k] !== undefined && c.Config[k] !== null) cfg[k] = structuredClone(c.Config[k]);
  for (const [k, v] of Object.entries(req.config ?? {})) if (IMAGE_CONFIG_KEYS.includes(k) && v !== null && v !== undefined) cfg[k] = v;
  return applyChanges(cfg, req.changes, base);
}

/** `--change` instructions (commit's and import's) applied to a config, as moby's BuildFromConfig does. */
export async function applyChanges(cfg: ImageConfig, changes: string[], base: BuildState): Promise<ImageConfig> {
  const text = changes.filter((l) => l.trim()).join('\n');
  if (!text) return cfg;
  const commands = parseDockerfile(`FROM scratch\n${text}`).stages[0].commands;
  let state: BuildState = { ...base, config: { ...base.config, config: cfg } };
  for (const i of commands) {
    if (!CHANGES.has(i.keyword)) throw invalidArgument(`${i.keyword.toLowerCase()} is not a valid change command`);
    state = await metaStep({ state, args: new Map(), cmdSet: false, escape: '\\' }, i).run();
  }
  return state.config.config ?? {};
}

export async function commitContainer(
  d: { cd: ContainerdClient; images: ImageStore; scratch: string },
  c: ContainerRecord,
  req: CommitRequest,
): Promise<string> {
  const { cd } = d;
  const image = await d.images.resolve(c.Image, c.Platform);
  const base: BuildState = { id: image.id, config: image.config, layers: image.manifest.layers };
  const config = await commitConfig(c, req, base);
  const pause = req.pause && c.State.Status === 'running';
  if (pause) await cd.call('tasks.Pause', { containerId: c.Id });
  try {
    return await withLease(cd, async (lease) => {
      const snapshotter = c.Snapshotter;
      const viewKey = `tandem-commit-${c.Id.slice(0, 12)}-${randomBytes(4).toString('hex')}`;
      const diffed = await diffSnapshot(cd, { snapshotter, key: c.Id, parent: image.chainId, viewKey, ref: viewKey, lease }, c.Id);
      const { container } = await cd.call('containers.Get', { id: c.Id });
      const spec = JSON.parse(Buffer.from(container!.spec!.value!).toString('utf8')) as OciSpec;
      const clean = await withoutMountPoints(cd, diffed.desc, boundPaths(spec), () => rootfsIndex(cd, image.manifest.layers), {
        lease,
        scratch: d.scratch,
      });
      const { desc, diffId } = clean ?? diffed;
      const created = new Date().toISOString();
      const history: HistoryEntry = {
        created,
        created_by: [c.Path, ...c.Args].join(' '),
        ...(req.author ? { author: req.author } : {}),
        ...(req.comment ? { comment: req.comment } : {}),
      };
      const oci = {
        ...image.config,
        created,
        ...(req.author ? { author: req.author } : {}),
        config,
        rootfs: { type: 'layers', diff_ids: [...image.config.rootfs.diff_ids, diffId] },
        history: [...(image.config.history ?? []), history],
      };
      const state: BuildState = {
        id: `sha256:${createHash('sha256').update(configBytes(oci)).digest('hex')}`,
        config: oci,
        layers: [...image.manifest.layers, desc],
      };
      return (await writeImage(cd, snapshotter, state, lease, req.names)).id;
    });
  } finally {
    if (pause)
      await cd.call('tasks.Resume', { containerId: c.Id }).catch((err) => (isCode(err, Code.NotFound) ? undefined : Promise.reject(err)));
  }
}
