// One process of a container (init or exec) as the Task service sees it: its state machine
// (process-state.ts) over an executor process, with the exit recorded once and Wait usable
// before Start.
import type { ExecutorProcess, ExitStatus, StdioConfig } from '../executor/executor.js';
import { ProcessState, type State } from './process-state.js';

/** How long a process whose start failed may take to exit before it is killed. */
const FAILED_START_EXIT_MS = 10_000;

export class ShimProcess {
  readonly state: ProcessState;
  private startFailed = false;
  private heldExit?: ExitStatus;
  private exit?: ExitStatus;
  private exitResolve!: (e: ExitStatus) => void;
  /** Settles when the process has exited (or was deleted before it ever ran). */
  readonly exited: Promise<ExitStatus>;
  /** Resolved once /tasks/start (or exec-started) has been queued, so exit always follows it. */
  private startedResolve!: () => void;
  readonly startQueued: Promise<void>;
  /** Called with the state the process left when it exited (a paused task must be thawed). */
  onExitFrom?: (was: State) => void;

  constructor(
    readonly containerId: string,
    /** '' for the init process, the exec id otherwise. */
    readonly execId: string,
    readonly stdio: StdioConfig,
    readonly proc: ExecutorProcess,
  ) {
    this.state = new ProcessState(execId ? 'exec' : 'init', execId ? `exec ${execId} of task ${containerId}` : `task ${containerId}`);
    this.exited = new Promise((r) => (this.exitResolve = r));
    this.startQueued = new Promise((r) => (this.startedResolve = r));
    void proc.exited.then((e) => {
      // An exec whose start failed stays created (nothing of it ran): what its executor reports
      // about the failed attempt is not its exit. Whether it failed is known when Start answers.
      if (this.execId && this.startFailed) return;
      if (this.execId && this.state.pending === 'start') this.heldExit = e;
      else this.onExit(e);
    });
  }

  get pid(): number {
    return this.proc.pid;
  }

  get status(): number {
    return this.state.status;
  }

  get exitStatus(): ExitStatus | undefined {
    return this.exit;
  }

  /** Running or paused: the process exists and has not exited. */
  get isRunning(): boolean {
    return this.state.state === 'running' || this.state.state === 'paused';
  }

  get hasExited(): boolean {
    return this.exit !== undefined;
  }

  async start(): Promise<void> {
    this.state.check('start'); // refused outright: nothing was attempted
    this.startFailed = false;
    try {
      await this.state.run('start', () => this.proc.start());
    } catch (err) {
      if (this.execId) {
        this.startFailed = true;
        this.heldExit = undefined;
        await this.proc.discard?.().catch(() => {});
      } else {
        await this.settleFailedStart();
      }
      this.startedResolve();
      throw err;
    }
    if (this.heldExit) this.onExit(this.heldExit);
  }

  /**
   * An init whose start failed is on its way out (its program could not be executed): wait
   * until its exit is recorded, so the task is STOPPED when Start answers, as with runc's shim,
   * and a client may delete it at once (containerd's client refuses to delete a CREATED task).
   */
  private async settleFailedStart(): Promise<void> {
    const within = (ms: number) =>
      Promise.race([this.exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref())]);
    if (await within(FAILED_START_EXIT_MS)) return;
    await this.proc.kill(9).catch(() => {});
    await within(FAILED_START_EXIT_MS);
  }

  markStartQueued(): void {
    this.startedResolve();
  }

  async kill(signal: number): Promise<void> {
    this.state.check('kill');
    await this.proc.kill(signal);
  }

  /** Resizes the terminal; a process without one has nothing to resize (runc's shim: a no-op). */
  async resize(width: number, height: number): Promise<void> {
    if (!this.stdio.terminal) return;
    this.state.check('resize');
    await this.proc.resize(width, height);
  }

  async closeStdin(): Promise<void> {
    this.state.check('closeIO');
    await this.proc.closeStdin();
  }

  /**
   * Deletes a created or stopped process. A created init holds a real (waiting) process, which
   * is killed and reported as such; a created exec never ran anything, so its status is 0.
   */
  async delete(): Promise<ExitStatus> {
    await this.state.run('delete', async () => {
      if (this.exit) return;
      if (this.execId) {
        this.onExit({ status: 0, exitedAt: new Date() });
        return;
      }
      await this.proc.kill(9).catch(() => {});
      this.onExit({ status: 128 + 9, exitedAt: new Date() });
    });
    return this.exit!;
  }

  private onExit(e: ExitStatus): void {
    if (this.exit) return;
    this.exit = e;
    const was = this.state.exited();
    // A process that never started has no /tasks/start to wait for (one starting still will).
    if (!this.state.everStarted && this.state.pending !== 'start') this.startedResolve();
    this.onExitFrom?.(was);
    this.exitResolve(e);
  }
}
