// Linux: scan /proc. A process is the container's when /proc/<pid>/root is the container's
// root or its process group is one of the container's (the helper before its chroot).
import { readdir, readFile, readlink } from 'node:fs/promises';
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
  async members(root: string, pgids: number[]): Promise<number[]> {
    const groups = new Set(pgids);
    const entries = await readdir('/proc');
    const found = await Promise.all(
      entries.map(async (e) => {
        const pid = Number(e);
        if (!Number.isInteger(pid) || pid === process.pid) return null;
        const r = await readlink(`/proc/${pid}/root`).catch(() => null);
        if (r === root) return pid;
        if (!groups.size) return null;
        const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
        const pgid = stat === null ? null : pgidFromStat(stat);
        return pgid !== null && groups.has(pgid) ? pid : null;
      }),
    );
    return found.filter((p): p is number => p !== null);
  }
}
