// Docker containers over containerd: a Docker container is a containerd container (the OCI
// spec, the runtime, a snapshot of its image) plus the record kept in the endpoint's store,
// and while it runs, a containerd task whose stdio FIFOs the endpoint reads. This file holds
// the lifecycle: start, restart, pause, rename, remove (create is create.ts, the task's start
// start.ts, its exit exit.ts, stop and kill stop.ts).
import { join } from 'node:path';
import { errorMessage } from '../../common/errdefs.js';
import type { Logger } from '../../common/log.js';
import type { OciSpec } from '../../common/oci.js';
import { HttpError, notModified } from '../api.js';
import type { ContainerdClient } from '../containerd.js';
import type { EventBus } from '../events.js';
import type { ImageStore, ResolvedImage } from '../image/store.js';
import type { Platform } from '../image/oci.js';
import type { Store } from '../store.js';
import type { Volumes } from '../volumes.js';
import type { Networks } from '../networks.js';
import { LiveContainer } from './live.js';
import { checkName, containerByRef } from './names.js';
import { ProcessStdio, fifoPaths, type FifoPaths } from './stdio.js';
import { FifoPool } from './fifo-pool.js';
import { containerEventAttrs, type ContainerRecord, type CreateBody } from './types.js';
import { PortForwards } from './forward.js';
import { writeHosts } from './hosts.js';
import { ownFilePaths, runsInGuest } from './own-files.js';
import { createContainer } from './create.js';
import { startTask } from './start.js';
import { policyRestarts, restartDelayMs } from './restart-policy.js';
import { recoverContainers } from './recover.js';
import { removeContainer, type RemoveOptions } from './remove.js';
import { recordExit, recordOom, watchExit } from './exit.js';
import { haltContainer, killContainer, stopContainer } from './stop.js';

export const RUNTIMES = ['tandem', 'tandem-vm'] as const;
export const SHIM_RUNTIME = 'io.containerd.tandem.v1';
export const SPEC_TYPE = 'types.containerd.io/opencontainers/runtime-spec/1/Spec';
export const LABEL_NAME = 'io.containerd.tandem.docker.name';
/** A first VM container boots the guest inside Create (minutes under TCG). */
export const TASK_TIMEOUT_MS = 10 * 60_000;

export interface ContainerDeps {
  cd: ContainerdClient;
  store: Store;
  images: ImageStore;
  volumes: Volumes;
  networks: Networks;
  events: EventBus;
  stateDir: string;
  /** Where mounts of a moment go (a container's rootfs to read a file, a copy-up): stateDir/tmp. */
  scratch: string;
  snapshotterFor: (p: Platform) => string;
  log: Logger;
}

/** Whether a container runs in the VM by its runtime or annotation (else dispatch decides: native here). */
export const inVm = (runtime: string | undefined, host: { Annotations?: Record<string, string> | null }) =>
  runtime === 'tandem-vm' || host.Annotations?.['io.containerd.tandem.runtime'] === 'vm';

/**
 * Whether the shim runs it in the VM: by its runtime, or by its platform (every linux container
 * on a Mac, a foreign architecture's on Linux). Its ports, hosts file and limits follow.
 */
export const inGuest = (c: ContainerRecord) => runsInGuest(inVm(c.Runtime, c.HostConfig), c.Platform) === true;

export class Containers {
  readonly live = new Map<string, LiveContainer>();
  /** The host ports of native containers, relayed by the endpoint. */
  readonly forwards = new PortForwards();
  private readonly removed = new Map<string, Set<() => void>>();
  /** Starts under way (run), so that a stop or rm of a container its policy is restarting waits for them. */
  private readonly starting = new Map<string, Promise<void>>();
  /** Set by shutdown(): exits are recorded, restart policies wait for the next start. */
  private shuttingDown = false;

  /** FIFOs made ahead (containers' and execs' stdio). */
  readonly fifos: FifoPool;

  constructor(readonly d: ContainerDeps) {
    this.fifos = new FifoPool(join(d.stateDir, 'fifos'));
  }

  dir(id: string): string {
    return join(this.d.stateDir, 'containers', id);
  }

  hostsPath(id: string): string {
    return ownFilePaths(this.dir(id)).hosts;
  }

  /** Rewrites the hosts files of every container that has one (membership changed). */
  async refreshHosts(): Promise<void> {
    await writeHosts(this.d.store.containers(), (id) => this.hostsPath(id), inGuest);
  }

  initFifos(c: ContainerRecord): FifoPaths {
    return fifoPaths(this.dir(c.Id), 'init', { stdin: !!c.Config.OpenStdin, tty: !!c.Config.Tty });
  }

  logPath(id: string): string {
    return join(this.dir(id), `${id}-json.log`);
  }

  /** A container's log file refusing entries (a full disk): said once per spell, output still flows. */
  logFailed(id: string): (err: unknown) => void {
    return (err) =>
      this.d.log.warn({ id, err: errorMessage(err) }, 'container log: entries not written to its file; attached clients still get them');
  }

  liveOf(id: string): LiveContainer {
    let l = this.live.get(id);
    if (!l) this.live.set(id, (l = new LiveContainer()));
    return l;
  }

  /** By full id, name (with or without the slash) or a unique id prefix. */
  get(ref: string): ContainerRecord {
    return containerByRef(this.d.store.containers(), ref);
  }

  list(): ContainerRecord[] {
    return this.d.store.containers();
  }

  emit(c: ContainerRecord, action: string, extra: Record<string, string> = {}): void {
    this.d.events.emit('container', action, c.Id, { ...containerEventAttrs(c), ...extra });
  }

  /** `docker create` (create.ts). */
  create(body: CreateBody, nameIn: string | null, image: ResolvedImage, version?: string): Promise<{ Id: string; Warnings: string[] }> {
    return createContainer(this, body, nameIn, image, version);
  }

  isRunning(c: ContainerRecord): boolean {
    return c.State.Status === 'running' || c.State.Status === 'paused' || c.State.Status === 'restarting';
  }

  async start(ref: string): Promise<void> {
    const c = this.get(ref);
    if (c.State.Status === 'paused') throw new HttpError(409, 'cannot start a paused container, try unpause instead');
    if (this.isRunning(c)) throw notModified();
    await this.userStart(c);
  }

  /** A start the user asked for (start, restart): the policy's count begins again (dockerd's ResetRestartManager). */
  private async userStart(c: ContainerRecord): Promise<void> {
    c.StoppedByUser = false;
    c.RestartCount = 0;
    this.d.store.putContainer(c);
    await this.run(c);
  }

  /** Creates and starts the task (startTask), known as under way until it is done. */
  async run(c: ContainerRecord): Promise<void> {
    const started = startTask(this, c);
    this.starting.set(c.Id, started);
    try {
      await started;
    } finally {
      if (this.starting.get(c.Id) === started) this.starting.delete(c.Id);
    }
  }

  /** Resolves once no start of this container is under way (whatever its outcome). */
  async startSettled(id: string): Promise<void> {
    await this.starting.get(id)?.catch(() => {});
  }

  /** Follows the task until it exits (across containerd restarts), then records the exit (exit.ts). */
  watch(id: string, io: ProcessStdio): void {
    watchExit(this, id, io);
  }

  /** containerd's /tasks/oom for a container (oom-watch.ts, exit.ts). */
  oomKilled(id: string): void {
    recordOom(this, id);
  }

  /** Records an exit: ports, the task, stdio, the record, --rm and the restart policy (exit.ts). */
  exited(id: string, io: ProcessStdio, status: number, at: Date): Promise<void> {
    return recordExit(this, id, io, status, at);
  }

  /** Whether its restart policy brings an exited container back (never during a shutdown). */
  restartWanted(c: ContainerRecord): boolean {
    return !this.shuttingDown && policyRestarts(c);
  }

  /** Brings a `restarting` container back after its policy's back-off (for recover.ts too). */
  scheduleRestart(c: ContainerRecord): void {
    setTimeout(() => {
      const fresh = this.d.store.containers().find((x) => x.Id === c.Id);
      if (!fresh || fresh.State.Status !== 'restarting') return;
      if (fresh.StoppedByUser) {
        fresh.State.Status = 'exited';
        this.d.store.putContainer(fresh);
        return;
      }
      fresh.RestartCount++;
      this.d.store.putContainer(fresh);
      this.run(fresh).catch((err) => this.d.log.warn({ id: c.Id, err: errorMessage(err) }, 'restart failed'));
    }, restartDelayMs(c.RestartCount)).unref();
  }

  /** Resolves with the exit code once the container is not running (or at its next exit). */
  waitExit(c: ContainerRecord, next: boolean): Promise<number> {
    if (!next && !this.isRunning(c)) return Promise.resolve(c.State.ExitCode);
    const live = this.liveOf(c.Id);
    return new Promise((resolve) => {
      const off = live.onExit(() => {
        off();
        resolve(this.d.store.containers().find((x) => x.Id === c.Id)?.State.ExitCode ?? c.State.ExitCode);
      });
    });
  }

  waitRemoved(id: string): Promise<void> {
    if (!this.d.store.containers().some((c) => c.Id === id)) return Promise.resolve();
    return new Promise((resolve) => {
      let set = this.removed.get(id);
      if (!set) this.removed.set(id, (set = new Set()));
      set.add(resolve);
    });
  }

  /** `docker kill` (stop.ts). */
  kill(ref: string, signal: string | undefined): Promise<void> {
    return killContainer(this, ref, signal);
  }

  /** SIGTERM (or StopSignal), SIGKILL after t seconds; 304 when already stopped (stop.ts). */
  stop(ref: string, t: number | undefined, signal?: string): Promise<void> {
    return stopContainer(this, ref, t, signal);
  }

  /**
   * dockerd's shutdown (without --live-restore): every running container is stopped as
   * `docker stop` would, its exit status recorded, and no restart policy acts on it; those
   * policies bring it back at the next start (recover). Not a user's stop: `unless-stopped`
   * containers come back too.
   */
  async shutdown(): Promise<void> {
    this.shuttingDown = true;
    const running = this.list().filter((c) => this.isRunning(c) && c.State.Status !== 'restarting');
    this.d.log.info({ count: running.length }, 'stopping running containers for the shutdown');
    await Promise.allSettled(
      running.map((c) =>
        haltContainer(this, c, undefined).catch((err) => this.d.log.warn({ id: c.Id, err: errorMessage(err) }, 'stop at shutdown failed')),
      ),
    );
  }

  async restart(ref: string, t: number | undefined, signal?: string): Promise<void> {
    const c = this.get(ref);
    if (this.isRunning(c))
      await this.stop(c.Id, t, signal).catch((err) => (err instanceof HttpError && err.status === 304 ? undefined : Promise.reject(err)));
    const fresh = this.get(c.Id);
    await this.userStart(fresh);
    this.emit(fresh, 'restart');
  }

  async pause(ref: string, pause: boolean): Promise<void> {
    const c = this.get(ref);
    if (!this.isRunning(c)) throw new HttpError(409, `Container ${c.Id} is not running`);
    if (pause && c.State.Status === 'paused') throw new HttpError(409, `Container ${c.Id} is already paused`);
    if (!pause && c.State.Status !== 'paused') throw new HttpError(409, `Container ${c.Id} is not paused`);
    await this.d.cd.call(pause ? 'tasks.Pause' : 'tasks.Resume', { containerId: c.Id });
    c.State.Status = pause ? 'paused' : 'running';
    this.d.store.putContainer(c);
    this.emit(c, pause ? 'pause' : 'unpause');
  }

  rename(ref: string, newName: string): void {
    const c = this.get(ref);
    const name = checkName(newName);
    const old = c.Name;
    this.d.store.renameContainer(c, name);
    this.d.cd
      .call('containers.Update', {
        container: { id: c.Id, labels: { [LABEL_NAME]: name.slice(1) } },
        updateMask: { paths: [`labels.${LABEL_NAME}`] },
      })
      .catch(() => {});
    this.emit(c, 'rename', { oldName: old });
  }

  /** rm (remove.ts). */
  remove(ref: string, opts: RemoveOptions): Promise<void> {
    return removeContainer(this, ref, opts);
  }

  /** Wakes the waiters of waitRemoved (once the container is gone). */
  removedNow(id: string): void {
    for (const f of this.removed.get(id) ?? []) f();
    this.removed.delete(id);
  }

  /** Ids of the containers that mount a volume. */
  volumeUsers(name: string): string[] {
    return this.d.store
      .containers()
      .filter((c) => c.Mounts.some((m) => m.Type === 'volume' && m.Name === name))
      .map((c) => c.Id);
  }

  /** After a restart of the endpoint (recover.ts). */
  recover(): Promise<void> {
    return recoverContainers(this);
  }
}

/** Changes the containerd container's spec (what its next task is created from). */
export async function editSpec(cd: ContainerdClient, id: string, edit: (spec: OciSpec) => void): Promise<void> {
  const got = await cd.call('containers.Get', { id });
  const spec = JSON.parse(Buffer.from(got.container!.spec!.value!).toString('utf8')) as OciSpec;
  edit(spec);
  await cd.call('containers.Update', {
    container: { id, spec: { type_url: SPEC_TYPE, value: Buffer.from(JSON.stringify(spec)) } },
    updateMask: { paths: ['spec'] },
  });
}
