// The HostConfig options that shape a container's process and limits (capabilities, ulimits,
// cgroup limits, sysctls, namespaces, security options, /dev/shm's size, extra groups, the OOM
// score), as dockerd puts them in the OCI spec. Each is honoured, or refused by its flag's name
// at create: never dropped in silence. Pure, checked before anything is written.
//
// Where a container runs decides what holds: a container in the VM runs under a real OCI runtime
// in the guest (everything below); a native one runs without cgroups, capability sets or
// namespaces of its own (docs/native.md), so limits and capabilities are kept in its spec with a
// warning, as for --memory, and what would change the host itself (sysctls) is refused.
import { invalidArgument } from '../../common/errdefs.js';
import { DEFAULT_CAPS } from '../../common/oci.js';
import type { HostConfig } from './types.js';
import { checkLogConfig } from './log-config.js';
import { numericGroups } from './groups.js';

/** Every capability of Linux 6.1 (the guest's kernel), as dockerd's --cap-add ALL grants them. */
export const ALL_CAPS = [
  'CHOWN',
  'DAC_OVERRIDE',
  'DAC_READ_SEARCH',
  'FOWNER',
  'FSETID',
  'KILL',
  'SETGID',
  'SETUID',
  'SETPCAP',
  'LINUX_IMMUTABLE',
  'NET_BIND_SERVICE',
  'NET_BROADCAST',
  'NET_ADMIN',
  'NET_RAW',
  'IPC_LOCK',
  'IPC_OWNER',
  'SYS_MODULE',
  'SYS_RAWIO',
  'SYS_CHROOT',
  'SYS_PTRACE',
  'SYS_PACCT',
  'SYS_ADMIN',
  'SYS_BOOT',
  'SYS_NICE',
  'SYS_RESOURCE',
  'SYS_TIME',
  'SYS_TTY_CONFIG',
  'MKNOD',
  'LEASE',
  'AUDIT_WRITE',
  'AUDIT_CONTROL',
  'SETFCAP',
  'MAC_OVERRIDE',
  'MAC_ADMIN',
  'SYSLOG',
  'WAKE_ALARM',
  'BLOCK_SUSPEND',
  'AUDIT_READ',
  'PERFMON',
  'BPF',
  'CHECKPOINT_RESTORE',
].map((c) => `CAP_${c}`);

const RLIMITS = [
  'as',
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack',
];

/** Fields tandem does not implement, by the flag that sets them: refused when set. */
const REFUSED: Record<string, string> = {
  BlkioWeight: '--blkio-weight',
  BlkioWeightDevice: '--blkio-weight-device',
  BlkioDeviceReadBps: '--device-read-bps',
  BlkioDeviceWriteBps: '--device-write-bps',
  BlkioDeviceReadIOps: '--device-read-iops',
  BlkioDeviceWriteIOps: '--device-write-iops',
  CpuRealtimePeriod: '--cpu-rt-period',
  CpuRealtimeRuntime: '--cpu-rt-runtime',
  KernelMemory: '--kernel-memory',
  KernelMemoryTCP: 'KernelMemoryTCP',
  DeviceCgroupRules: '--device-cgroup-rule',
  DeviceRequests: '--gpus',
  CgroupParent: '--cgroup-parent',
  VolumeDriver: '--volume-driver',
  CpuCount: '--cpu-count',
  CpuPercent: '--cpu-percent',
  IOMaximumIOps: '--io-maxiops',
  IOMaximumBandwidth: '--io-maxbandwidth',
  StorageOpt: '--storage-opt',
  MaskedPaths: 'MaskedPaths',
  ReadonlyPaths: 'ReadonlyPaths',
};

const unset = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === 0 ||
  v === '' ||
  v === false ||
  (Array.isArray(v) && !v.length) ||
  (typeof v === 'object' && !Object.keys(v as object).length);

export interface HostSpec {
  /**
   * The capability set (--privileged: every one, as dockerd grants it). Always written out: a spec
   * without one gets no capability at all from runc and crun.
   */
  caps: string[];
  /** --privileged: also every device (the guest's, ANNOTATION_PRIVILEGED) and /sys writable. */
  privileged: boolean;
  /** The seccomp profile for a VM container (ANNOTATION_SECCOMP): `default` or a profile's JSON; none: unconfined. */
  seccomp?: string;
  rlimits: { type: string; soft: number; hard: number }[];
  sysctl?: Record<string, string>;
  /** /dev/shm's size in bytes (dockerd's default 64 MiB). */
  shmSize: number;
  noNewPrivileges: boolean;
  oomScoreAdj?: number;
  additionalGids?: number[];
  /** Namespaces shared with the host (the guest for a VM container): pid, ipc, uts. */
  shared: string[];
  /** Whether /dev/shm is left out (--ipc none). */
  noShm: boolean;
  /** --network none for a VM container: a network namespace of its own (ANNOTATION_NETWORK). */
  noNetwork: boolean;
  /** --device for a VM container: the guest's devices to add (ANNOTATION_DEVICES's JSON). */
  devices?: string;
  /** --security-opt systempaths=unconfined: nothing masked or read-only in /proc and /sys. */
  systemPaths: boolean;
  warnings: string[];
}

function capName(c: string): string {
  const up = c.toUpperCase();
  if (up === 'ALL') return up;
  const name = up.startsWith('CAP_') ? up : `CAP_${up}`;
  if (!ALL_CAPS.includes(name)) throw invalidArgument(`unknown capability: "${name}"`);
  return name;
}

/**
 * dockerd's TweakCapabilities: the default set, or none with --cap-drop ALL, then adds and drops;
 * --privileged: every capability, whatever --cap-add and --cap-drop say (as dockerd).
 */
function capabilities(host: HostConfig): string[] {
  const add = (host.CapAdd ?? []).map(capName);
  const drop = (host.CapDrop ?? []).map(capName);
  if (host.Privileged) return [...ALL_CAPS];
  if (add.includes('ALL')) return ALL_CAPS.filter((c) => !drop.includes(c));
  const base = drop.includes('ALL') ? [] : DEFAULT_CAPS.filter((c) => !drop.includes(c));
  return [...new Set([...base, ...add])];
}

/** A profile the CLI read from `--security-opt seccomp=FILE`, checked as dockerd decodes it. */
function seccompProfile(json: string): string {
  let p: { defaultAction?: unknown };
  try {
    p = JSON.parse(json) as { defaultAction?: unknown };
  } catch (err) {
    throw invalidArgument(`Decoding seccomp profile failed: ${(err as Error).message}`);
  }
  if (typeof p?.defaultAction !== 'string') throw invalidArgument('Decoding seccomp profile failed: the profile has no defaultAction');
  return json;
}

function securityOpts(host: HostConfig, out: HostSpec): void {
  // dockerd's default profile unless unconfined or privileged (the guest's copy, guest/seccomp.ts).
  if (!host.Privileged) out.seccomp = 'default';
  for (const opt of host.SecurityOpt ?? []) {
    const m = /^([a-z-]+)(?:[=:](.*))?$/.exec(opt);
    const [key, value] = m ? [m[1], m[2] ?? ''] : ['', ''];
    if (key === 'no-new-privileges' && ['', 'true', 'false'].includes(value)) out.noNewPrivileges = value !== 'false';
    else if (key === 'seccomp' && value === 'unconfined') out.seccomp = undefined;
    else if (key === 'seccomp' && value.startsWith('{')) out.seccomp = seccompProfile(value);
    else if (key === 'apparmor' && value === 'unconfined')
      continue; // the guest runs no AppArmor
    else if (key === 'label' && value === 'disable')
      continue; // nor SELinux
    else if (key === 'systempaths' && value === 'unconfined') out.systemPaths = true;
    else if (key === 'apparmor' || key === 'label')
      throw invalidArgument(
        `--security-opt ${opt}: tandem applies no ${key === 'label' ? 'SELinux label' : key} profile; only ${key}=${key === 'label' ? 'disable' : 'unconfined'} is accepted`,
      );
    else if (key === 'seccomp')
      throw invalidArgument(`Decoding seccomp profile failed: ${value} is neither unconfined nor a profile's JSON`);
    else throw invalidArgument(`invalid --security-opt: "${opt}"`);
  }
}

/** --ipc, --pid, --uts: private (the default) or the host's (the guest's for a VM container). */
function modes(host: HostConfig, out: HostSpec): void {
  const pairs: [string, unknown, string][] = [
    ['ipc', host.IpcMode, '--ipc'],
    ['pid', host.PidMode, '--pid'],
    ['uts', host.UTSMode, '--uts'],
  ];
  for (const [ns, mode, flag] of pairs) {
    if (mode === undefined || mode === null || mode === '' || mode === 'private' || (ns === 'ipc' && mode === 'shareable')) continue;
    if (mode === 'host') out.shared.push(ns);
    else if (ns === 'ipc' && mode === 'none') out.noShm = true;
    else throw invalidArgument(`${flag} ${String(mode)}: tandem supports private and host${ns === 'ipc' ? ', shareable and none' : ''}`);
  }
  if (!['', 'host', undefined, null].includes(host.UsernsMode as never))
    throw invalidArgument(`--userns ${String(host.UsernsMode)}: tandem runs no user namespaces`);
  if (!['', 'private', undefined, null].includes(host.CgroupnsMode as never))
    throw invalidArgument(`--cgroupns ${String(host.CgroupnsMode)}: tandem gives every container a private cgroup namespace`);
  if (!['', 'default', 'process', undefined, null].includes(host.Isolation as never))
    throw invalidArgument(`--isolation ${String(host.Isolation)} is Windows-only`);
}

/** Namespaced sysctls only (dockerd's list), and none of the network: containers share one. */
function sysctls(host: HostConfig, guest: boolean | 'maybe'): Record<string, string> | undefined {
  const all = Object.entries(host.Sysctls ?? {});
  if (!all.length) return undefined;
  if (guest !== true)
    throw invalidArgument(
      '--sysctl: a native container has no kernel namespaces of its own (it would change the host); use --runtime tandem-vm',
    );
  for (const [k] of all) {
    if (k.startsWith('net.')) throw invalidArgument(`sysctl "${k}" is not allowed: containers share the VM's network namespace`);
    const ipc = /^kernel\.(msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)$/.test(k) || k.startsWith('fs.mqueue.');
    if (!ipc && k !== 'kernel.domainname') throw invalidArgument(`sysctl "${k}" is not whitelisted`);
  }
  return Object.fromEntries(all);
}

/** --device HOST[:CONTAINER[:rwm]]: in the VM, a device of the guest; a native container gets none. */
function devices(host: HostConfig, guest: boolean | 'maybe'): string | undefined {
  const list = (host.Devices ?? []) as { PathOnHost?: string; PathInContainer?: string; CgroupPermissions?: string }[];
  if (!list.length) return undefined;
  if (guest !== true)
    throw invalidArgument("--device: a native container cannot be given devices; use --runtime tandem-vm (the guest VM's devices)");
  return JSON.stringify(
    list.map((d) => {
      const access = d.CgroupPermissions || 'rwm';
      if (!d.PathOnHost?.startsWith('/') || !/^[rwm]{1,3}$/.test(access)) throw invalidArgument(`invalid --device: ${JSON.stringify(d)}`);
      return { path: d.PathOnHost, container: d.PathInContainer || d.PathOnHost, access };
    }),
  );
}

export function hostSpec(host: HostConfig, guest: boolean | 'maybe'): HostSpec {
  const refused = Object.keys(REFUSED).filter((k) => !unset(host[k]));
  if (refused.length) throw invalidArgument(`tandem does not support ${refused.map((k) => REFUSED[k]).join(', ')} yet (docs/docker.md)`);
  // dockerd's default: setuid programs work; --security-opt no-new-privileges turns them off.
  const out: HostSpec = {
    rlimits: [],
    shmSize: 64 << 20,
    noNewPrivileges: false,
    shared: [],
    noShm: false,
    noNetwork: false,
    systemPaths: !!host.Privileged,
    privileged: !!host.Privileged,
    warnings: [],
    caps: capabilities(host),
  };
  for (const u of (host.Ulimits ?? []) as { Name?: string; Soft?: number; Hard?: number }[]) {
    const name = String(u.Name ?? '').toLowerCase();
    if (!RLIMITS.includes(name)) throw invalidArgument(`invalid ulimit type: ${u.Name}`);
    const [soft, hard] = [Number(u.Soft ?? 0), Number(u.Hard ?? u.Soft ?? 0)];
    if (soft > hard && hard !== -1) throw invalidArgument(`ulimit soft limit must be less than or equal to hard limit: ${soft} > ${hard}`);
    out.rlimits.push({ type: `RLIMIT_${name.toUpperCase()}`, soft, hard });
  }
  const shm = Number(host.ShmSize ?? 0);
  if (shm < 0) throw invalidArgument('SHM size can not be less than 0');
  if (shm) out.shmSize = shm;
  if (host.OomScoreAdj) {
    const v = Number(host.OomScoreAdj);
    if (!Number.isInteger(v) || v < -1000 || v > 1000)
      throw invalidArgument(`Invalid value ${v}, range for oom score adj is [-1000, 1000]`);
    out.oomScoreAdj = v;
  }
  // Names are looked up in the container's /etc/group at each start (groups.ts).
  const gids = numericGroups(host.GroupAdd as string[] | undefined);
  if (gids.length) out.additionalGids = gids;
  securityOpts(host, out);
  modes(host, out);
  checkLogConfig(host.LogConfig); // the driver and its options (log-config.ts)
  out.sysctl = sysctls(host, guest);
  out.devices = devices(host, guest);
  // Containers have no network of their own (the host's, or the VM's), except --network none in the VM.
  if (host.NetworkMode === 'none') {
    if (guest !== true) throw invalidArgument("--network none: a native container shares the host's network; use --runtime tandem-vm");
    out.noNetwork = true;
  }
  if (guest !== true && (host.CapAdd?.length || host.CapDrop?.length))
    out.warnings.push(
      'Capabilities (--cap-add, --cap-drop) are not enforced for native containers; use --runtime tandem-vm to have them honoured.',
    );
  if (guest === false && out.seccomp !== undefined && out.seccomp !== 'default')
    throw invalidArgument('--security-opt seccomp=FILE: a native container runs under no seccomp filter; use --runtime tandem-vm');
  if (guest !== true && host.OomScoreAdj)
    out.warnings.push('--oom-score-adj is not applied to native containers; use --runtime tandem-vm.');
  return out;
}
