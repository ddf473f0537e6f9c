// Returns a built guest image for an architecture, building it first when the cache has none
// for the current inputs. Images live in the user's cache directory (never the source tree, which
// an installed tandem cannot write), one directory per inputs digest: <cache>/guest/<arch>-<digest>,
// so checkouts of different code never rebuild over each other and an image is current exactly
// when its directory exists. Builds of one architecture are serialised with a lock file (they
// share the package cache); a lock whose holder died is taken over.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';
import { processAlive } from '../../common/process-alive.js';
import { buildGuest, inputsDigest, type BuildOptions } from './build.js';
import type { Arch } from './debian.js';
import { readManifest } from './manifest.js';

/** The package root (a checkout or an installed package), from dist/linuxvm/image/ or src/linuxvm/image/. */
export const REPO_DIR = fileURLToPath(new URL('../../../', import.meta.url));

/** Built images and downloaded packages: $TANDEM_CACHE_DIR, else ~/.cache/tandem (XDG) or ~/Library/Caches/tandem. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.TANDEM_CACHE_DIR || envPaths('tandem', { suffix: '' }).cache);
}

/** Downloaded and unpacked Debian packages of one architecture. */
export function packageCacheDir(arch: Arch, env: NodeJS.ProcessEnv = process.env): string {
  return join(cacheDir(env), 'packages', arch);
}

/** How many images per architecture stay in the cache (other checkouts' or older ones). */
const KEEP_IMAGES = 4;

export function defaultBuildOptions(arch: Arch, log: (m: string) => void = () => {}, env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const o: BuildOptions = {
    arch,
    specDir: join(REPO_DIR, 'images/guest'),
    repoDir: REPO_DIR,
    outDir: '',
    // DebianCache keeps <cacheDir>/<arch>.
    cacheDir: dirname(packageCacheDir(arch, env)),
    initrdCompression: 'none',
    systemCompression: 'none',
    sourceDateEpoch: 0,
    log,
  };
  o.outDir = join(cacheDir(env), 'guest', `${arch}-${inputsDigest(o).slice(0, 16)}`);
  return o;
}

export async function ensureGuestImage(o: BuildOptions): Promise<string> {
  const out = resolve(o.outDir);
  if (isCurrent(o)) return out;
  await underBuildLock(dirname(out), o.arch, o.log, async () => {
    if (!isCurrent(o)) {
      o.log(`building the ${o.arch} guest image in ${out}`);
      await buildGuest(o);
      pruneImages(dirname(out), o.arch, out);
    }
  });
  return out;
}

/**
 * Runs `fn` holding the lock of an architecture's builds (`<guestDir>/<arch>.lock`): builds share
 * the package cache, so `tandem guest build` takes it as the VM daemon and `tandem up` do.
 */
export async function underBuildLock<T>(guestDir: string, arch: Arch, log: (m: string) => void, fn: () => Promise<T>): Promise<T> {
  const lock = join(guestDir, `${arch}.lock`);
  await acquire(lock, log);
  try {
    return await fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Whether the built image matches its description and the agent code (no build needed). */
export function isCurrent(o: BuildOptions): boolean {
  try {
    return readManifest(o.outDir).inputs === inputsDigest(o);
  } catch {
    return false;
  }
}

/** An O_EXCL file holding the builder's pid; its directory is made first (a fresh cache has none). */
async function acquire(lock: string, log: (m: string) => void): Promise<void> {
  mkdirSync(dirname(lock), { recursive: true });
  let said = false;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder = 0;
      let age = 0;
      try {
        holder = Number(readFileSync(lock, 'utf8')) || 0;
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {}
      // A dead holder's lock is taken over; a holder's pid that was reused would hold it for
      // longer than any build takes.
      if ((!holder && age > 5_000) || (holder && !processAlive(holder)) || age > 3_600_000) {
        rmSync(lock, { force: true });
        continue;
      }
      if (!said) log(`waiting for another build of the guest image (pid ${holder}, lock ${lock})`);
      said = true;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * Keeps the newest `keep` images of an architecture in `dir` (`current` always among them) and
 * removes the others, returning their paths. Every build of changed code makes a new directory
 * (~230 MB for amd64): ensureGuestImage and `tandem guest build` into the cache both prune.
 */
export function pruneImages(dir: string, arch: Arch, current: string, keep = KEEP_IMAGES): string[] {
  const images = readdirSync(dir)
    .filter((n) => n.startsWith(`${arch}-`) && !n.includes('.'))
    .map((n) => join(dir, n))
    .filter((p) => p !== current)
    .map((p) => ({ p, t: statSync(p).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  const gone = images.slice(Math.max(0, keep - 1)).map(({ p }) => p);
  for (const p of gone) rmSync(p, { recursive: true, force: true });
  return gone;
}
