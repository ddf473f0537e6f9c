// The containerd Task service (containerd.task.v2.Task, also answered as v3). Each handler is
// named like its RPC: look up the container, delegate to the executor, publish the event.
import { writeJsonAtomic } from '../common/json-file.js';
import { join } from 'node:path';
import { containerd } from '../generated/protos.js';
import { alreadyExists, invalidArgument, notFound, unimplemented } from '../common/errdefs.js';
import type { Mount, OciSpec } from '../common/oci.js';
import type { Executor, StdioConfig } from '../executor/executor.js';
import { Container } from './container.js';
import { ShimProcess } from './process.js';
import { timestamp, type Publisher } from './events.js';
import { containerLogger, type Logger } from '../common/log.js';
import { BUNDLE_STATE_FILE } from './paths.js';
import type { CallContext } from '../ttrpc/server.js';
import { encodeProcessInfo } from '../common/process-info.js';
import { encodeMetrics, parseProcessSpec, parseResources, parseRootfs, readSpec } from './task-input.js';
import { TaskEvents } from './task-events.js';
import { LostTasks, UNCLAIMED_EXIT } from './lost-tasks.js';

type T = typeof containerd.task.v2;
const task = containerd.task.v2;
/** containerd 1.6 gives a reloaded shim's Connect 5 s (io.containerd.timeout.shim.load). */
const CONNECT_WAIT_MS = 3000;

export interface TaskServiceDeps {
  publisher: Publisher;
  log: Logger;
  /** Picks the executor for a container (native or vm). */
  chooseExecutor: (
    req: { id: string; bundle: string; spec: OciSpec; rootfs: Mount[]; options: containerd.task.v2.ICreateTaskRequest['options'] },
    log: Logger,
  ) => Promise<Executor>;
  /** Called whenever the set of containers changes, so the daemon can exit when it is empty. */
  onContainersChanged: (count: number) => void;
  version: string;
}

export class TaskService {
  private readonly containers = new Map<string, Container>();

  private readonly events: TaskEvents;

  constructor(private readonly d: TaskServiceDeps) {
    this.events = new TaskEvents(d.publisher);
  }

  /** Containers held plus Creates still under way (a VM container's Create can take a boot). */
  private creating = 0;
  /** Creates under way by id, so a Connect for one can wait for its outcome. */
  private readonly pending = new Map<string, Promise<unknown>>();
  /** Ids it holds no task for, remembered for a containerd that reloads their bundles (lost-tasks.ts). */
  private readonly lost = new LostTasks();

  get size(): number {
    return this.containers.size + this.creating;
  }

  has(id: string): boolean {
    return this.containers.has(id);
  }

  private get(id: string): Container {
    const c = this.containers.get(id);
    if (!c) throw notFound(`container ${id} not found`);
    return c;
  }

  async Create(
    r: InstanceType<T['CreateTaskRequest']>,
    ctx?: Pick<CallContext, 'signal'>,
  ): Promise<containerd.task.v2.ICreateTaskResponse> {
    if (!r.id) throw invalidArgument('container id is empty');
    if (this.containers.has(r.id) || this.pending.has(r.id)) throw alreadyExists(`container ${r.id} already exists`);
    this.creating++;
    this.d.onContainersChanged(this.size);
    this.lost.creating(r.id);
    // Pending from its first step, so a Connect arriving at any point waits for the outcome.
    const done = readSpec(r.bundle).then((spec) => {
      const { log, close } = containerLogger(this.d.log, r.bundle, { id: r.id });
      return this.createIn(r, r.bundle, spec, log, close, ctx?.signal);
    });
    this.pending.set(r.id, done);
    try {
      return await done;
    } catch (err) {
      this.lost.forget(r.id);
      throw err;
    } finally {
      this.pending.delete(r.id);
      this.creating--;
      this.d.onContainersChanged(this.size);
    }
  }

  private async createIn(
    r: InstanceType<T['CreateTaskRequest']>,
    bundle: string,
    spec: OciSpec,
    log: Logger,
    close: () => void,
    signal?: AbortSignal,
  ): Promise<containerd.task.v2.ICreateTaskResponse> {
    const stdio: StdioConfig = { stdin: r.stdin, stdout: r.stdout, stderr: r.stderr, terminal: r.terminal };
    const rootfs = parseRootfs(r.rootfs);
    try {
      const executor = await this.d.chooseExecutor({ id: r.id, bundle, spec, rootfs, options: r.options }, log);
      await writeJsonAtomic(join(bundle, BUNDLE_STATE_FILE), { id: r.id, executor: executor.name });
      const handle = await executor.create({ id: r.id, namespace: this.d.publisher.namespace, bundle, spec, rootfs, stdio, log, signal });
      const init = new ShimProcess(r.id, '', stdio, handle.init);
      const c = new Container(r.id, bundle, executor, handle, init, log, close);
      this.containers.set(r.id, c);
      this.d.onContainersChanged(this.size);
      this.watchExit(c, init);
      init.proc.watchOom?.(() => this.publishOom(c));
      this.events.created(r, bundle, init.pid);
      log.info({ executor: executor.name, pid: init.pid }, 'created');
      return { pid: init.pid };
    } catch (err) {
      log.error({ err }, 'create failed');
      close();
      throw err;
    }
  }

  /** When Connect first answered for `id` while nothing claimed it (an init only), if so. */
  private unclaimedAt(id: string, execId: string): Date | undefined {
    if (execId || this.containers.has(id) || this.pending.has(id)) return undefined;
    return this.lost.unclaimedAt(id);
  }

  async Start(r: InstanceType<T['StartRequest']>): Promise<containerd.task.v2.IStartResponse> {
    const c = this.get(r.id);
    const p = c.process(r.execId);
    if (r.execId) c.init.state.check('exec'); // an exec runs only inside a running task
    await p.start();
    this.events.started(c.id, r.execId, p.pid);
    p.markStartQueued();
    return { pid: p.pid };
  }

  async Delete(r: InstanceType<T['DeleteRequest']>): Promise<containerd.task.v2.IDeleteResponse> {
    const at = this.unclaimedAt(r.id, r.execId);
    if (at) {
      this.lost.forget(r.id);
      this.d.log.info({ id: r.id }, 'deleted a task containerd kept that was never created here');
      return { pid: 0, exitStatus: UNCLAIMED_EXIT, exitedAt: timestamp(at) };
    }
    const c = this.get(r.id);
    const p = c.process(r.execId);
    const exit = await p.delete();
    if (r.execId) {
      c.execs.delete(r.execId);
      if (!p.state.everStarted) await p.proc.discard?.();
    } else {
      for (const e of c.execs.values()) await e.delete().catch(() => {});
      await c.handle.destroy();
      this.containers.delete(c.id);
      this.events.deleted(c.id, p.pid, exit);
      this.lost.forget(c.id);
      c.log.info({ status: exit.status }, 'deleted');
      c.closeLog();
      this.d.onContainersChanged(this.size);
    }
    return { pid: p.pid, exitStatus: exit.status, exitedAt: timestamp(exit.exitedAt) };
  }

  async Pids(r: InstanceType<T['PidsRequest']>): Promise<containerd.task.v2.IPidsResponse> {
    const c = this.get(r.id);
    if (c.init.hasExited) return { processes: [] };
    // Processes the host's ps cannot see carry what `docker top` shows of them.
    if (c.handle.processes) return { processes: (await c.handle.processes()).map((d) => ({ pid: d.pid, info: encodeProcessInfo(d) })) };
    return { processes: (await c.handle.pids()).map((pid) => ({ pid })) };
  }

  async Pause(r: InstanceType<T['PauseRequest']>): Promise<object> {
    const c = this.get(r.id);
    await c.init.state.run('pause', () => c.handle.pause());
    this.events.paused(c.id);
    return {};
  }

  async Resume(r: InstanceType<T['ResumeRequest']>): Promise<object> {
    const c = this.get(r.id);
    await c.init.state.run('resume', () => c.handle.resume());
    this.events.resumed(c.id);
    return {};
  }

  async Checkpoint(_r: InstanceType<T['CheckpointTaskRequest']>): Promise<object> {
    throw unimplemented('checkpoint is not supported by tandem');
  }

  async Kill(r: InstanceType<T['KillRequest']>): Promise<object> {
    const c = this.get(r.id);
    if (r.all && !r.execId) {
      c.init.state.check('kill');
      await c.handle.killAll(r.signal);
    } else {
      await c.process(r.execId).kill(r.signal);
    }
    return {};
  }

  async Exec(r: InstanceType<T['ExecProcessRequest']>): Promise<object> {
    const c = this.get(r.id);
    if (!r.execId) throw invalidArgument('exec id is empty');
    if (c.execs.has(r.execId)) throw alreadyExists(`exec ${r.execId} already exists in container ${c.id}`);
    c.init.state.check('exec');
    const spec = parseProcessSpec(r.spec?.value);
    const stdio: StdioConfig = { stdin: r.stdin, stdout: r.stdout, stderr: r.stderr, terminal: r.terminal };
    const proc = await c.handle.exec(r.execId, { ...spec, terminal: r.terminal }, stdio);
    const p = new ShimProcess(c.id, r.execId, stdio, proc);
    c.addExec(p);
    this.watchExit(c, p);
    this.events.execAdded(c.id, r.execId);
    return {};
  }

  async ResizePty(r: InstanceType<T['ResizePtyRequest']>): Promise<object> {
    await this.get(r.id).process(r.execId).resize(r.width, r.height);
    return {};
  }

  async CloseIO(r: InstanceType<T['CloseIORequest']>): Promise<object> {
    const p = this.get(r.id).process(r.execId);
    if (r.stdin) await p.closeStdin();
    return {};
  }

  async State(r: InstanceType<T['StateRequest']>): Promise<containerd.task.v2.IStateResponse> {
    const at = this.unclaimedAt(r.id, r.execId);
    if (at) return { id: r.id, status: containerd.v1.types.Status.STOPPED, exitStatus: UNCLAIMED_EXIT, exitedAt: timestamp(at) };
    const c = this.get(r.id);
    const p = c.process(r.execId);
    const exit = p.exitStatus;
    return {
      id: p.execId || c.id,
      bundle: c.bundle,
      pid: p.pid,
      status: p.status,
      stdin: p.stdio.stdin,
      stdout: p.stdio.stdout,
      stderr: p.stdio.stderr,
      terminal: p.stdio.terminal,
      exitStatus: exit?.status ?? 0,
      exitedAt: exit ? timestamp(exit.exitedAt) : null,
      execId: r.execId,
    };
  }

  async Update(r: InstanceType<T['UpdateTaskRequest']>): Promise<object> {
    const c = this.get(r.id);
    c.init.state.check('update'); // as runc's shim: a created, running or paused task, not a stopped one
    await c.handle.update(parseResources(r.resources?.value));
    return {};
  }

  async Wait(r: InstanceType<T['WaitRequest']>): Promise<containerd.task.v2.IWaitResponse> {
    const at = this.unclaimedAt(r.id, r.execId);
    if (at) return { exitStatus: UNCLAIMED_EXIT, exitedAt: timestamp(at) };
    const p = this.get(r.id).process(r.execId);
    const exit = await p.exited;
    return { exitStatus: exit.status, exitedAt: timestamp(exit.exitedAt) };
  }

  async Stats(r: InstanceType<T['StatsRequest']>): Promise<containerd.task.v2.IStatsResponse> {
    const c = this.get(r.id);
    if (!c.handle.stats) throw unimplemented(`stats are not supported by the ${c.executor.name} executor`);
    return { stats: encodeMetrics(await c.handle.stats()) };
  }

  async Connect(r: InstanceType<T['ConnectRequest']>): Promise<containerd.task.v2.IConnectResponse> {
    // Like runc's shim, an id it does not hold is answered (a grouping shim is asked before the
    // container's Create), except one whose Create failed or that was deleted (lost-tasks.ts). A Create under way
    // is waited for, within containerd's load timeout.
    const inFlight = this.pending.get(r.id);
    if (inFlight) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([inFlight.catch(() => {}), new Promise((res) => (timer = setTimeout(res, CONNECT_WAIT_MS)))]);
      clearTimeout(timer);
    }
    if (this.lost.isGone(r.id) && !this.containers.has(r.id))
      throw notFound(`container ${r.id} not found: it was deleted or its create failed`);
    const c = this.containers.get(r.id);
    if (!c && !this.pending.has(r.id)) this.lost.connected(r.id);
    return { shimPid: process.pid, taskPid: c?.init.pid ?? 0, version: this.d.version };
  }

  async Shutdown(_r: InstanceType<T['ShutdownRequest']>): Promise<object> {
    // One daemon serves many containers: it leaves only when it serves none (see daemon.ts).
    this.d.onContainersChanged(this.size);
    return {};
  }

  /** Kills and forgets a container whose client is gone (the `delete` action's fast path). */
  async forceDelete(id: string): Promise<containerd.task.v2.IDeleteResponse | undefined> {
    const c = this.containers.get(id);
    if (!c) return undefined;
    if (!c.init.hasExited) await c.handle.killAll(9).catch(() => {});
    if (c.init.isRunning) await Promise.race([c.init.exited, new Promise((r) => setTimeout(r, 5000))]);
    return this.Delete(task.DeleteRequest.create({ id }));
  }

  private publishOom(c: Container): void {
    c.log.info('oom kill');
    this.events.oom(c.id);
  }

  private watchExit(c: Container, p: ShimProcess): void {
    void p.exited.then(async (exit) => {
      await p.startQueued;
      if (p.execId && !p.state.everStarted) return; // an exec that never ran has no exit to report
      if (!p.execId) await c.handle.killAll(9).catch(() => {}); // nothing outlives its init
      c.log.info({ execId: p.execId, status: exit.status, ...(exit.oomKilled ? { oomKilled: true } : {}) }, 'exited');
      // Before the exit, as containerd's own shims order them: CRI's reason and dockerd's
      // OOMKilled are set by the time the exit is seen.
      if (exit.oomKilled) this.publishOom(c);
      this.events.exited(c.id, p.execId || c.id, p.pid, exit);
    });
  }
}
