// The floor under the VM path's cold start: the same guest kernel, booted by QEMU with the same
// machine and accelerator, with a tiny initramfs whose /init prints one line and powers off. What
// the real guest adds on top of this (modules, the system image, node, the agent, runc) is what
// the boot timeline breaks down.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCpio } from '../src/linuxvm/image/cpio.js';
import { hostTscKhz } from '../src/linuxvm/backends/accel.js';
import { tcgCpu } from '../src/linuxvm/backends/qemu-args.js';
import { REPO } from '../test/helpers/containerd.js';

const MARK = 'tandem-floor: up';

/**
 * Builds the guest image the shim will use, if it is not built yet, before a cold start is
 * timed: a build (after a change to the agent) is once per change, not part of a VM's start.
 * Through the built package (dist/), whose paths to images/guest are the shim's. Returns the
 * image's kernel (the floor boots it).
 */
export async function guestImageReady(arch: 'amd64' | 'arm64'): Promise<string> {
  const ensure = (await import(join(REPO, 'dist/linuxvm/image/ensure.js'))) as typeof import('../src/linuxvm/image/ensure.js');
  const o = ensure.defaultBuildOptions(arch);
  await ensure.ensureGuestImage(o);
  return join(o.outDir, 'kernel');
}

/**
 * The floor is measured twice, right before the cold start and at the end with the VM gone, and
 * the faster one is the ratio's: a floor measured while the host was busier would flatter it.
 */
export function fasterFloor(a: Floor | undefined, b: Floor | undefined): Floor | undefined {
  if (!a || !b) return a ?? b;
  return a.initMs <= b.initMs ? a : b;
}

export const floorText = (before: Floor | undefined, after: Floor | undefined): string =>
  [before, after].map((f) => (f ? `${f.initMs.toFixed(0)} / ${f.totalMs.toFixed(0)} ms` : '—')).join('; ');

export interface Floor {
  /** QEMU spawned → the line printed by /init. */
  initMs: number;
  /** QEMU spawned → QEMU exited after the poweroff. */
  totalMs: number;
}

/**
 * Boots `kernel` (as the guest image ships it) with the tiny initramfs, under TCG, on the machine
 * the guest uses for `arch` (qemu-args.ts); `busybox` is a static busybox of that architecture.
 */
export async function bareBoot(
  kernel: string,
  cmdline: string,
  arch: 'amd64' | 'arm64' = 'amd64',
  busybox = '/bin/busybox',
): Promise<Floor> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-floor-'));
  try {
    const initrd = join(dir, 'initrd.img');
    const script = `#!/bin/busybox sh\n/bin/busybox echo "${MARK}"\n/bin/busybox poweroff -f\n`;
    writeFileSync(
      initrd,
      Buffer.concat(
        writeCpio(
          [
            { path: 'bin', type: 'dir', mode: 0o755 },
            { path: 'dev', type: 'dir', mode: 0o755 },
            { path: 'dev/console', type: 'char', mode: 0o600, major: 5, minor: 1 },
            { path: 'bin/busybox', type: 'file', mode: 0o755, source: readFileSync(busybox) },
            { path: 'init', type: 'file', mode: 0o755, source: Buffer.from(script) },
          ],
          0,
        ),
      ),
    );
    const tsc = hostTscKhz();
    const x86 = arch === 'amd64';
    const machine = [...(x86 ? ['-M', 'microvm,x-option-roms=off,rtc=on'] : ['-M', 'virt']), '-cpu', tcgCpu(arch)];
    const console = x86 ? `console=ttyS0${tsc ? ` tsc_early_khz=${tsc}` : ''} tsc=reliable` : 'console=ttyAMA0';
    const args = [
      ...[...machine, '-accel', 'tcg,tb-size=64', '-smp', '2', '-m', '1024M'],
      ...['-nodefaults', '-no-user-config', '-display', 'none', '-no-reboot', '-serial', 'stdio'],
      ...['-kernel', kernel, '-initrd', initrd, '-append', `${cmdline} ${console}`],
    ];
    const t0 = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
    return await new Promise<Floor>((resolve, reject) => {
      const p = spawn(x86 ? 'qemu-system-x86_64' : 'qemu-system-aarch64', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let initMs = 0;
      p.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (!initMs && out.includes(MARK)) initMs = ms();
      });
      p.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const guard = setTimeout(() => p.kill('SIGKILL'), 300_000);
      p.on('close', (code) => {
        clearTimeout(guard);
        if (initMs) resolve({ initMs, totalMs: ms() });
        else reject(new Error(`bare boot: qemu exited ${code} without "${MARK}": ${out.slice(-500)}`));
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
