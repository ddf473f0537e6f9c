// The floors under two rows that miss their targets, measured on the guest's own kernel with
// nothing of tandem's in it: a tiny initramfs (static busybox and the four modules free page
// reporting needs) booted the way the VM is (microvm, memfd RAM, the balloon with its reporting order and the
// per-CPU free lists' cap, TCG's cache size).
// - The stream's producer: busybox `head -c 64M /dev/zero` into /dev/null, timed by the guest's
//   clock, with no container, agent or channel around it: the most any channel could carry of it.
// - Memory: the host's PSS of that QEMU idle at a shell, after the same page-out of its file
//   mappings the VM daemon does: what any guest of this kernel costs before node, the agent, the
//   runtime and a container are in it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeCpio, type CpioEntry } from '../src/linuxvm/image/cpio.js';
import { hostTscKhz } from '../src/linuxvm/backends/accel.js';
import { tcgCpu } from '../src/linuxvm/backends/qemu-args.js';
import { REPO } from '../test/helpers/containerd.js';
import { hostParts } from './vm-memory.js';

// In load order (each after what it depends on).
const MODULES = ['virtio_ring', 'virtio', 'virtio_mmio', 'virtio_balloon'];
const SIZE = 64 << 20;
/** After the idle line: free page reporting gives freed pages back ~2 s after they are free. */
const SETTLE_MS = 20_000;

export interface BareGuest {
  /** busybox `head -c 64M /dev/zero > /dev/null` in the bare guest, MiB/s (the fastest of three). */
  producerMiBs: number;
  /** Each run's seconds, for the bench's notes. */
  headSecs: number[];
  /** The idle QEMU's PSS (MiB), the guest RAM counted as its memfd holds it. */
  idleMiB: number;
  /** That PSS by part (the vm-memory.ts groups). */
  parts: [string, number][];
}

/** The `.ko` files named `MODULES` from the guest image's initrd (an uncompressed newc cpio). */
function modulesOf(initrd: string): Map<string, Buffer> {
  const cpio = readFileSync(initrd);
  const out = new Map<string, Buffer>();
  const pad = (n: number) => (n + 3) & ~3;
  for (let at = 0; cpio.toString('latin1', at, at + 6) === '070701';) {
    const field = (i: number) => parseInt(cpio.toString('latin1', at + 6 + i * 8, at + 14 + i * 8), 16);
    const [size, nameSize] = [field(6), field(11)];
    const name = cpio.toString('utf8', at + 110, at + 110 + nameSize - 1);
    if (name === 'TRAILER!!!') break;
    const data = pad(at + 110 + nameSize);
    const ko = /\/([^/]+)\.ko$/.exec(name)?.[1];
    if (ko && MODULES.includes(ko)) out.set(ko, cpio.subarray(data, data + size));
    at = pad(data + size);
  }
  const missing = MODULES.filter((m) => !out.has(m));
  if (missing.length) throw new Error(`bare guest: ${initrd} has no ${missing.join(', ')} module: rebuild the guest image`);
  return out;
}

/**
 * Boots the amd64 guest image's `kernel` with the tiny initramfs, times the producer 3 times, then
 * measures the idle QEMU. One boot: the two measures do not disturb each other (the producer has
 * exited and its memory was reported back before the memory is read).
 */
export async function bareGuest(kernel: string, cmdline: string, busybox = '/bin/busybox'): Promise<BareGuest> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bare-'));
  try {
    const mods = modulesOf(join(dirname(kernel), 'initrd.img'));
    const script = [
      '#!/bin/busybox sh',
      '/bin/busybox mount -t proc proc /proc && /bin/busybox mount -t sysfs sysfs /sys',
      '/bin/busybox --install -s /bin',
      ...MODULES.map((m) => `insmod /m/${m}.ko`),
      '[ -e /sys/bus/virtio/drivers/virtio_balloon/virtio0 ] || echo "bare: no balloon"',
      // Free pages reported and kept as the VM's /init and onboot sysctl have them (docs/guest.md).
      'echo 0 > /sys/module/page_reporting/parameters/page_reporting_order',
      'echo 1024 > /proc/sys/vm/percpu_pagelist_high_fraction',
      // After the boot's own work (modules, the first free page reports) has settled.
      'sleep 3',
      'for i in 1 2 3; do',
      '  read a _ < /proc/uptime',
      `  head -c ${SIZE} /dev/zero > /dev/null`,
      '  read b _ < /proc/uptime',
      '  echo "bare: head $a $b"',
      'done',
      'echo "bare: idle"',
      'exec sleep 1000000',
      '',
    ].join('\n');
    const entries: CpioEntry[] = [
      ...['bin', 'dev', 'proc', 'sys', 'm'].map((path) => ({ path, type: 'dir' as const, mode: 0o755 })),
      { path: 'dev/console', type: 'char', mode: 0o600, major: 5, minor: 1 },
      { path: 'dev/null', type: 'char', mode: 0o666, major: 1, minor: 3 },
      { path: 'dev/zero', type: 'char', mode: 0o666, major: 1, minor: 5 },
      { path: 'bin/busybox', type: 'file', mode: 0o755, source: readFileSync(busybox) },
      ...MODULES.map((m) => ({ path: `m/${m}.ko`, type: 'file' as const, mode: 0o644, source: mods.get(m)! })),
      { path: 'init', type: 'file', mode: 0o755, source: Buffer.from(script) },
    ];
    const initrd = join(dir, 'initrd.img');
    writeFileSync(initrd, Buffer.concat(writeCpio(entries, 0)));
    const tsc = hostTscKhz();
    const args = [
      ...['-M', 'microvm,x-option-roms=off,rtc=on,memory-backend=mem', '-cpu', tcgCpu('amd64')],
      ...['-object', 'memory-backend-memfd,id=mem,size=1024M,share=on', '-m', '1024M', '-smp', '2', '-accel', 'tcg,tb-size=64'],
      ...['-device', 'virtio-balloon-device,free-page-reporting=on'],
      ...['-nodefaults', '-no-user-config', '-display', 'none', '-no-reboot', '-serial', 'stdio'],
      ...['-kernel', kernel, '-initrd', initrd, '-append', `${cmdline} console=ttyS0${tsc ? ` tsc_early_khz=${tsc}` : ''} tsc=reliable`],
    ];
    const p = spawn('qemu-system-x86_64', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const exited = new Promise<void>((resolve) => p.on('close', () => resolve()));
    const idle = new Promise<void>((resolve, reject) => {
      const guard = setTimeout(() => reject(new Error(`bare guest: no idle line within 300 s: ${out.slice(-500)}`)), 300_000);
      const seen = () => {
        if (!out.includes('bare: idle')) return;
        clearTimeout(guard);
        resolve();
      };
      p.stdout.on('data', (d: Buffer) => ((out += d.toString()), seen()));
      p.stderr.on('data', (d: Buffer) => (out += d.toString()));
      void exited.then(() => (clearTimeout(guard), reject(new Error(`bare guest: qemu exited: ${out.slice(-500)}`))));
    });
    try {
      await idle;
      if (out.includes('bare: no balloon'))
        throw new Error(`bare guest: the balloon did not bind, so no free page reporting: ${out.slice(-500)}`);
      const secs = [...out.matchAll(/bare: head ([\d.]+) ([\d.]+)/g)].map((m) => Number(m[2]) - Number(m[1]));
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      // Through the built package (dist/), whose path to native/build is the vmd's.
      const pageout = (await import(join(REPO, 'dist/linuxvm/backends/pageout.js'))) as typeof import('../src/linuxvm/backends/pageout.js');
      await pageout.pageOutFileMappings(p.pid!, [kernel, initrd]);
      const parts = hostParts([{ pid: p.pid!, cmd: 'qemu-system-x86_64' }]);
      return {
        producerMiBs: SIZE / 2 ** 20 / Math.min(...secs),
        headSecs: secs,
        idleMiB: parts.reduce((a, [, v]) => a + v, 0),
        parts,
      };
    } finally {
      p.kill('SIGKILL');
      await exited;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bare guest's idle memory by part, beside the VM's (each `[title, parts]`): where the VM is above the floor. */
export function bareSection(bare: BareGuest, vms: [string, [string, number][]][]): string {
  const all: [string, [string, number][]][] = [[`bare guest (${bare.idleMiB.toFixed(0)} MiB)`, bare.parts], ...vms];
  const parts = [...new Set(all.flatMap(([, p]) => p.map(([k]) => k)))];
  const cell = (p: [string, number][], k: string) => (p.find(([x]) => x === k)?.[1] ?? 0).toFixed(1);
  return [
    `## The memory floor: this kernel idle in a bare guest, beside the VM (PSS, MiB)`,
    '',
    "The bare guest is the guest image's kernel with a tiny initramfs (static busybox, the balloon's modules) booted as the VM is, idle at a shell; its QEMU's file mappings paged out as the vmd does. The VM's columns are the two breakdowns above. What the VM holds above the floor is node, the agent, the runtime, the virtio-serial ports' buffers and the container.",
    '',
    `| part | ${all.map(([t]) => t).join(' | ')} |`,
    `|---|${all.map(() => '---|').join('')}`,
    ...parts.map((k) => `| ${k} | ${all.map(([, p]) => cell(p, k)).join(' | ')} |`),
  ].join('\n');
}
