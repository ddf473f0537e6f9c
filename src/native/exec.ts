// An exec of a native container. As with runc's shim, which runs `runc exec` only at Start,
// nothing happens at Exec: the helper is started (and the client's FIFOs opened) by start(), so
// a program that cannot run (missing, not executable, a bad cwd or user) fails Start, naming it.
import { failedPrecondition } from '../common/errdefs.js';
import type { ExecutorProcess, ExitStatus } from '../executor/executor.js';
import type { NativeProcess } from './process.js';

export class NativeExec implements ExecutorProcess {
  private proc?: NativeProcess;
  private starting = false;
  /** A resize before start: the terminal is sized as soon as it exists. */
  private size?: { width: number; height: number };
  private stdinClosed = false;
  private settle!: (e: ExitStatus) => void;
  readonly exited = new Promise<ExitStatus>((r) => (this.settle = r));

  constructor(
    private readonly label: string,
    /** Starts the helper, held before exec (rejects with the helper's error). */
    private readonly spawn: () => Promise<NativeProcess>,
  ) {}

  get pid(): number {
    return this.proc?.pid ?? 0;
  }

  async start(): Promise<void> {
    if (this.starting) throw failedPrecondition(`exec ${this.label} was already started`);
    this.starting = true;
    try {
      const p = await this.spawn();
      this.proc = p;
      void p.exited.then((e) => this.settle(e));
      if (this.size) await p.resize(this.size.width, this.size.height);
      if (this.stdinClosed) await p.closeStdin();
      await p.start();
    } catch (err) {
      if (!this.proc) this.starting = false; // nothing ran: it may be started again
      throw err;
    }
  }

  async kill(signal: number): Promise<void> {
    if (!this.proc) throw failedPrecondition(`exec ${this.label} has not been started`);
    await this.proc.kill(signal);
  }

  async resize(width: number, height: number): Promise<void> {
    if (this.proc) await this.proc.resize(width, height);
    else this.size = { width, height };
  }

  async closeStdin(): Promise<void> {
    if (this.proc) await this.proc.closeStdin();
    else this.stdinClosed = true;
  }

  /** Deleted before Start: nothing was started or opened. */
  async discard(): Promise<void> {}
}
