// A container held by the daemon: its executor handle, init process and exec processes.
import { alreadyExists, failedPrecondition, notFound } from '../common/errdefs.js';
import type { Executor, ExecutorContainer } from '../executor/executor.js';
import type { Logger } from '../common/log.js';
import { ShimProcess } from './process.js';

export class Container {
  readonly execs = new Map<string, ShimProcess>();
  paused = false;

  constructor(
    readonly id: string,
    readonly bundle: string,
    readonly executor: Executor,
    readonly handle: ExecutorContainer,
    readonly init: ShimProcess,
    readonly log: Logger,
    readonly closeLog: () => void,
  ) {}

  /** The init process for '' and the exec otherwise. */
  process(execId: string): ShimProcess {
    if (!execId) return this.init;
    const p = this.execs.get(execId);
    if (!p) throw notFound(`process ${execId} not found in container ${this.id}`);
    return p;
  }

  addExec(p: ShimProcess): void {
    if (this.execs.has(p.execId)) throw alreadyExists(`exec ${p.execId} already exists in container ${this.id}`);
    this.execs.set(p.execId, p);
  }

  requireRunning(what: string): void {
    if (!this.init.isRunning) throw failedPrecondition(`cannot ${what}: container ${this.id} is not running`);
  }
}
