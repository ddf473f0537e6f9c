// What a native container leaves in its bundle so that `cleanup` (a fresh `shim delete`, the
// daemon gone) can kill what is left and unmount what was mounted. Written atomically before
// anything is mounted, updated as processes appear.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
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

export async function writeState(bundle: string, state: NativeState): Promise<void> {
  const file = path.join(bundle, NATIVE_STATE_FILE);
  await writeFile(`${file}.tmp`, JSON.stringify(state));
  await rename(`${file}.tmp`, file);
}

export async function readState(bundle: string): Promise<NativeState | null> {
  try {
    const s = JSON.parse(await readFile(path.join(bundle, NATIVE_STATE_FILE), 'utf8')) as NativeState;
    return s.version === 1 && typeof s.root === 'string' && Array.isArray(s.mounts) ? s : null;
  } catch {
    return null;
  }
}

export async function removeState(bundle: string): Promise<void> {
  await rm(path.join(bundle, NATIVE_STATE_FILE), { force: true });
  await rm(path.join(bundle, `${NATIVE_STATE_FILE}.tmp`), { force: true });
}
