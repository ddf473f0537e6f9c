// QEMU's command line for one guest, as a pure function of the configuration, the image manifest
// and the chosen accelerator (unit-tested beside this file).
//   x86_64 guest: `-M microvm` (no PCI, no firmware tables to walk: the fastest boot under TCG)
//     with virtio-mmio devices; `tsc_early_khz` on the kernel command line, because without it
//     about one TCG boot in three hung calibrating the TSC, and under TCG `tsc=reliable` (below).
//   arm64 guest: `-M virt` with virtio-pci devices (what Virtualization.framework offers too).
// Console: a file chardev in append mode (the boot log), QMP on a unix socket, the agent channel
// and the output ports on virtio-serial ports backed by unix sockets QEMU listens on.
import { join } from 'node:path';
import { invalidArgument } from '../../common/errdefs.js';
import type { Manifest } from '../image/manifest.js';
import { checkSocketPath, cmdlineFor, type PortForward, type Share, type VmConfig } from './vm-backend.js';

export type Accel = 'kvm' | 'hvf' | 'tcg';

export interface QemuHost {
  /** Host TSC frequency in kHz (x86), for tsc_early_khz. */
  tscKhz?: number;
  virtiofsd?: string;
  /** Where a template VM's guest RAM lives (a tmpfs file: qemu-template.ts); the state directory if not given. */
  ramFile?: string;
}

export interface MigrationFacts {
  /** RAM blocks of the machine that tandem leaves empty: `virt`'s two 64 MiB flash devices. */
  emptyBlocks: string[];
  /** The target's smallest page (bits): a stream's page size when it does not state its own. */
  pageBitsMin: number;
}

export interface QemuPlan {
  binary: string;
  args: string[];
  cmdline: string;
  sockets: { agent: string; qmp: string };
  /** Output ports (port name → the host socket QEMU serves it on); see OUTPUT_PORTS. */
  outputPorts: Record<string, string>;
  bootLog: string;
  /** virtiofsd daemons to start before QEMU (one per virtiofs share). */
  virtiofs: { tag: string; socket: string; hostPath: string; readonly: boolean }[];
  /** virtiofs devices to plug in once the guest runs (a VM saved as a template: HotplugFs). */
  hotplug: HotplugFs[];
  /** A template VM's guest RAM: a file on tmpfs the save copies and a restore starts from (qemu-template.ts). */
  ramFile?: string;
  /** What a template's save needs to know of the machine's migration stream (migration-stream.ts). */
  migration: MigrationFacts;
}

/**
 * A virtiofs device QMP adds to a running VM. QEMU 7.2 cannot save a VM that has a vhost-user-fs
 * device, so a VM saved as a template (qemu-template.ts) boots with an empty PCIe root port per
 * virtiofs share instead, and the device goes in after the save or the restore; the guest's
 * pciehp finds it (~0.15 s under TCG, measured) and the agent mounts it at its first Hello.
 */
export interface HotplugFs {
  /** The chardev (a client of virtiofsd's socket) and the device, as `chardev-add`/`device_add` take them. */
  chardev: string;
  socket: string;
  device: Record<string, string>;
}

const SHARE_TAG = /^[A-Za-z0-9_.-]{1,31}$/;
/**
 * TCG translation cache size (MiB). It fills up and stays resident, so it is PSS one for one
 * (docs/guest.md, measured). A smaller cache is flushed whole more often, and every flush
 * retranslates the guest's hot code (node, crun): A/Bs of 2026-12-01 against 32 put 16 at +45 %
 * cold start and +57 % warm start, and 64 at −15 % cold start, −40 % warm start, −33 % exec, for
 * +30 MiB of QEMU's PSS; 128 gained less again for +64 MiB more.
 */
const TCG_TB_MIB = 64;

/**
 * Output ports made at boot: virtio-serial ports (`tandem.out.N`) the agent wires a container's
 * stdout to, so its bytes reach the host without the agent reading them (node reading a pipe caps
 * the stream under TCG; docs/guest-measurements.md "Stdout"). Made at boot rather than hot-plugged
 * so a saved VM carries them. A stream that finds none free goes through the agent as before. The
 * guest's driver fills every port's receive queue with 1024 page-sized buffers at once, so each
 * port holds ~4 MiB of guest RAM for the VM's life (measured: 8 ports, kmalloc-4k 13 → 45 MiB): the
 * default is a few, VmConfig.outputPorts (TANDEM_VM_OUTPUT_PORTS) sets it.
 */
export const OUTPUT_PORTS = 3;
/**
 * Input ports made at boot (`tandem.in.N`): a process's stdin read straight from the host's
 * socket, without the agent writing it (node in the guest took stdin at ~20 MiB/s, its CPU the
 * limit; docs/guest-measurements.md "Stdin: input ports"). The same ~4 MiB of guest RAM each; one
 * by default (with one output port fewer than before, so the VM's memory is as it was), and a
 * stdin that finds none free goes through the agent. VmConfig.inputPorts (TANDEM_VM_INPUT_PORTS).
 */
export const INPUT_PORTS = 1;
/**
 * The limit since the ports shared the agent's virtio-serial bus (31 ports, less the agent's and
 * a control port); on their own bus (port 0 kept for a console) 30 would fit. Output and input
 * ports together.
 */
export const MAX_OUTPUT_PORTS = 29;

export function qemuPlan(cfg: VmConfig, m: Manifest, accel: Accel, host: QemuHost = {}): QemuPlan {
  if (m.arch !== cfg.arch) throw invalidArgument(`image ${cfg.imageDir} is for ${m.arch}, not ${cfg.arch}`);
  if (!Number.isInteger(cfg.cpus) || cfg.cpus < 1) throw invalidArgument(`cpus must be a positive integer, not ${cfg.cpus}`);
  if (!Number.isInteger(cfg.memoryMiB) || cfg.memoryMiB < 128)
    throw invalidArgument(`memoryMiB must be an integer ≥ 128, not ${cfg.memoryMiB}`);
  const x86 = cfg.arch === 'amd64';
  const dev = (name: string): string => (x86 ? `${name}-device` : `${name}-pci`); // mmio vs pci
  const sock = (n: string): string => checkSocketPath(join(cfg.stateDir, n));
  const sockets = { agent: sock('agent.sock'), qmp: sock('qmp.sock') };
  const outputPorts: Record<string, string> = {};
  const outs = cfg.outputPorts ?? OUTPUT_PORTS;
  const ins = cfg.inputPorts ?? INPUT_PORTS;
  for (const [name, n] of [
    ['outputPorts', outs],
    ['inputPorts', ins],
  ] as const)
    if (!Number.isInteger(n) || n < 0 || n > MAX_OUTPUT_PORTS)
      throw invalidArgument(`${name} must be an integer from 0 to ${MAX_OUTPUT_PORTS}, not ${n}`);
  if (outs + ins > MAX_OUTPUT_PORTS)
    throw invalidArgument(`outputPorts + inputPorts must be at most ${MAX_OUTPUT_PORTS}, not ${outs} + ${ins}`);
  // One record for both kinds: the name says which (tandem.out.N, tandem.in.N).
  for (let i = 0; i < outs; i++) outputPorts[`tandem.out.${i}`] = sock(`out${i}.sock`);
  for (let i = 0; i < ins; i++) outputPorts[`tandem.in.${i}`] = sock(`in${i}.sock`);
  const ports = outs + ins;
  const bootLog = join(cfg.stateDir, 'console.log');
  const shares = cfg.shares.map((s) => ({ ...s, kind: s.kind ?? '9p' }) as Required<Share>);
  const tags = new Set<string>();
  for (const s of shares) {
    if (!SHARE_TAG.test(s.tag)) throw invalidArgument(`share tag "${s.tag}" must be 1-31 characters of [A-Za-z0-9_.-]`);
    if (tags.has(s.tag)) throw invalidArgument(`share tag "${s.tag}" is used twice`);
    tags.add(s.tag);
    // virtiofsd parses `-o source=` as a FUSE option list, where a comma ends the value.
    if (s.kind === 'virtiofs' && s.hostPath.includes(','))
      throw invalidArgument(`virtiofs share ${s.tag}: the host path cannot contain a comma`);
  }
  const virtiofs = shares
    .filter((s) => s.kind === 'virtiofs')
    .map((s) => ({ tag: s.tag, socket: sock(`vfs-${s.tag}.sock`), hostPath: s.hostPath, readonly: !!s.readonly }));

  // A template's virtiofs devices are plugged in after the save or the restore (HotplugFs);
  // templates are TCG's only (qemu.ts), a hardware-accelerated guest boots with its devices.
  const template = !!cfg.templateDir && accel === 'tcg';
  const plugLater = template && virtiofs.length > 0;
  const ramFile = template ? (host.ramFile ?? join(cfg.stateDir, 'guest.ram')) : undefined;
  // The RTC stays on: without it the kernel's boot-time clock read and rtc_cmos's probe each spin
  // on a CMOS that never answers (2-5 s of a TCG boot, measured), and the guest's date was 1970.
  const machine = x86 ? ['microvm', 'x-option-roms=off', 'rtc=on'] : ['virt'];
  // vhost-user devices (virtiofs) need guest RAM the daemon can map: a shared memfd backend. A
  // template VM's RAM is a shared file instead, which the save copies as it is (qemu-template.ts).
  if (virtiofs.length || ramFile) machine.push('memory-backend=mem');
  // microvm has no PCI unless asked; the root ports for plugged-in devices need it.
  if (plugLater && x86) machine.push('pcie=on');
  const hotplug: HotplugFs[] = [];
  const args = [
    '-name',
    'tandem-guest',
    '-M',
    machine.join(','),
    // TCG: cap the translation cache (default 1 GiB, filled as code runs) to bound memory.
    '-accel',
    accel === 'tcg' ? `tcg,tb-size=${cfg.tcgTbMiB ?? TCG_TB_MIB}` : accel,
    '-cpu',
    accel !== 'tcg' ? 'host' : tcgCpu(cfg.arch),
    '-smp',
    String(cfg.cpus),
    '-m',
    `${cfg.memoryMiB}M`,
    '-nodefaults',
    '-no-user-config',
    '-display',
    'none',
    '-no-reboot',
    '-kernel',
    join(cfg.imageDir, m.kernel.file),
    '-initrd',
    join(cfg.imageDir, m.initrd.file),
    '-chardev',
    `file,id=con0,path=${q(bootLog)},append=on`,
    '-serial',
    'chardev:con0',
    '-qmp',
    `unix:${q(sockets.qmp)},server=on,wait=off`,
    '-drive',
    `file=${q(join(cfg.imageDir, m.system.file))},if=none,id=sys,format=raw,readonly=on`,
    '-device',
    `${dev('virtio-blk')},drive=sys`,
    '-device',
    dev('virtio-rng'),
    // Free page reporting: the guest hands pages it frees back to the host, so QEMU's RSS
    // follows what the guest uses rather than the most it ever touched (boot, node start-up).
    '-device',
    `${dev('virtio-balloon')},free-page-reporting=on`,
    '-device',
    `${dev('virtio-serial')},id=vser0`,
    '-chardev',
    `socket,id=agent,path=${q(sockets.agent)},server=on,wait=off`,
    '-device',
    'virtserialport,bus=vser0.0,chardev=agent,name=tandem.agent',
    // The output ports on a virtio-serial device of their own. The guest's driver scans every
    // queue of a device at each of its interrupts, and the agent's port keeps its last written
    // buffer unreclaimed until its next write (Linux 6.1's virtio_console), so on one device each
    // 4 KiB a container wrote woke the agent's blocked read (~12 600 wake-ups per 64 MiB of
    // stdout; 225 apart; docs/guest-measurements.md "Stdout: the output ports' own device").
    ...(ports ? ['-device', `${dev('virtio-serial')},id=vser1`] : []),
    ...Object.entries(outputPorts).flatMap(([name, path], i) => [
      '-chardev',
      `socket,id=port${i},path=${q(path)},server=on,wait=off`,
      '-device',
      `virtserialport,bus=vser1.0,chardev=port${i},name=${name}`,
    ]),
    '-netdev',
    ['user', 'id=n0', ...cfg.portForwards.map((f) => `hostfwd=${hostfwd(f)}`)].join(','),
    '-device',
    `${dev('virtio-net')},netdev=n0`,
  ];
  if (ramFile) args.push('-object', `memory-backend-file,id=mem,size=${cfg.memoryMiB}M,share=on,mem-path=${q(ramFile)}`);
  else if (virtiofs.length) args.push('-object', `memory-backend-memfd,id=mem,size=${cfg.memoryMiB}M,share=on`);
  // microvm's virtio-mmio transports default to legacy (v1) mode, which vhost-user (virtiofsd)
  // refuses; the guest kernel drives modern mmio just as well.
  if (x86) args.push('-global', 'virtio-mmio.force-legacy=false');
  shares.forEach((s, i) => {
    if (s.kind === '9p') {
      // passthrough: guest root writes files as the host's root, keeping the guest's ownership
      // and modes; remap inode numbers when the export spans several host filesystems.
      const ro = s.readonly ? ',readonly=on' : '';
      args.push('-fsdev', `local,id=fs${i},path=${q(s.hostPath)},security_model=passthrough,multidevs=remap${ro}`);
      args.push('-device', `${dev('virtio-9p')},fsdev=fs${i},mount_tag=${s.tag}`);
    } else if (plugLater) {
      const v = virtiofs.find((x) => x.tag === s.tag)!;
      args.push('-device', `pcie-root-port,id=vfsport${i},bus=pcie.0,chassis=${i + 1}`);
      const device = { driver: 'vhost-user-fs-pci', id: `vfsdev${i}`, chardev: `vfs${i}`, tag: s.tag, bus: `vfsport${i}` };
      hotplug.push({ chardev: `vfs${i}`, socket: v.socket, device });
    } else {
      const v = virtiofs.find((x) => x.tag === s.tag)!;
      args.push('-chardev', `socket,id=vfs${i},path=${q(v.socket)}`);
      args.push('-device', `${dev('vhost-user-fs')},chardev=vfs${i},tag=${s.tag}`);
    }
  });

  const cmdline = [
    m.cmdline,
    x86 ? 'console=ttyS0' : 'console=ttyAMA0',
    ...(x86 && host.tscKhz ? [`tsc_early_khz=${host.tscKhz}`] : []),
    // TCG's vCPUs fail the kernel's TSC sync check, so it fell back to the jiffies clock, which
    // loses ticks on a loaded host (the guest's uptime ran 5-30 % slow: a wrong boot timeline).
    // Every vCPU reads the host's own TSC under TCG, so it is reliable.
    ...(x86 && accel === 'tcg' ? ['tsc=reliable'] : []),
    ...shares.map((s) => `tandem.share=${s.tag}:${s.kind}${s.readonly ? ':ro' : ''}`),
    // pciehp only takes a plugged-in device when the kernel owns the root ports: microvm's ACPI
    // tables do not hand them over (measured: without this the device never appeared).
    ...(plugLater ? ['pcie_ports=native'] : []),
    ...cmdlineFor(cfg.cmdlineExtra, accel === 'tcg'),
  ]
    .filter(Boolean)
    .join(' ');
  args.push('-append', cmdline);
  const binary = qemuBinary(cfg.arch);
  const migration = x86 ? { emptyBlocks: [], pageBitsMin: 12 } : { emptyBlocks: ['virt.flash0', 'virt.flash1'], pageBitsMin: 10 };
  return { binary, args, cmdline, sockets, outputPorts, bootLog, virtiofs, hotplug, migration, ...(ramFile ? { ramFile } : {}) };
}

/**
 * The CPU TCG gives the guest (bench/vm-floor.ts boots the same).
 * - arm64 uses an implementation-defined pointer-auth algorithm: emulating QARMA made an arm64
 *   boot about 3x slower. It also goes without SVE, which the guest's glibc and kernel then do
 *   not use: 20 `crun run`s 3.1-3.2 s against 4.2-4.5, a warm `node -e 0` 1.9-2.2 s against
 *   2.9-3.0, warm starts 399-667 ms against 577-672 (4 alternated rounds; docs/guest.md).
 * - x86 goes without ERMS: with it the guest's kernel and glibc copy and clear memory with `rep
 *   movsb`/`rep stosb`, which TCG runs one byte per pass through its translated block (without
 *   it they use `rep movsq` or plain loops). Without it, a booted cold start 9.3 s against 11.2
 *   with it, and 64 MiB of `dd bs=32k` through the channel 110-202 MiB/s against 58-70
 *   (docs/guest.md). Nor FSRM ("fast short rep mov"): QEMU 7.2's `max` lacks it, newer ones
 *   offer it, and under QEMU 10.0 (Debian's backports) the 6.1 guest's boot never got past "LSM:
 *   Security Framework initializing" in 120 s with it (cause not found), and powered off in 8 s
 *   with `fsrm=off`. 7.2 knows the property, so its guest is unchanged.
 */
export function tcgCpu(arch: VmConfig['arch']): string {
  return arch === 'amd64' ? 'max,erms=off,fsrm=off' : 'max,pauth-impdef=on,sve=off';
}

/** QEMU's system emulator for a guest architecture, as named on PATH. */
export function qemuBinary(arch: VmConfig['arch']): string {
  return arch === 'amd64' ? 'qemu-system-x86_64' : 'qemu-system-aarch64';
}

/** A value inside a QEMU option list: commas are escaped by doubling them. */
export function q(value: string): string {
  return value.replace(/,/g, ',,');
}

/** `tcp:127.0.0.1:8080-:80`: the syntax of -netdev user,hostfwd= and HMP hostfwd_add. */
export function hostfwd(f: PortForward): string {
  if (f.proto !== 'tcp' && f.proto !== 'udp') throw invalidArgument(`port forward protocol must be tcp or udp, not ${String(f.proto)}`);
  for (const p of [f.hostPort, f.guestPort]) {
    if (!Number.isInteger(p) || p < 1 || p > 65535) throw invalidArgument(`bad port ${p} in port forward`);
  }
  if (!/^[0-9.]*$/.test(f.hostAddr)) throw invalidArgument(`port forward host address must be IPv4, not ${f.hostAddr}`);
  return `${f.proto}:${f.hostAddr}:${f.hostPort}-:${f.guestPort}`;
}

/** virtiofsd (the C daemon shipped with QEMU) for one share; it exits when its VM goes away. */
export function virtiofsdArgs(v: QemuPlan['virtiofs'][number]): string[] {
  // cache=always with auto's 1 s timeouts: the guest keeps a file's pages across opens
  // (FOPEN_KEEP_CACHE) and drops them when a lookup or attribute refresh, at most 1 s old, shows
  // the host changed the file (FUSE's auto_inval_data on a new mtime or size). With cache=auto
  // every open dropped them, so each exec of a binary read it again through virtiofsd and, under
  // TCG, translated its code again on new pages: 50 execs of busybox in one container 2.7-2.8 s
  // against 0.42-0.64 s (a single exec into a running container: 254 against 189 ms median over 9
  // rounds, not in every round); and the dropped pages, reused with stale translations on them,
  // made `head | cat` in an arm64 guest 0.8-5 MiB/s against ~20 (docs/guest-measurements.md,
  // "virtiofs cache mode"). Host edits in a volume are still seen within ~1 s (shim-vm.test.ts;
  // with always's own 1-day timeouts a file renamed over one the guest had read was not seen in
  // 30 s).
  // The daemon runs as root, so guest root's writes keep their ownership on the host.
  // (This virtiofsd has no read-only export option: read-only shares are mounted ro by the guest.)
  return [
    `--socket-path=${v.socket}`,
    '-o',
    `source=${v.hostPath}`,
    '-o',
    'cache=always,timeout=1',
    '-o',
    'xattr',
    '-o',
    'announce_submounts',
  ];
}
