// A container held by the daemon: its executor handle, init process and exec processes. The
// task's state (paused included) is its init process's state (process-state.ts).
import { alreadyExists, notFound } from '../common/errdefs.js';
import type { Executor, ExecutorContainer } from '../executor/executor.js';
import type { Logger } from '../common/log.js';
import { ShimProcess } from './process.js';

export class Container {
  readonly execs = new Map<string, ShimProcess>();

  constructor(
    readonly id: string,
    readonly bundle: string,
    readonly executor: Executor,
    readonly handle: ExecutorContainer,
    readonly init: ShimProcess,
    readonly log: Logger,
    readonly closeLog: () => void,
  ) {
    // A task that exits while paused is thawed, so what is left of it can be reaped (as runc's shim does).
    init.onExitFrom = (was) => {
      if (was === 'paused') void handle.resume().catch((err: unknown) => log.debug({ err }, 'thaw after exit'));
    };
  }

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
}
