// How a snapshot's tree is made from its parent's: the backend is chosen once per root by
// probing the filesystem (clonefile on APFS, FICLONE reflink on XFS/btrfs, else a full copy).
import { platform } from 'node:os';
import { invalidArgument } from '../common/errdefs.js';
import { cloneTree, treeUsage, type HelperMode } from './tree-helper.js';
import { probeLinux } from './clone-linux.js';
import { probeDarwin } from './clone-darwin.js';
import type { Usage } from './types.js';

export type BackendName = HelperMode;
export const BACKENDS: readonly BackendName[] = ['clonefile', 'reflink', 'copy'];

export interface CloneBackend {
  readonly name: BackendName;
  /** Why this backend was chosen, for the log and `--info`. */
  readonly reason: string;
  cloneTree(src: string, dst: string): Promise<void>;
  usage(dir: string): Promise<Usage>;
}

/** What the platform layer answers: the best mode that works in `root`, and why. */
export interface ProbeResult {
  name: BackendName;
  reason: string;
}

export function backend(p: ProbeResult): CloneBackend {
  return { ...p, cloneTree: (src, dst) => cloneTree(p.name, src, dst), usage: treeUsage };
}

/**
 * Picks the backend for `root`. `wanted` forces one (`auto` probes); forcing a mode the
 * filesystem cannot do is an error rather than a silent copy.
 */
export async function chooseBackend(root: string, wanted: BackendName | 'auto' = 'auto'): Promise<CloneBackend> {
  const probe = platform() === 'darwin' ? probeDarwin : probeLinux;
  const best = await probe(root);
  if (wanted === 'auto' || wanted === best.name) return backend(best);
  if (wanted === 'copy') return backend({ name: 'copy', reason: `forced (the filesystem would allow ${best.name})` });
  throw invalidArgument(`clone backend ${wanted} does not work in ${root}: ${best.reason}`);
}
