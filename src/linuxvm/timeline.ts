// The boot timeline of a guest, read from its boot log: /init and the agent stamp every console
// line with the guest's uptime (seconds since the kernel started), so each step from the kernel
// to a container's first output is timed by the guest's own clock, not by what the host saw
// (which adds the host's relay and QEMU's start). Used by `tandem status` and `npm run bench`.
import { open } from 'node:fs/promises';

export interface TimelineMark {
  /** What happened, e.g. "agent serving". */
  step: string;
  /** Guest uptime in seconds. */
  at: number;
}

/** Boot-log lines that mark a step: the first line that matches counts. */
const STEPS: [string, RegExp][] = [
  ['/init (initramfs)', /^tandem-guest: \[([\d.]+)\] stage 1$/],
  ['modules loaded', /^tandem-guest: \[([\d.]+)\] modules loaded$/],
  ['/init on the system image', /^tandem-guest: \[([\d.]+)\] boot /],
  ['shares mounted', /^tandem-guest: \[([\d.]+)\] share /],
  ['agent launched', /^tandem-guest: \[([\d.]+)\] ready$/],
  ['node started', /^tandem-agent info: \[[\d.]+\] starting .*processStart=([\d.]+)/],
  ['agent code loaded', /^tandem-agent info: \[([\d.]+)\] starting/],
  ['agent serving', /^tandem-agent info: \[([\d.]+)\] serving/],
  ['first Hello', /^tandem-agent info: \[([\d.]+)\] hello/],
  ['first container created', /^tandem-agent info: \[([\d.]+)\] created /],
  ['first container started', /^tandem-agent info: \[([\d.]+)\] started /],
  ['first container output', /^tandem-agent info: \[([\d.]+)\] first output /],
];

/**
 * The steps found in a boot log, in boot order. Shares are several lines: the last one is when
 * they are all mounted. A step missing from the log (e.g. no container yet) is left out.
 */
export function parseTimeline(bootLog: string): TimelineMark[] {
  const found = new Map<string, number>();
  for (const raw of bootLog.split('\n')) {
    const l = raw.replace(/\r$/, '');
    if (!l.startsWith('tandem-')) continue;
    for (const [step, re] of STEPS) {
      const m = re.exec(l);
      if (!m) continue;
      if (!found.has(step) || step === 'shares mounted') found.set(step, Number(m[1]));
    }
  }
  return STEPS.filter(([s]) => found.has(s)).map(([step]) => ({ step, at: found.get(step)! }));
}

/** `kernel 0.00 → /init 1.20 (+1.20) → …`, one step per line. */
export function formatTimeline(marks: TimelineMark[], indent = ''): string {
  let prev = 0;
  const lines = [`${indent}${'kernel started'.padEnd(26)} 0.00 s`];
  for (const m of marks) {
    lines.push(`${indent}${m.step.padEnd(26)} ${m.at.toFixed(2)} s  (+${(m.at - prev).toFixed(2)})`);
    prev = m.at;
  }
  return lines.join('\n');
}

/** Reads the start of a boot log (the steps are in its first lines) and parses it. */
export async function readTimeline(bootLog: string, maxBytes = 1 << 20): Promise<TimelineMark[]> {
  const f = await open(bootLog, 'r');
  try {
    const buf = Buffer.alloc(maxBytes);
    const { bytesRead } = await f.read(buf, 0, maxBytes, 0);
    return parseTimeline(buf.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await f.close();
  }
}
