// A guest booted to be saved as a template (docs/guest.md, "Restoring a saved VM") hands its RAM
// to every VM restored from it: the save copies the RAM file leaving out only holes and zero pages.
// Right after boot that RAM holds ~50 MiB of page cache (node, its libraries, the modules and
// files the boot read) and the dentries and inodes of what the boot looked up, all of which the
// guest can read again from its system image, and pages it freed still hold their old bytes. So
// before it says it serves (which starts the save), a template guest gives that up and zeroes what
// it freed: the kernel drops the unmapped cache and the reclaimable slab, then one process asks
// for all free memory and most of the cache besides, which makes the kernel reclaim the cache
// (node's mapped pages included) and hand out every free page zero-filled; its pages go back
// zeroed when it exits. It is the OOM killer's first choice should memory run out (then its death
// is the end), and the agent its last meanwhile (the agent's exit would power the guest off).
// Transparent huge pages are off meanwhile: a 2 MiB fault would take only whole free blocks
// (holes already) and leave the scattered pages the cache gave back as they were.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { log } from './log.js';

export interface TrimPaths {
  meminfo: string;
  vmstat: string;
  thp: string;
  dropCaches: string;
  /** The agent's own OOM score adjustment. */
  oomScoreAdj: string;
}

const PATHS: TrimPaths = {
  meminfo: '/proc/meminfo',
  vmstat: '/proc/vmstat',
  thp: '/sys/kernel/mm/transparent_hugepage/enabled',
  dropCaches: '/proc/sys/vm/drop_caches',
  oomScoreAdj: '/proc/self/oom_score_adj',
};

/**
 * What the kernel drops first: 3 is the page cache and the reclaimable slab (dentries, inodes).
 * The slab's share measured 2026-12-04 (scratch probes): a template's RAM 112.2 MiB with 3
 * against 115.8 with 1.
 */
const DROP = '3';

/**
 * Cache the zeroing process leaves. Asking for all of it made templates ~5 MiB smaller again, but
 * then the kernel must take the pages of the programs that run (node's among them) too, and an
 * arm64 template boot did not end its trim within the shim's 150 s (2026-12-04; the same code's
 * next boot trimmed in 7.7 s). What its kernel was doing was not seen; one short of memory that
 * reclaims the pages of running programs and reads them back, again and again, before its OOM
 * killer acts would look like that. This margin keeps the trim from asking for those pages.
 */
const CACHE_LEFT_MIB = 24;

export interface TrimReport {
  /** The guest's page cache (MiB) before and after. */
  cachedMiB: [number, number];
  /** What the zeroing process asked for (MiB). */
  askedMiB: number;
  /** How it ended: 'done', 'killed' (by the OOM killer) or its exit status. */
  zeroing: string;
  /** Processes the OOM killer ended meanwhile (/proc/vmstat oom_kill). */
  oomKills: number;
  ms: number;
}

/** A field of /proc/meminfo, MiB. */
export function meminfoMiB(text: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  if (!m) throw new Error(`meminfo has no ${field}`);
  return Number(m[1]) / 1024;
}

/** A counter of /proc/vmstat. */
export function vmstatCount(text: string, field: string): number {
  return Number(new RegExp(`^${field} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
}

/** The selected mode of a sysfs choice file ("always [madvise] never" → "madvise"). */
export function selected(text: string): string | undefined {
  return /\[(\w+)\]/.exec(text)?.[1];
}

/**
 * Asks for `mib` MiB and fills it from /dev/zero (busybox dd with one block that size), as the
 * OOM killer's first choice. Resolves to how it ended.
 */
export function zeroFill(mib: number): Promise<string> {
  return new Promise((resolve) => {
    const script = `echo 1000 > /proc/self/oom_score_adj && exec busybox dd if=/dev/zero of=/dev/null bs=${mib}M count=1 2>/dev/null`;
    const p = spawn('sh', ['-c', script], { stdio: 'ignore' });
    p.on('error', (err) => resolve(`not run: ${err.message}`));
    p.on('close', (code, signal) =>
      resolve(code === 0 ? 'done' : signal === 'SIGKILL' || code === 137 ? 'killed' : `exit ${code ?? signal}`),
    );
  });
}

/** Gives the page cache up and zeroes the free memory (the comment at the top). Never throws. */
export async function trimForSave(o: { paths?: TrimPaths; zero?: (mib: number) => Promise<string> } = {}): Promise<TrimReport | undefined> {
  const paths = o.paths ?? PATHS;
  const t0 = performance.now();
  const restore: [string, string][] = []; // what to set back, last changed first
  try {
    const before = readFileSync(paths.meminfo, 'utf8');
    const kills = vmstatCount(readFileSync(paths.vmstat, 'utf8'), 'oom_kill');
    const thp = selected(readFileSync(paths.thp, 'utf8'));
    if (thp && thp !== 'never') {
      writeFileSync(paths.thp, 'never');
      restore.unshift([paths.thp, thp]);
    }
    const adj = readFileSync(paths.oomScoreAdj, 'utf8').trim();
    writeFileSync(paths.oomScoreAdj, '-1000');
    restore.unshift([paths.oomScoreAdj, adj]);
    writeFileSync(paths.dropCaches, DROP);
    const now = readFileSync(paths.meminfo, 'utf8');
    const askedMiB = Math.floor(meminfoMiB(now, 'MemFree') + Math.max(0, meminfoMiB(now, 'Cached') - CACHE_LEFT_MIB));
    const zeroing = await (o.zero ?? zeroFill)(askedMiB);
    const after = readFileSync(paths.meminfo, 'utf8');
    return {
      cachedMiB: [meminfoMiB(before, 'Cached'), meminfoMiB(after, 'Cached')],
      askedMiB,
      zeroing,
      oomKills: vmstatCount(readFileSync(paths.vmstat, 'utf8'), 'oom_kill') - kills,
      ms: performance.now() - t0,
    };
  } catch (err) {
    // A template that keeps its cache is only bigger: the save goes on.
    log.warn('not trimmed for the save', { err: (err as Error).message });
    return undefined;
  } finally {
    for (const [file, value] of restore) {
      try {
        writeFileSync(file, value);
      } catch (err) {
        log.warn('not set back after the trim', { file, value, err: (err as Error).message });
      }
    }
  }
}
