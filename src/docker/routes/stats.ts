// docker stats: GET /containers/{id}/stats (one-shot with stream=false, else one sample a
// second) from containerd's task metrics, which the tandem shim reports as cgroup v2 Metrics
// (native: summed over the container's processes; VM: its cgroup in the guest).
import os from 'node:os';
import { HttpError, parseFilters, queryBool, type Ctx } from '../api.js';
import { pruneFilter } from '../prune-filters.js';
import { io } from '../../generated/protos.js';
import type { Engine } from '../engine.js';
import type { ContainerRecord } from '../containers/types.js';
import type { Route } from '../server.js';

interface Sample {
  read: string;
  cpu: number;
  system: number;
  user: number;
  kernel: number;
  pids: number;
  memory: number;
  /** The cgroup's limit or the container's machine's memory (0: not reported). */
  limit: number;
  /** cgroup v2 memory.stat counters the CLI reads (inactive_file comes off the usage it shows). */
  memStats: Record<string, number>;
}

async function sample(e: Engine, c: ContainerRecord): Promise<Sample> {
  const r = await e.cd.call('tasks.Metrics', { filters: [`id==${c.Id}`] });
  const data = r.metrics?.[0]?.data?.value;
  const m = data ? io.containerd.cgroups.v2.Metrics.decode(data) : undefined;
  const cpus = os.cpus();
  const system = cpus.reduce((n, cpu) => n + cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq + cpu.times.idle, 0) * 1e6;
  return {
    read: new Date().toISOString(),
    cpu: Number(m?.cpu?.usageUsec ?? 0) * 1000,
    user: Number(m?.cpu?.userUsec ?? 0) * 1000,
    kernel: Number(m?.cpu?.systemUsec ?? 0) * 1000,
    system,
    pids: Number(m?.pids?.current ?? 0),
    memory: Number(m?.memory?.usage ?? 0),
    limit: Number(m?.memory?.usageLimit ?? 0),
    memStats: m?.memory
      ? { anon: Number(m.memory.anon ?? 0), file: Number(m.memory.file ?? 0), inactive_file: Number(m.memory.inactiveFile ?? 0) }
      : {},
  };
}

function view(c: ContainerRecord, now: Sample, pre: Sample | undefined): object {
  const cpuStats = (s: Sample | undefined) => ({
    cpu_usage: { total_usage: s?.cpu ?? 0, usage_in_kernelmode: s?.kernel ?? 0, usage_in_usermode: s?.user ?? 0 },
    system_cpu_usage: s?.system ?? 0,
    online_cpus: os.cpus().length,
    throttling_data: { periods: 0, throttled_periods: 0, throttled_time: 0 },
  });
  return {
    read: now.read,
    preread: pre?.read ?? '0001-01-01T00:00:00Z',
    pids_stats: { current: now.pids },
    blkio_stats: {},
    num_procs: 0,
    storage_stats: {},
    cpu_stats: cpuStats(now),
    precpu_stats: cpuStats(pre),
    // The shim reports the limit where the container runs (a VM container's is the guest's memory).
    memory_stats: { usage: now.memory, limit: now.limit || c.HostConfig.Memory || os.totalmem(), stats: now.memStats },
    name: c.Name,
    id: c.Id,
  };
}

export function statsRoutes(e: Engine): Route[] {
  async function getContainersStats(ctx: Ctx): Promise<void> {
    const c = e.containers.get(ctx.params.id ?? '');
    const stream = ctx.query.get('stream') === null ? true : queryBool(ctx.query, 'stream');
    const running = () => e.containers.list().find((x) => x.Id === c.Id)?.State.Status === 'running';
    if (!stream) {
      if (!running())
        return ctx.json(
          200,
          view(
            c,
            { read: new Date().toISOString(), cpu: 0, system: 0, user: 0, kernel: 0, pids: 0, memory: 0, limit: 0, memStats: {} },
            undefined,
          ),
        );
      // One-shot: two samples a moment apart, so the CLI can compute a CPU percentage.
      const pre = await sample(e, c);
      await new Promise((r) => setTimeout(r, queryBool(ctx.query, 'one-shot') ? 0 : 500));
      return ctx.json(200, view(c, await sample(e, c), pre));
    }
    if (!running()) throw new HttpError(409, `Container ${c.Id} is not running`);
    const out = ctx.jsonStream();
    let pre: Sample | undefined;
    while (!out.closed && running()) {
      const now = await sample(e, c).catch(() => undefined);
      if (!now) break;
      out.write(view(c, now, pre));
      pre = now;
      await new Promise((r) => setTimeout(r, 1000));
    }
    out.end();
  }

  /** `docker container prune`: the stopped containers `until`, `label` and `label!` select; their writable layers' size reclaimed. */
  async function postContainersPrune(ctx: Ctx): Promise<void> {
    const pf = pruneFilter(parseFilters(ctx.query), ['until', 'label', 'label!']);
    const deleted: string[] = [];
    let reclaimed = 0;
    for (const c of e.containers.list()) {
      if (c.State.Status !== 'exited' && c.State.Status !== 'created' && c.State.Status !== 'dead') continue;
      if (!pf.takes(Date.parse(c.Created), c.Config.Labels)) continue;
      const size = await e.containerSizeRw(c);
      await e.containers.remove(c.Id, {});
      deleted.push(c.Id);
      reclaimed += size;
    }
    e.events.emit('container', 'prune', '', { reclaimed: String(reclaimed) });
    ctx.json(200, { ContainersDeleted: deleted, SpaceReclaimed: reclaimed });
  }

  return [
    { method: 'GET', path: '/containers/:id/stats', handler: getContainersStats },
    { method: 'POST', path: '/containers/prune', handler: postContainersPrune },
  ];
}
