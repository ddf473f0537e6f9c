// The tandem snapshotter as a separate process (the built bin/tandem), for tests that plug
// it into a private containerd as proxy plugin "tandem", and an XFS loop mount with reflink
// for the clone tests. Usage:
//   const sn = await SnapshotterProcess.start();                 // socket + root in a temp dir
//   const cd = await Containerd.start({ extraConfig: sn.config }); // containerd dials lazily
//   … sn.kill('SIGKILL'); await sn.restart(); … await sn.stop(); await sn.dispose();
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { BIN, removeTree } from './containerd.js';
import { run, waitFor } from './run.js';

export interface SnapshotterProcessOptions {
  /** Snapshot root (default: a new temp dir). */
  root?: string;
  backend?: 'auto' | 'reflink' | 'copy' | 'clonefile';
  /** proxy_plugins name (default tandem). */
  name?: string;
  /** Extra environment (e.g. TANDEM_PLATFORM_PROFILE). */
  env?: Record<string, string>;
}

export class SnapshotterProcess {
  readonly dir: string;
  readonly socket: string;
  readonly root: string;
  readonly name: string;
  readonly logFile: string;
  private proc?: ChildProcess;

  private constructor(private readonly opts: SnapshotterProcessOptions) {
    this.dir = mkdtempSync('/tmp/tsn-');
    this.socket = join(this.dir, 'snap.sock');
    this.root = opts.root ?? join(this.dir, 'root');
    this.name = opts.name ?? 'tandem';
    this.logFile = join(this.dir, 'snapshotter.log');
  }

  static async start(opts: SnapshotterProcessOptions = {}): Promise<SnapshotterProcess> {
    const s = new SnapshotterProcess(opts);
    await s.launch();
    return s;
  }

  /** The containerd config.toml (version 2) entry for this snapshotter. */
  get config(): string {
    return `[proxy_plugins]\n  [proxy_plugins.${this.name}]\n    type = "snapshot"\n    address = "${this.socket}"\n`;
  }

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  async launch(): Promise<void> {
    mkdirSync(this.root, { recursive: true });
    rmSync(this.socket, { force: true });
    const log = openSync(this.logFile, 'a');
    const args = [
      'snapshotter',
      '--root',
      this.root,
      '--address',
      this.socket,
      '--log-level',
      'debug',
      '--backend',
      this.opts.backend ?? 'auto',
    ];
    const p = spawn(join(BIN, 'tandem'), args, { stdio: ['ignore', log, log], env: { ...process.env, ...this.opts.env } });
    this.proc = p;
    // The socket file appears at bind(), a moment before listen(): wait until it accepts.
    await waitFor(
      async () => p.exitCode !== null || (existsSync(this.socket) && (await accepts(this.socket))),
      60_000,
      'the snapshotter socket',
    );
    if (p.exitCode !== null) throw new Error(`tandem snapshotter exited ${p.exitCode}; see ${this.logFile}`);
  }

  /** Sends `signal` and waits for the process to exit. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill(signal);
    await exited;
  }

  async restart(): Promise<void> {
    await this.kill('SIGTERM');
    await this.launch();
  }

  stop(): Promise<void> {
    return this.kill('SIGTERM');
  }

  async dispose(): Promise<void> {
    await this.kill('SIGKILL');
    if (!process.env.TANDEM_KEEP_TEST_DIRS) removeTree(this.dir);
  }
}

function accepts(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const c = connect(socket);
    c.once('connect', () => {
      c.destroy();
      resolve(true);
    });
    c.once('error', () => resolve(false));
  });
}

/** mkfs arguments of the loop filesystems the tests use. */
const MKFS = {
  xfs: ['mkfs.xfs', '-q', '-m', 'reflink=1'], // reflink=1: FICLONE works there
  btrfs: ['mkfs.btrfs', '-q'],
} as const;

/** A loop-mounted filesystem in a temp directory, removed by dispose(). */
export class LoopFs {
  protected constructor(
    readonly image: string,
    readonly mountpoint: string,
  ) {}

  protected static async make(kind: keyof typeof MKFS, sizeMiB: number): Promise<{ image: string; mnt: string }> {
    const dir = mkdtempSync(`/tmp/t${kind}-`);
    const image = join(dir, `${kind}.img`);
    const mnt = join(dir, 'mnt');
    mkdirSync(mnt);
    const [mkfs, ...mkfsArgs] = MKFS[kind];
    for (const [cmd, args] of [
      ['truncate', ['-s', `${sizeMiB}M`, image]],
      [mkfs, [...mkfsArgs, image]],
      ['mount', ['-o', 'loop', image, mnt]],
    ] as const) {
      const r = await run(cmd, [...args], {});
      if (r.code !== 0) {
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`${cmd} failed: ${r.stderr}`);
      }
    }
    return { image, mnt };
  }

  /** Unmounts and detaches the loop device (mount -o loop sets autoclear; losetup -d to be sure). */
  async dispose(): Promise<void> {
    const r = await run('umount', [this.mountpoint], {});
    if (r.code !== 0) await run('umount', ['-l', this.mountpoint], {});
    const loops = await run('losetup', ['-j', this.image], {});
    for (const line of loops.stdout.split('\n').filter(Boolean)) await run('losetup', ['-d', line.split(':')[0]!], {});
    removeTree(join(this.mountpoint, '..'));
  }
}

/** A loop-mounted XFS with reflink=1. */
export class XfsLoop extends LoopFs {
  static async create(sizeMiB = 2048): Promise<XfsLoop> {
    const { image, mnt } = await LoopFs.make('xfs', sizeMiB);
    return new XfsLoop(image, mnt);
  }
}
