// How a snapshot's tree is made from its parent's: the backend is chosen once per root by
// probing the filesystem (subvolume snapshots on btrfs, clonefile on APFS, FICLONE reflink on
// XFS, else a full copy).
import { chmod, mkdir } from 'node:fs/promises';
import { invalidArgument } from '../common/errdefs.js';
import { platformProfile } from '../common/platform-profile.js';
import { cloneTree, makeSubvolume, sealSubvolume, treeUsage, type HelperMode } from './tree-helper.js';
import { probeLinux } from './clone-linux.js';
import { probeDarwin } from './clone-darwin.js';
import type { Usage } from './types.js';

export type BackendName = HelperMode;
export const BACKENDS: readonly BackendName[] = ['btrfs', 'clonefile', 'reflink', 'copy'];

export interface CloneBackend {
  readonly name: BackendName;
  /** Why this backend was chosen, for the log and `--info`. */
  readonly reason: string;
  cloneTree(src: string, dst: string): Promise<void>;
  /** The tree of a snapshot without a parent: an empty directory (btrfs: subvolume), 0755. */
  makeEmpty(dst: string): Promise<void>;
  /** After a commit: protects the tree from writes where the filesystem can (btrfs: read-only subvolume). */
  seal(dir: string): Promise<void>;
  usage(dir: string): Promise<Usage>;
}

/** What the platform layer answers: the best mode that works in `root`, and why. */
export interface ProbeResult {
  name: BackendName;
  reason: string;
  /** Other modes that work there too (reflink on btrfs), which `--backend` may force. */
  also?: BackendName[];
}

async function makeDir(dst: string): Promise<void> {
  await mkdir(dst);
  await chmod(dst, 0o755);
}

export function backend(p: ProbeResult): CloneBackend {
  const btrfs = p.name === 'btrfs';
  return {
    name: p.name,
    reason: p.reason,
    cloneTree: (src, dst) => cloneTree(p.name, src, dst),
    makeEmpty: btrfs ? makeSubvolume : makeDir,
    seal: btrfs ? async (dir) => void (await sealSubvolume(dir)) : async () => {},
    usage: treeUsage,
  };
}

/**
 * Picks the backend for `root`. `wanted` forces one (`auto` probes); forcing a mode the
 * filesystem cannot do is an error rather than a silent copy.
 */
export async function chooseBackend(root: string, wanted: BackendName | 'auto' = 'auto'): Promise<CloneBackend> {
  const probe = platformProfile() === 'darwin' ? probeDarwin : probeLinux;
  const best = await probe(root);
  if (wanted === 'auto' || wanted === best.name) return backend(best);
  if (wanted === 'copy' || best.also?.includes(wanted))
    return backend({ name: wanted, reason: `forced (the filesystem would allow ${best.name})` });
  throw invalidArgument(`clone backend ${wanted} does not work in ${root}: ${best.reason}`);
}
