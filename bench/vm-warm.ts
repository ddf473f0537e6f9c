// Where a warm start and an exec go, step by step: the bench's own clock (`ctr` spawned, its
// first byte, its exit), the shim's log (when each RPC came in and how long it took) and the
// agent's `created`/`started` lines (how long the guest spent, and inside Create: writing the
// bundle, spawning the runtime, the runtime setting the container up). Medians over the runs.
// A warm start is compared with an exec by the 1.3× target; this shows what only a warm start pays.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUSYBOX, type Containerd } from '../test/helpers/containerd.js';
import { daemonPaths } from '../src/shim/paths.js';
import { median } from './table.js';

interface Timed {
  id: string;
  spawned: number;
  firstByte: number;
  exited: number;
}

/** Epoch ms of `ctr`'s spawn, its first stdout byte and its exit. */
function timedCtr(cd: Containerd, id: string, args: string[]): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const spawned = Date.now();
    const p = spawn('ctr', ['--address', cd.address, '-n', cd.namespace, ...args], { env: cd.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let firstByte = 0;
    let err = '';
    p.stdout.once('data', () => (firstByte = Date.now()));
    p.stdout.resume();
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code) =>
      code === 0 && firstByte ? resolve({ id, spawned, firstByte, exited: Date.now() }) : reject(new Error(`${id}: exit ${code} ${err}`)),
    );
  });
}

interface Rpc {
  end: number;
  ms: number;
}

/** The shim's debug line for `rpc` of task `id` (exec `execId`): when it ended and how long it took. */
function shimRpc(lines: Record<string, unknown>[], rpc: string, id: string, execId = ''): Rpc {
  const l = lines.find((j) => j.rpc === rpc && j.id === id && String(j.execId ?? '') === execId);
  if (!l) throw new Error(`the shim's log has no ${rpc} of ${id}${execId ? `/${execId}` : ''}`);
  return { end: Number(l.time), ms: Number(l.ms) };
}

/** How long the shim's Create of task `id` spent on the share's mounts (its `vm container created` line). */
function shimShareMs(lines: Record<string, unknown>[], id: string): number {
  const l = lines.find((j) => j.msg === 'vm container created' && String(j.guestId).endsWith(`--${id}`));
  if (!l || typeof l.shareMs !== 'number') throw new Error(`the shim's log has no share time for ${id}`);
  return l.shareMs;
}

/** The numeric fields of the agent's `what` line for container `id` (and exec). */
function agentLine(boot: string, what: 'created' | 'started', id: string, execId = ''): Record<string, number> {
  const re = new RegExp(
    `^tandem-agent info: \\[[\\d.]+\\] ${what} id=\\S*--${id} ${what === 'started' ? `exec=${execId} ` : ''}(.*)$`,
    'm',
  );
  const m = re.exec(boot);
  if (!m) throw new Error(`the boot log has no agent line "${what}" of ${id}${execId ? `/${execId}` : ''}`);
  return Object.fromEntries([...m[1]!.matchAll(/(\w+)=(\d+)/g)].map((x) => [x[1]!, Number(x[2])]));
}

export interface Breakdown {
  warm: [string, number][];
  exec: [string, number][];
}

/** The shim daemon's log lines (pino's JSON). */
function shimLog(cd: Containerd): Record<string, unknown>[] {
  return readFileSync(daemonPaths(cd.address, cd.namespace, { TANDEM_STATE_DIR: cd.tandemState }).log, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/**
 * Why each create so far was made again on a new VM (the first one went away under it: a guest
 * that stopped answering, which the vmd's ping bound ends; docs/guest.md), from the shim's log.
 */
export function createsMadeAgain(cd: Containerd): string[] {
  const why = shimLog(cd)
    .filter((l) => String(l.msg).startsWith('vm went away during create'))
    .map((l) => String(l.why).replace(/\s+/g, ' ')); // one line each: the reason may quote the console
  return why.length ? [...why, `the VMs' consoles are kept in ${keepConsoles(cd)}`] : why;
}

/**
 * Copies the consoles of the VMs the vmd still keeps (the last two generations) out of the
 * containerd's directory, which goes with the run: what made a guest stop answering is there.
 */
function keepConsoles(cd: Containerd): string {
  const vmDir = join(cd.tandemState, 'vm');
  const kept = mkdtempSync(join(tmpdir(), 'tandem-bench-consoles-'));
  for (const gen of readdirSync(vmDir).filter((d) => /^\d+$/.test(d))) {
    const log = join(vmDir, gen, 'console.log');
    if (existsSync(log)) copyFileSync(log, join(kept, `${gen}.console.log`));
  }
  return kept;
}

/** `runs` warm starts (`ctr run --rm … echo`) and execs (`echo`) in `idle`, broken down. */
export async function warmBreakdown(cd: Containerd, flags: string[], idle: string, runs: number, image = BUSYBOX): Promise<Breakdown> {
  const warms: Timed[] = [];
  const execs: Timed[] = [];
  const tag = Date.now().toString(36);
  for (let i = 0; i < runs; i++) {
    warms.push(await timedCtr(cd, `wb-${tag}-${i}`, ['run', '--rm', ...flags, image, `wb-${tag}-${i}`, 'echo', 'first']));
    execs.push(await timedCtr(cd, `xb-${tag}-${i}`, ['tasks', 'exec', '--exec-id', `xb-${tag}-${i}`, idle, 'echo', 'first']));
  }
  const shim = shimLog(cd);
  const rec = JSON.parse(readFileSync(join(cd.tandemState, 'vm', 'vm.json'), 'utf8')) as { bootLog: string };
  const boot = readFileSync(rec.bootLog, 'utf8').replace(/\r/g, '');

  const warmSteps = warms.map((w) => {
    const create = shimRpc(shim, 'Create', w.id);
    const share = shimShareMs(shim, w.id);
    const start = shimRpc(shim, 'Start', w.id);
    const made = agentLine(boot, 'created', w.id);
    const went = agentLine(boot, 'started', w.id);
    return [
      [
        'ctr and containerd until the shim gets Create (image check, snapshot, container record, bundle)',
        create.end - create.ms - w.spawned,
      ],
      ["shim: the container's mounts under the share (one exec of tandem-mount)", share],
      ["shim and VM daemon relaying Create, both ways (the shim's other steps included)", create.ms - made.ms! - share],
      ['agent: bundle directory, handshake FIFOs, spec written', made.prepareMs!],
      ['agent: spawning the runtime (node forks)', made.spawnMs!],
      ['runtime: namespaces, mounts, cgroup until our hook holds the container', made.setupMs!],
      ['agent: the program looked up, Create answered', made.ms! - made.prepareMs! - made.spawnMs! - made.setupMs!],
      ['ctr and containerd between Create and Start', start.end - start.ms - create.end],
      ['shim and VM daemon relaying Start, both ways', start.ms - went.ms!],
      ['agent Start: gate opened until the program runs', went.ms!],
      ['Start answered until the first byte at `ctr`', w.firstByte - start.end],
    ] as [string, number][];
  });
  const execSteps = execs.map((x) => {
    const exec = shimRpc(shim, 'Exec', idle, x.id);
    const start = shimRpc(shim, 'Start', idle, x.id);
    const went = agentLine(boot, 'started', idle, x.id);
    return [
      ['ctr and containerd until the shim gets Exec', exec.end - exec.ms - x.spawned],
      ['shim: Exec (relayed to the agent)', exec.ms],
      ['ctr and containerd between Exec and Start', start.end - start.ms - exec.end],
      ['shim and VM daemon relaying Start, both ways', start.ms - went.ms!],
      ['agent Start: program looked up, exec spec written', went.ms! - went.runtimeMs!],
      ['runtime exec: spawned until its pid file (joins the namespaces, cgroup)', went.runtimeMs!],
      ['Start answered until the first byte at `ctr`', x.firstByte - start.end],
    ] as [string, number][];
  });
  const medians = (all: [string, number][][]): [string, number][] => all[0]!.map(([step], i) => [step, median(all.map((s) => s[i]![1]))]);
  return {
    warm: [...medians(warmSteps), ['in all: `ctr run` spawned until its first byte', median(warms.map((w) => w.firstByte - w.spawned))]],
    exec: [
      ...medians(execSteps),
      ['in all: `ctr tasks exec` spawned until its first byte', median(execs.map((x) => x.firstByte - x.spawned))],
    ],
  };
}

export function breakdownSection(b: Breakdown, runs: number, loadAt: string, guest = ''): string {
  const rows = (steps: [string, number][]) => steps.map(([s, ms]) => `| ${s} | ${ms.toFixed(0)} |`);
  return [
    `## Where a warm start and an exec go${guest} (ms, median of ${runs} each, alternated; load average ${loadAt})`,
    '',
    "By the bench's clock (`ctr` spawned, first byte), the shim's log (each RPC's arrival and length) and the agent's `created`/`started` lines (its time in the guest). Steps are medians one by one, so they need not add up to the median in all.",
    '',
    '| warm start: `ctr run --rm … echo first` | ms |',
    '|---|---|',
    ...rows(b.warm),
    '',
    '| exec: `ctr tasks exec … echo first` in a running container | ms |',
    '|---|---|',
    ...rows(b.exec),
  ].join('\n');
}
