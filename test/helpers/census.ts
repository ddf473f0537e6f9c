// What a fault or load test must not leave behind, counted before and after: container processes,
// the daemons and their open fds, mounts, bundle and share directories, snapshotter metadata rows
// and trees, and containerd's own tasks, containers, leases and snapshots. `settled()` waits for
// the count to come back (a readiness signal, bounded generously) and then shows what differs.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { Containerd } from './containerd.js';
import { fdCount, mountsUnder, processesRootedUnder } from './leaks.js';
import { shimDaemonPid } from './shim.js';
import type { SnapshotterProcess } from './snapshotter.js';

export interface CensusTargets {
  cd: Containerd;
  /** The tandem snapshotter, when the test plugs it in. */
  sn?: SnapshotterProcess;
  /** containerd snapshotters whose snapshots are counted (default: overlayfs, plus tandem with `sn`). */
  snapshotters?: string[];
}

export interface Census {
  containerProcesses: number;
  daemons: Record<string, { pid: number; fds: number } | undefined>;
  mounts: string[];
  bundles: string[];
  shares: string[];
  tasks: string[];
  containers: string[];
  leases: string[];
  snapshots: string[];
  snapshotterRows?: number;
  snapshotterTrees?: number;
}

const lines = (s: string) => s.split('\n').filter(Boolean).sort();
const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** The pid of the VM daemon of this containerd's tandem state directory, if one runs. */
export function vmdPid(cd: Containerd): number | undefined {
  return pidsWhere((cmd) => cmd.includes('vmd/main.js') && cmd.includes(cd.tandemState))[0];
}

/** The QEMU of this containerd's VM, if one runs. */
export function qemuPid(cd: Containerd): number | undefined {
  return pidsWhere((cmd) => cmd.startsWith('qemu-system') && cmd.includes(cd.tandemState))[0];
}

export function pidsWhere(match: (cmdline: string) => boolean): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (match(readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' '))) out.push(Number(d));
    } catch {}
  }
  return out;
}

function daemon(pid: number | undefined): { pid: number; fds: number } | undefined {
  if (pid === undefined) return undefined;
  try {
    return { pid, fds: fdCount(pid) };
  } catch {
    return undefined;
  }
}

export async function census(t: CensusTargets): Promise<Census> {
  const { cd, sn } = t;
  const ctr = async (args: string[]) => lines(await cd.ctrOk(args));
  const snapshotters = t.snapshotters ?? ['overlayfs', ...(sn ? [sn.name] : [])];
  const snapshots: string[] = [];
  for (const s of snapshotters) {
    for (const l of await ctr(['snapshots', '--snapshotter', s, 'ls']))
      if (!l.startsWith('KEY')) snapshots.push(`${s}:${l.split(/\s+/)[0]}`);
  }
  const c: Census = {
    containerProcesses: processesRootedUnder(cd.dir).length,
    daemons: { shim: daemon(shimDaemonPid(cd)), vmd: daemon(vmdPid(cd)), snapshotter: daemon(sn?.pid) },
    mounts: [...mountsUnder(cd.dir), ...(sn ? mountsUnder(sn.root) : [])].sort(),
    bundles: entries(join(cd.dir, 'state/io.containerd.runtime.v2.task', cd.namespace)),
    shares: entries(join(cd.tandemState, 'vm/share')).filter((e) => !e.startsWith('.')),
    tasks: await ctr(['tasks', 'ls', '-q']),
    containers: await ctr(['containers', 'ls', '-q']),
    leases: await ctr(['leases', 'ls', '-q']),
    snapshots: snapshots.sort(),
  };
  if (sn && existsSync(join(sn.root, 'metadata.db'))) {
    const db = new Database(join(sn.root, 'metadata.db'), { readonly: true, fileMustExist: true });
    try {
      c.snapshotterRows = (db.prepare('SELECT COUNT(*) AS n FROM snapshots').get() as { n: number }).n;
    } finally {
      db.close();
    }
    c.snapshotterTrees = entries(join(sn.root, 'snapshots')).length;
  }
  return c;
}

/**
 * The census to compare against later, taken once the tandem snapshotter has caught up with
 * containerd: containerd drops a removed snapshot from its own list at once but removes the
 * backend's copy only in its next garbage collection, so a baseline taken in between would count
 * a row that is about to go.
 */
export async function baseline(t: CensusTargets): Promise<Census> {
  let c = await census(t);
  if (!t.sn) return c;
  const name = t.sn.name;
  const caughtUp = (x: Census) =>
    x.snapshotterRows === undefined || x.snapshotterRows === x.snapshots.filter((s) => s.startsWith(`${name}:`)).length;
  const deadline = Date.now() + 120_000;
  while (!caughtUp(c) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    c = await census(t);
  }
  if (!caughtUp(c))
    throw new Error(`the snapshotter kept ${c.snapshotterRows} rows for containerd's ${JSON.stringify(c.snapshots)} for 120 s`);
  return c;
}

/**
 * A daemon that is the same process with no more fds than at the baseline counts as unchanged;
 * so does one in `replaced` (a daemon the test made start anew) with no more fds.
 */
function comparable(c: Census, base: Census, replaced: string[] = []): Census {
  const daemons: Census['daemons'] = {};
  for (const [k, v] of Object.entries(c.daemons)) {
    const b = base.daemons[k];
    daemons[k] = v && b && (v.pid === b.pid || replaced.includes(k)) && v.fds <= b.fds ? b : v;
  }
  return { ...c, daemons };
}

/**
 * What containerd's log says about what was left (the names of leftover bundles and snapshots),
 * garbage collection and leases: shown when a census stays off, so a rare leftover leaves its cause.
 */
function containerdLines(cd: Containerd, now: Census, want: Census): string {
  const leftBundles = now.bundles.filter((b) => !want.bundles?.includes(b));
  const extra = [...leftBundles, ...now.snapshots.filter((s) => !want.snapshots?.includes(s)).map((s) => s.slice(s.indexOf(':') + 1))];
  try {
    const lines = readFileSync(join(cd.dir, 'containerd.log'), 'utf8').split('\n');
    const named = lines.filter((l) => extra.some((e) => l.includes(e)));
    const gc = lines.filter((l) => /garbage|gc\b|lease/i.test(l));
    const bundleDir = join(cd.dir, 'state/io.containerd.runtime.v2.task', cd.namespace);
    const listing = leftBundles.flatMap((b) => listTree(join(bundleDir, b)));
    return [
      ...listing,
      `containerd's log on ${extra.join(', ') || 'the leftovers'} (last 40 of ${named.length}):`,
      ...named.slice(-40),
      `containerd's log on garbage collection and leases (last 20 of ${gc.length}):`,
      ...gc.slice(-20),
    ].join('\n');
  } catch (err) {
    return `containerd's log unreadable: ${(err as Error).message}`;
  }
}

/** Every path under `dir` with its modification time (ISO), for a leftover's post-mortem. */
function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    try {
      const st = lstatSync(p);
      out.push(`${st.mtime.toISOString()} ${st.isDirectory() ? 'd' : st.isSymbolicLink() ? 'l' : 'f'} ${p}`);
      if (st.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    } catch (err) {
      out.push(`${p}: ${(err as Error).message}`);
    }
  };
  walk(dir);
  return out;
}

/** Runs `n` jobs with at most `concurrency` at once; returns their results in order. */
export async function pool<T>(n: number, concurrency: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < n; i = next++) out[i] = await job(i);
  };
  await Promise.all(Array.from({ length: Math.min(n, concurrency) }, worker));
  return out;
}

/**
 * Waits until the census equals `before` again (daemons: same process, no more fds), then
 * asserts it, so a failure shows exactly what was left. `ignore` drops fields a test changes on
 * purpose (e.g. the shim daemon after it was SIGKILLed); a daemon in `replaced` may be a new
 * process, but with no more fds than the old one had.
 */
export async function settled(
  t: CensusTargets,
  before: Census,
  ignore: (keyof Census | `daemons.${string}`)[] = [],
  replaced: string[] = [],
): Promise<Census> {
  const strip = (c: Census): Census => {
    const out = { ...c, daemons: { ...c.daemons } } as Census & Record<string, unknown>;
    for (const k of ignore) {
      if (k.startsWith('daemons.')) delete out.daemons[k.slice(8)];
      else delete out[k];
    }
    return out;
  };
  const want = strip(before);
  let now = strip(comparable(await census(t), before, replaced));
  const deadline = Date.now() + 120_000;
  while (JSON.stringify(now) !== JSON.stringify(want) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    now = strip(comparable(await census(t), before, replaced));
  }
  if (JSON.stringify(now) !== JSON.stringify(want)) console.error(containerdLines(t.cd, now, want));
  expect(now).toEqual(want);
  return now;
}
