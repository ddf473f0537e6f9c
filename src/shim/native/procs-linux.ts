// Linux: scan /proc. A process is the container's when /proc/<pid>/root is the container's
// root or its process group is one of the container's (the helper before its chroot).
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import type { ProcessTable } from './procs.js';

/**
 * The process group from /proc/<pid>/stat ("pid (comm) state ppid pgrp ..."; comm may hold
 * spaces), or null for a zombie: it is already dead and only waits for its parent.
 */
export function pgidFromStat(stat: string): number | null {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const pgid = Number(fields[2]);
  return fields[0] !== 'Z' && Number.isInteger(pgid) ? pgid : null;
}

export class LinuxProcessTable implements ProcessTable {
  // Synchronous on purpose: a few hundred tiny procfs reads take ~1 ms this way, against
  // ~15 ms as promises through the thread pool, and this runs on every exit and delete.
  async members(root: string, pgids: number[]): Promise<number[]> {
    // Only groups that still have members need a look at every process's stat.
    const groups = new Set(pgids.filter(groupAlive));
    const found: number[] = [];
    for (const e of readdirSync('/proc')) {
      const pid = Number(e);
      if (!Number.isInteger(pid) || pid === process.pid) continue;
      let r: string | null = null;
      try {
        r = readlinkSync(`/proc/${pid}/root`);
      } catch {}
      if (r === root) {
        found.push(pid);
        continue;
      }
      if (!groups.size) continue;
      let stat: string | null = null;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {}
      const pgid = stat === null ? null : pgidFromStat(stat);
      if (pgid !== null && groups.has(pgid)) found.push(pid);
    }
    return found;
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
