// What the guest's kernel said about itself before its agent went quiet. A guest whose kernel
// locks up keeps its virtio-serial port open, so the vmd only learns of it from the ping
// watchdog's silence bound ("nothing came from the agent for 60 s"), which names no cause; the
// kernel's own report is on the VM's console (a soft lockup says which CPU and task spin). Seen
// on 2026-12-02: a restored guest's two vCPUs in a soft lockup at its first container, found only
// by reading a kept console by hand (docs/guest.md, "Restoring a saved VM").
import { statSync } from 'node:fs';
import { LogTail } from '../backends/vmm-process.js';

/** Kernel console lines that report the guest itself stuck or broken (panic, oops, lockups, stalls, OOM kills). */
const TROUBLE_RE =
  /(?:\bBUG: |Kernel panic|\bOops\b|general protection fault|rcu: INFO: |INFO: task \S+ blocked for more than|Out of memory: Killed process)/;
/** The kernel's `[ 40.463885] ` timestamp: it starts every kernel line, and no line of /init, the agent or the host. */
const STAMP_RE = /^\[\s*\d+\.\d+\]\s*/;
/** How much of the console's end is read: the report is recent, the console can be long. */
const TAIL_BYTES = 64 * 1024;
/** The task a register dump is of: `CPU: 1 PID: 225 Comm: crun Not tainted …` (a report or an NMI backtrace). */
const CPU_RE = /^CPU: (\d+) PID: \d+ Comm: (\S+)/;
/**
 * A kernel-mode pc in a register dump: x86's `RIP: 0010:mlock_page_drain_local+0x20/0x40` (0033 is
 * user mode), arm64's `pc : queued_spin_lock_slowpath+0x1c0/0x2b0`.
 */
const PC_RE = /^(?:RIP: 0010:|pc : )(\S+?)(?:\/0x[0-9a-f]+)?$/;
/** x86's user-mode pc (`RIP: 0033:0x7ffff6570890`): the CPU was running the task's own code. */
const USER_PC_RE = /^RIP: 0033:/;
/** A CPU the backtrace left alone: `NMI backtrace for cpu 0 skipped: idling at native_safe_halt+0xb/0x10`. */
const IDLE_RE = /^NMI backtrace for cpu (\d+) skipped: idling at (\S+?)(?:\/0x[0-9a-f]+)?$/;

/** The kernel's lines of console text, without their timestamps. */
function kernelLines(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => STAMP_RE.test(l))
    .map((l) => l.replace(STAMP_RE, '').trim());
}

/** The last `max` distinct trouble lines of console text, oldest first, without their timestamps. */
export function kernelTrouble(text: string, max = 2): string[] {
  const lines = kernelLines(text).filter((l) => TROUBLE_RE.test(l));
  const picked: string[] = [];
  for (let i = lines.length - 1; i >= 0 && picked.length < max; i--) if (!picked.includes(lines[i]!)) picked.unshift(lines[i]!);
  return picked;
}

/**
 * Where each CPU was in the kernel's latest register dump of it, `CPU#0 node at
 * kmem_cache_alloc+0x5d`: a soft lockup dumps the stuck CPU, and with
 * `softlockup_all_cpu_backtrace=1` (the guest's command line) every other CPU too; an RCU stall
 * dumps the stalled one. The one clue to where a locked-up guest spins that fits in an error
 * line; the console keeps the stacks. The dumps print at the console's level 5 (guest.yml).
 */
export function cpuLocations(text: string): string[] {
  const at = new Map<number, string>();
  let dump: { cpu: number; comm: string; pc?: string; user?: boolean } | undefined;
  const close = () => {
    if (dump?.pc) at.set(dump.cpu, `CPU#${dump.cpu} ${dump.comm} at ${dump.pc}`);
    else if (dump?.user) at.set(dump.cpu, `CPU#${dump.cpu} ${dump.comm} in user space`);
    dump = undefined;
  };
  for (const line of kernelLines(text)) {
    const idle = IDLE_RE.exec(line);
    const cpu = CPU_RE.exec(line);
    if (idle || cpu) close();
    if (idle) at.set(Number(idle[1]), `CPU#${idle[1]} idle at ${idle[2]}`);
    if (cpu) dump = { cpu: Number(cpu[1]), comm: cpu[2]! };
    if (!dump) continue;
    // The last kernel pc of a dump is the task's: an NMI backtrace shows the interrupt's first.
    const pc = PC_RE.exec(line);
    if (pc) dump.pc = pc[1];
    if (USER_PC_RE.test(line)) dump.user = true;
  }
  close();
  return [...at.keys()].sort((x, y) => x - y).map((c) => at.get(c)!);
}

/** `why` with the kernel's report from the console file appended, when it made one (a missing file adds nothing). */
export function withGuestTrouble(why: string, consoleLog: string): string {
  const text = readTail(consoleLog);
  const said = kernelTrouble(text);
  if (!said.length) return why;
  const where = cpuLocations(text);
  return `${why}; the guest kernel reported: ${said.join(' | ')}${where.length ? `; its CPUs were at: ${where.join(', ')}` : ''}`;
}

/** The console's last TAIL_BYTES (a line cut at the start cannot match: it lacks its timestamp). */
function readTail(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return '';
  }
  return new LogTail(path, Math.max(0, size - TAIL_BYTES)).read();
}
