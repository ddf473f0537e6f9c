// `docker top`. A native container's processes are the host's: the host's ps lists them, with
// the client's ps_args, as dockerd does. A VM container's live in the guest, where the shim
// read them (ProcessInfo.info, common/process-info.ts): they are laid out as `ps -ef` does,
// the only format offered for them.
import { spawn } from 'node:child_process';
import { decodeProcessInfo } from '../../common/process-info.js';
import type { ProcessDetail } from '../../common/stats.js';
import { HttpError } from '../api.js';

export interface TopTable {
  Titles: string[];
  Processes: string[][];
}

type ListedProcess = { pid?: number | null; info?: { type_url?: string | null; value?: Uint8Array | null } | null };

/**
 * `users` names a VM container's uids (its own passwd: the guest has none for them, and `ps` in
 * the container would name them so); unnamed uids are shown as numbers, as ps does.
 */
export async function topTable(
  psArgs: string,
  listed: ListedProcess[],
  now = new Date(),
  users: () => Promise<Map<number, string>> = async () => new Map(),
): Promise<TopTable> {
  const args = (psArgs || '-ef').split(/\s+/).filter(Boolean);
  const details = listed.map((p) => decodeProcessInfo(p.pid ?? 0, p.info));
  if (listed.length && details.every(Boolean)) {
    if (!args.every((a) => /^-[efA]+$/.test(a)))
      throw new HttpError(
        400,
        `ps options "${psArgs}" are not available for a container in the VM: its processes are listed as ps -ef lists them`,
      );
    return guestTable(details as ProcessDetail[], now, await users().catch(() => new Map<number, string>()));
  }
  return psTable(args, listed.map((p) => p.pid ?? 0).filter(Boolean));
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ps's STIME: HH:MM today, MmmDD this year, else the year (by the host's local time). */
export function startTime(start: Date, now: Date): string {
  if (start.toDateString() === now.toDateString()) return `${pad2(start.getHours())}:${pad2(start.getMinutes())}`;
  if (start.getFullYear() === now.getFullYear()) return `${MONTHS[start.getMonth()]}${pad2(start.getDate())}`;
  return String(start.getFullYear());
}

/** ps's TIME: cumulative CPU as [DD-]HH:MM:SS. */
export function cpuTime(ms: number): string {
  const s = Math.floor(ms / 1000);
  const days = Math.floor(s / 86400);
  const hms = `${pad2(Math.floor((s % 86400) / 3600))}:${pad2(Math.floor((s % 3600) / 60))}:${pad2(s % 60)}`;
  return days ? `${days}-${hms}` : hms;
}

/** passwd's text → uid → the first name it gives that uid. */
export function passwdNames(text: string): Map<number, string> {
  const names = new Map<number, string>();
  for (const line of text.split('\n')) {
    const [name, , uid] = line.split(':');
    if (name && uid && /^\d+$/.test(uid) && !names.has(Number(uid))) names.set(Number(uid), name);
  }
  return names;
}

export function guestTable(ps: ProcessDetail[], now: Date, users = new Map<number, string>()): TopTable {
  return {
    Titles: ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
    Processes: ps.map((p) => [
      users.get(p.uid) ?? (p.uid === 0 ? 'root' : String(p.uid)),
      String(p.pid),
      String(p.ppid),
      // ps's C: CPU time over the process's lifetime, in whole percent.
      String(p.ageMs > 0 ? Math.min(99, Math.floor((p.cpuMs * 100) / p.ageMs)) : 0),
      startTime(new Date(now.getTime() - p.ageMs), now),
      p.tty || '?',
      cpuTime(p.cpuMs),
      p.cmd,
    ]),
  };
}

/** The host's ps over the pids of host processes (a native container's); a pid it does not know is listed bare. */
async function psTable(args: string[], pids: number[]): Promise<TopTable> {
  const text = await new Promise<string>((resolve) => {
    const p = spawn('ps', args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', () => resolve(''));
    p.on('close', () => resolve(out));
  });
  const lines = text.split('\n').filter(Boolean);
  const titles = (lines[0] ?? '').trim().split(/\s+/);
  const pidCol = titles.indexOf('PID');
  if (pidCol < 0) return { Titles: ['PID'], Processes: pids.map((p) => [String(p)]) };
  const rows: string[][] = [];
  const seen = new Set<number>();
  for (const l of lines.slice(1)) {
    const cols = l.trim().split(/\s+/);
    const pid = Number(cols[pidCol]);
    if (!pids.includes(pid)) continue;
    seen.add(pid);
    rows.push([...cols.slice(0, titles.length - 1), cols.slice(titles.length - 1).join(' ')]);
  }
  for (const p of pids)
    if (!seen.has(p)) rows.push(titles.map((t, i) => (i === pidCol ? String(p) : t === 'CMD' || t === 'COMMAND' ? '?' : '')));
  return { Titles: titles, Processes: rows };
}
