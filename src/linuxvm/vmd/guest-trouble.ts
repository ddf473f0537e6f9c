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

/** The last `max` distinct trouble lines of console text, oldest first, without their timestamps. */
export function kernelTrouble(text: string, max = 2): string[] {
  const lines = text
    .split('\n')
    .filter((l) => STAMP_RE.test(l))
    .map((l) => l.replace(STAMP_RE, '').trim())
    .filter((l) => TROUBLE_RE.test(l));
  const picked: string[] = [];
  for (let i = lines.length - 1; i >= 0 && picked.length < max; i--) if (!picked.includes(lines[i]!)) picked.unshift(lines[i]!);
  return picked;
}

/** `why` with the kernel's report from the console file appended, when it made one (a missing file adds nothing). */
export function withGuestTrouble(why: string, consoleLog: string): string {
  const said = kernelTrouble(readTail(consoleLog));
  return said.length ? `${why}; the guest kernel reported: ${said.join(' | ')}` : why;
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
