// Agent logging: one line per event on stderr, which the guest's /init sends to the console and
// so into the boot log the host keeps. The agent runs on Node 18 with only protobufjs at hand,
// so this is deliberately not pino. Every line carries the guest's uptime in seconds, like /init's
// own lines, so the host can put the agent's steps on the boot timeline (src/linuxvm/timeline.ts).
import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';

let verbose = false;

export function setVerbose(v: boolean): void {
  verbose = v;
}

/**
 * Guest uptime at the first call, against `performance.now()` then: /proc/uptime has 10 ms
 * resolution, os.uptime() 1 s. Taken at first use, not when the module is evaluated: the agent
 * can start from a start-up snapshot (docs/guest.md), which evaluated this module at image build.
 */
let base: { uptime: number; perf: number } | undefined;
function clock(): { uptime: number; perf: number } {
  if (base) return base;
  let up: number;
  try {
    up = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
  } catch {
    up = uptime();
  }
  return (base = { uptime: up, perf: performance.now() });
}

/** Seconds since the guest kernel started. */
export function guestUptime(): number {
  const c = clock();
  return c.uptime + (performance.now() - c.perf) / 1000;
}

/** Guest uptime at which this node process started (before it loaded any of the agent). */
export function processStartUptime(): number {
  const c = clock();
  return c.uptime - c.perf / 1000;
}

function line(level: string, msg: string, fields?: Record<string, unknown>): void {
  const extra = fields
    ? ' ' +
      Object.entries(fields)
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(' ')
    : '';
  process.stderr.write(`tandem-agent ${level}: [${guestUptime().toFixed(2)}] ${msg}${extra}\n`);
}

export const log = {
  debug: (msg: string, fields?: Record<string, unknown>) => verbose && line('debug', msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => line('info', msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => line('warn', msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => line('error', msg, fields),
};
