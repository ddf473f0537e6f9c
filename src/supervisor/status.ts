// `tandem status`: what an instance runs, asked of each part itself: the supervisor (services,
// pids), containerd (version, tasks of every namespace), the CRI plugin, the snapshotter's root,
// the shim daemons, the VM daemon (the VM), and each container's executor as its shim recorded it.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { readJson } from '../common/json-file.js';
import { errorMessage } from '../common/errdefs.js';
import { vmdStatus } from '../linuxvm/vmd/control.js';
import { formatTimeline, isRestored, readTimeline, type TimelineMark } from '../linuxvm/timeline.js';
import { BUNDLE_STATE_FILE } from '../shim/paths.js';
import { chooseBackend } from '../snapshotter/clone.js';
import { ContainerdApi } from './containerd-api.js';
import { host } from './host.js';
import type { Layout } from './layout.js';
import { readStatus } from './control.js';
import type { SupervisorStatus } from './supervisor.js';
import { shimDaemonPids } from './teardown.js';
import type { ServiceState } from './child.js';

export interface ContainerRow {
  namespace: string;
  id: string;
  status: string;
  pid: number;
  executor: string;
}

export interface InstanceStatus {
  running: boolean;
  stateDir: string;
  runDir: string;
  supervisor?: Pick<SupervisorStatus, 'pid' | 'state' | 'startedAt' | 'error'>;
  containerd?: SupervisorStatus['containerd'] & { socket: string; serving: string };
  cri?: SupervisorStatus['cri'] & { endpoint: string };
  services: ServiceState[];
  snapshotter?: { root: string; socket: string; backend: string; usageKiB?: number };
  shimDaemons: { pid: number; namespace?: string; rssKiB?: number }[];
  vm?: {
    backend: string;
    accelerator: string;
    vmmPid: number;
    uptimeS: number;
    rssKiB?: number;
    clients: number;
    containers: number;
    /** Held up with no container by `tandem vm start` / `tandem up --vm` until stopped. */
    held: boolean;
    bootLog: string;
    /** Boot steps by the guest's clock, from the boot log (kernel → agent → first container). */
    timeline: TimelineMark[];
  };
  containers: ContainerRow[];
}

const run = (cmd: string, args: string[]): Promise<string> =>
  new Promise((resolve) => execFile(cmd, args, { timeout: 10_000 }, (err, out) => resolve(err ? '' : out)));

export async function instanceStatus(l: Layout): Promise<InstanceStatus> {
  const sup = await readStatus(l);
  const out: InstanceStatus = {
    running: !!sup,
    stateDir: l.stateDir,
    runDir: l.runDir,
    services: sup?.services ?? [],
    shimDaemons: [],
    containers: [],
  };
  if (!sup) return out;
  out.supervisor = { pid: sup.pid, state: sup.state, startedAt: sup.startedAt, error: sup.error };
  const api = new ContainerdApi(l.containerdSocket);
  try {
    const v = await api.version().catch((err: unknown) => ({ version: '', revision: errorMessage(err) }));
    out.containerd = sup.containerd && {
      ...sup.containerd,
      socket: l.containerdSocket,
      serving: v.version || `not answering: ${v.revision}`,
    };
    out.cri = sup.cri && { ...sup.cri, endpoint: `unix://${l.containerdSocket}` };
    const tasks = await api.allTasks().catch(() => []);
    for (const t of tasks) {
      const rec = await readJson<{ executor?: string }>(
        join(l.containerdState, 'io.containerd.runtime.v2.task', t.namespace, t.id, BUNDLE_STATE_FILE),
      );
      out.containers.push({ ...t, executor: rec?.executor ?? 'other runtime' });
    }
  } finally {
    api.close();
  }
  const backend = await chooseBackend(l.snapshotterRoot).then(
    (b) => b.name as string,
    (err: unknown) => `unknown (${errorMessage(err)})`,
  );
  const du = Number((await run('du', ['-sk', l.snapshotterRoot])).split(/\s/)[0]);
  out.snapshotter = {
    root: l.snapshotterRoot,
    socket: l.snapshotterSocket,
    backend,
    usageKiB: Number.isFinite(du) && du > 0 ? du : undefined,
  };
  const h = host();
  for (const pid of await shimDaemonPids(l.runDir)) {
    const cmd = await run('ps', ['-o', 'command=', '-p', String(pid)]);
    out.shimDaemons.push({ pid, namespace: /-namespace (\S+)/.exec(cmd)?.[1], rssKiB: await h.rssKiB(pid) });
  }
  const vm = await vmdStatus(l.runDir).catch(() => undefined);
  const info = vm?.vm;
  if (vm && info) {
    const vmmPid = info.vmmPid ?? 0;
    out.vm = {
      backend: info.backend ?? '?',
      accelerator: info.accelerator ?? '?',
      vmmPid,
      uptimeS: Math.round((Date.now() - Number(info.bootedAtMs)) / 1000),
      rssKiB: await h.rssKiB(vmmPid),
      clients: vm.clients.length,
      containers: vm.containers.length,
      held: vm.held,
      bootLog: info.bootLog ?? '',
      timeline: info.bootLog ? await readTimeline(info.bootLog).catch(() => []) : [],
    };
  }
  return out;
}

const mib = (kib?: number): string => (kib === undefined ? '?' : `${(kib / 1024).toFixed(0)} MiB`);
const ago = (iso: string): string => {
  const s = Math.round((Date.now() - Date.parse(iso)) / 1000);
  return s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`;
};

export function formatStatus(s: InstanceStatus): string {
  if (!s.running) return `tandem is not running (state dir ${s.stateDir}); start it with: tandem up\n`;
  const lines = [
    `tandem: ${s.supervisor!.state} (supervisor pid ${s.supervisor!.pid}, up ${ago(s.supervisor!.startedAt)}), state dir ${s.stateDir}`,
  ];
  if (s.supervisor?.error) lines.push(`  error: ${s.supervisor.error}`);
  for (const svc of s.services)
    lines.push(
      `  ${svc.name.padEnd(12)} ${svc.state.padEnd(10)} pid ${svc.pid ?? '-'}${svc.restarts ? `, restarted ${svc.restarts}x` : ''}  log ${svc.log}`,
    );
  if (s.containerd)
    lines.push(
      `containerd    ${s.containerd.version} (config version ${s.containerd.configVersion}), ${s.containerd.serving ? `serving ${s.containerd.serving}` : ''} on unix://${s.containerd.socket}`,
    );
  if (s.cri)
    lines.push(
      `CRI           ${s.cri.ok ? s.cri.detail : `not serving: ${s.cri.detail}`}; handlers tandem (default), tandem-vm; ${s.cri.endpoint}`,
    );
  if (s.snapshotter)
    lines.push(`snapshotter   backend ${s.snapshotter.backend}, root ${s.snapshotter.root} (${mib(s.snapshotter.usageKiB)})`);
  lines.push(
    `shim daemons  ${s.shimDaemons.length ? s.shimDaemons.map((d) => `pid ${d.pid} (namespace ${d.namespace ?? '?'}, ${mib(d.rssKiB)})`).join(', ') : 'none (one starts with the first container of a namespace)'}`,
  );
  lines.push(
    s.vm
      ? `VM            ${s.vm.backend}/${s.vm.accelerator}, VMM pid ${s.vm.vmmPid}, up ${s.vm.uptimeS} s, ${mib(s.vm.rssKiB)} resident, ${s.vm.containers} container(s), ${s.vm.clients} shim daemon(s) attached${s.vm.held ? ', held up (tandem vm start)' : ''}`
      : 'VM            not running (it boots with the first VM container)',
  );
  if (s.vm?.timeline.length)
    lines.push(
      isRestored(s.vm.timeline)
        ? "  start timeline (restored from its saved VM; seconds from QEMU's start):"
        : '  boot timeline (guest uptime):',
      formatTimeline(s.vm.timeline, '    '),
    );
  const by = (e: string) => s.containers.filter((c) => c.executor === e);
  const executors = [...new Set(s.containers.map((c) => c.executor))].sort();
  if (!s.containers.length) lines.push('containers    none');
  executors.forEach((e, i) =>
    lines.push(
      `${i ? '              ' : 'containers    '}${e}: ${by(e)
        .map((c) => `${c.namespace}/${c.id} (${c.status.toLowerCase()})`)
        .join(', ')}`,
    ),
  );
  return `${lines.join('\n')}\n`;
}
