// The VM's pidfile (vm.json in <state dir>/vm) and what other processes do with it: a VM whose
// vmd died must not linger. The next vmd's first boot kills such a VM (its guest would power
// itself off 15 s after losing its host anyway); a VM whose vmd is alive is left alone.
import { readFileSync } from 'node:fs';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { readJson, writeJsonAtomic } from '../../common/json-file.js';
import { processAlive } from '../../common/process-alive.js';

export interface VmRecord {
  ownerPid: number;
  vmPid: number;
  backend: string;
  generation: number;
  bootLog: string;
  startedAt: string;
}

export const VM_RECORD = 'vm.json';

export function writeVmRecord(vmDir: string, r: VmRecord): Promise<void> {
  return writeJsonAtomic(join(vmDir, VM_RECORD), r);
}

export function readVmRecord(vmDir: string): Promise<VmRecord | undefined> {
  return readJson<VmRecord>(join(vmDir, VM_RECORD));
}

/** Whether pid still is the VMM we started (guards against pid reuse): its command line names vmDir. */
function isOurVmm(pid: number, vmDir: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(vmDir);
  } catch {
    return process.platform === 'darwin'; // no /proc: trust the record
  }
}

/**
 * Kills the VM recorded in vmDir when its owner is gone. Returns what it did, for logs.
 */
export async function killOrphanedVm(vmDir: string, log: Logger): Promise<'none' | 'owner-alive' | 'killed'> {
  const r = await readVmRecord(vmDir);
  if (!r) return 'none';
  if (processAlive(r.ownerPid)) return 'owner-alive';
  if (r.vmPid !== process.pid && processAlive(r.vmPid) && isOurVmm(r.vmPid, vmDir)) {
    log.warn({ vmPid: r.vmPid, ownerPid: r.ownerPid }, 'killing a VM whose daemon is gone');
    try {
      process.kill(r.vmPid, 'SIGKILL');
    } catch {}
  }
  await fsp.rm(join(vmDir, VM_RECORD), { force: true });
  return 'killed';
}
