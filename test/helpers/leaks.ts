// What a test run must not leave behind: processes chrooted under a dir, mounts under it.
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

export function mountsUnder(dir: string): string[] {
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[4])
    .filter((m) => m && m.startsWith(dir));
}

/** Pids whose root directory is inside `dir` (chrooted container processes). */
export function processesRootedUnder(dir: string): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readlinkSync(`/proc/${name}/root`).startsWith(dir)) out.push(Number(name));
    } catch {}
  }
  return out;
}

export function fdCount(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}
