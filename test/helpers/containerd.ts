// A private containerd for one test file: its own root, state, sockets and namespace, with the
// freshly built bin/ first on PATH so containerd finds containerd-shim-tandem-v1 there.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, existsSync, rmSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { run, type RunResult, waitFor } from './run.js';

/** The repository root: the nearest directory above this file with a package.json (works from dist-bench/ too). */
export const REPO = (() => {
  let dir = dirname(new URL(import.meta.url).pathname);
  while (!existsSync(join(dir, 'package.json')) && dir !== '/') dir = dirname(dir);
  return dir;
})();
export const BIN = join(REPO, 'bin');
export const BUSYBOX_TAR = join(REPO, 'images/out/busybox.tar');
export const BUSYBOX = 'docker.io/tandem/busybox:latest';

/**
 * Unmounts everything below dir (deepest first), then deletes it. Refuses to delete while
 * anything is still mounted there: rm through a leftover bind mount would delete what it shows.
 */
export function removeTree(dir: string): void {
  const under = () =>
    readFileSync('/proc/self/mountinfo', 'utf8')
      .split('\n')
      .map((l) => l.split(' ')[4])
      .filter((m) => m && (m === dir || m.startsWith(`${dir}/`)))
      .sort()
      .reverse();
  for (let i = 0; i < 3 && under().length; i++) {
    for (const m of under()) spawnSync('umount', ['-l', m]);
  }
  const left = under();
  if (left.length) throw new Error(`not removing ${dir}: still mounted: ${left.join(', ')}`);
  rmSync(dir, { recursive: true, force: true });
}

export interface ContainerdOptions {
  /** Extra TOML appended to the config (e.g. proxy_plugins). */
  extraConfig?: string;
  /** Extra environment for containerd (and so for every shim it starts). */
  env?: Record<string, string>;
  /**
   * Leave the CRI plugin on (its section comes in extraConfig). CRI works in the k8s.io
   * namespace, shared by every containerd: processes are then told apart by our address.
   */
  cri?: boolean;
}

export class Containerd {
  readonly dir: string;
  readonly address: string;
  readonly namespace: string;
  /** Where the tandem shim keeps its sockets and state for this containerd. */
  readonly tandemState: string;
  private proc?: ChildProcess;
  private readonly configPath: string;

  private constructor(private readonly opts: ContainerdOptions) {
    this.dir = mkdtempSync('/tmp/td-');
    this.address = join(this.dir, 'c.sock');
    this.namespace = opts.cri ? 'k8s.io' : `tandem-test-${randomBytes(4).toString('hex')}`;
    this.tandemState = join(this.dir, 'tandem');
    this.configPath = join(this.dir, 'config.toml');
    mkdirSync(this.tandemState);
    writeFileSync(
      this.configPath,
      [
        'version = 2',
        `root = "${this.dir}/root"`,
        `state = "${this.dir}/state"`,
        opts.cri ? '' : 'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
        `[grpc]\n  address = "${this.address}"`,
        `[ttrpc]\n  address = "${this.address}.ttrpc"`,
        `[debug]\n  address = "${this.dir}/debug.sock"\n  level = "debug"`,
        `[plugins."io.containerd.internal.v1.opt"]\n  path = "${this.dir}/opt"`,
        opts.extraConfig ?? '',
      ].join('\n'),
    );
  }

  static async start(opts: ContainerdOptions = {}): Promise<Containerd> {
    const c = new Containerd(opts);
    await c.launch();
    return c;
  }

  get env(): NodeJS.ProcessEnv {
    return { ...process.env, PATH: `${BIN}:${process.env.PATH}`, TANDEM_STATE_DIR: this.tandemState, ...this.opts.env };
  }

  private async launch(): Promise<void> {
    const log = openSync(join(this.dir, 'containerd.log'), 'a');
    const p = spawn('containerd', ['--config', this.configPath], { env: this.env, stdio: ['ignore', log, log] });
    this.proc = p;
    // Ready when it answers; a containerd that exits says why (the end of its log).
    await waitFor(
      async () => p.exitCode !== null || (existsSync(this.address) && (await this.ctr(['version'])).code === 0),
      60_000,
      'containerd to serve',
    );
    if (p.exitCode !== null) {
      const tail = readFileSync(join(this.dir, 'containerd.log'), 'utf8').trim().split('\n').slice(-3).join(' | ');
      throw new Error(`containerd exited with status ${p.exitCode}: ${tail}`);
    }
  }

  /** Stops containerd (SIGTERM, then SIGKILL) without touching the shims it started. */
  async stopDaemon(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill(signal);
    const t = setTimeout(() => p.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(t);
  }

  /** Processes started for this containerd that may outlive it: the shim daemon, its VM. */
  private ours(): number[] {
    const pids: number[] = [];
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
        const mine = this.opts.cri ? cmd.includes(this.address) : cmd.includes(this.namespace);
        if ((mine && cmd.includes('serve')) || cmd.includes(this.tandemState)) pids.push(Number(d));
      } catch {}
    }
    return pids;
  }

  /**
   * The VM daemon keeps an idle VM for TANDEM_VM_IDLE_TIMEOUT_MS: stop it now (SIGTERM: a clean
   * VM stop), and the shim daemons (SIGTERM: a daemon with no containers leaves at once; one that
   * served VM containers would otherwise stay as long as the VM). Give them time, then make them.
   */
  private async stopShims(): Promise<void> {
    for (const p of this.ours()) {
      try {
        if (/vmd\/main\.js|shim\/main\.js/.test(readFileSync(`/proc/${p}/cmdline`, 'utf8'))) process.kill(p, 'SIGTERM');
      } catch {}
    }
    try {
      await waitFor(() => this.ours().length === 0, 15_000, 'the shim daemon to leave');
    } catch {
      for (const sig of ['SIGTERM', 'SIGKILL'] as const) {
        for (const p of this.ours()) {
          try {
            process.kill(p, sig);
          } catch {}
        }
        await waitFor(() => this.ours().length === 0, 5000, 'the shim daemon to die').catch(() => {});
      }
    }
  }

  /** Stops containerd (SIGTERM, or SIGKILL: a crash), runs `whileDown`, starts it again. */
  async restart(signal: NodeJS.Signals = 'SIGTERM', whileDown?: () => Promise<void>): Promise<void> {
    await this.stopDaemon(signal);
    await whileDown?.();
    await this.launch();
  }

  ctr(args: string[], opts: { input?: string | Buffer; timeoutMs?: number; env?: Record<string, string> } = {}): Promise<RunResult> {
    return run('ctr', ['--address', this.address, '-n', this.namespace, ...args], { ...opts, env: { ...this.env, ...opts.env } });
  }

  /** Runs ctr and throws with its output when it fails. */
  async ctrOk(args: string[], opts: { input?: string | Buffer; timeoutMs?: number } = {}): Promise<string> {
    const r = await this.ctr(args, opts);
    if (r.code !== 0) throw new Error(`ctr ${args.join(' ')} exited ${r.code}: ${r.stderr}${r.stdout}`);
    return r.stdout;
  }

  async importBusybox(extra: string[] = []): Promise<void> {
    await this.ctrOk(['images', 'import', ...extra, BUSYBOX_TAR]);
  }

  /**
   * Removes every container and task left in our namespace, then stops containerd. `keep` (why)
   * leaves the directory with its logs (a bench that failed says where); so does
   * TANDEM_KEEP_TEST_DIRS.
   */
  async dispose(keep?: string): Promise<void> {
    if (this.proc && this.proc.exitCode === null) {
      const tasks = (await this.ctr(['tasks', 'ls', '-q'])).stdout.split('\n').filter(Boolean);
      for (const t of tasks) await this.ctr(['tasks', 'kill', '-s', 'SIGKILL', t]);
      for (const t of tasks) await this.ctr(['tasks', 'delete', '-f', t]);
      const cs = (await this.ctr(['containers', 'ls', '-q'])).stdout.split('\n').filter(Boolean);
      for (const c of cs) await this.ctr(['containers', 'delete', c]);
    }
    await this.stopDaemon();
    await this.stopShims();
    if (keep) process.stderr.write(`kept ${this.dir} for its logs: ${keep}\n`);
    else if (!process.env.TANDEM_KEEP_TEST_DIRS) removeTree(this.dir);
  }
}
