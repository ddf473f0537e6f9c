// The parts of the OCI runtime spec (config.json) tandem reads. Unknown fields are kept as-is.

export interface OciUser {
  uid: number;
  gid: number;
  umask?: number;
  additionalGids?: number[];
  username?: string;
}

export interface OciRlimit {
  type: string; // e.g. RLIMIT_NOFILE
  hard: number;
  soft: number;
}

export interface OciProcess {
  terminal?: boolean;
  consoleSize?: { height: number; width: number };
  user: OciUser;
  args?: string[];
  commandLine?: string;
  env?: string[];
  cwd: string;
  rlimits?: OciRlimit[];
  noNewPrivileges?: boolean;
  capabilities?: Record<string, string[]>;
}

export interface OciMount {
  destination: string;
  type?: string;
  source?: string;
  options?: string[];
}

/** linux.resources (what Task.Update carries): only its shape is read here, the rest passes through. */
export type OciResources = Record<string, unknown>;

export interface OciSpec {
  ociVersion: string;
  process?: OciProcess;
  root?: { path: string; readonly?: boolean };
  hostname?: string;
  mounts?: OciMount[];
  annotations?: Record<string, string>;
  linux?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A rootfs mount as containerd sends it (containerd.types.Mount). */
export interface Mount {
  type: string;
  source: string;
  target?: string;
  options: string[];
}

/** The capabilities an unprivileged container gets: containerd's and Docker's default set. */
export const DEFAULT_CAPS = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FSETID',
  'CAP_FOWNER',
  'CAP_MKNOD',
  'CAP_NET_RAW',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETFCAP',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_SYS_CHROOT',
  'CAP_KILL',
  'CAP_AUDIT_WRITE',
];

/** What containerd's and dockerd's default specs mask and make read-only in /proc and /sys (unless privileged). */
export const MASKED_PATHS = [
  '/proc/acpi',
  '/proc/asound',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/sys/firmware',
  '/proc/scsi',
];
export const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

export const ANNOTATION_PREFIX = 'io.containerd.tandem.';
export const ANNOTATION_RUNTIME = 'io.containerd.tandem.runtime';
export const ANNOTATION_PUBLISH = 'io.containerd.tandem.publish';
/**
 * A VM container's init (`docker run --init`): the guest binds the static tini of its own image
 * read-only at this path in the container, so no host binary has to be a Linux one of the
 * guest's architecture (a Mac has none).
 */
export const ANNOTATION_INIT = 'io.containerd.tandem.init';
/**
 * A VM container's /etc/resolv.conf from the guest's resolver: the guest writes the file with
 * its own nameservers (QEMU's or vfkit's, which forward to the host's) and these lines (search,
 * options) after them, and binds it. The host cannot know the guest's resolver address.
 */
export const ANNOTATION_RESOLV_CONF = 'io.containerd.tandem.resolv-conf';
/**
 * A VM container's devices (`docker run --device`), a JSON list of {path, container, access}:
 * `path` is a device of the guest (the host's devices mean nothing there; a Mac's even less),
 * which the guest looks up and adds to the spec with its numbers and a cgroup rule.
 */
export const ANNOTATION_DEVICES = 'io.containerd.tandem.devices';
/**
 * `none`: a VM container keeps a network namespace of its own, with only its loopback
 * (`docker run --network none`); without it, VM containers share the guest's network.
 */
export const ANNOTATION_NETWORK = 'io.containerd.tandem.network';
/**
 * `true`: a VM container run `--privileged`; the guest adds every device of its /dev to the spec
 * (dockerd adds the host's): the host's devices mean nothing in the guest.
 */
export const ANNOTATION_PRIVILEGED = 'io.containerd.tandem.privileged';
/**
 * A VM container's seccomp profile in Docker's format: `default` (the one the guest image ships)
 * or the profile's JSON (`--security-opt seccomp=FILE`); the guest turns it into linux.seccomp
 * for its architecture and the container's capabilities, as dockerd does (guest/seccomp.ts).
 */
export const ANNOTATION_SECCOMP = 'io.containerd.tandem.seccomp';

/** A bind mount, by type or by option (containerd and ctr use both spellings). */
export const isBind = (m: { type?: string; options?: string[] }): boolean =>
  m.type === 'bind' || m.type === 'rbind' || !!m.options?.some((o) => o === 'bind' || o === 'rbind');
