// A container's resource usage from its cgroup v2 directory in the guest (runc puts it at
// /sys/fs/cgroup/<cgroupsPath>, and the agent chose that path: spec.ts). Reading the files is
// a few syscalls; `runc events --stats` would cost a Go process start (hundreds of ms under TCG).
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { notFound } from '../../common/errdefs.js';
// Type only (erased): the guest image carries no shim code.
import type { ContainerStats } from '../../common/stats.js';

/** `key value` lines (cpu.stat, memory.stat) into a map. */
export function parseFlatKeyed(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [k, v] = line.trim().split(/\s+/);
    if (k && v !== undefined && /^\d+$/.test(v)) m.set(k, Number(v));
  }
  return m;
}

async function read(dir: string, file: string): Promise<string> {
  return fsp.readFile(join(dir, file), 'utf8').catch(() => '');
}

const num = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : 0);

/** MemTotal of a /proc/meminfo text, in bytes (0 if absent). */
export function memTotalBytes(meminfo: string): number {
  const m = /^MemTotal:\s+(\d+) kB/m.exec(meminfo);
  return m ? Number(m[1]) * 1024 : 0;
}

/**
 * The container's cgroup must exist (NotFound otherwise: no silent zeros). A controller that is
 * not enabled for it leaves its counters at 0, except pids, which cgroup.procs also gives.
 */
export async function readCgroupStats(dir: string, meminfo = '/proc/meminfo'): Promise<ContainerStats> {
  const procs = await fsp.readFile(join(dir, 'cgroup.procs'), 'utf8').catch(() => undefined);
  if (procs === undefined) throw notFound(`cgroup ${dir}: not found (is the guest's cgroup v2 tree mounted?)`);
  const [pids, cpu, current, mem, max, info] = await Promise.all([
    read(dir, 'pids.current'),
    read(dir, 'cpu.stat'),
    read(dir, 'memory.current'),
    read(dir, 'memory.stat'),
    read(dir, 'memory.max'),
    fsp.readFile(meminfo, 'utf8').catch(() => ''),
  ]);
  const c = parseFlatKeyed(cpu);
  const m = parseFlatKeyed(mem);
  return {
    pids: pids ? num(pids) : procs.split('\n').filter(Boolean).length,
    userUsec: c.get('user_usec') ?? 0,
    systemUsec: c.get('system_usec') ?? 0,
    memoryBytes: num(current),
    anonBytes: m.get('anon') ?? 0,
    fileBytes: m.get('file') ?? 0,
    // memory.max says `max` without a limit: then the guest's memory is the bound, as dockerd
    // shows the host's for a container without one.
    limitBytes: num(max) || memTotalBytes(info) || undefined,
    inactiveFileBytes: m.get('inactive_file') ?? 0,
  };
}
