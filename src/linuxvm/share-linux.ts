// Linux hosts: one host directory (<vm dir>/share) is the VM's only share. Each container gets
// <share>/<guest id>/ with its rootfs and volumes bind-mounted there, so the guest sees exactly
// what its containers need, and a new container needs no VM restart (the VMM resolves paths in
// the host's mount table at access time, so mounts made after boot are visible).
// containerd's non-bind rootfs mounts (overlayfs) are first mounted on <bundle>/rootfs, as runc
// would; writes from the guest go through the share into that mount and so into the snapshot.
import { execFile, execFileSync } from 'node:child_process';
import { promises as fsp, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Logger } from 'pino';
import { Code, TandemError, invalidArgument } from '../common/errdefs.js';
import { mountOpArgs, runMountHelper } from '../common/mount-options.js';
import { isBind, type OciMount, type OciSpec } from '../common/oci.js';
import {
  forwardSocket,
  type SharedBind,
  guestShareDir,
  type ForwardedSocket,
  specRoot,
  type BundleRecord,
  type PrepareArgs,
  type PreparedPaths,
  type ShareKind,
  type ShareLayout,
  type SharePlatform,
} from './share.js';

const TAG = 'tandem';

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, (err, _out, stderr) => {
      if (err) reject(new TandemError(Code.Unknown, `${cmd} ${args.join(' ')}: ${(stderr || err.message).trim()}`));
      else resolve();
    });
  });
}

export async function isMountPoint(p: string): Promise<boolean> {
  const info = await fsp.readFile('/proc/self/mountinfo', 'utf8');
  const esc = p.replace(/[ \t\n\\]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
  return info.split('\n').some((l) => l.split(' ')[4] === esc);
}

export class LinuxShare implements SharePlatform {
  readonly layout: ShareLayout;

  /** guestDir: where the guest sees hostDir (tests that run the agent on this host pass hostDir). */
  constructor(hostDir: string, guestDir = guestShareDir(TAG)) {
    this.layout = { tag: TAG, hostDir, guestDir };
  }

  vmShares(kind: ShareKind) {
    return [{ tag: TAG, hostPath: this.layout.hostDir, kind }];
  }

  /**
   * virtiofsd serves from its own mount namespace (a copy made when it starts): mounts we add
   * later reach it only through propagation, so the share directory becomes a shared mount
   * (a recursive bind onto itself) before any container mount is made under it. QEMU's 9p
   * server lives in our namespace and needs nothing.
   */
  async setup(kind: ShareKind): Promise<void> {
    const dir = this.layout.hostDir;
    // 0700: the containers' rootfs and volumes are mounted under it, past their own directories' modes.
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
    await fsp.chmod(dir, 0o700);
    if (kind !== 'virtiofs') return;
    if (!(await isMountPoint(dir))) await run('mount', ['--rbind', dir, dir]);
    await run('mount', ['--make-shared', dir]);
  }

  /** Undoes setup() once nothing is mounted under the share any more. */
  async teardown(): Promise<void> {
    this.teardownSync();
  }

  teardownSync(): void {
    const dir = this.layout.hostDir;
    const targets = readFileSync('/proc/self/mountinfo', 'utf8')
      .split('\n')
      .map((l) => l.split(' ')[4]);
    if (targets.some((t) => t?.startsWith(`${dir}/`)) || !targets.includes(dir)) return;
    try {
      execFileSync('umount', [dir], { stdio: 'ignore' });
    } catch {}
  }

  async prepare(p: PrepareArgs): Promise<PreparedPaths> {
    const { record, save } = p;
    const dir = join(this.layout.hostDir, record.guestId);
    const guestDir = join(this.layout.guestDir, record.guestId);
    await fsp.mkdir(dir, { recursive: true });
    record.dirs.push(dir);
    await save(); // a shim that dies from here on leaves `cleanup` a record of the directory
    // Every mount of the container goes to native/tandem-mount in one exec: mount(8) was one
    // exec each, 10–13 ms apiece on this host, and a warm start made two (docs/linuxvm.md).
    const ops: string[][] = [];

    // 1. The snapshot on the host.
    let hostRoot: string;
    if (p.rootfs.length === 1 && isBind(p.rootfs[0])) {
      hostRoot = p.rootfs[0].source;
    } else if (p.rootfs.length === 0) {
      hostRoot = specRoot(p.bundle, p.spec);
    } else {
      hostRoot = join(p.bundle, 'rootfs');
      await fsp.mkdir(hostRoot, { recursive: true });
      for (const m of p.rootfs) {
        if (isBind(m)) ops.push(mountOpArgs(m.source, hostRoot, 'none', ['bind']));
        else ops.push(mountOpArgs(m.source || m.type, hostRoot, m.type, m.options));
      }
    }
    // 2. The snapshot under the share.
    const rootTarget = join(dir, 'rootfs');
    await fsp.mkdir(rootTarget);
    ops.push(mountOpArgs(hostRoot, rootTarget, 'none', ['bind']));

    // 3. Volumes: each bind source under the share, the spec pointing at its guest path.
    const spec: OciSpec = structuredClone(p.spec);
    const mounts: OciMount[] = [];
    const sockets: ForwardedSocket[] = [];
    const binds: SharedBind[] = [];
    let i = 0;
    for (const m of spec.mounts ?? []) {
      if (!isBind(m)) {
        mounts.push(m);
        continue;
      }
      if (!m.source || !isAbsolute(m.source))
        throw invalidArgument(`bind mount on ${m.destination}: source ${JSON.stringify(m.source)} must be an absolute host path`);
      const st = await fsp.stat(m.source).catch(() => null);
      if (!st) throw invalidArgument(`bind mount source ${m.source} for ${m.destination} does not exist`);
      if (st.isSocket()) {
        const f = forwardSocket(m, st, record.guestId, sockets.length);
        mounts.push(f.mount);
        sockets.push(f.socket);
        continue;
      }
      const name = `m${i++}`;
      const target = join(dir, name);
      if (st.isDirectory()) await fsp.mkdir(target);
      else await fsp.writeFile(target, '');
      const rec = m.type === 'rbind' || !!m.options?.includes('rbind');
      ops.push(mountOpArgs(m.source, target, 'none', [rec ? 'rbind' : 'bind']));
      mounts.push({ ...m, source: join(guestDir, name) });
      binds.push({ hostPath: m.source, containerPath: m.destination, isDir: st.isDirectory() });
    }
    spec.mounts = mounts;

    // Recorded before they are made, so a crash in between leaves nothing unrecorded; release()
    // skips a target that is not a mount point.
    record.mounts.push(...ops.map((o) => o[2]!));
    await save();
    try {
      await runMountHelper(ops.flat());
    } catch (err) {
      const e = err as Error & { stderr?: string };
      throw new TandemError(Code.Unknown, `mount for the VM share: ${(e.stderr || e.message).trim()}`);
    }
    return { rootfs: join(guestDir, 'rootfs'), spec, sockets, binds };
  }

  async release(record: BundleRecord, log: Logger): Promise<void> {
    for (const target of [...record.mounts].reverse()) {
      if (!(await isMountPoint(target).catch(() => false))) continue;
      // Lazy: the guest may still hold files open through the share until its container is gone.
      await run('umount', ['-R', '-l', target]).catch((err) => log.warn({ err: (err as Error).message, target }, 'umount failed'));
    }
    for (const d of [...record.dirs].reverse()) {
      // Never recursive: these directories only hold (now unmounted) mount points, and a
      // mount that failed to go away must not let us delete a volume's or snapshot's files.
      const entries = await fsp.readdir(d, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        const p = join(d, e.name);
        await (e.isDirectory() ? fsp.rmdir(p) : fsp.unlink(p)).catch((err) =>
          log.warn({ err: (err as Error).message, path: p }, 'cannot remove'),
        );
      }
      await fsp
        .rmdir(d)
        .catch(
          (err) => (err as NodeJS.ErrnoException).code === 'ENOENT' || log.warn({ err: (err as Error).message, dir: d }, 'cannot remove'),
        );
    }
  }
}
