// Settings of the VM path, from the environment (and defaults), as a pure function so the
// choices are testable without a VM. Every variable is documented in docs/linuxvm.md.
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invalidArgument } from '../common/errdefs.js';
import type { ShareKind } from './share.js';
import { INPUT_PORTS, MAX_OUTPUT_PORTS, OUTPUT_PORTS } from './backends/qemu-args.js';

export type BackendName = 'qemu' | 'vfkit';
export type GuestArch = 'amd64' | 'arm64';

export interface VmSettings {
  stateDir: string;
  idleTimeoutMs: number;
  backend?: BackendName;
  arch: GuestArch;
  cpus: number;
  memoryMiB: number;
  /** QEMU under TCG: translation cache size in MiB (TANDEM_VM_TCG_TB_MIB; docs/guest.md, measured). */
  tcgTbMiB?: number;
  /** An explicit guest image (TANDEM_GUEST_IMAGE, never rebuilt); else the cache's current one. */
  imageDir?: string;
  shareKind: ShareKind;
  /**
   * Start the guest agent from the image's start-up snapshot (`tandem.snapshot=on`; under TCG
   * only, backends/vm-backend.ts); TANDEM_VM_AGENT_SNAPSHOT=0 turns it off. On by default since
   * the agent runs --jitless: the cold start is ~1.5 s shorter and containers and streams run as
   * fast as from the bundle (docs/guest.md). A blob the guest refuses costs one more node start
   * (init.sh starts the agent from its bundle).
   */
  agentSnapshot: boolean;
  /**
   * Under TCG, start the VM from a saved one (a template, made by the first boot) instead of
   * booting it: ~1 s to a serving agent instead of ~6-12 s, for ~140 MiB on disk per template.
   * On by default again since the saves wait for halted vCPUs (before that, restored guests
   * sometimes locked up at their first container; not seen since in ~500 restores and full suite
   * runs: docs/guest.md, "Restoring a saved VM"); TANDEM_VM_RESTORE=0 turns it off.
   * TANDEM_VM_TEMPLATE_DIR says where templates are kept (default: beside the guest image).
   * HVF, KVM and vfkit always boot.
   */
  restore: boolean;
  templateDir?: string;
  /**
   * How long a template boot's agent may take to serve after the ready marker before the VM is
   * killed and booted without a template (TANDEM_VM_TEMPLATE_SERVE_TIMEOUT_MS; default: half of
   * the boot bound left, backends/qemu.ts templateServeMs).
   */
  templateServeTimeoutMs?: number;
  pingIntervalMs: number;
  /**
   * The ping interval once no call but pings has gone to the agent for this long (watchdog.ts);
   * not above pingIntervalMs: the pings never slow down.
   */
  pingIdleIntervalMs: number;
  /** How long the agent may be silent while a ping waits before it counts as hung. */
  pingTimeoutMs: number;
  /** How long boot + agent Hello may take. */
  bootTimeoutMs: number;
  /** vfkit on Apple silicon: linux/amd64 programs through Rosetta rather than qemu-user. */
  rosetta: boolean;
  /** The OCI runtime the guest agent runs containers with (`tandem.runtime=` on the kernel command line). */
  runtime: GuestRuntime;
  /**
   * The agent gives its own page cache back after this long without a call (TANDEM_VM_IDLE_RECLAIM_MS,
   * default 30 s; 0 never; `tandem.reclaim=` on the kernel command line; guest/reclaim.ts).
   */
  idleReclaimMs: number;
  /**
   * How many output ports QEMU makes for containers' stdout (guest/serial-ports.ts;
   * TANDEM_VM_OUTPUT_PORTS, default OUTPUT_PORTS). Each costs the guest ~4 MiB of receive buffers
   * for its whole life; a stream that finds none free takes the agent's channel, and 0 keeps every
   * stream there.
   */
  outputPorts: number;
  /**
   * How many input ports QEMU makes for processes' stdin (TANDEM_VM_INPUT_PORTS, default
   * INPUT_PORTS): the same cost each; a stdin that finds none free takes the agent's channel.
   */
  inputPorts: number;
  /**
   * Host file events under a VM container's binds shown to its watchers (file-events.ts;
   * TANDEM_VM_FILE_EVENTS=0 turns it off).
   */
  fileEvents: boolean;
}

/** OCI runtimes the guest image carries (docs/linuxvm.md: crun, measured faster under TCG). */
export const GUEST_RUNTIMES = ['crun', 'runc'] as const;
export type GuestRuntime = (typeof GUEST_RUNTIMES)[number];

/** The repository (or installed package) root: dist/linuxvm/ or src/linuxvm/ is two levels down. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function int(env: NodeJS.ProcessEnv, name: string, dflt: number, min = 0): number {
  const v = env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw invalidArgument(`${name}=${v}: want an integer >= ${min}`);
  return n;
}

function portCounts(env: NodeJS.ProcessEnv): { outputPorts: number; inputPorts: number } {
  const outputPorts = int(env, 'TANDEM_VM_OUTPUT_PORTS', OUTPUT_PORTS, 0);
  const inputPorts = int(env, 'TANDEM_VM_INPUT_PORTS', INPUT_PORTS, 0);
  if (outputPorts > MAX_OUTPUT_PORTS)
    throw invalidArgument(`TANDEM_VM_OUTPUT_PORTS=${outputPorts}: at most ${MAX_OUTPUT_PORTS} (QEMU's virtio-serial has 31 ports)`);
  if (outputPorts + inputPorts > MAX_OUTPUT_PORTS)
    throw invalidArgument(
      `TANDEM_VM_OUTPUT_PORTS=${outputPorts} and TANDEM_VM_INPUT_PORTS=${inputPorts}: at most ${MAX_OUTPUT_PORTS} together (QEMU's virtio-serial has 31 ports)`,
    );
  return { outputPorts, inputPorts };
}

export function guestArch(nodeArch: string): GuestArch {
  if (nodeArch === 'x64') return 'amd64';
  if (nodeArch === 'arm64') return 'arm64';
  throw invalidArgument(`no guest image for host architecture ${nodeArch}`);
}

export function vmSettings(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  nodeArch: string = process.arch,
): VmSettings {
  const stateDir = env.TANDEM_STATE_DIR || (platform === 'darwin' ? '/var/run/tandem' : '/run/tandem');
  const backend = env.TANDEM_VM_BACKEND || undefined;
  if (backend !== undefined && backend !== 'qemu' && backend !== 'vfkit')
    throw invalidArgument(`TANDEM_VM_BACKEND=${backend}: want qemu or vfkit`);
  const restoreEnv = env.TANDEM_VM_RESTORE || '1';
  if (restoreEnv !== '0' && restoreEnv !== '1') throw invalidArgument(`TANDEM_VM_RESTORE=${restoreEnv}: want 1 (the default) or 0`);
  const restore = restoreEnv === '1';
  // A restored VM shares over virtiofs too: its device is plugged in after the restore (qemu-args.ts).
  const shareKind = env.TANDEM_VM_SHARE || 'virtiofs';
  if (shareKind !== '9p' && shareKind !== 'virtiofs') throw invalidArgument(`TANDEM_VM_SHARE=${shareKind}: want 9p or virtiofs`);
  // The guest's architecture: the host's by default (no emulation for the guest itself); another
  // one makes the shared VM that architecture's guest under TCG (docs/platforms.md, measured).
  const archEnv = env.TANDEM_VM_ARCH || undefined;
  if (archEnv !== undefined && archEnv !== 'amd64' && archEnv !== 'arm64')
    throw invalidArgument(`TANDEM_VM_ARCH=${archEnv}: want amd64 or arm64`);
  const arch = archEnv ?? guestArch(nodeArch);
  const imageDir = env.TANDEM_GUEST_IMAGE || undefined;
  // crun by default: a C binary that starts in milliseconds where runc's Go start-up costs ~0.5 s
  // per create/start/exec under TCG (docs/bench-vm-ab.md); the agent rewords its exec failures
  // into the native executor's message (guest/crun.ts).
  const runtime = (env.TANDEM_VM_RUNTIME || 'crun') as GuestRuntime;
  if (!GUEST_RUNTIMES.includes(runtime)) throw invalidArgument(`TANDEM_VM_RUNTIME=${runtime}: want ${GUEST_RUNTIMES.join(' or ')}`);
  return {
    stateDir,
    idleTimeoutMs: int(env, 'TANDEM_VM_IDLE_TIMEOUT_MS', 60_000),
    backend,
    arch,
    cpus: int(env, 'TANDEM_VM_CPUS', Math.min(2, cpus().length || 1), 1),
    memoryMiB: int(env, 'TANDEM_VM_MEMORY_MIB', 1024, 128),
    tcgTbMiB: env.TANDEM_VM_TCG_TB_MIB ? int(env, 'TANDEM_VM_TCG_TB_MIB', 0, 1) : undefined,
    imageDir,
    shareKind,
    pingIntervalMs: int(env, 'TANDEM_VM_PING_INTERVAL_MS', 5_000, 100),
    pingTimeoutMs: int(env, 'TANDEM_VM_PING_TIMEOUT_MS', 60_000, 100),
    pingIdleIntervalMs: int(env, 'TANDEM_VM_PING_IDLE_INTERVAL_MS', 30_000),
    bootTimeoutMs: int(env, 'TANDEM_VM_BOOT_TIMEOUT_MS', 120_000, 1000),
    rosetta: env.TANDEM_VM_ROSETTA !== '0',
    runtime,
    idleReclaimMs: int(env, 'TANDEM_VM_IDLE_RECLAIM_MS', 30_000),
    agentSnapshot: env.TANDEM_VM_AGENT_SNAPSHOT !== '0',
    ...portCounts(env),
    fileEvents: env.TANDEM_VM_FILE_EVENTS !== '0',
    restore,
    templateDir: env.TANDEM_VM_TEMPLATE_DIR || undefined,
    templateServeTimeoutMs: env.TANDEM_VM_TEMPLATE_SERVE_TIMEOUT_MS ? int(env, 'TANDEM_VM_TEMPLATE_SERVE_TIMEOUT_MS', 0, 1) : undefined,
  };
}

/** Backend order for a platform: an explicit choice, else vfkit first on macOS, QEMU everywhere. */
export function backendOrder(s: Pick<VmSettings, 'backend'>, platform: NodeJS.Platform): BackendName[] {
  if (s.backend) return [s.backend];
  return platform === 'darwin' ? ['vfkit', 'qemu'] : ['qemu'];
}

export function imageReady(dir: string): boolean {
  return existsSync(dir);
}
