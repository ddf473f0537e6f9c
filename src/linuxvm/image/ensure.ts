// Returns a built guest image for an architecture, building it first when it is missing or stale
// (its description or the agent code changed since). Used by tests and by the VM manager, so the
// guest always carries the agent that matches the host code. Builds are serialised with a lock
// file: several processes may ask at once.
import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGuest, inputsDigest, type BuildOptions } from './build.js';
import type { Arch } from './debian.js';
import { readManifest } from './manifest.js';

/** The repository root, from dist/linuxvm/image/ (or src/linuxvm/image/ under vitest). */
export const REPO_DIR = fileURLToPath(new URL('../../../', import.meta.url));

export function defaultBuildOptions(arch: Arch, log: (m: string) => void = () => {}): BuildOptions {
  return {
    arch,
    specDir: join(REPO_DIR, 'images/guest'),
    repoDir: REPO_DIR,
    outDir: join(REPO_DIR, `images/out/guest-${arch}`),
    cacheDir: join(REPO_DIR, 'images/out/cache'),
    initrdCompression: 'none',
    systemCompression: 'none',
    sourceDateEpoch: 0,
    log,
  };
}

export async function ensureGuestImage(o: BuildOptions): Promise<string> {
  const out = resolve(o.outDir);
  if (isCurrent(o)) return out;
  const lock = `${out}.lock`;
  await acquire(lock);
  try {
    if (!isCurrent(o)) {
      o.log(`building the ${o.arch} guest image in ${out}`);
      await buildGuest(o);
    }
  } finally {
    rmSync(lock, { force: true });
  }
  return out;
}

/** Whether the built image matches its description and the agent code (no build needed). */
export function isCurrent(o: BuildOptions): boolean {
  try {
    return readManifest(o.outDir).inputs === inputsDigest(o);
  } catch {
    return false;
  }
}

async function acquire(lock: string): Promise<void> {
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A builder that died leaves its lock behind; a build takes well under ten minutes.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { force: true });
      } catch {}
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
