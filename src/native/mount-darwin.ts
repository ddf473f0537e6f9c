// darwin mounts for native containers, written against Apple's and bindfs' documented
// behaviour (mount(8), devfs(5), bindfs(1); see docs/macos.md); not yet run on a Mac. macOS has no kernel bind
// mount: bind volumes are bindfs (FUSE) mounts of directories only; /dev is a devfs mount;
// Linux-only filesystems (proc, sysfs, devpts, mqueue, tmpfs, cgroup) have no equivalent and
// are skipped with a debug log; a read-only root cannot be made and is refused.
// The few macOS tools it runs are named in DarwinTools: on a Linux host (the darwin profile,
// TANDEM_PLATFORM_PROFILE=darwin, which CI runs) Linux stand-ins take their place, so this
// code path runs there unchanged: real bindfs over FUSE, devtmpfs (+ devpts) for devfs, umount -l for
// diskutil's forced unmount, and `mount`'s listing (read in either format).
import { execFile } from 'node:child_process';
import { lstat, mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { failedPrecondition, invalidArgument } from '../common/errdefs.js';
import { listMounts, parseMountList } from '../common/mount-list.js';
import { isBind, type Mount, type OciMount } from '../common/oci.js';
import { type MountOp, type MountPlatform } from './mount.js';

export { parseMountList };

const LINUX_ONLY = new Set(['proc', 'sysfs', 'devpts', 'mqueue', 'cgroup', 'cgroup2', 'tmpfs', 'shm']);

/** bindfs options from OCI ones: ro is kept, the rest has no bindfs meaning. */
function bindfsArgs(options: string[]): string[] {
  const args = ['-o', 'allow_other'];
  if (options.includes('ro')) args.push('-r');
  return args;
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, (err, _out, stderr) =>
      err ? reject(failedPrecondition(`${cmd} ${args.join(' ')}: ${(stderr || err.message).trim()}`)) : resolve(),
    ),
  );
}

/** The host tools the darwin mount layer runs. */
export interface DarwinTools {
  bindfs: string;
  /** Lists mounts as "<source> on <point> (<type>, <options>)" (Linux: "… on <point> type <t> (…)"). */
  mount: string;
  umount: string;
  forceUnmount(target: string): [string, string[]];
  devfs(target: string): [string, string[]];
}

export const MACOS_TOOLS: DarwinTools = {
  bindfs: 'bindfs',
  mount: '/sbin/mount',
  umount: '/sbin/umount',
  forceUnmount: (t) => ['/usr/sbin/diskutil', ['unmount', 'force', t]],
  devfs: (t) => ['/sbin/mount', ['-t', 'devfs', 'devfs', t]],
};

/** The darwin profile on Linux: the same calls, Linux's tools. */
export const LINUX_STAND_INS: DarwinTools = {
  bindfs: 'bindfs',
  mount: 'mount',
  umount: 'umount',
  forceUnmount: (t) => ['umount', ['-l', t]],
  // devfs has the terminals in it (/dev/ttys*); devtmpfs needs the host's devpts beside it.
  devfs: (t) => ['sh', ['-c', 'mount -t devtmpfs devtmpfs "$1" && mount --bind /dev/pts "$1/pts"', 'devfs', t]],
};

export class DarwinMounts implements MountPlatform {
  constructor(private readonly tools: DarwinTools = process.platform === 'darwin' ? MACOS_TOOLS : LINUX_STAND_INS) {}

  /** macOS has no kernel bind mounts: the directory is used in place (as rund does). */
  privateRootOps(): null {
    return null;
  }

  rootfsOps(mounts: Mount[]): MountOp[] {
    const kinds = mounts.map((m) => m.type).join(', ');
    throw failedPrecondition(`darwin cannot mount a rootfs of [${kinds}]; use a snapshotter that returns one bind mount (tandem)`);
  }

  specMountOps(m: OciMount, target: string, source: { isDir: boolean } | null): MountOp[] | { skip: string } {
    if (isBind(m)) {
      if (!m.source || !source) throw invalidArgument(`bind mount source ${m.source ?? ''} for ${m.destination} does not exist`);
      if (!source.isDir)
        throw invalidArgument(`bind mount ${m.source} on ${m.destination}: bindfs on darwin binds directories only, not files`);
      return [
        { op: 'mkdir', path: target },
        { op: 'mount', source: m.source, target, fstype: 'bindfs', options: m.options ?? [] },
      ];
    }
    const dest = m.destination.replace(/\/+$/, '');
    if (dest === '/dev' && (m.type === 'tmpfs' || m.type === 'devfs')) {
      return [
        { op: 'mkdir', path: target },
        { op: 'mount', source: 'devfs', target, fstype: 'devfs', options: [] },
      ];
    }
    if (m.type === 'devfs') throw invalidArgument(`devfs can only be mounted on /dev, not ${m.destination}`);
    if (m.type && LINUX_ONLY.has(m.type)) return { skip: `${m.type} on ${m.destination}: no darwin equivalent` };
    throw failedPrecondition(`mount type ${m.type ?? '(none)'} on ${m.destination} is not supported on darwin`);
  }

  readonlyRootOps(): never {
    throw failedPrecondition('a read-only root is not supported on darwin (no read-only bind mount of the rootfs)');
  }

  async apply(ops: MountOp[], log: Logger): Promise<void> {
    const mounted: string[] = [];
    try {
      for (const o of ops) {
        if (o.op === 'mkdir') await mkdirNoSymlinks(o.path);
        else if (o.op === 'mkfile') await (await open(o.path, 'a')).close();
        else if (o.op === 'mount' && o.fstype === 'bindfs') await run(this.tools.bindfs, [...bindfsArgs(o.options), o.source, o.target]);
        else if (o.op === 'mount' && o.fstype === 'devfs') await run(...this.tools.devfs(o.target));
        else throw failedPrecondition(`darwin cannot ${o.op} ${JSON.stringify(o)}`);
        if (o.op === 'mount') mounted.push(o.target);
      }
    } catch (err) {
      await this.unmount(mounted, log).catch(() => {});
      throw err;
    }
  }

  async unmount(targets: string[], log: Logger): Promise<void> {
    const live = new Set(await this.mountsUnder('/'));
    for (const t of [...targets].reverse()) {
      if (!live.has(t)) continue;
      // umount first; a busy FUSE mount is forced (diskutil's force flag).
      await run(this.tools.umount, [t]).catch(async (err) => {
        log.debug({ target: t, err: (err as Error).message }, 'umount failed, forcing');
        await run(...this.tools.forceUnmount(t));
      });
    }
  }

  async mountsUnder(dir: string): Promise<string[]> {
    return (await listMounts(this.tools.mount)).filter((p) => dir === '/' || p === dir || p.startsWith(`${dir}/`)).reverse();
  }
}

async function mkdirNoSymlinks(p: string): Promise<void> {
  let cur = '/';
  for (const part of p.split('/').filter(Boolean)) {
    cur = path.join(cur, part);
    const st = await lstat(cur).catch(() => null);
    if (!st)
      await mkdir(cur, { mode: 0o755 }).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'EEXIST') throw e;
      });
    else if (!st.isDirectory()) throw failedPrecondition(`mkdir ${p}: ${cur} is ${st.isSymbolicLink() ? 'a symlink' : 'not a directory'}`);
  }
}
