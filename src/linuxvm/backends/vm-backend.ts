// One interface for the hypervisor processes that run the guest VM: QEMU (Linux hosts: KVM or
// TCG; macOS: HVF) and vfkit (macOS: Virtualization.framework). A backend starts a VM from a built
// guest image (in the user's cache, image/ensure.ts) and hands back an owner object for that one process.
import type { Duplex } from 'node:stream';
import { invalidArgument } from '../../common/errdefs.js';
import { FIXED_MAPS_CMDLINE, SNAPSHOT_CMDLINE } from '../image/manifest.js';

export type GuestArch = 'amd64' | 'arm64';

/**
 * The command line's extra arguments for a guest on an emulated CPU (TCG) or on the host's own
 * (KVM, HVF, Virtualization.framework). The start-up snapshot is made for TCG's CPU (image/
 * agent-snapshot.ts) and the guest's V8 refuses it on any other set of CPU features: on the
 * host's CPU the agent starts from its bundle (sayIfSnapshotLeftOut, once the VM runs there).
 * Fixed maps serve TCG's translation cache only: on the host's CPU the agent keeps ASLR.
 */
export function cmdlineFor(extra: readonly string[] | undefined, emulatedCpu: boolean): string[] {
  return (extra ?? []).filter((a) => emulatedCpu || (a !== SNAPSHOT_CMDLINE && a !== FIXED_MAPS_CMDLINE));
}

/** For a backend whose VM runs on the host's CPU: says so when the snapshot was asked for. */
export function sayIfSnapshotLeftOut(extra: readonly string[] | undefined, say: (m: string) => void): void {
  if (extra?.includes(SNAPSHOT_CMDLINE))
    say("the agent's start-up snapshot is made for TCG's CPU; on the host's CPU the agent starts from its bundle");
}

export interface Share {
  /** Mount tag; the guest mounts the share at /run/tandem/shares/<tag>. */
  tag: string;
  hostPath: string;
  readonly?: boolean;
  /** Default: 9p on QEMU, virtiofs on vfkit (the only kind it offers). */
  kind?: '9p' | 'virtiofs';
}

export interface PortForward {
  proto: 'tcp' | 'udp';
  hostAddr: string;
  hostPort: number;
  guestPort: number;
}

export interface VmConfig {
  /** Sockets, the boot log and helper state live here (keep the path short: unix sockets). */
  stateDir: string;
  arch: GuestArch;
  cpus: number;
  memoryMiB: number;
  /** QEMU under TCG: the translation cache's size in MiB (default qemu-args.ts's TCG_TB_MIB). */
  tcgTbMiB?: number;
  /** QEMU: how many output ports to make (default qemu-args.ts's OUTPUT_PORTS; ~4 MiB of guest RAM each). */
  outputPorts?: number;
  /** QEMU: how many input ports to make (default qemu-args.ts's INPUT_PORTS; ~4 MiB of guest RAM each). */
  inputPorts?: number;
  /** A built guest: kernel, initrd.img, system.img, manifest.json. */
  imageDir: string;
  shares: Share[];
  portForwards: PortForward[];
  /**
   * vfkit on Apple silicon: share Rosetta with the (arm64) guest, which then runs linux/amd64
   * programs through it instead of qemu-user (images/guest/binfmt.sh). Ignored elsewhere.
   */
  rosetta?: boolean;
  /**
   * QEMU under TCG: keep a saved VM (a template) in this directory and start from it instead of
   * booting (qemu-template.ts). Its virtiofs shares are plugged in once it runs (HotplugFs).
   */
  templateDir?: string;
  /**
   * How long a template boot's agent may take to serve after the ready marker (qemu.ts
   * templateServeMs; default: half of the boot bound left, so a plain boot still fits in it).
   */
  templateServeTimeoutMs?: number;
  /**
   * Where a hardware accelerator that failed to run the guest is remembered for later VM daemons
   * (accel-verdict.ts; the vmd's vm directory). Without it each backend instance probes once.
   */
  accelVerdictDir?: string;
  /** Appended to the kernel command line (e.g. `tandem.mode=shell` for the test shell). */
  cmdlineExtra?: string[];
  /** How long start() waits for the guest's ready marker (default 60 s; TCG is slow). */
  readyTimeoutMs?: number;
  /** Progress and decisions (accelerator fallback, …). */
  log?: (msg: string) => void;
  /** A host step of the boot, for the boot timeline (src/linuxvm/timeline.ts). */
  mark?: (step: string) => void;
}

export interface VmExit {
  code: number | null;
  signal: string | null;
  reason: string;
}

export interface VmInstance {
  readonly pid: number;
  /** kvm, hvf, tcg (QEMU) or vz (vfkit). */
  readonly accelerator: string;
  /** Path of the boot log: the guest console plus the hypervisor's own messages. */
  readonly bootLog: string;
  /** Settles once when the hypervisor process exits; the same value however often awaited. */
  readonly exited: Promise<VmExit>;
  /** When the guest kernel started by the host's clock (ms since the epoch), once known. */
  readonly kernelStartedAtMs?: number;
  /** The host end of the agent channel (virtio-serial port `tandem.agent` / vsock port). */
  connectAgent(): Promise<Duplex>;
  /** Output and input ports (port name → host socket; qemu-args.ts OUTPUT_PORTS, INPUT_PORTS); absent where the VMM has none. */
  readonly outputPorts?: Record<string, string>;
  /** Publishes a guest port on the host while the VM runs. */
  addPortForward?(f: PortForward): Promise<void>;
  /**
   * Gives the guest `graceMs` to power off (the vmd asks it through its agent first, Agent.Poweroff;
   * vfkit also asks through the VMM), then SIGTERM, then SIGKILL; resolves once the process is gone.
   */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL; resolves once the process is gone. */
  kill(): Promise<void>;
  /**
   * The guest was restored from a saved VM and then failed its first Hello (its resume: clock,
   * reseed, share mounts): remove that saved VM, so the next start boots instead of failing alike.
   */
  discardTemplate?(why: string): void;
}

export interface VmBackend {
  readonly name: 'qemu' | 'vfkit';
  /** True when the hypervisor binary for this host can be found. */
  available(): Promise<boolean>;
  /** Boots a VM and resolves once the guest printed its ready marker. */
  start(cfg: VmConfig): Promise<VmInstance>;
}

/** The guest's /init prints this on the console right before it starts the agent. */
export const READY_RE = /^tandem-guest: (?:\[[^\]]*\] )?ready\s*$/m;
/** The guest's /init prints this when boot cannot continue (it then powers off). */
export const FATAL_RE = /^tandem-guest: (?:\[[^\]]*\] )?FATAL: (.*)$/m;

/** Unix socket paths are limited (108 bytes on Linux, 104 on macOS): check before binding. */
export function checkSocketPath(path: string): string {
  if (Buffer.byteLength(path) > 103) {
    throw invalidArgument(`socket path too long (${Buffer.byteLength(path)} > 103 bytes): ${path}; use a shorter state directory`);
  }
  return path;
}
