// One process of a container (init or exec) as the Task service sees it: a small state machine
// over an executor process, with the exit recorded once and Wait usable before Start.
import { containerd } from '../generated/protos.js';
import { failedPrecondition, notFound } from '../common/errdefs.js';
import type { ExecutorProcess, ExitStatus, StdioConfig } from '../executor/executor.js';

const Status = containerd.v1.types.Status;

type State = 'created' | 'running' | 'stopped' | 'deleted';

export class ShimProcess {
  private state: State = 'created';
  private starting = false;
  private exit?: ExitStatus;
  private exitResolve!: (e: ExitStatus) => void;
  /** Settles when the process has exited (or was deleted before it ever ran). */
  readonly exited: Promise<ExitStatus>;
  /** Resolved once /tasks/start (or exec-started) has been queued, so exit always follows it. */
  private startedResolve!: () => void;
  readonly startQueued: Promise<void>;

  constructor(
    readonly containerId: string,
    /** '' for the init process, the exec id otherwise. */
    readonly execId: string,
    readonly stdio: StdioConfig,
    readonly proc: ExecutorProcess,
  ) {
    this.exited = new Promise((r) => (this.exitResolve = r));
    this.startQueued = new Promise((r) => (this.startedResolve = r));
    void proc.exited.then((e) => this.onExit(e));
  }

  get pid(): number {
    return this.proc.pid;
  }

  get status(): number {
    switch (this.state) {
      case 'created':
        return Status.CREATED;
      case 'running':
        return Status.RUNNING;
      default:
        return Status.STOPPED;
    }
  }

  get exitStatus(): ExitStatus | undefined {
    return this.exit;
  }

  get isRunning(): boolean {
    return this.state === 'running';
  }

  get hasExited(): boolean {
    return this.exit !== undefined;
  }

  async start(): Promise<void> {
    if (this.state !== 'created' || this.starting) throw failedPrecondition(`process ${this.label} is ${this.state}, not created`);
    this.starting = true;
    try {
      await this.proc.start();
    } catch (err) {
      this.startedResolve();
      throw err;
    }
    if (this.state === 'created') this.state = 'running';
  }

  markStartQueued(): void {
    this.startedResolve();
  }

  async kill(signal: number): Promise<void> {
    if (this.exit || this.state === 'deleted') throw notFound(`process ${this.label} already finished`);
    await this.proc.kill(signal);
  }

  /** Marks the process deleted; a never-started process is killed and reported as such. */
  async delete(): Promise<ExitStatus> {
    if (this.state === 'running' && !this.exit) throw failedPrecondition(`process ${this.label} must be stopped before deletion`);
    if (!this.exit) {
      await this.proc.kill(9).catch(() => {});
      this.onExit({ status: 128 + 9, exitedAt: new Date() });
    }
    this.state = 'deleted';
    return this.exit!;
  }

  private onExit(e: ExitStatus): void {
    if (this.exit) return;
    this.exit = e;
    if (this.state !== 'deleted') this.state = 'stopped';
    // A process that never started has no /tasks/start to wait for.
    if (!this.starting) this.startedResolve();
    this.exitResolve(e);
  }

  private get label(): string {
    return this.execId || this.containerId;
  }
}
