// A native container: its root, the mounts the shim made, and its processes. When init exits
// every other process of the container is killed before init's exit settles: nothing
// outlives its container.
import { mkdir } from 'node:fs/promises';
import type { Logger } from 'pino';
import { resolveInRoot } from '../common/in-root.js';
import { failedPrecondition } from '../common/errdefs.js';
import type { OciProcess, OciResources } from '../common/oci.js';
import { refuseLimits } from './resources.js';
import type { ContainerStats, ExecutorContainer, ExecutorProcess, StdioConfig } from '../executor/executor.js';
import type { MountPlatform } from './mount.js';
import { NativeExec } from './exec.js';
import { NativeProcess, type NativeProcessOptions } from './process.js';
import { killUntilGone, signalAll, type ProcessTable } from './procs.js';
import { removeState, writeState, type NativeState } from './state.js';
import { execNamespaces, type NamespacePlan } from './namespaces.js';

export interface NativeContainerDeps {
  id: string;
  namespace: string;
  bundle: string;
  helper: string;
  mounts: MountPlatform;
  table: ProcessTable;
  state: NativeState;
  log: Logger;
  /** The spec's namespaces this container enters (execs join its init's). */
  namespaces?: NamespacePlan;
}

export class NativeContainer implements ExecutorContainer {
  private initProcess: NativeProcess | null = null;
  private destroyed: Promise<void> | null = null;

  constructor(private readonly d: NativeContainerDeps) {}

  get init(): NativeProcess {
    if (!this.initProcess) throw failedPrecondition(`container ${this.d.id} has no init process`);
    return this.initProcess;
  }

  get root(): string {
    return this.d.state.root;
  }

  /** Creates the init process (held before exec until Start). */
  async createInit(process: OciProcess, stdio: StdioConfig, signal?: AbortSignal): Promise<NativeProcess> {
    // As runc does for an init (not an exec): a working directory the tree lacks is made, as
    // root, 0755 (`docker run -w /new/dir`). A failure is left to the helper's chdir to report.
    if (process.cwd && process.cwd !== '/')
      await mkdir(await resolveInRoot(this.d.state.root, process.cwd), { recursive: true, mode: 0o755 }).catch(() => {});
    const ns = this.d.namespaces;
    const p = await this.spawn(process, stdio, { namespaces: ns?.enter, afterExit: () => this.killRest() }, signal);
    this.initProcess = p;
    this.d.state.initPid = p.pid;
    await this.persist();
    return p;
  }

  async exec(execId: string, process: OciProcess, stdio: StdioConfig): Promise<ExecutorProcess> {
    const running = () => {
      const init = this.initProcess;
      if (this.destroyed || !init || init.hasExited)
        throw failedPrecondition(`container ${this.d.id} is not running: cannot exec ${execId}`);
      return init;
    };
    running();
    return new NativeExec(`${execId} of ${this.d.id}`, async () => {
      const init = running();
      const ns = this.d.namespaces;
      return this.spawn(process, stdio, { namespaces: ns && execNamespaces(ns, init.pid) });
    });
  }

  private async spawn(
    process: OciProcess,
    stdio: StdioConfig,
    extra: Pick<NativeProcessOptions, 'namespaces' | 'afterExit'>,
    signal?: AbortSignal,
  ): Promise<NativeProcess> {
    const p = await NativeProcess.create({
      ...extra,
      helper: this.d.helper,
      root: this.d.state.root,
      process,
      stdio,
      ctx: { id: this.d.id, namespace: this.d.namespace, signal },
      log: this.d.log,
    });
    this.d.state.pgids.push(p.pgid); // the helper is a session (and group) leader
    await this.persist();
    return p;
  }

  private async persist(): Promise<void> {
    if (!this.destroyed) await writeState(this.d.bundle, this.d.state);
  }

  /** Init exited: kill everything else of the container so its exit means "all gone". */
  private async killRest(): Promise<void> {
    const left = await killUntilGone(this.d.table, this.d.state.root, this.d.state.pgids);
    if (left.length) this.d.log.warn({ pids: left }, 'container processes survived SIGKILL');
  }

  async pids(): Promise<number[]> {
    const pids = await this.d.table.members(this.d.state.root, this.d.state.pgids);
    const init = this.initProcess?.pid;
    return init !== undefined && pids.includes(init)
      ? [init, ...pids.filter((p) => p !== init).sort((a, b) => a - b)]
      : pids.sort((a, b) => a - b);
  }

  async stats(): Promise<ContainerStats> {
    const pids = await this.pids();
    const u = await this.d.table.usage(pids);
    return {
      pids: pids.length,
      userUsec: u.userUsec,
      systemUsec: u.systemUsec,
      memoryBytes: u.rssBytes,
      anonBytes: u.anonBytes,
      fileBytes: u.fileBytes,
    };
  }

  async update(resources: OciResources): Promise<void> {
    refuseLimits(resources, process.platform);
  }

  async killAll(signal: number): Promise<void> {
    signalAll(await this.pids(), signal);
  }

  /** SIGSTOP every process; twice, so that a process forked during the first pass stops too. */
  async pause(): Promise<void> {
    for (let i = 0; i < 2; i++) signalAll(await this.pids(), 'SIGSTOP');
  }

  async resume(): Promise<void> {
    signalAll(await this.pids(), 'SIGCONT');
  }

  destroy(): Promise<void> {
    this.destroyed ??= this.teardown();
    return this.destroyed;
  }

  private async teardown(): Promise<void> {
    const { table, state, mounts, log } = this.d;
    await killUntilGone(table, state.root, state.pgids);
    // init's own exit handling (stdio flush) must finish before its mounts go away.
    if (this.initProcess) await Promise.race([this.initProcess.exited, new Promise((r) => setTimeout(r, 5000))]);
    await unmountAll(mounts, state, log);
    await removeState(this.d.bundle);
  }
}

/** Unmounts what the shim recorded, then anything still mounted strictly below the root. */
export async function unmountAll(mounts: MountPlatform, state: NativeState, log: Logger): Promise<void> {
  await mounts.unmount(state.mounts, log);
  const below = (await mounts.mountsUnder(state.root)).filter((p) => p !== state.root);
  if (below.length) {
    log.debug({ below }, 'unmounting leftovers below the root');
    await mounts.unmount([...below].reverse(), log);
  }
}
