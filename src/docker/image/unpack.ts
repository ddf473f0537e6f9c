// Unpacking an image's layers into a snapshotter through containerd's own services: for each
// layer not yet there, Prepare a snapshot on its parent, let containerd's diff service Apply the
// layer onto its mounts, Commit it under its chain id. This is what containerd's client-side
// unpacker does; every byte is handled inside containerd.
import { createHash, randomBytes } from 'node:crypto';
import { Code, TandemError, isCode } from '../../common/errdefs.js';
import type { ContainerdClient, Descriptor } from '../containerd.js';

/** Chain ids of a layer stack (the snapshot names): chain[i] = sha256(chain[i-1] + " " + diff[i]). */
export function chainIds(diffIds: string[]): string[] {
  const out: string[] = [];
  for (const d of diffIds) {
    const prev = out[out.length - 1];
    out.push(prev ? `sha256:${createHash('sha256').update(`${prev} ${d}`).digest('hex')}` : d);
  }
  return out;
}

/** Whether a snapshot is there (NotFound is an answer, anything else an error). */
export async function snapshotExists(cd: ContainerdClient, snapshotter: string, key: string): Promise<boolean> {
  try {
    await cd.call('snapshots.Stat', { snapshotter, key });
    return true;
  } catch (err) {
    if (isCode(err, Code.NotFound)) return false;
    throw err;
  }
}

export interface UnpackProgress {
  /** Called before a layer is applied and after (done) or when it was already there. */
  (layer: Descriptor, state: 'extracting' | 'done' | 'exists'): void;
}

/** Unpacks every layer; returns the chain id of the top (the image's rootfs parent). */
export async function unpack(
  cd: ContainerdClient,
  opts: {
    snapshotter: string;
    layers: Descriptor[];
    diffIds: string[];
    lease: string;
    progress?: UnpackProgress;
    /** Resolves once layer i is in the content store (a pull unpacks while later layers download). */
    fetched?: (i: number) => Promise<void>;
  },
): Promise<string> {
  const { snapshotter, layers, diffIds, lease } = opts;
  if (layers.length !== diffIds.length) {
    throw new TandemError(Code.InvalidArgument, `image has ${layers.length} layers but its config lists ${diffIds.length} diff ids`);
  }
  const chain = chainIds(diffIds);
  // A snapshot that is there already is leased before it is looked at, so a garbage collection
  // meanwhile cannot take it before the image's config refers to it (hasBlobLeased, for blobs).
  // All layers at once: these round trips would otherwise sit between one layer's Apply and the
  // next while a pull's downloads race ahead.
  await Promise.all(chain.map((id) => cd.call('leases.AddResource', { id: lease, resource: { id, type: `snapshots/${snapshotter}` } })));
  const present = await Promise.all(chain.map((id) => snapshotExists(cd, snapshotter, id)));
  for (let i = 0; i < layers.length; i++) {
    if (present[i]) {
      opts.progress?.(layers[i], 'exists');
      continue;
    }
    await opts.fetched?.(i);
    opts.progress?.(layers[i], 'extracting');
    const key = `extract-${randomBytes(6).toString('hex')} ${chain[i]}`;
    const prepared = await cd.call('snapshots.Prepare', { snapshotter, key, parent: i ? chain[i - 1] : '' }, { lease });
    try {
      const applied = await cd.call('diff.Apply', { diff: layers[i], mounts: prepared.mounts }, { lease, timeoutMs: 0 });
      if (applied.applied?.digest && applied.applied.digest !== diffIds[i]) {
        throw new TandemError(
          Code.DataLoss,
          `layer ${layers[i].digest} unpacked to ${applied.applied.digest}, the config says ${diffIds[i]}`,
        );
      }
      await cd.call('snapshots.Commit', { snapshotter, name: chain[i], key }, { lease });
    } catch (err) {
      await cd.call('snapshots.Remove', { snapshotter, key }).catch(() => {});
      // Someone else (a parallel pull) committed the same layer meanwhile: theirs is as good.
      if (!(isCode(err, Code.AlreadyExists) && (await snapshotExists(cd, snapshotter, chain[i])))) throw err;
    }
    opts.progress?.(layers[i], 'done');
  }
  return chain[chain.length - 1];
}
