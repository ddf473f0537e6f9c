// A container's cgroup limits (--memory, --memory-reservation, --memory-swap, --cpus,
// --cpu-shares, --cpu-period, --cpu-quota, --cpuset-cpus, --cpuset-mems, --pids-limit) as the
// OCI LinuxResources dockerd gives the runtime, checked with dockerd's rules and words. create
// puts them in the spec, `docker update` in the spec and, for a running VM container, its task.
// The guest's runtime maps them onto cgroup v2 (shares → cpu.weight, swap → memory.swap.max).
import { failedPrecondition, invalidArgument } from '../../common/errdefs.js';
import type { HostConfig } from './types.js';

/** The HostConfig fields that are limits; `docker update` may change each. */
export const RESOURCE_FIELDS = [
  'Memory',
  'MemoryReservation',
  'MemorySwap',
  'NanoCpus',
  'CpuShares',
  'CpuPeriod',
  'CpuQuota',
  'CpusetCpus',
  'CpusetMems',
  'PidsLimit',
] as const;

export interface OciResources {
  memory?: { limit?: number; reservation?: number; swap?: number };
  cpu?: { shares?: number; quota?: number; period?: number; cpus?: string; mems?: string };
  pids?: { limit: number };
}

const CPUSET = /^\d+(-\d+)?(,\d+(-\d+)?)*$/;

/** The limits a HostConfig asks for (0, '' or absent: none), or dockerd's error for a bad mix. */
export function resources(h: Pick<HostConfig, (typeof RESOURCE_FIELDS)[number]>): OciResources {
  const mem = h.Memory ?? 0;
  const reservation = h.MemoryReservation ?? 0;
  const swap = h.MemorySwap ?? 0;
  if (mem > 0 && mem < 6 * 1024 * 1024) throw invalidArgument('Minimum memory limit allowed is 6MB');
  if (swap > 0 && !mem) throw invalidArgument('You should always set the Memory limit when using Memoryswap limit, see usage');
  if (swap > 0 && swap < mem) throw invalidArgument('Minimum memoryswap limit should be larger than memory limit, see usage');
  if (mem > 0 && reservation > mem) throw invalidArgument('Minimum memory limit can not be less than memory reservation limit, see usage');
  if (h.NanoCpus && h.CpuPeriod) throw invalidArgument('Conflicting options: Nano CPUs and CPU Period cannot both be set');
  if (h.NanoCpus && h.CpuQuota) throw invalidArgument('Conflicting options: Nano CPUs and CPU Quota cannot both be set');
  if (h.CpuPeriod && (h.CpuPeriod < 1000 || h.CpuPeriod > 1000000))
    throw invalidArgument('CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)');
  if (h.CpuQuota && h.CpuQuota > 0 && h.CpuQuota < 1000) throw invalidArgument('CPU cfs quota can not be less than 1ms (i.e. 1000)');
  for (const [flag, v] of [
    ['--cpuset-cpus', h.CpusetCpus],
    ['--cpuset-mems', h.CpusetMems],
  ] as const)
    if (v && !CPUSET.test(v)) throw invalidArgument(`invalid value ${JSON.stringify(v)} for ${flag}: want a list such as 0-3 or 0,2`);
  const memory = { ...(mem ? { limit: mem } : {}), ...(reservation ? { reservation } : {}), ...(swap ? { swap } : {}) };
  const cpu = {
    ...(h.CpuShares ? { shares: h.CpuShares } : {}),
    ...(h.NanoCpus ? { quota: Math.round(h.NanoCpus / 1e4), period: 100000 } : {}),
    ...(h.CpuQuota ? { quota: h.CpuQuota } : {}),
    ...(h.CpuPeriod ? { period: h.CpuPeriod } : {}),
    ...(h.CpusetCpus ? { cpus: h.CpusetCpus } : {}),
    ...(h.CpusetMems ? { mems: h.CpusetMems } : {}),
  };
  return {
    ...(Object.keys(memory).length ? { memory } : {}),
    ...(Object.keys(cpu).length ? { cpu } : {}),
    ...(h.PidsLimit && h.PidsLimit > 0 ? { pids: { limit: h.PidsLimit } } : {}),
  };
}

/**
 * dockerd's default swap (adaptContainerSettings): a memory limit without `--memory-swap` gets
 * as much swap again, MemorySwap = 2 × Memory, which inspect shows and the runtime enforces
 * (memory.swap.max = Memory). Without it a VM container could swap without bound.
 */
export function withDefaultSwap<T extends Pick<HostConfig, 'Memory' | 'MemorySwap'>>(h: T): T {
  return h.Memory && h.Memory > 0 && !h.MemorySwap ? { ...h, MemorySwap: h.Memory * 2 } : h;
}

/** dockerd's refusal of a memory limit above the swap limit already set (its UpdateContainer). */
export function checkMemoryUpdate(id: string, current: Pick<HostConfig, 'MemorySwap'>, memory?: number | null, swap?: number | null): void {
  const set = current.MemorySwap ?? 0;
  if (memory && memory > 0 && !swap && set !== -1 && memory > set)
    throw failedPrecondition(
      `Cannot update container ${id}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time`,
    );
}

/** Whether a HostConfig asks for any limit (native containers are warned they are not enforced). */
export function hasLimits(h: HostConfig): boolean {
  return Object.keys(resources(h)).length > 0;
}

/** What dockerd on cgroup v2 says and discards (the guest's cgroups are v2). */
export function discardedWarnings(h: HostConfig): string[] {
  const out: string[] = [];
  if (h.MemorySwappiness !== undefined && h.MemorySwappiness !== null && h.MemorySwappiness !== -1)
    out.push('Your kernel does not support memory swappiness capabilities or the cgroup is not mounted. Memory swappiness discarded.');
  if (h.OomKillDisable) out.push('Your kernel does not support OomKillDisable. OomKillDisable discarded.');
  return out;
}
