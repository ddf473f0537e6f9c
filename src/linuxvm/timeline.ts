// The boot timeline of a guest, read from its boot log: /init and the agent stamp every console
// line with the guest's uptime (seconds since the kernel started), so each step from the kernel
// to a container's first output is timed by the guest's own clock, not by what the host saw
// (which adds the host's relay and QEMU's start). Used by `tandem status` and `npm run bench`.
//
// The host's own steps (the shim asking for a VM, the vmd checking the image, starting virtiofsd
// and QEMU, the shim's create, start and first relayed output) are lines `tandem-host: @<epoch ms>
// <step>` that the vmd and the shim append to the same log. The vmd also writes when, by the host's
// clock, the guest kernel started (`tandem-host: @<ms> kernel started`: the earliest "seen on the
// host minus the guest's uptime" over the console lines it read while waiting for `ready`, so late
// by at most its 50 ms poll), which puts both clocks on one axis: host steps before the kernel
// come out negative.
import { appendFile, open } from 'node:fs/promises';

export interface TimelineMark {
  /** What happened, e.g. "agent serving"; host steps start with "vmd:" or "shim:". */
  step: string;
  /** Seconds since the guest kernel started (guest uptime; negative: before the kernel). */
  at: number;
  /** A step seen by the host's clock. */
  host?: boolean;
}

const HOST_RE = /^tandem-host: @(\d+(?:\.\d+)?) (.+)$/;
const ANCHOR = 'kernel started';
/**
 * The vmd's step for a VM restored from its saved template (backends/qemu.ts). Such a guest's
 * uptime counts from the template's boot, long before this QEMU started: its steps are shown from
 * QEMU's start instead of the kernel's.
 */
export const RESTORED_MARK = 'vmd: VM restored from its template';

/** A host step's boot-log line. */
export function hostMarkLine(step: string, epochMs: number): string {
  return `tandem-host: @${epochMs.toFixed(1)} ${step}\n`;
}

/** Appends host steps (with their wall-clock times) to a boot log; never fails the caller. */
export async function appendHostMarks(bootLog: string, marks: { step: string; at: number }[]): Promise<void> {
  if (!bootLog || !marks.length) return;
  await appendFile(bootLog, marks.map((m) => hostMarkLine(m.step, m.at)).join('')).catch(() => {});
}

/** The host's wall-clock time (ms) at which the guest kernel started, if the log says. */
export function kernelEpochMs(bootLog: string): number | undefined {
  for (const raw of bootLog.split('\n')) {
    const m = HOST_RE.exec(raw.replace(/\r$/, ''));
    if (m && m[2] === ANCHOR) return Number(m[1]);
  }
  return undefined;
}

/** Boot-log lines that mark a step: the first line that matches counts. */
const STEPS: [string, RegExp][] = [
  ['/init (initramfs)', /^tandem-guest: \[([\d.]+)\] stage 1$/],
  ['modules loaded', /^tandem-guest: \[([\d.]+)\] modules loaded$/],
  ['/init on the system image', /^tandem-guest: \[([\d.]+)\] boot /],
  ['late modules loaded (beside the agent)', /^tandem-guest: \[([\d.]+)\] late modules loaded$/],
  ['shares mounted', /^tandem-guest: \[([\d.]+)\] share /],
  ['late boot steps done (beside the agent)', /^tandem-guest: \[([\d.]+)\] late boot done$/],
  ['agent launched', /^tandem-guest: \[([\d.]+)\] ready$/],
  ['node started', /^tandem-agent info: \[[\d.]+\] starting .*processStart=([\d.]+)/],
  ['agent code loaded', /^tandem-agent info: \[([\d.]+)\] starting/],
  ['agent serving', /^tandem-agent info: \[([\d.]+)\] serving/],
  ['first Hello', /^tandem-agent info: \[([\d.]+)\] hello/],
  ['first container created', /^tandem-agent info: \[([\d.]+)\] created id=(\S+)/],
  ['first container started', /^tandem-agent info: \[([\d.]+)\] started id=(\S+) exec= /],
  ['first container output', /^tandem-agent info: \[([\d.]+)\] first output id=(\S+)/],
];

/**
 * The steps found in a boot log, in boot order. Shares are several lines: the last one is when
 * they are all mounted. A step missing from the log (e.g. no container yet) is left out.
 */
export function parseTimeline(bootLog: string): TimelineMark[] {
  const found = new Map<string, number>();
  const host = new Map<string, number>();
  let firstId: string | undefined;
  for (const raw of bootLog.split('\n')) {
    const l = raw.replace(/\r$/, '');
    if (!l.startsWith('tandem-')) continue;
    const h = HOST_RE.exec(l);
    if (h) {
      if (!host.has(h[2])) host.set(h[2], Number(h[1]));
      continue;
    }
    for (const [step, re] of STEPS) {
      const m = re.exec(l);
      if (!m) continue;
      // The container steps are the first container's: its stdout through an output port never
      // shows the agent a first output, and another container's would stand in for it.
      if (m[2] !== undefined && (firstId ??= m[2]) !== m[2]) continue;
      if (!found.has(step) || step === 'shares mounted') found.set(step, Number(m[1]));
    }
  }
  const guest: TimelineMark[] = STEPS.filter(([s]) => found.has(s)).map(([step]) => ({ step, at: found.get(step)! }));
  const zero = host.get(ANCHOR);
  if (zero === undefined) return guest;
  const hostMarks = [...host]
    .filter(([step]) => step !== ANCHOR)
    .map(([step, ms]) => ({ step, at: Math.round(ms - zero) / 1000, host: true }));
  // Stable: guest steps keep their order among equal times, host steps follow them.
  const marks = [...guest, ...hostMarks].sort((a, b) => a.at - b.at);
  // The QEMU that restored: the last one started before the restore (a hardware accelerator's
  // probe may have started one first).
  const restored = marks.find((m) => m.step === RESTORED_MARK);
  if (!restored) return marks;
  const qemu = marks.filter((m) => m.host && m.step.startsWith('vmd: QEMU started') && m.at <= restored.at).at(-1);
  if (!qemu) return marks;
  return marks.map((m) => ({ ...m, at: Math.round((m.at - qemu.at) * 1000) / 1000 }));
}

/** Whether the marks are a restored VM's (parseTimeline put them on QEMU's start). */
export function isRestored(marks: TimelineMark[]): boolean {
  return marks.some((m) => m.step === RESTORED_MARK);
}

/** `kernel 0.00 → /init 1.20 (+1.20) → …`, one step per line (a restored VM's from QEMU's start). */
export function formatTimeline(marks: TimelineMark[], indent = ''): string {
  const all = isRestored(marks)
    ? marks
    : [...marks.filter((m) => m.at < 0), { step: 'kernel started', at: 0 }, ...marks.filter((m) => m.at >= 0)];
  const width = Math.max(26, ...all.map((m) => m.step.length + 1));
  let prev: number | undefined;
  return all
    .map((m) => {
      const took = prev === undefined ? '' : `  (+${(m.at - prev).toFixed(2)})`;
      prev = m.at;
      return `${indent}${m.step.padEnd(width)} ${m.at.toFixed(2).padStart(6)} s${took}`;
    })
    .join('\n');
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
