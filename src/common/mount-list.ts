// The mount points in `mount`'s listing, in either format: macOS "<source> on <point> (<type>, …)"
// and Linux "<source> on <point> type <t> (…)". Used where /proc/self/mountinfo does not exist
// (macOS) and by the darwin code that the darwin profile runs on Linux.
import { execFile } from 'node:child_process';

export function parseMountList(out: string): string[] {
  return out
    .split('\n')
    .map((l) => / on (.*?)(?: type \S+)? \([^()]*\)$/.exec(l)?.[1])
    .filter((p): p is string => !!p);
}

/** The mount points `mount` (the listing command given) prints. */
export function listMounts(mountCmd: string): Promise<string[]> {
  return new Promise((resolve, reject) => execFile(mountCmd, [], (err, stdout) => (err ? reject(err) : resolve(parseMountList(stdout)))));
}
