// The VM's pidfile (vm.json in the daemon's VM directory) and what other processes do with it:
// a VM whose owning daemon died must not linger. `shim delete` (VmExecutor.cleanup) and the next
// daemon's first boot (cleanupStaleVms) kill such a VM; a VM whose daemon is alive is left alone.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { readJson, writeJsonAtomic } from '../common/json-file.js';
import { processAlive } from '../common/process-alive.js';

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

/** Kills the VMs of dead daemons under <state>/vm and removes their directories when unmounted. */
export async function cleanupStaleVms(root: string, log: Logger): Promise<void> {
  const entries = await fsp.readdir(root).catch(() => [] as string[]);
  const mountinfo = await fsp.readFile('/proc/self/mountinfo', 'utf8').catch(() => '');
  for (const name of entries) {
    const dir = join(root, name);
    if (Number(name) === process.pid) continue;
    const r = await readVmRecord(dir);
    if (r && processAlive(r.ownerPid)) continue;
    if (!r && processAlive(Number(name))) continue; // a daemon that has not booted its VM yet
    await killOrphanedVm(dir, log);
    // Containers of that daemon may still have mounts under its share: their `shim delete`
    // removes them. Only a directory without them is removed here (after the share's own
    // bind mount, see share-linux.ts beforeBoot).
    const under = mountinfo.split('\n').map((l) => l.split(' ')[4]).filter((m) => m?.startsWith(`${dir}/`));
    if (under.every((m) => m === join(dir, 'share'))) {
      if (under.length) await new Promise((r) => execFile('umount', ['-l', join(dir, 'share')], r));
      await fsp.rm(dir, { recursive: true, force: true }).catch(() => {});
    }
  }
}
