// Resource limits on the native path: there are none. A native container is a process tree in a
// chroot with no cgroup of its own (macOS has no cgroups at all; on Linux the native path stays
// the same as on macOS), so a limit that is asked for is refused by name rather than ignored.
// Device rules are not limits and carry no meaning without a device cgroup: they are let through.
import { failedPrecondition } from '../common/errdefs.js';
import type { OciResources } from '../common/oci.js';

type Obj = Record<string, unknown>;
const set = (v: unknown) => v !== undefined && v !== null && v !== 0 && v !== '' && !(Array.isArray(v) && v.length === 0);

/** The names of the limits a LinuxResources object sets (empty: nothing to limit). */
export function requestedLimits(r: OciResources): string[] {
  const memory = (r.memory ?? {}) as Obj;
  const cpu = (r.cpu ?? {}) as Obj;
  const out: string[] = [];
  if (set(memory.limit) || set(memory.reservation)) out.push('memory');
  if (set(memory.swap)) out.push('swap');
  if (set(cpu.shares)) out.push('cpu shares');
  if (set(cpu.quota) || set(cpu.period)) out.push('cpu quota');
  if (set(cpu.cpus) || set(cpu.mems)) out.push('cpuset');
  if (set((r.pids as Obj | undefined)?.limit)) out.push('pids');
  if (set(r.hugepageLimits)) out.push('hugepages');
  if (set(r.blockIO) && Object.values(r.blockIO as Obj).some(set)) out.push('block I/O');
  if (set(r.unified) && Object.keys(r.unified as Obj).length) out.push('cgroup v2 settings');
  return out;
}

export function refuseLimits(r: OciResources, platform: NodeJS.Platform): void {
  const limits = requestedLimits(r);
  if (limits.length)
    throw failedPrecondition(
      `native containers cannot limit ${limits.join(', ')}: a native container on ${platform} has no cgroup of its own ` +
        '(run it on the tandem-vm runtime handler for resource limits)',
    );
}
