// macOS hosts: Virtualization.framework's shares are fixed when the VM starts, and macOS has no
// kernel bind mount. So, as on Linux, one directory (<vm dir>/share) is the VM's only share, and
// each container gets <share>/<guest id>/ with its rootfs and volumes mounted there with bindfs
// (FUSE, macFUSE on a Mac): the guest sees exactly what its containers need and nothing else of
// the host (never the host's /). A file volume is served through a bindfs mount of its parent
// directory (bindfs binds directories), so the guest sees that file's siblings too.
// The tools are named in ShareTools: on a Linux host (tests) Linux's stand-ins run the same
// code with real bindfs mounts (share-darwin.test.ts). Not run on a Mac (see docs/macos.md).
import { execFile } from 'node:child_process';
import { promises as fsp, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { Logger } from 'pino';
import { failedPrecondition, invalidArgument, unimplemented } from '../common/errdefs.js';
import { listMounts } from '../common/mount-list.js';
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

/** The host tools the darwin share runs. */
export interface ShareTools {
  bindfs: string;
  /** Lists mounts (`mount` with no arguments). */
  mount: string;
  umount: string;
  /** A forced unmount of a busy FUSE mount. */
  forceUnmount(target: string): [string, string[]];
}

export const MACOS_SHARE_TOOLS: ShareTools = {
  bindfs: 'bindfs',
  mount: '/sbin/mount',
  umount: '/sbin/umount',
  forceUnmount: (t) => ['/usr/sbin/diskutil', ['unmount', 'force', t]],
};

export const LINUX_SHARE_TOOLS: ShareTools = {
  bindfs: 'bindfs',
  mount: 'mount',
  umount: 'umount',
  forceUnmount: (t) => ['umount', ['-l', t]],
};

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, (err, _out, stderr) =>
      err ? reject(failedPrecondition(`${cmd} ${args.join(' ')}: ${(stderr || err.message).trim()}`)) : resolve(),
    ),
  );
}

export class DarwinShare implements SharePlatform {
  readonly layout: ShareLayout;

  constructor(
    hostDir: string,
    private readonly tools: ShareTools = process.platform === 'darwin' ? MACOS_SHARE_TOOLS : LINUX_SHARE_TOOLS,
    guestDir = guestShareDir(TAG),
  ) {
    this.layout = { tag: TAG, hostDir, guestDir };
  }

  /** The one share: the share directory, never a parent of it. */
  vmShares(_kind: ShareKind) {
    return [{ tag: TAG, hostPath: this.layout.hostDir, kind: 'virtiofs' as const }];
  }

  async setup(): Promise<void> {
    // 0700: the containers' rootfs and volumes are mounted under it, past their own directories' modes.
    await fsp.mkdir(this.layout.hostDir, { recursive: true, mode: 0o700 });
    await fsp.chmod(this.layout.hostDir, 0o700);
  }

  async teardown(): Promise<void> {}

  async prepare(p: PrepareArgs): Promise<PreparedPaths> {
    const { record, save } = p;
    let hostRoot: string;
    if (p.rootfs.length === 0) hostRoot = specRoot(p.bundle, p.spec);
    else if (p.rootfs.length === 1 && isBind(p.rootfs[0])) hostRoot = p.rootfs[0].source;
    else
      throw unimplemented(
        `rootfs mounts of type ${p.rootfs.map((m) => m.type).join('+')}: on macOS the VM path needs a directory snapshot (tandem snapshotter)`,
      );
    // Check every volume before mounting anything.
    const binds = new Map<OciMount, { isDir: boolean }>();
    const hostSockets = new Map<OciMount, Stats>();
    for (const m of p.spec.mounts ?? []) {
      if (!isBind(m)) continue;
      if (!m.source || !isAbsolute(m.source))
        throw invalidArgument(`bind mount on ${m.destination}: source ${JSON.stringify(m.source)} must be an absolute host path`);
      const st = await fsp.stat(m.source).catch(() => null);
      if (!st) throw invalidArgument(`bind mount source ${m.source} for ${m.destination} does not exist`);
      if (st.isSocket()) hostSockets.set(m, st);
      else binds.set(m, { isDir: st.isDirectory() });
    }

    const dir = join(this.layout.hostDir, record.guestId);
    const guestDir = join(this.layout.guestDir, record.guestId);
    await fsp.mkdir(dir, { recursive: true });
    record.dirs.push(dir);
    await save();
    const bindfs = async (source: string, name: string, readonly: boolean) => {
      const target = join(dir, name);
      await fsp.mkdir(target);
      record.mounts.push(target);
      await save();
      try {
        await run(this.tools.bindfs, ['-o', 'allow_other', ...(readonly ? ['-r'] : []), source, target]);
      } catch (err) {
        record.mounts.pop();
        await save();
        throw err;
      }
    };

    await bindfs(hostRoot, 'rootfs', false);
    const spec: OciSpec = structuredClone(p.spec);
    const mounts: OciMount[] = [];
    const sockets: ForwardedSocket[] = [];
    const shared: SharedBind[] = [];
    let i = 0;
    for (const m of p.spec.mounts ?? []) {
      const st = hostSockets.get(m);
      if (st) {
        const f = forwardSocket(m, st, record.guestId, sockets.length);
        mounts.push(f.mount);
        sockets.push(f.socket);
        continue;
      }
      const b = binds.get(m);
      if (!b) {
        mounts.push(m);
        continue;
      }
      const name = `m${i++}`;
      const ro = !!m.options?.includes('ro');
      await bindfs(b.isDir ? m.source! : dirname(m.source!), name, ro);
      const guestPath = b.isDir ? join(guestDir, name) : join(guestDir, name, basename(m.source!));
      mounts.push({ ...m, source: guestPath });
      shared.push({ hostPath: m.source!, containerPath: m.destination, isDir: b.isDir });
    }
    spec.mounts = mounts;
    return { rootfs: join(guestDir, 'rootfs'), spec, sockets, binds: shared };
  }

  async release(record: BundleRecord, log: Logger): Promise<void> {
    const live = new Set(await listMounts(this.tools.mount).catch(() => record.mounts));
    for (const target of [...record.mounts].reverse()) {
      if (!live.has(target)) continue;
      await run(this.tools.umount, [target]).catch(async () => {
        // The guest may still hold files open through the share until its container is gone.
        await run(...this.tools.forceUnmount(target)).catch((err) => log.warn({ err: (err as Error).message, target }, 'unmount failed'));
      });
    }
    for (const d of [...record.dirs].reverse()) {
      // Never recursive: these directories only hold (now unmounted) mount points, and a mount
      // that failed to go away must not let us delete a volume's or snapshot's files.
      const entries = await fsp.readdir(d).catch(() => []);
      for (const e of entries)
        await fsp.rmdir(join(d, e)).catch((err) => log.warn({ err: (err as Error).message, path: join(d, e) }, 'cannot remove'));
      await fsp
        .rmdir(d)
        .catch(
          (err) => (err as NodeJS.ErrnoException).code === 'ENOENT' || log.warn({ err: (err as Error).message, dir: d }, 'cannot remove'),
        );
    }
  }
}
