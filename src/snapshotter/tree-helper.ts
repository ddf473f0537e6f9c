// Runs native/build/tandem-clone, the small C helper that clones and measures directory
// trees (Node's fs has no xattrs, mknod or clonefile, and is slow at 20,000 small files) and
// makes, snapshots, seals and deletes btrfs subvolumes (ioctls Node cannot make).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { internal, unavailable } from '../common/errdefs.js';
import type { Usage } from './types.js';

export type HelperMode = 'clonefile' | 'reflink' | 'copy' | 'btrfs';

/** The helper sits two levels up from this module in both src/ and dist/. */
export function helperPath(): string {
  return process.env.TANDEM_CLONE_HELPER ?? fileURLToPath(new URL('../../native/build/tandem-clone', import.meta.url));
}

function runHelper(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const bin = helperPath();
  if (!existsSync(bin)) return Promise.reject(unavailable(`clone helper ${bin} is missing; build it with "make -C native"`));
  return new Promise((resolve, reject) => {
    execFile(bin, args, { maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      if (err && code < 0) reject(internal(`running ${bin}: ${err.message}`, err));
      else resolve({ code, stdout, stderr });
    });
  });
}

/** Exit status 3 from subvol/setro/destroy: the path is not a btrfs subvolume. */
const NOT_SUBVOLUME = 3;

/**
 * Copies `src` to the new path `dst` (which must not exist) with the given mode; `btrfs`
 * makes `dst` a subvolume snapshot of `src`.
 */
export async function cloneTree(mode: HelperMode, src: string, dst: string): Promise<void> {
  const r = await runHelper(['clone', mode, src, dst]);
  if (r.code !== 0) throw internal(`cloning ${src} (${mode}) failed: ${r.stderr.trim()}`);
}

/** True when `mode` really clones a file inside `dir` (no silent fallback). */
export async function probeMode(mode: HelperMode, dir: string): Promise<boolean> {
  const r = await runHelper(['probe', mode, dir]);
  if (r.code === 2) throw internal(`probing ${dir}: ${r.stderr.trim()}`);
  return r.code === 0;
}

export async function treeUsage(dir: string): Promise<Usage> {
  const r = await runHelper(['usage', dir]);
  if (r.code !== 0) throw internal(`measuring ${dir}: ${r.stderr.trim()}`);
  const [size, inodes] = r.stdout.trim().split(' ').map(Number);
  return { size: size!, inodes: inodes! };
}

/** `dst` (which must not exist) becomes a new empty btrfs subvolume, mode 0755. */
export async function makeSubvolume(dst: string): Promise<void> {
  const r = await runHelper(['subvol', dst]);
  if (r.code !== 0) throw internal(`creating subvolume ${dst} failed: ${r.stderr.trim()}`);
}

/** Sets the read-only flag of subvolume `dir`; false when `dir` is not a subvolume. */
export async function sealSubvolume(dir: string): Promise<boolean> {
  const r = await runHelper(['setro', '1', dir]);
  if (r.code === NOT_SUBVOLUME) return false;
  if (r.code !== 0) throw internal(`making ${dir} read-only failed: ${r.stderr.trim()}`);
  return true;
}

/**
 * Clears the read-only flag of subvolume `dir`, synchronously: the snapshotter calls it in the
 * same synchronous step as the rename that follows (a read-only subvolume cannot be moved to
 * another directory: EROFS on its "..").
 */
export function unsealSubvolumeSync(dir: string): void {
  try {
    execFileSync(helperPath(), ['setro', '0', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    const e = err as { status?: number | null; stderr?: Buffer };
    if (e.status === NOT_SUBVOLUME) return;
    throw internal(`making ${dir} writable failed: ${e.stderr?.toString().trim() ?? String(err)}`, err);
  }
}

/** Deletes subvolume `dir` (read-only or not, with subvolumes nested in it); false when it is not one. */
export async function destroySubvolume(dir: string): Promise<boolean> {
  const r = await runHelper(['destroy', dir]);
  if (r.code === NOT_SUBVOLUME) return false;
  if (r.code !== 0) throw internal(`deleting subvolume ${dir} failed: ${r.stderr.trim()}`);
  return true;
}
