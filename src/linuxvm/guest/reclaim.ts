// What an idle agent holds, given back (docs/guest-measurements.md, "The agent's memory while
// idle"). /init runs the agent in a cgroup of its own; its page cache (node, libnode, ICU, crun:
// ~27 MB once it has served a few containers) and its heap (~21 MB) are charged there. Once no call but a Ping has
// come for `idleMs`, the agent asks the kernel to reclaim its cgroup (memory.reclaim): the clean
// file pages go, the heap goes to a compressed swap in RAM (zram, ~3:1), the freed pages go back
// to the host through free page reporting, and what the agent runs next is read again from the
// system image or swapped in. Only the agent's own cgroup: a container's pages and a running
// build's cache stay, and containers never swap (/init caps their parent's swap at 0).
// Once per quiet spell; the next call starts another.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFlatKeyed } from './cgroup-stats.js';
import { log } from './log.js';

export interface IdleReclaimOptions {
  /** The agent's cgroup v2 directory (holding memory.reclaim, memory.stat, memory.current). */
  cgroupDir: string;
  idleMs: number;
  /**
   * The zram device /init prepared (default /dev/zram0), turned on at the first reclaim rather
   * than at boot: a template guest's trim (trim.ts), before its save, then runs without swap as
   * it was measured, and a restored guest turns it on as a booted one does.
   */
  swapDevice?: string;
}

/** A reclaim's outcome, MiB of the cgroup's charge before and after. */
export interface ReclaimReport {
  currentMiB: [number, number];
  fileMiB: [number, number];
  anonMiB: [number, number];
  /** EAGAIN: the kernel did not reach the amount asked (the agent's hot pages stay). */
  short: boolean;
  ms: number;
}

const MiB = 2 ** 20;

/**
 * The agent's own cgroup directory from /proc/self/cgroup (cgroup v2: `0::/path`), or undefined
 * when it shares the root with everything else (nothing of its own to reclaim).
 */
export function ownCgroupDir(procSelfCgroup: string, mount = '/sys/fs/cgroup'): string | undefined {
  const path = /^0::(\/\S*)$/m.exec(procSelfCgroup)?.[1];
  return path && path !== '/' ? join(mount, path) : undefined;
}

/** A cgroup's interface files, by name. */
export interface CgroupFiles {
  read(name: string): Promise<string>;
  write(name: string, value: string): Promise<void>;
}

export function cgroupFiles(dir: string): CgroupFiles {
  return { read: (name) => readFile(join(dir, name), 'utf8'), write: (name, value) => writeFile(join(dir, name), value) };
}

/**
 * Asks for all the cgroup's file pages, then, with `swap`, all its anonymous ones. Two steps,
 * because one ask for both (measured, 2026-12-05) reached its amount with swapped heap pages and
 * left 9–13 MiB of the page cache: the kernel balances the two lists by its own costs. So first
 * the cgroup may not swap (memory.swap.max 0: the kernel then scans only the page cache), then
 * it may. Each ask is twice what is there: the kernel stops short (EAGAIN) once a pass finds
 * nothing more to take, the hot pages read back meanwhile included.
 */
export async function reclaimCgroup(dir: string, swap = false, files: CgroupFiles = cgroupFiles(dir)): Promise<ReclaimReport> {
  const t0 = performance.now();
  const read = async () => {
    const [stat, current] = await Promise.all([files.read('memory.stat'), files.read('memory.current')]);
    const keys = parseFlatKeyed(stat);
    return { file: keys.get('file') ?? 0, anon: keys.get('anon') ?? 0, current: Number(current.trim()) };
  };
  let short = false;
  const ask = async (bytes: number) => {
    try {
      await files.write('memory.reclaim', String(bytes));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      short = true;
    }
  };
  const before = await read();
  if (swap) await files.write('memory.swap.max', '0');
  try {
    await ask(2 * before.file);
  } finally {
    if (swap) await files.write('memory.swap.max', 'max');
  }
  if (swap) await ask(2 * (await read()).anon);
  const after = await read();
  return {
    currentMiB: [before.current / MiB, after.current / MiB],
    fileMiB: [before.file / MiB, after.file / MiB],
    anonMiB: [before.anon / MiB, after.anon / MiB],
    short,
    ms: performance.now() - t0,
  };
}

/** Turns swap on `dev` on unless /proc/swaps lists it; resolves to whether it is on. */
export async function swapOn(dev: string, swaps = '/proc/swaps'): Promise<boolean> {
  if (!existsSync(dev)) throw new Error(`${dev} is missing (a guest image without zram: tandem guest build)`);
  if ((await readFile(swaps, 'utf8')).split('\n').some((l) => l.split(/\s+/)[0] === dev)) return true;
  await new Promise<void>((resolve, reject) =>
    execFile('swapon', [dev], (err, _out, stderr) =>
      err ? reject(new Error(`swapon ${dev}: ${stderr.trim() || err.message}`)) : resolve(),
    ),
  );
  return true;
}

export class IdleReclaim {
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private swap?: Promise<boolean>;

  constructor(
    private readonly o: IdleReclaimOptions,
    private readonly reclaim: (dir: string, swap: boolean) => Promise<ReclaimReport> = reclaimCgroup,
    private readonly swapOnDevice: (dev: string) => Promise<boolean> = swapOn,
  ) {}

  /** A call came (Ping aside): the quiet spell starts over. */
  touch(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), this.o.idleMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async run(): Promise<void> {
    // Without swap only the page cache goes; said once.
    this.swap ??= this.swapOnDevice(this.o.swapDevice ?? '/dev/zram0').catch((err: unknown) => {
      log.warn('no swap for the idle agent: only its page cache is given back', { err: (err as Error).message });
      return false;
    });
    const swap = await this.swap;
    try {
      const r = await this.reclaim(this.o.cgroupDir, swap);
      const mib = ([a, b]: [number, number]) => `${a.toFixed(1)} -> ${b.toFixed(1)}`;
      log.info('reclaimed while idle', {
        idleMs: this.o.idleMs,
        chargedMiB: mib(r.currentMiB),
        fileMiB: mib(r.fileMiB),
        anonMiB: mib(r.anonMiB),
        swap,
        stoppedShort: r.short,
        ms: Math.round(r.ms),
      });
    } catch (err) {
      // Only memory not given back: the agent serves on, and says why once per spell.
      log.warn('not reclaimed while idle', { err: (err as Error).message });
    }
  }
}
