// darwin: the container's processes are its process groups (macOS cannot tell a process's
// root directory from outside). `ps -A -o pid=,pgid=` lists every process with its group
// (macos-notes §7: `ps -g` alone depends on the unix2003 mode, so we filter ourselves).
// Written against Apple's documented ps(1); not yet run on a Mac.
import { execFile } from 'node:child_process';
import type { ProcessTable, Usage } from './procs.js';

export function parsePsGroups(out: string, pgids: Set<number>, self: number): number[] {
  const pids: number[] = [];
  for (const line of out.split('\n')) {
    const [pid, pgid] = line.trim().split(/\s+/).map(Number);
    if (Number.isInteger(pid) && pid !== self && pgids.has(pgid)) pids.push(pid);
  }
  return pids;
}

export class DarwinProcessTable implements ProcessTable {
  async members(_root: string, pgids: number[]): Promise<number[]> {
    if (!pgids.length) return [];
    const out = await new Promise<string>((resolve, reject) =>
      execFile('/bin/ps', ['-A', '-o', 'pid=,pgid='], { env: { ...process.env, COMMAND_MODE: 'unix2003' } }, (err, stdout) =>
        err ? reject(err) : resolve(stdout),
      ),
    );
    return parsePsGroups(out, new Set(pgids), process.pid);
  }

  /** ps(1) reports rss in KiB and cumulative cpu time; darwin cannot split user/system or anon/file here. */
  async usage(pids: number[]): Promise<Usage> {
    const u: Usage = { userUsec: 0, systemUsec: 0, rssBytes: 0, anonBytes: 0, fileBytes: 0 };
    if (!pids.length) return u;
    const out = await new Promise<string>((resolve) =>
      execFile('/bin/ps', ['-o', 'rss=,time=', '-p', pids.join(',')], (_err, stdout) => resolve(stdout ?? '')),
    );
    for (const line of out.split('\n')) {
      const [rss, time] = line.trim().split(/\s+/);
      if (!rss || !time) continue;
      u.rssBytes += Number(rss) * 1024;
      u.userUsec += parsePsTime(time) * 1e6;
    }
    return u;
  }
}

/** ps TIME: [[dd-]hh:]mm:ss[.cc] → seconds. */
export function parsePsTime(t: string): number {
  const [days, rest] = t.includes('-') ? t.split('-') : ['0', t];
  return Number(days) * 86400 + rest.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}
