// Linux mounts for native containers: mount(2) through native/tandem-mount (one exec for a
// whole list), bind volumes, the container's own proc/sys/dev/shm/mqueue/run, and a
// read-only root by bind-remount. devpts is the host's instance, bind-mounted: the shim
// allocates terminals from the host's /dev/ptmx (node-pty), and a process must find its
// terminal by name (ttyname, `tty`) inside the root; a new devpts instance would not hold it.
// (darwin's devfs is global too, so both OSes behave alike.) There is no mount namespace: everything is mounted in the
// host's table, which is why propagation options are ignored (changing them would change
// the host's mounts) and why cleanup must unmount every target it made.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import { failedPrecondition, invalidArgument } from '../common/errdefs.js';
import { MAKE_PRIVATE, MOUNT_FLAGS, PROPAGATION, mountOpArgs, runMountHelper } from '../common/mount-options.js';
import { isBind, type Mount, type OciMount } from '../common/oci.js';
import { mountTargets, type MountOp, type MountPlatform } from './mount.js';

/** Flags a bind mount ignores until a remount: anything but bind/rbind and propagation. */
function bindRemountOptions(options: string[]): string[] {
  return options.filter((o) => o !== 'bind' && o !== 'rbind' && !PROPAGATION.has(o) && o in MOUNT_FLAGS && o !== 'rw');
}

/** The device nodes every container gets on a fresh /dev (the ones runc creates). */
const DEVICES: [name: string, major: number, minor: number][] = [
  ['null', 1, 3],
  ['zero', 1, 5],
  ['full', 1, 7],
  ['random', 1, 8],
  ['urandom', 1, 9],
  ['tty', 5, 0],
];
const DEV_LINKS: [target: string, name: string][] = [
  ['/proc/self/fd', 'fd'],
  ['/proc/self/fd/0', 'stdin'],
  ['/proc/self/fd/1', 'stdout'],
  ['/proc/self/fd/2', 'stderr'],
];
/** /dev/ptmx as the classic node (5,2): it opens the devpts mounted at the sibling pts/. */
const PTMX: [name: string, major: number, minor: number] = ['ptmx', 5, 2];

const CGROUP_ROOT = '/sys/fs/cgroup';

/** The mount points of the host's cgroup tree, the root first (v1: a tmpfs of controllers). */
export function hostCgroupMounts(mountinfo: string): string[] {
  return mountinfo
    .split('\n')
    .map((l) => unescapeMountinfo(l.split(' ')[4] ?? ''))
    .filter((p) => p === CGROUP_ROOT || p.startsWith(`${CGROUP_ROOT}/`))
    .filter((p, i, all) => all.indexOf(p) === i);
}

export class LinuxMounts implements MountPlatform {
  constructor(private readonly mountinfo: () => string = () => readFileSync('/proc/self/mountinfo', 'utf8')) {}

  rootfsOps(mounts: Mount[], target: string): MountOp[] {
    return mounts.map((m) => ({ op: 'mount', source: m.source, target, fstype: isBind(m) ? '' : m.type, options: m.options ?? [] }));
  }

  privateRootOps(source: string, target: string): MountOp[] {
    // Without this, proc/dev/sys and volumes would be mounted inside containerd's snapshot
    // directory itself (and, on a shared mount, propagate back into it): visible to the differ
    // (`ctr snapshots diff` would walk /proc) and to anyone who binds that directory.
    return [
      { op: 'mount', source, target, fstype: '', options: ['bind'] },
      { op: 'mount', source: '', target, fstype: '', options: [MAKE_PRIVATE] },
    ];
  }

  specMountOps(m: OciMount, target: string, source: { isDir: boolean } | null): MountOp[] {
    const options = m.options ?? [];
    if (isBind(m)) {
      if (!m.source) throw invalidArgument(`bind mount on ${m.destination} has no source`);
      if (!source) throw invalidArgument(`bind mount source ${m.source} for ${m.destination} does not exist`);
      // A file's parent directories are made too, as runc does (CRI binds /etc/resolv.conf even
      // into a pause image that has no /etc).
      const ops: MountOp[] = source.isDir
        ? [{ op: 'mkdir', path: target }]
        : [
            { op: 'mkdir', path: dirname(target) },
            { op: 'mkfile', path: target },
          ];
      const rec = options.includes('rbind') || m.type === 'rbind';
      ops.push({ op: 'mount', source: m.source, target, fstype: '', options: [rec ? 'rbind' : 'bind'] });
      const extra = bindRemountOptions(options);
      if (extra.length) ops.push({ op: 'mount', source: '', target, fstype: '', options: ['remount', 'bind', ...extra] });
      return ops;
    }
    if (!m.type) throw invalidArgument(`mount on ${m.destination} has no type`);
    if (m.type === 'cgroup' || m.type === 'cgroup2') return this.cgroupOps(m, target);
    if (m.type === 'devpts') {
      const extra = bindRemountOptions(options);
      return [
        { op: 'mkdir', path: target },
        { op: 'mount', source: '/dev/pts', target, fstype: '', options: ['bind'] },
        ...(extra.length ? [{ op: 'mount' as const, source: '', target, fstype: '', options: ['remount', 'bind', ...extra] }] : []),
      ];
    }
    const ops: MountOp[] = [
      { op: 'mkdir', path: target },
      { op: 'mount', source: m.source || m.type, target, fstype: m.type, options },
    ];
    if (m.destination.replace(/\/+$/, '') === '/dev' && m.type === 'tmpfs') {
      for (const [name, major, minor] of [...DEVICES, PTMX])
        ops.push({ op: 'mknod', path: `${target}/${name}`, type: 'c', mode: 0o666, major, minor });
      for (const [to, name] of DEV_LINKS) ops.push({ op: 'symlink', target: to, path: `${target}/${name}` });
    }
    return ops;
  }

  /**
   * A `cgroup` mount (the CRI plugin adds one to every app container): the host's cgroup tree,
   * bound read-only, the way runc shows it to a container without a cgroup namespace. A fresh
   * cgroup mount is refused on a v1 host (EBUSY), and with no cgroup namespace it would be the
   * host's tree anyway.
   */
  private cgroupOps(m: OciMount, target: string): MountOp[] {
    const points = hostCgroupMounts(this.mountinfo());
    if (!points.length) throw failedPrecondition(`${m.type} mount on ${m.destination}: the host has no cgroup tree at ${CGROUP_ROOT}`);
    const ro = ['remount', 'bind', 'ro', 'nosuid', 'nodev', 'noexec'];
    const ops: MountOp[] = [{ op: 'mkdir', path: target }];
    // The root's bind is made read-only last: the controllers' mount points are directories of
    // the host's tmpfs, which the sub-binds need as they are.
    for (const p of points)
      ops.push({ op: 'mount', source: p, target: target + p.slice(CGROUP_ROOT.length), fstype: '', options: ['bind'] });
    for (const p of [...points].reverse())
      ops.push({ op: 'mount', source: '', target: target + p.slice(CGROUP_ROOT.length), fstype: '', options: ro });
    return ops;
  }

  readonlyRootOps(root: string): { before: MountOp[]; after: MountOp[] } {
    // The root becomes a mount point of its own (a bind onto itself) so that exactly it, and
    // not the filesystem it lives on, can be remounted read-only after the spec mounts.
    return {
      before: [{ op: 'mount', source: root, target: root, fstype: '', options: ['bind'] }],
      after: [{ op: 'mount', source: '', target: root, fstype: '', options: ['remount', 'bind', 'ro'] }],
    };
  }

  async apply(ops: MountOp[], log: Logger): Promise<void> {
    if (!ops.length) return;
    const args: string[] = [];
    for (const o of ops) args.push(...toArgs(o));
    try {
      await runMountHelper(args);
    } catch (err) {
      const e = err as Error & { code?: number; stderr?: string };
      const failedAt = typeof e.code === 'number' && e.code > 0 && e.code < 200 ? e.code - 1 : ops.length;
      await this.unmount(mountTargets(ops.slice(0, failedAt)), log).catch(() => {});
      throw failedPrecondition((e.stderr || e.message).trim());
    }
    log.debug({ ops: ops.length }, 'mounts applied');
  }

  async unmount(targets: string[], _log: Logger): Promise<void> {
    if (!targets.length) return;
    const args: string[] = [];
    for (const t of [...targets].reverse()) args.push('umount', t);
    try {
      await runMountHelper(args);
    } catch (err) {
      const e = err as Error & { stderr?: string };
      throw failedPrecondition((e.stderr || e.message).trim());
    }
  }

  async mountsUnder(dir: string): Promise<string[]> {
    const info = await readFile('/proc/self/mountinfo', 'utf8');
    const points = info
      .split('\n')
      .filter(Boolean)
      .map((l) => unescapeMountinfo(l.split(' ')[4] ?? ''));
    return points.filter((p) => p === dir || p.startsWith(`${dir}/`)).reverse();
  }
}

function toArgs(o: MountOp): string[] {
  switch (o.op) {
    case 'mount':
      return mountOpArgs(o.source, o.target, o.fstype, o.options);
    case 'mkdir':
    case 'mkfile':
      return [o.op, o.path];
    case 'mknod':
      return ['mknod', o.path, o.type, o.mode.toString(8), String(o.major), String(o.minor)];
    case 'symlink':
      return ['symlink', o.target, o.path];
  }
}

/** mountinfo escapes space, tab, newline and backslash as \ooo. */
function unescapeMountinfo(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}
