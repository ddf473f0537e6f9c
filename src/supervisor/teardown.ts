// `tandem down`, in the order the pieces depend on each other: the front ends (they would start
// new containers), the containers of every namespace (SIGTERM, SIGKILL after a grace period,
// then their tasks deleted), the VM, the shim daemons, then the back ends (snapshotter,
// containerd). Data (images, snapshots, container records) stays.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../common/log.js';
import { processAlive } from '../common/process-alive.js';
import { stopVmd } from '../linuxvm/vmd/control.js';
import { daemonsDir } from '../shim/paths.js';
import { ContainerdApi, containerdAnswers, type TaskInfo } from './containerd-api.js';
import { host, unmount, type HostProcess } from './host.js';
import type { Layout } from './layout.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface TeardownSteps {
  stopFrontends(): Promise<void>;
  stopBackends(): Promise<void>;
}

export interface TeardownReport {
  containers: number;
  vm: boolean;
  shimDaemons: number;
  /** How long each step took. */
  ms: { frontends: number; containers: number; vm: number; shimDaemons: number; backends: number };
}

export async function teardown(l: Layout, steps: TeardownSteps, log: Logger, containerGraceMs = 10_000): Promise<TeardownReport> {
  let t = Date.now();
  const lap = (): number => -t + (t = Date.now());
  await steps.stopFrontends();
  const frontends = lap();
  const containers = await stopContainers(l, log, containerGraceMs);
  const containersMs = lap();
  const vm = await stopVmd(l.runDir, true).catch((err: Error) => {
    log.warn({ err: err.message }, 'stopping the VM daemon failed');
    return false;
  });
  const vmMs = lap();
  const shimDaemons = await stopShimDaemons(l, log);
  const shimMs = lap();
  await steps.stopBackends();
  return { containers, vm, shimDaemons, ms: { frontends, containers: containersMs, vm: vmMs, shimDaemons: shimMs, backends: lap() } };
}

async function waitTasks(api: ContainerdApi, ms: number, done: (t: TaskInfo[]) => boolean): Promise<TaskInfo[]> {
  const deadline = Date.now() + ms;
  let tasks = await api.allTasks();
  while (!done(tasks) && Date.now() < deadline) {
    await sleep(200);
    tasks = await api.allTasks();
  }
  return tasks;
}

const live = (t: TaskInfo) => t.status !== 'STOPPED';

/** Stops and deletes every task of every namespace; returns how many there were. */
export async function stopContainers(l: Layout, log: Logger, graceMs: number): Promise<number> {
  if (!(await containerdAnswers(l.containerdSocket))) return 0;
  const api = new ContainerdApi(l.containerdSocket);
  try {
    const tasks = await api.allTasks();
    for (const t of tasks.filter(live)) await api.kill(t.namespace, t.id, 15).catch(() => {});
    let left = await waitTasks(api, graceMs, (ts) => !ts.some(live));
    for (const t of left.filter(live)) {
      log.info({ ns: t.namespace, id: t.id }, `container did not stop within ${graceMs / 1000} s of SIGTERM: SIGKILL`);
      await api.kill(t.namespace, t.id, 9).catch(() => {});
    }
    left = await waitTasks(api, 30_000, (ts) => !ts.some(live));
    for (const t of left) {
      await api
        .deleteTask(t.namespace, t.id)
        .catch((err: Error) => log.warn({ ns: t.namespace, id: t.id, err: err.message }, 'task delete failed'));
    }
    if (tasks.length) log.info({ count: tasks.length }, 'containers stopped');
    return tasks.length;
  } finally {
    api.close();
  }
}

/** Pids of the shim daemons of a run directory (their lock files hold them). */
export async function shimDaemonPids(runDir: string): Promise<number[]> {
  const dir = daemonsDir(runDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  const pids: number[] = [];
  for (const n of names.filter((x) => x.endsWith('.lock'))) {
    const pid = Number(await readFile(join(dir, n), 'utf8').catch(() => '0'));
    if (pid && processAlive(pid)) pids.push(pid);
  }
  return pids;
}

/**
 * With no containers left a shim daemon leaves by itself, but one that served VM containers only
 * after the VM's idle timeout (it stays for the next one): SIGTERM, which a daemon with no
 * containers answers by leaving at once.
 */
async function stopShimDaemons(l: Layout, log: Logger): Promise<number> {
  const pids = (await shimDaemonPids(l.runDir)).filter(processAlive);
  if (!pids.length) return 0;
  log.info({ pids }, 'stopping the shim daemons');
  await terminate(pids, 5_000);
  return pids.length;
}

export async function waitGone(pids: number[], ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (pids.some(processAlive) && Date.now() < deadline) await sleep(100);
  return !pids.some(processAlive);
}

/** SIGTERM, then SIGKILL after graceMs; resolves once all are gone (or 5 s after SIGKILL). */
export async function terminate(pids: number[], graceMs: number): Promise<void> {
  const signal = (sig: NodeJS.Signals) => {
    for (const p of pids.filter(processAlive)) {
      try {
        process.kill(p, sig);
      } catch {}
    }
  };
  signal('SIGTERM');
  if (await waitGone(pids, graceMs)) return;
  signal('SIGKILL');
  await waitGone(pids, 5_000);
}

/** Programs an instance runs (so a user's `tail -f <state>/logs/…` is never taken for one). */
const OURS = /containerd|qemu-system|virtiofsd|socat|bindfs|dist\/(cli|supervisor|shim|linuxvm)\//;

export interface Leftovers {
  processes: HostProcess[];
  mounts: string[];
}

/** What of an instance still runs or is mounted (after a teardown: nothing). */
export async function leftovers(l: Layout, exclude: number[] = []): Promise<Leftovers> {
  const h = host();
  const dirs = [...new Set([l.stateDir, l.runDir])];
  const skip = new Set([process.pid, process.ppid, ...exclude]);
  const processes = (await h.processesUsing(dirs)).filter((p) => !skip.has(p.pid) && (p.rooted || OURS.test(p.command)));
  const mounts = (await Promise.all(dirs.map((d) => h.mountsUnder(d)))).flat();
  return { processes, mounts };
}

/** Ends what is left and unmounts what is mounted; returns what it found. */
export async function sweep(l: Layout, log: Logger, exclude: number[] = []): Promise<Leftovers> {
  const found = await leftovers(l, exclude);
  if (found.processes.length) {
    log.warn({ processes: found.processes }, 'processes of this state directory were still running: ending them');
    await terminate(
      found.processes.map((p) => p.pid),
      5_000,
    );
  }
  for (const m of found.mounts) await unmount(m).catch((err: Error) => log.warn({ err: err.message }, 'unmount failed'));
  return found;
}
