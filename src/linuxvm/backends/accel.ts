// Which QEMU accelerators to try, best first, for this host and guest. Inputs are injected so the
// choice is testable on any host. Hardware acceleration needs the guest's architecture to be the
// host's; a hardware accelerator that exists but does not work (here: /dev/kvm under a nested
// hypervisor that Debian's kernels cannot run on) is found out by the first boot and then skipped.
import { accessSync, constants, readFileSync } from 'node:fs';
import { arch as osArch, platform as osPlatform } from 'node:os';
import type { Accel } from './qemu-args.js';
import type { GuestArch } from './vm-backend.js';

export interface HostFacts {
  platform: NodeJS.Platform;
  arch: string; // node's naming: x64, arm64
  kvmUsable: boolean; // /dev/kvm can be opened read-write
  env: NodeJS.ProcessEnv;
}

export function hostFacts(): HostFacts {
  let kvmUsable = false;
  try {
    accessSync('/dev/kvm', constants.R_OK | constants.W_OK);
    kvmUsable = true;
  } catch {}
  return { platform: osPlatform(), arch: osArch(), kvmUsable, env: process.env };
}

const NODE_ARCH: Record<GuestArch, string> = { amd64: 'x64', arm64: 'arm64' };

export function acceleratorCandidates(guest: GuestArch, h: HostFacts): Accel[] {
  const forced = h.env.TANDEM_QEMU_ACCEL;
  if (forced === 'kvm' || forced === 'hvf' || forced === 'tcg') return [forced];
  const native = NODE_ARCH[guest] === h.arch;
  if (native && h.platform === 'linux' && h.kvmUsable) return ['kvm', 'tcg'];
  if (native && h.platform === 'darwin') return ['hvf', 'tcg'];
  return ['tcg'];
}

/** Console or QEMU output meaning the accelerator itself failed (not the guest). */
export const ACCEL_FAILURE_RE =
  /KVM internal error|emulation failure|failed to set MSR|kvm_buf_set_msrs|KVM_RUN|kvm: .*failed|HV_ERROR|hvf: .*error|Error: .*accelerator/i;

/** The host's TSC frequency in kHz from /proc/cpuinfo (x86 Linux), for tsc_early_khz=. */
export function hostTscKhz(cpuinfo?: string): number | undefined {
  let text = cpuinfo;
  if (text === undefined) {
    try {
      text = readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return undefined;
    }
  }
  const m = /^cpu MHz\s*:\s*([\d.]+)/m.exec(text);
  return m ? Math.round(parseFloat(m[1]!) * 1000) : undefined;
}

/**
 * Why an accelerator failed, from the last lines of the shared boot log: QEMU's own lines when
 * there are any. virtiofsd writes to the same log, and its lines about the connection QEMU
 * dropped ("virtio_loop: Exit") can come last and say nothing about the accelerator.
 */
export function accelFailure(lines: string[]): string {
  const qemu = lines.filter((l) => /^qemu-system-|^qemu: /.test(l) || ACCEL_FAILURE_RE.test(l));
  return (qemu.length ? qemu : lines).slice(-2).join(' | ') || 'no guest output';
}
