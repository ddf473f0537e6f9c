// Turns the OCI spec containerd generated (host paths already rewritten by the host) into the
// one runc runs in the guest. What changes and why:
//  - root.path: where the snapshot is visible in the guest (a host share).
//  - the network namespace is dropped: containers share the guest's network, so they reach the
//    outside through the VM's NAT and a published port is simply a guest port.
//  - other namespaces given by path are kept when the path is /proc/<pid>/ns/<type>: the pid a
//    VM container reports to containerd is its guest pid, so such a path (CRI joins a pod's
//    containers to its sandbox's IPC, UTS and PID namespaces this way) names the same namespace
//    in the guest. Any other path is a host path and is dropped.
//  - cgroupsPath: one cgroup per container under /tandem in the guest's cgroup2 tree.
//  - hooks: containerd's hooks name host binaries and cannot run here; they are replaced by our
//    own createRuntime hook, which reports the init pid and holds the container until Start
//    (see process.ts: that is how create and start stay separate while runc stays the parent).
//  - AppArmor/SELinux labels: the guest kernel runs neither LSM.
//  - a private cgroup namespace and the cgroup hierarchy at /sys/fs/cgroup (read-only), when the
//    spec has neither, as dockerd gives its containers on cgroup v2: a program sizing itself by
//    its limits (a JVM, node, Go) reads /sys/fs/cgroup/memory.max, and none sees the agent's cgroup.
import { readFileSync } from 'node:fs';
import {
  ANNOTATION_INIT,
  ANNOTATION_NETWORK,
  ANNOTATION_RESOLV_CONF,
  type OciMount,
  type OciProcess,
  type OciSpec,
} from '../../common/oci.js';
import { failedPrecondition, invalidArgument } from '../../common/errdefs.js';

/** The static init the guest image carries (Debian's tini-static), for ANNOTATION_INIT. */
export const GUEST_INIT = '/usr/bin/tini-static';

/**
 * Runs in the guest's namespaces with runc's state JSON on stdin: `$1` created FIFO, `$2` gate
 * FIFO. Any line but `go` on the gate fails the hook, which makes runc abandon the container.
 */
export const HOOK_SCRIPT = 'read -r s; echo "$s" > "$1"; read -r x < "$2"; [ "$x" = go ]';

/** The cgroup hierarchy as containerd's and dockerd's default specs mount it. */
export const CGROUP_MOUNT = {
  destination: '/sys/fs/cgroup',
  type: 'cgroup',
  source: 'cgroup',
  options: ['nosuid', 'noexec', 'nodev', 'relatime', 'ro'],
};

export interface GuestSpecOptions {
  id: string;
  rootfs: string;
  terminal: boolean;
  createdFifo: string;
  gateFifo: string;
  /** Absolute path of a POSIX shell in the guest (the hook interpreter). */
  shell?: string;
  /** Parent cgroup of every container (default /tandem). */
  cgroupParent?: string;
  /**
   * The agent runs without address randomization (tandem.fixedmaps=on), which its runtime and,
   * through exec, the container's processes inherit: the spec then asks the runtime for the
   * plain Linux personality, which clears the flag, unless it names one itself.
   */
  randomizeContainer?: boolean;
  /** The guest's init binary, if its image has one (GUEST_INIT). */
  init?: string;
  /** A resolv.conf the agent wrote for ANNOTATION_RESOLV_CONF (guestResolvConf), bound at /etc/resolv.conf. */
  resolvConf?: string;
}

/**
 * The file for ANNOTATION_RESOLV_CONF: the guest's own nameservers, then the annotation's lines,
 * which may only be `search` and `options` lines (what dockerd's flags add to them).
 */
export function guestResolvConf(guestFile: string, annotation: string): string {
  const extra = annotation.split('\n').filter((l) => l.trim());
  const bad = extra.find((l) => !/^(search|options)\s+\S/.test(l));
  if (bad !== undefined)
    throw invalidArgument(`annotation ${ANNOTATION_RESOLV_CONF}: ${JSON.stringify(bad)} is not a search or options line`);
  const servers = guestFile.split('\n').filter((l) => /^\s*nameserver\s+\S/.test(l));
  return [...servers.map((l) => l.trim()), ...extra].map((l) => `${l}\n`).join('');
}

/** Whether a spec asks for the guest's resolver (its /etc/resolv.conf mount, if any, is replaced). */
export function wantsGuestResolv(spec: OciSpec): boolean {
  return spec.annotations?.[ANNOTATION_RESOLV_CONF] !== undefined;
}

/** personality(2)'s ADDR_NO_RANDOMIZE, as /proc/<pid>/personality shows it (hex). */
const ADDR_NO_RANDOMIZE = 0x0040000;

/** Whether a /proc/<pid>/personality value has address randomization turned off. */
export function noRandomize(personality: string): boolean {
  const v = Number.parseInt(personality.trim(), 16);
  return Number.isInteger(v) && (v & ADDR_NO_RANDOMIZE) !== 0;
}

let fixedMaps: boolean | undefined;
/** Whether this process (the agent) runs without address randomization; read once. */
export function runsWithFixedMaps(): boolean {
  if (fixedMaps === undefined) {
    try {
      fixedMaps = noRandomize(readFileSync('/proc/self/personality', 'utf8'));
    } catch {
      fixedMaps = false; // no /proc (a test host without it): nothing inherited to undo
    }
  }
  return fixedMaps;
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.+-]{0,127}$/;

export function checkId(kind: string, id: string): void {
  if (!ID_RE.test(id)) throw invalidArgument(`${kind} ${JSON.stringify(id)}: must match ${ID_RE.source}`);
}

export function parseSpec(json: Uint8Array | string): OciSpec {
  let spec: unknown;
  try {
    spec = JSON.parse(typeof json === 'string' ? json : Buffer.from(json).toString('utf8'));
  } catch (err) {
    throw invalidArgument(`spec: not JSON: ${(err as Error).message}`);
  }
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) throw invalidArgument('spec: not an object');
  const s = spec as OciSpec;
  if (!s.process || !Array.isArray(s.process.args) || s.process.args.length === 0) throw invalidArgument('spec: process.args is empty');
  return s;
}

export function processForGuest(p: OciProcess, terminal: boolean): OciProcess {
  const out: OciProcess & Record<string, unknown> = { ...p, terminal };
  delete out.apparmorProfile;
  delete out.selinuxLabel;
  if (!terminal) delete out.consoleSize;
  // crun sizes the container's pty from consoleSize and otherwise leaves it 0x0, where `stty size`
  // fails and full-screen programs draw nothing until a resize comes: 80x24, as a native
  // container's terminal starts.
  else if (!(out.consoleSize && out.consoleSize.width > 0 && out.consoleSize.height > 0)) out.consoleSize = { height: 24, width: 80 };
  return out;
}

/**
 * The guest joins this namespace of another guest process (a pod's sandbox, `--pid container:`):
 * a /proc/<pid>/ns/<type> path, which names a guest pid. The network namespace is never joined
 * (containers share the guest's), and any other path is the host's and dropped.
 */
export function joinsGuestProcess(ns: { type?: unknown; path?: unknown }): boolean {
  return ns.type !== 'network' && typeof ns.path === 'string' && /^\/proc\/\d+\/ns\/[a-z_]+$/.test(ns.path);
}

export function specForGuest(spec: OciSpec, o: GuestSpecOptions): OciSpec {
  const out: OciSpec = structuredClone(spec);
  out.root = { ...(out.root ?? {}), path: o.rootfs };
  out.process = processForGuest(out.process!, o.terminal);
  const linux = { ...(out.linux ?? {}) } as Record<string, unknown>;
  const namespaces = Array.isArray(linux.namespaces) ? (linux.namespaces as { type: string; path?: string }[]) : [];
  for (const ns of namespaces)
    if (!ns || typeof ns !== 'object' || typeof ns.type !== 'string' || (ns.path !== undefined && typeof ns.path !== 'string'))
      throw invalidArgument(`spec: linux.namespaces entry ${JSON.stringify(ns)} is not {type, path?}`);
  // --network none (ANNOTATION_NETWORK): a new network namespace of its own, only its loopback.
  const isolated = spec.annotations?.[ANNOTATION_NETWORK] === 'none';
  linux.namespaces = namespaces.filter((ns) => (ns.type !== 'network' || (isolated && !ns.path)) && (!ns.path || joinsGuestProcess(ns)));
  if (isolated && !(linux.namespaces as { type: string }[]).some((ns) => ns.type === 'network'))
    (linux.namespaces as { type: string }[]).push({ type: 'network' });
  const given: unknown = out.mounts ?? [];
  if (!Array.isArray(given)) throw invalidArgument(`spec: mounts ${JSON.stringify(given)} is not an array`);
  for (const m of given as unknown[])
    if (!m || typeof m !== 'object' || typeof (m as { destination?: unknown }).destination !== 'string')
      throw invalidArgument(`spec: mounts entry ${JSON.stringify(m)} is not {destination, type, source, options}`);
  const mounts = given as OciMount[];
  const at = (dest: string) => mounts.some((m) => m.destination.replace(/(.)\/+$/, '$1') === dest);
  if (!namespaces.some((ns) => ns.type === 'cgroup')) (linux.namespaces as { type: string }[]).push({ type: 'cgroup' });
  // Only beneath a /sys of the spec's own: the runtime would otherwise make the mount point in the image.
  if (at('/sys') && !at('/sys/fs/cgroup')) out.mounts = [...mounts, { ...CGROUP_MOUNT, options: [...CGROUP_MOUNT.options] }];
  const initAt = spec.annotations?.[ANNOTATION_INIT];
  if (initAt !== undefined) {
    if (!initAt.startsWith('/') || initAt.split('/').includes('..'))
      throw invalidArgument(`annotation ${ANNOTATION_INIT}=${initAt}: must be an absolute path in the container`);
    if (!o.init) throw failedPrecondition(`--init: this guest image has no init (${GUEST_INIT}): rebuild it with \`tandem guest build\``);
    out.mounts = [...(out.mounts ?? mounts), { destination: initAt, type: 'bind', source: o.init, options: ['rbind', 'ro'] }];
  }
  // Writable, as dockerd binds its own: the container may change its resolver.
  // It replaces a host's file the spec binds there (a Docker endpoint's for a container it could
  // not tell would run here).
  if (o.resolvConf) {
    out.mounts = [
      ...(out.mounts ?? mounts).filter((m) => m.destination.replace(/(.)\/+$/, '$1') !== '/etc/resolv.conf'),
      { destination: '/etc/resolv.conf', type: 'bind', source: o.resolvConf, options: ['rbind', 'rw'] },
    ];
  }
  linux.cgroupsPath = `${o.cgroupParent ?? '/tandem'}/${o.id}`;
  delete linux.mountLabel;
  if (o.randomizeContainer && linux.personality === undefined) linux.personality = { domain: 'LINUX' };
  out.linux = linux;
  const shell = o.shell ?? '/bin/sh';
  out.hooks = { createRuntime: [{ path: shell, args: ['sh', '-c', HOOK_SCRIPT, 'tandem-hook', o.createdFifo, o.gateFifo] }] };
  return out;
}
