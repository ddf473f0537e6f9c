// Spec fields the native path cannot honour. On darwin a chroot process tree has no hostname of
// its own and no cgroup, and the native path behaves the same on a Linux host, so these are
// ignored: the executor says so once per container (docs/native.md lists them) instead of
// dropping them in silence.
import type { OciSpec } from '../common/oci.js';

/** cgroup v1 shares: 1024 is the kernel's default weight, what no setting means. */
const DEFAULT_CPU_SHARES = 1024;

const set = (v: unknown) => typeof v === 'number' && v > 0;

/** The dotted names of the fields of `spec` that ask for what the native path cannot do. */
export function unhonouredFields(spec: OciSpec): string[] {
  const out: string[] = [];
  if (spec.hostname) out.push('hostname');
  const r = (spec.linux as { resources?: Record<string, Record<string, unknown> | undefined> } | undefined)?.resources ?? {};
  const mem = r.memory ?? {};
  for (const k of ['limit', 'reservation', 'swap', 'kernel']) if (set(mem[k])) out.push(`linux.resources.memory.${k}`);
  const cpu = r.cpu ?? {};
  if (set(cpu.shares) && cpu.shares !== DEFAULT_CPU_SHARES) out.push('linux.resources.cpu.shares');
  if (set(cpu.quota)) out.push('linux.resources.cpu.quota');
  for (const k of ['cpus', 'mems']) if (typeof cpu[k] === 'string' && cpu[k]) out.push(`linux.resources.cpu.${k}`);
  if (set(r.pids?.limit)) out.push('linux.resources.pids.limit');
  const blockIO = r.blockIO ?? {};
  if (Object.values(blockIO).some((v) => (Array.isArray(v) ? v.length > 0 : set(v)))) out.push('linux.resources.blockIO');
  if (Array.isArray(r.hugepageLimits) && r.hugepageLimits.length) out.push('linux.resources.hugepageLimits');
  return out;
}
