// Runs native/build/tandem-clone, the small C helper that clones and measures directory
// trees (Node's fs has no xattrs, mknod or clonefile, and is slow at 20,000 small files).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { internal, unavailable } from '../common/errdefs.js';
import type { Usage } from './types.js';

export type HelperMode = 'clonefile' | 'reflink' | 'copy';

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

/** Copies `src` to the new path `dst` (which must not exist) with the given mode. */
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
