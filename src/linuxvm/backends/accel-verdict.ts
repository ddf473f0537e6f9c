// A hardware accelerator that failed to run the guest (here: KVM under a nested hypervisor that
// Debian's kernels cannot run on) is remembered beside the VM daemon's generations, so that the
// next vmd does not launch QEMU under it again to find out: that probe cost every vmd's first VM
// ~40 ms here, and a whole failed start where QEMU takes longer to give up. The verdict holds only
// while nothing it was made on changed: the same boot of the host, the same QEMU binary, the same
// /dev/kvm (a reloaded module makes a new device node).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { uptime } from 'node:os';
import { join } from 'node:path';
import type { Accel } from './qemu-args.js';

export interface AccelVerdict {
  /** What the verdict was made on (identity()); a verdict for anything else is void. */
  on: string;
  failed: { accel: Accel; arch: string; why: string }[];
}

const FILE = 'accel-verdict.json';

function stamp(path: string): string {
  try {
    const s = statSync(path);
    return `${path}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
  } catch {
    return `${path}:absent`;
  }
}

/** This boot of the host, this QEMU binary (resolved on PATH by the caller) and this /dev/kvm. */
export function identity(qemuBinary: string, bootId?: string): string {
  let boot = bootId;
  if (boot === undefined) {
    try {
      boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      // No boot_id (macOS): the boot's minute. A clock step across a minute costs a probe, no more.
      boot = `booted@${Math.round((Date.now() / 1000 - uptime()) / 60)}`;
    }
  }
  return [boot, stamp(qemuBinary), stamp('/dev/kvm')].join(' ');
}

/** The failures the verdict lists, when it was made on `on`; none when it is absent, unreadable or void. */
function failures(dir: string, on: string): AccelVerdict['failed'] {
  try {
    const v = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as AccelVerdict;
    return v.on === on && Array.isArray(v.failed) ? v.failed : [];
  } catch {
    return [];
  }
}

/** The accelerators known to fail for `arch` here, with why. */
export function knownFailures(dir: string, arch: string, on: string): { accel: Accel; why: string }[] {
  return failures(dir, on).filter((f) => f.arch === arch);
}

/** Adds a failure to the verdict (a void one is replaced). Best effort: a probe again is the cost of a failed write. */
export function rememberFailure(dir: string, on: string, f: { accel: Accel; arch: string; why: string }): void {
  const failed = failures(dir, on)
    .filter((x) => !(x.accel === f.accel && x.arch === f.arch))
    .concat(f);
  try {
    writeFileSync(join(dir, FILE), JSON.stringify({ on, failed } satisfies AccelVerdict));
  } catch {}
}
