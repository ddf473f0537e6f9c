// What a booted guest's start read and nothing maps (docs/guest-measurements.md, "What the boot
// read and nobody maps"). /init reads node's files whole before the agent starts (readahead.ts:
// node's start then faults none of them a page at a time), and node maps only part of them; the
// late boot steps read modules and tools once. Until the agent's first idle reclaim (reclaim.ts,
// 30 s of quiet) those pages stayed cached: ~33 MiB of a booted VM's memory (docs/guest.md). So once
// the late boot steps are done, and before the first Hello is answered (no container has read
// anything yet), the agent drops the guest's clean page cache that no process maps (drop_caches 1).
// Mapped pages stay, so node's running code is not read again; what a first create needs and the
// boot had read only whole is read back on demand. A template guest does not: its trim (trim.ts)
// gives up more.
import { readFileSync, writeFileSync } from 'node:fs';
import { log } from './log.js';
import { meminfoMiB } from './trim.js';

export interface BootCachePaths {
  meminfo: string;
  dropCaches: string;
}

const PATHS: BootCachePaths = { meminfo: '/proc/meminfo', dropCaches: '/proc/sys/vm/drop_caches' };

export interface BootCacheReport {
  /** The guest's page cache (MiB) before and after. */
  cachedMiB: [number, number];
  ms: number;
}

/**
 * Drops the guest's unmapped clean page cache; 1 (not 3, as the trim does): the dentries and
 * inodes of the files node and crun open stay. Never throws: a guest that keeps the cache is only
 * bigger until its idle reclaim, so a failure is said on the console and the agent serves on.
 */
export function dropBootCache(paths: BootCachePaths = PATHS): BootCacheReport | undefined {
  const t0 = performance.now();
  try {
    const before = meminfoMiB(readFileSync(paths.meminfo, 'utf8'), 'Cached');
    writeFileSync(paths.dropCaches, '1');
    const after = meminfoMiB(readFileSync(paths.meminfo, 'utf8'), 'Cached');
    const r: BootCacheReport = { cachedMiB: [before, after], ms: performance.now() - t0 };
    log.info("dropped the boot's unmapped page cache", {
      cachedMiB: `${before.toFixed(1)} -> ${after.toFixed(1)}`,
      ms: Math.round(r.ms),
    });
    return r;
  } catch (err) {
    log.warn("the boot's page cache kept", { err: (err as Error).message });
    return undefined;
  }
}
