// The system disk's readahead, off while node opens the agent's files (docs/guest-measurements.md,
// "The agent's code read back a page at a time"). Linux fixes a file's readahead when the file is
// opened, so /init turns the system disk's off right before it starts the agent, having read node's
// files whole first (the start then faults on cached pages). What the agent runs after its idle
// reclaim (reclaim.ts) then comes back a page at a time, not with 128 KiB around each page: a Ping
// after the reclaim read 9.5 MiB of node back with the kernel's default, 2.0 without (2026-12-05).
// Once the agent runs, everything it maps is open: it sets the disk's readahead back, so what opens
// later (the runtime at each create, modules, /init's shell) reads as it did.
import { writeFileSync } from 'node:fs';

/** `<sysfs read_ahead_kb file>=<KiB>`, as /init passes it in TANDEM_READAHEAD. */
export function parseReadahead(spec: string): { file: string; kib: number } {
  const m = /^(\/sys\/\S+\/read_ahead_kb)=(\d+)$/.exec(spec);
  if (!m) throw new Error(`TANDEM_READAHEAD=${spec}: expected /sys/…/read_ahead_kb=<KiB>`);
  return { file: m[1]!, kib: Number(m[2]) };
}

/**
 * Gives the system disk its readahead back, if /init took it (TANDEM_READAHEAD); a description for
 * the start's log line. A failure costs speed, not service: it is said, not thrown.
 */
export function readaheadBack(env: NodeJS.ProcessEnv = process.env, write = writeFileSync): string | undefined {
  const spec = env.TANDEM_READAHEAD;
  if (spec === undefined) return undefined;
  delete env.TANDEM_READAHEAD; // not for the runtime and what it starts
  try {
    const { file, kib } = parseReadahead(spec);
    write(file, String(kib));
    return `${kib} KiB`;
  } catch (err) {
    return `not set back: ${(err as Error).message}`;
  }
}
