// What of an instance is still alive on the host: processes that belong to its directories and
// mounts below them. `tandem down` uses it to prove it left nothing (and to clean up after a
// supervisor that was killed). The platform files answer the two questions.
import { execFile } from 'node:child_process';
import { linuxHost } from './host-linux.js';
import { darwinHost } from './host-darwin.js';

export interface HostProcess {
  pid: number;
  command: string;
  /** Its root directory is below one of the dirs (a chrooted container process). */
  rooted?: boolean;
}

export interface Host {
  /** Processes whose command line names one of `dirs`, or (Linux) whose root directory is below one. */
  processesUsing(dirs: string[]): Promise<HostProcess[]>;
  /** Mount points at or below dir, deepest first. */
  mountsUnder(dir: string): Promise<string[]>;
  /** Resident memory of a process in KiB (undefined when it is gone). */
  rssKiB(pid: number): Promise<number | undefined>;
}

export function host(platform: NodeJS.Platform = process.platform): Host {
  return platform === 'darwin' ? darwinHost : linuxHost;
}

export const under = (p: string, dir: string): boolean => p === dir || p.startsWith(`${dir}/`);

/** Whether a command line names dir or a path below it (not merely a longer name that starts the same). */
export function mentions(command: string, dir: string): boolean {
  for (let i = command.indexOf(dir); i >= 0; i = command.indexOf(dir, i + 1)) {
    const next = command[i + dir.length];
    if (next === undefined || next === '/' || next === ' ' || next === '"' || next === "'" || next === ',' || next === '=' || next === ':')
      return true;
  }
  return false;
}

export function unmount(path: string): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('umount', process.platform === 'linux' ? ['-l', path] : ['-f', path], (err, _o, stderr) =>
      err ? reject(new Error(`umount ${path}: ${stderr.trim() || err.message}`)) : resolve(),
    ),
  );
}

export function psRssKiB(pid: number): Promise<number | undefined> {
  return new Promise((resolve) =>
    execFile('ps', ['-o', 'rss=', '-p', String(pid)], (err, out) => resolve(err ? undefined : Number(out.trim()) || undefined)),
  );
}
