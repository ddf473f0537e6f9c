// What a native container leaves in its bundle so that `cleanup` (a fresh `shim delete`, the
// daemon gone) can kill what is left and unmount what was mounted. Written atomically before
// anything is mounted, updated as processes appear.
import { rm } from 'node:fs/promises';
import { readJson, writeJsonAtomic } from '../common/json-file.js';
import path from 'node:path';
import { NATIVE_STATE_FILE } from './paths.js';

export interface NativeState {
  version: 1;
  /** The canonical directory the container's processes chroot into. */
  root: string;
  /** Mount points the shim made, in the order made (unmounted in reverse). */
  mounts: string[];
  /** Process groups of the container (init's and each exec's). */
  pgids: number[];
  initPid?: number;
}

export function writeState(bundle: string, state: NativeState): Promise<void> {
  return writeJsonAtomic(path.join(bundle, NATIVE_STATE_FILE), state);
}

export async function readState(bundle: string): Promise<NativeState | null> {
  const s = await readJson<NativeState>(path.join(bundle, NATIVE_STATE_FILE));
  return s && s.version === 1 && typeof s.root === 'string' && Array.isArray(s.mounts) ? s : null;
}

export async function removeState(bundle: string): Promise<void> {
  await rm(path.join(bundle, NATIVE_STATE_FILE), { force: true });
  await rm(path.join(bundle, `${NATIVE_STATE_FILE}.tmp`), { force: true });
}
