// Agent logging: one line per event on stderr, which the guest's /init sends to the console and
// so into the boot log the host keeps. The agent runs on Node 18 with only protobufjs at hand,
// so this is deliberately not pino. Every line carries the guest's uptime in seconds, like /init's
// own lines, so the host can put the agent's steps on the boot timeline (src/linuxvm/timeline.ts).
import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';
import { performance } from 'node:perf_hooks';

let verbose = false;

export function setVerbose(v: boolean): void {
  verbose = v;
}

/** Guest uptime when this module was evaluated: /proc/uptime has 10 ms resolution, os.uptime() 1 s. */
const baseUptime = (() => {
  try {
    return Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
  } catch {
    return uptime();
  }
})();
const basePerf = performance.now();

/** Seconds since the guest kernel started. */
export function guestUptime(): number {
  return baseUptime + (performance.now() - basePerf) / 1000;
}

/** Guest uptime at which this node process started (before it loaded any of the agent). */
export function processStartUptime(): number {
  return baseUptime - basePerf / 1000;
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
