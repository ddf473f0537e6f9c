// What `docker top` shows of a VM container's processes, read from the guest's /proc: the
// host's ps cannot see them. Ages come from the guest's uptime, not its wall clock, so the host
// dates them by its own clock whatever the guest's says after a restore.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
// Type only (erased): the guest image carries no shim code.
import type { ProcessDetail } from '../../common/stats.js';

/** USER_HZ: /proc's clock ticks (100 on every Linux architecture). */
const TICKS_PER_S = 100;

/** A tty_nr of /proc/<pid>/stat as ps names it: pts/N, ttyN, ttySN; '' for none or unknown. */
export function ttyName(ttyNr: number): string {
  const major = (ttyNr >> 8) & 0xfff;
  const minor = (ttyNr & 0xff) | ((ttyNr >> 12) & 0xfff00);
  if (major >= 136 && major <= 143) return `pts/${(major - 136) * 256 + minor}`;
  if (major === 4) return minor < 64 ? `tty${minor}` : `ttyS${minor - 64}`;
  return '';
}

/**
 * One process from its stat, status and cmdline texts; undefined if the stat is not one. The
 * command name sits in parentheses and may hold spaces and parentheses: fields follow the last ')'.
 */
export function parseProcess(pid: number, stat: string, status: string, cmdline: string, uptimeS: number): ProcessDetail | undefined {
  const close = stat.lastIndexOf(')');
  const open = stat.indexOf('(');
  if (open < 0 || close < open) return undefined;
  const f = stat.slice(close + 2).split(' ');
  // f[0] is field 3 (state): field N is f[N - 3].
  const num = (n: number) => Number(f[n - 3]);
  if (f.length < 20 || !Number.isFinite(num(22))) return undefined;
  const uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  const args = cmdline.split('\0').filter(Boolean).join(' ');
  return {
    pid,
    ppid: num(4),
    uid,
    ageMs: Math.max(0, Math.round((uptimeS - num(22) / TICKS_PER_S) * 1000)),
    cpuMs: Math.round(((num(14) + num(15)) * 1000) / TICKS_PER_S),
    tty: ttyName(num(7)),
    cmd: args || `[${stat.slice(open + 1, close)}]`,
  };
}

/** The details of these pids; one that ended before it was read is left out. */
export async function readProcessDetails(pids: number[], proc = '/proc'): Promise<ProcessDetail[]> {
  const uptimeS = Number((await fsp.readFile(join(proc, 'uptime'), 'utf8').catch(() => '0')).split(' ')[0]);
  const read = (pid: number, file: string) => fsp.readFile(join(proc, String(pid), file), 'utf8');
  const all = await Promise.all(
    pids.map(async (pid) => {
      try {
        const [stat, status, cmdline] = await Promise.all([read(pid, 'stat'), read(pid, 'status'), read(pid, 'cmdline')]);
        return parseProcess(pid, stat, status, cmdline, uptimeS);
      } catch {
        return undefined;
      }
    }),
  );
  return all.filter((p): p is ProcessDetail => !!p);
}
