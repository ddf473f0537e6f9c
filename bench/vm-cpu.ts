// What an idle VM costs the host's CPU (a laptop's battery): the VM's host processes (QEMU,
// virtiofsd, the vmd) and the shims of its containerd, their user + system time read from /proc
// before and after a window in which nothing but the idle container and the pingers runs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Containerd } from '../test/helpers/containerd.js';
import type { Row } from './table.js';
import { processesWhere } from './procs.js';
import { qemuProcesses } from './vm-memory.js';

export interface IdleCpu {
  /** % of one host core over the window, all the processes together. */
  percent: number;
  /** The same by process (QEMU, virtiofsd, the vmd, the shims). */
  parts: [string, number][];
  windowMs: number;
}

/** utime + stime of `pid` in clock ticks (0 once it is gone). */
function ticks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
}

/** The containerd's shims (their command line names its socket). */
const shims = (cd: Containerd) => processesWhere((cmd) => /containerd-shim-tandem|shim\/main\.js/.test(cmd) && cmd.includes(cd.address));

function label(cmd: string): string {
  if (cmd.includes('qemu-system')) return 'QEMU';
  if (cmd.includes('virtiofsd')) return 'virtiofsd';
  if (cmd.includes('vmd/main.js')) return 'the vmd';
  return 'the shims';
}

/** Samples the VM's host processes over `windowMs` (the caller keeps the VM idle meanwhile). */
export async function idleCpu(cd: Containerd, windowMs: number): Promise<IdleCpu> {
  const hz = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  const procs = [...qemuProcesses(cd), ...shims(cd)];
  const before = procs.map((p) => ticks(p.pid));
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, windowMs));
  const seconds = (performance.now() - t0) / 1000;
  const byPart = new Map<string, number>();
  procs.forEach((p, i) => {
    const pct = ((ticks(p.pid) - before[i]!) / hz / seconds) * 100;
    byPart.set(label(p.cmd), (byPart.get(label(p.cmd)) ?? 0) + pct);
  });
  const parts = [...byPart];
  return { percent: parts.reduce((s, [, v]) => s + v, 0), parts, windowMs };
}

/** How long the bench samples an idle VM's CPU: six of the pingers' rounds (5 s each). */
export const IDLE_CPU_MS = 30_000;

/** The bench's row for `cpu` (measured by restoredStarts after the agent's reclaim). */
export function idleCpuRow(cpu: IdleCpu | undefined, which: string): Row {
  const parts = [...(cpu?.parts ?? [])]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');
  return {
    metric: `${which}: the host's CPU while its container idles after the reclaim (QEMU, virtiofsd, the vmd and the shims, user + system time over ${IDLE_CPU_MS / 1000} s; % of one host core)`,
    tandem: cpu ? `${cpu.percent.toFixed(1)} %` : 'not measured',
    baseline: cpu ? parts : '—',
    ratio: cpu ? cpu.percent / 100 : NaN,
    target: 'report: what an idle VM costs a laptop (ratio: the share of one core)',
  };
}
