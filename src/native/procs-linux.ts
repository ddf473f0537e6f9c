// Linux: scan /proc. A process is the container's when /proc/<pid>/root is the container's
// root or its process group is one of the container's (the helper before its chroot).
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import type { ProcessTable, Usage } from './procs.js';

/** USER_HZ: the unit of utime/stime in /proc/<pid>/stat (100 on every Linux ABI we run on). */
const CLOCK_TICK_USEC = 10_000;

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

  async usage(pids: number[]): Promise<Usage> {
    const u: Usage = { userUsec: 0, systemUsec: 0, rssBytes: 0, anonBytes: 0, fileBytes: 0 };
    for (const pid of pids) {
      let stat: string, status: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        status = readFileSync(`/proc/${pid}/status`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      u.userUsec += Number(f[11]) * CLOCK_TICK_USEC; // utime is field 14, f[0] is field 3
      u.systemUsec += Number(f[12]) * CLOCK_TICK_USEC;
      const kib = (key: string) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0) * 1024;
      u.rssBytes += kib('VmRSS');
      u.anonBytes += kib('RssAnon');
      u.fileBytes += kib('RssFile');
    }
    return u;
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
