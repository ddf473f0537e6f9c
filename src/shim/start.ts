// The shim binary's `start` action (runtime v2 binary contract, see containerd-protocols.md
// §2.3): prints only the daemon's unix:// address, starting the daemon detached when none
// answers. Only Node's modules and four small ones here: this process runs when no daemon does
// (the C fast path answers otherwise), and each module it loaded used to delay the daemon's
// spawn (~0.2 s of the first container's start, measured with strace), so the daemon is spawned
// before anything else.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readSync, fstatSync, renameSync, statfsSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unavailable } from '../common/errdefs.js';
import { toArgv, type ShimFlags } from './flags.js';
import { hold } from './hold.js';
import { daemonPaths } from './paths.js';

/**
 * How long a new daemon may take to answer. It usually does within a few hundred ms; the bound
 * is generous because a loaded host is slow, and a daemon that dies says why at once anyway.
 */
const START_BOUND_MS = 60_000;
/**
 * The daemon is mostly idle and holds little data: a small young generation keeps its resident
 * memory low, and so does running V8's few background jobs on the main thread (one daemon
 * serves many containers; see docs/bench-shim.md).
 */
const DAEMON_NODE_FLAGS = ['--max-semi-space-size=1', '--v8-pool-size=0'];
/** Daemons started in all by one `start`: one that stepped aside for another that then left is started again. */
const MAX_SPAWNS = 5;

export async function start(flags: ShimFlags, entry: string): Promise<void> {
  const paths = daemonPaths(flags.address, flags.namespace);
  // Hold, not a plain connect: a daemon on its way out still has connects queued by the kernel.
  if (!(await hold(paths.socket))) await startDaemon(flags, entry, paths);
  const address = `unix://${paths.socket}`;
  const bundle = flags.bundle || process.cwd();
  const tmp = join(bundle, `.address.${process.pid}`);
  writeFileSync(tmp, address);
  renameSync(tmp, join(bundle, 'address'));
  process.stdout.write(address);
}

/**
 * Starts a daemon and waits until one holds (Manager/Hold) on the socket: ours, or the one that
 * won the lock if ours stepped aside (exit 0). One that stepped aside for a daemon that then left
 * is started again. Woken by changes in the socket directory (its socket, its log). The daemon's
 * stderr goes to its log, so a daemon that dies before its logger is up still says why; a
 * failure quotes the end of that log.
 */
async function startDaemon(flags: ShimFlags, entry: string, paths: ReturnType<typeof daemonPaths>): Promise<void> {
  mkdirSync(paths.dir, { recursive: true, mode: 0o711 });
  let failed: string | undefined;
  let steppedAside = false;
  let wake = () => {};
  const spawnDaemon = (): void => {
    steppedAside = false;
    const errFd = openSync(paths.log, 'a');
    const child = spawn(process.execPath, [...DAEMON_NODE_FLAGS, entry, ...toArgv(flags), 'serve'], {
      detached: true,
      stdio: ['ignore', 'ignore', errFd],
      cwd: '/',
    });
    closeSync(errFd);
    child.once('error', (err) => ((failed = err.message), wake()));
    child.once('exit', (code, signal) => {
      if (code !== 0) failed = signal ? `killed by ${signal}` : `exited with status ${code}`;
      else steppedAside = true;
      wake();
    });
    child.unref();
  };
  spawnDaemon();
  const watcher = watch(paths.dir, () => wake());
  watcher.on('error', () => {});
  // A connect can land between the daemon's bind and listen, with no event after it: look again now and then.
  const recheck = setInterval(() => wake(), 500);
  const bound = setTimeout(() => ((failed ??= `did not answer within ${START_BOUND_MS / 1000}s`), wake()), START_BOUND_MS);
  try {
    for (let spawns = 1; ;) {
      const woken = new Promise<void>((r) => (wake = r));
      if (await hold(paths.socket, 2_000)) return;
      if (failed)
        throw unavailable(`shim daemon ${failed} on ${paths.socket}: ${noSpace(paths.dir) ?? logTail(paths.log)} (log: ${paths.log})`);
      if (steppedAside && spawns < MAX_SPAWNS) {
        spawns++;
        spawnDaemon();
        continue;
      }
      await woken;
    }
  } finally {
    watcher.close();
    clearTimeout(bound);
    clearInterval(recheck);
  }
}

/**
 * A full file system under the state directory: the daemon cannot write its lock or its log, so
 * the log cannot say why it died. Say it here.
 */
function noSpace(dir: string): string | undefined {
  try {
    const s = statfsSync(dir);
    if (s.bavail === 0 || s.ffree === 0)
      return `no space left on device under ${dir} (${s.bavail === 0 ? 'no free blocks' : 'no free inodes'}): free space there`;
  } catch {}
  return undefined;
}

/**
 * What the end of the daemon's log says: the line our entry point writes when the daemon fails,
 * else its last error line (a crash), else its last lines.
 */
function logTail(file: string, bytes = 4096): string {
  let text: string;
  try {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      const buf = Buffer.alloc(Math.min(bytes, size));
      readSync(fd, buf, 0, buf.length, size - buf.length);
      text = buf.toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return 'no log';
  }
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at '));
  const ours = lines.filter((l) => l.startsWith('containerd-shim-tandem-v1: '));
  const errors = lines.filter((l) => /error/i.test(l));
  return (ours.length ? ours.slice(-1) : errors.length ? errors.slice(-1) : lines.slice(-3)).join(' | ') || 'the log is empty';
}
