// The guest agent's start (runs on Debian's Node 18 inside the VM; only protobufjs at run time),
// for its two entry points: main.ts, and snapshot.ts (the start-up snapshot the image ships).
// Started by the guest's /init with one host channel:
//   --port /dev/vportNpM          a virtio-serial port (QEMU)
//   --listen /run/tandem/agent.sock  a unix socket; under vfkit socat relays the vsock port to it
//                                 (Node 18 cannot open AF_VSOCK). Tests on a Linux host use it too.
// Either way one host is served at a time, and the agent exits once no host has been connected
// for --orphan-timeout-ms (default 15 s), which powers the VM off.
import { OomLog } from './oom.js';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FifoPool } from '../../common/fifo-pool.js';
import type { Duplex } from 'node:stream';
import { TtrpcServer } from '../../ttrpc/server.js';
import { AGENT, Agent } from './agent.js';
import { detectNoPivot, untilFile, which } from './guest-env.js';
import { Runc } from './runc.js';
import { SerialPorts } from './serial-ports.js';
import { parseDeferredShares } from './resume.js';
import { runsWithFixedMaps } from './spec.js';
import { servePort, serveSocket } from './port.js';
import { trimForSave } from './trim.js';
import { dropBootCache } from './boot-cache.js';
import { IdleReclaim, ownCgroupDir } from './reclaim.js';
import { readaheadBack } from './readahead.js';
import { log, processStartUptime, setVerbose } from './log.js';

interface Args {
  port?: string;
  listen?: string;
  runcRoot: string;
  /** The OCI runtime binary (runc's command line: runc or crun). */
  runtime: string;
  bundles: string;
  verbose: boolean;
  /** Exit this long after the host went away without coming back (0 = never). */
  orphanMs: number;
  /** Reclaim the agent's cgroup after this long without a call but Ping (0 = never; reclaim.ts). */
  idleReclaimMs: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    runcRoot: '/run/tandem/runc',
    runtime: 'runc',
    bundles: '/run/tandem/bundles',
    verbose: false,
    orphanMs: 15_000,
    idleReclaimMs: 0,
  };
  for (let i = 0; i < argv.length; i++) {
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return x;
    };
    switch (argv[i]) {
      case '--port':
        a.port = v();
        break;
      case '--listen':
        a.listen = v();
        break;
      case '--runc-root':
        a.runcRoot = v();
        break;
      case '--runtime':
        a.runtime = v();
        break;
      case '--bundles':
        a.bundles = v();
        break;
      case '--verbose':
        a.verbose = true;
        break;
      case '--orphan-timeout-ms':
        a.orphanMs = Number(v());
        break;
      case '--idle-reclaim-ms':
        a.idleReclaimMs = Number(v());
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!a.port === !a.listen) throw new Error('give exactly one of --port DEVICE or --listen SOCKET');
  if (!Number.isFinite(a.orphanMs) || a.orphanMs < 0) throw new Error('--orphan-timeout-ms must be a number of milliseconds ≥ 0');
  if (!Number.isFinite(a.idleReclaimMs) || a.idleReclaimMs < 0) throw new Error('--idle-reclaim-ms must be a number of milliseconds ≥ 0');
  return a;
}

/** Parses the command line and serves the host until the agent is told to stop. */
export async function runAgent(origin: AgentOrigin): Promise<void> {
  // First: the runtime's run below opens files of the system disk, which should read ahead again.
  const readahead = readaheadBack();
  // One pool thread stays blocked reading the port; leave plenty for file work. Set here, not at
  // module evaluation: with the snapshot, modules were evaluated at image build.
  process.env.UV_THREADPOOL_SIZE ??= '16';
  const args = parseArgs(process.argv.slice(2));
  setVerbose(args.verbose);
  // The agent's exit powers the guest off: one container's stray error must not end every
  // container of the VM. It is said on the console (the host quotes its last lines when a VM
  // ends) and the agent serves on, as the shim daemon does.
  process.on('uncaughtException', (err) => log.error('uncaught exception; still serving', { err: oneLine(err) }));
  process.on('unhandledRejection', (err) => log.error('unhandled rejection; still serving', { err: oneLine(err) }));
  mkdirSync(args.runcRoot, { recursive: true });
  mkdirSync(args.bundles, { recursive: true });
  const runc = new Runc({ bin: args.runtime, root: args.runcRoot });
  // Asked by every Hello, and the host is already waiting: started first, so the runtime's run
  // (~0.3 s under TCG) overlaps the rest of the start-up, the thread pool's start included.
  void runc.version();
  const noPivot = detectNoPivot();
  const script = which('script');
  // Beside the bundles (one filesystem, so a rename hands a FIFO out); ids cannot start with '.'.
  const fifos = new FifoPool(join(args.bundles, '.fifo-pool'), 16);
  const agent = new Agent({
    tools: {
      runc,
      script,
      telnetd: which('telnetd') ? ['telnetd'] : ['busybox', 'telnetd'],
      stty: which('stty') ?? 'stty',
      outputGraceMs: 2000,
      fifos,
      ports: new SerialPorts(),
      inputPorts: new SerialPorts(undefined, 'in'),
      oomLog: new OomLog(),
    },
    bundles: args.bundles,
    noPivot,
    // /init of a guest booted to be saved leaves the shares to the first Hello (resume.ts).
    deferredShares: process.env.TANDEM_DEFERRED_SHARES !== undefined ? parseDeferredShares(process.env.TANDEM_DEFERRED_SHARES) : undefined,
    // /init's late boot steps run beside this start; Hello waits for them (images/guest/init.sh).
    bootDone: process.env.TANDEM_BOOT_DONE || undefined,
    // A guest booted to serve (not to be saved: its trim gives up more) drops what its boot read
    // and nothing maps, before its first container reads anything.
    afterBoot: process.env.TANDEM_DEFERRED_SHARES === undefined ? () => void dropBootCache() : undefined,
    // /init (PID 1) traps SIGUSR1: it stops this agent, syncs, unmounts the shares, powers off.
    poweroff: () => process.kill(1, 'SIGUSR1'),
  });
  const server = new TtrpcServer();
  const idle = idleReclaim(args.idleReclaimMs);
  server.serve(AGENT, agent, (method, _req, _ctx, call) => {
    // The host's Ping every few seconds is not use: it runs little of the agent's code.
    if (method !== 'Ping') idle?.touch();
    return call();
  });
  idle?.touch();
  fifos.prefill(); // while the host connects: the first create then runs no mkfifo
  const stop = new AbortController();
  const shutdown = async (sig: string) => {
    log.info('shutting down', { reason: sig });
    stop.abort();
    idle?.stop();
    const t = setTimeout(() => process.exit(0), 1500);
    await agent.shutdown();
    clearTimeout(t);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  log.info('starting', {
    node: process.version,
    runtime: args.runtime,
    noPivot,
    terminals: script ? 'script' : 'telnetd',
    start: origin,
    // Off under TCG (the launcher's setarch -R): each new process then reuses translated code.
    addressRandomization: runsWithFixedMaps() ? 'off' : 'on',
    processStart: processStartUptime().toFixed(2),
    ...(readahead && { systemDiskReadahead: readahead }),
  });
  // The host never reconnects to a VM it lost (it boots a new one), and a shim daemon that died
  // cannot stop its VM: once the host has been gone for orphanMs, the agent exits, which makes
  // the guest's /init power the VM off.
  let orphan: NodeJS.Timeout | undefined;
  const lost = () => {
    clearTimeout(orphan);
    if (args.orphanMs > 0) orphan = setTimeout(() => void shutdown(`host gone for ${args.orphanMs} ms`), args.orphanMs);
  };
  const back = () => clearTimeout(orphan);
  // A guest booted to be saved: the save starts at the serving line, so first its RAM is made to
  // hold only what cannot be read again (trim.ts), after the late boot steps have read their files.
  if (process.env.TANDEM_DEFERRED_SHARES !== undefined) await trimBeforeSave(process.env.TANDEM_BOOT_DONE);
  // A host that never shows up counts as gone too, from here: a guest booted to be saved is not
  // connected to before its save, and its late boot steps and trim took longer than orphanMs once
  // (an arm64 guest under TCG, 2026-12-06: the agent powered the VM off before it served).
  lost();
  const serve = (conn: Duplex) => server.serveConnection(conn);
  if (args.listen) await serveSocket(args.listen, serve, stop.signal, lost, back);
  else await servePort(args.port!, serve, stop.signal, lost, back, ['busybox', 'cat']);
}

/** The idle reclaim of the agent's own cgroup, if asked for and /init gave it one. */
function idleReclaim(ms: number): IdleReclaim | undefined {
  if (!ms) return undefined;
  const dir = ownCgroupDir(readFileSync('/proc/self/cgroup', 'utf8'));
  if (!dir) log.warn('no cgroup of its own: nothing reclaimed while idle');
  return dir ? new IdleReclaim({ cgroupDir: dir, idleMs: ms }) : undefined;
}

async function trimBeforeSave(bootDone: string | undefined): Promise<void> {
  try {
    if (bootDone) await untilFile(bootDone, 120_000);
  } catch (err) {
    log.warn('not trimmed for the save', { err: (err as Error).message });
    return;
  }
  log.info('trimming for the save');
  const r = await trimForSave();
  if (r)
    log.info('trimmed for the save', {
      cachedMiB: `${r.cachedMiB[0].toFixed(1)} -> ${r.cachedMiB[1].toFixed(1)}`,
      zeroedMiB: r.askedMiB,
      zeroing: r.zeroing,
      oomKills: r.oomKills,
      ms: Math.round(r.ms),
    });
}

/** An error's message and where it was thrown, on one line. */
function oneLine(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const at = err.stack?.split('\n').find((l) => l.trim().startsWith('at '));
  return at ? `${err.message} (${at.trim()})` : err.message;
}

/** How this node came to run the agent: from the image's start-up snapshot or from the bundle. */
export type AgentOrigin = 'snapshot' | 'bundle';

/** Runs the agent; a failure to start is one log line and exit status 1. */
export function startAgent(origin: AgentOrigin): void {
  runAgent(origin).catch((err) => {
    log.error('fatal', { err: (err as Error).message });
    process.exit(1);
  });
}
