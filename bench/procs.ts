// The host's processes found by command line: the bench's measures of a containerd's shims, VM
// processes and daemons each pick theirs from one scan of /proc.
import { readdirSync, readFileSync } from 'node:fs';

/** The host's processes whose command line (arguments joined by spaces) `match` accepts. */
export function processesWhere(match: (cmd: string) => boolean): { pid: number; cmd: string }[] {
  const out: { pid: number; cmd: string }[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0').join(' ');
      if (match(cmd)) out.push({ pid: Number(d), cmd });
    } catch {} // gone meanwhile
  }
  return out;
}
