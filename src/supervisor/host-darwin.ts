// macOS: `ps` lists command lines, `mount` the mounts ("<dev> on <path> (<type>, …)"). A process's
// root directory cannot be read without entitlements: chrooted container processes are found
// through their shim's process group by the native executor instead (src/native/procs-darwin.ts).
import { execFile } from 'node:child_process';
import type { Host, HostProcess } from './host.js';
import { mentions, psRssKiB, under } from './host.js';

const run = (cmd: string, args: string[]): Promise<string> =>
  new Promise((resolve, reject) => execFile(cmd, args, { maxBuffer: 16 << 20 }, (err, out) => (err ? reject(err) : resolve(out))));

export function parsePs(text: string): HostProcess[] {
  return text
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ pid: Number(m[1]), command: m[2]!.trim() }));
}

export function parseMountOutput(text: string): string[] {
  return text
    .split('\n')
    .map((l) => / on (.+) \([^()]*\)$/.exec(l)?.[1])
    .filter((m): m is string => !!m);
}

export const darwinHost: Host = {
  async processesUsing(dirs) {
    const all = parsePs(await run('ps', ['-axww', '-o', 'pid=,command=']));
    return all.filter((p) => p.pid !== process.pid && dirs.some((d) => mentions(p.command, d)));
  },
  async mountsUnder(dir) {
    return parseMountOutput(await run('mount', []))
      .filter((m) => under(m, dir))
      .sort()
      .reverse();
  },
  rssKiB: psRssKiB,
};
