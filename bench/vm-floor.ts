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

const MARK = 'tandem-floor: up';

export interface Floor {
  /** QEMU spawned → the line printed by /init. */
  initMs: number;
  /** QEMU spawned → QEMU exited after the poweroff. */
  totalMs: number;
}

/** Boots `kernel` (x86 vmlinux, as the guest image ships it) with the tiny initramfs, under TCG. */
export async function bareBoot(kernel: string, cmdline: string): Promise<Floor> {
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
            { path: 'bin/busybox', type: 'file', mode: 0o755, source: readFileSync('/bin/busybox') },
            { path: 'init', type: 'file', mode: 0o755, source: Buffer.from(script) },
          ],
          0,
        ),
      ),
    );
    const tsc = hostTscKhz();
    const args = [
      ...['-M', 'microvm,x-option-roms=off,rtc=on', '-accel', 'tcg,tb-size=64', '-cpu', 'max', '-smp', '2', '-m', '1024M'],
      ...['-nodefaults', '-no-user-config', '-display', 'none', '-no-reboot', '-serial', 'stdio'],
      ...['-kernel', kernel, '-initrd', initrd, '-append', `${cmdline} console=ttyS0${tsc ? ` tsc_early_khz=${tsc}` : ''} tsc=reliable`],
    ];
    const t0 = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
    return await new Promise<Floor>((resolve, reject) => {
      const p = spawn('qemu-system-x86_64', args, { stdio: ['ignore', 'pipe', 'pipe'] });
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
