// The life of one process of a task (the init or an exec) as the Task service tracks it, the
// same for both executors: one state at a time, and for every operation the states it is
// allowed in. Modelled on containerd's runc shim (pkg/process/init_state.go, exec_state.go),
// which keeps one struct per state with an explicit error for each invalid transition: an RPC
// in the wrong state is answered FailedPrecondition here and never reaches the executor.
import { containerd } from '../generated/protos.js';
import { failedPrecondition, notFound } from '../common/errdefs.js';

const Status = containerd.v1.types.Status;

export type State = 'created' | 'running' | 'paused' | 'stopped' | 'deleted';

/** What may be asked of a process. The first four change its state; the rest keep it. */
export type Op = 'start' | 'pause' | 'resume' | 'delete' | 'exec' | 'kill' | 'resize' | 'closeIO' | 'update';

type Transition = Extract<Op, 'start' | 'pause' | 'resume' | 'delete'>;
type Rules = Record<State, Partial<Record<Op, State>>>;

/** The init process: the task itself. Pause and exec are the task's (an exec has neither). */
const INIT: Rules = {
  created: { start: 'running', delete: 'deleted', kill: 'created', resize: 'created', closeIO: 'created', update: 'created' },
  running: { pause: 'paused', exec: 'running', kill: 'running', resize: 'running', closeIO: 'running', update: 'running' },
  paused: { resume: 'running', kill: 'paused', resize: 'paused', closeIO: 'paused', update: 'paused' },
  stopped: { delete: 'deleted', closeIO: 'stopped' },
  deleted: {},
};

/** An exec: a created exec has no process yet, so there is nothing to signal. */
const EXEC: Rules = {
  created: { start: 'running', delete: 'deleted', resize: 'created', closeIO: 'created' },
  running: { kill: 'running', resize: 'running', closeIO: 'running' },
  paused: {},
  stopped: { delete: 'deleted', closeIO: 'stopped' },
  deleted: {},
};

const VERB: Record<Op, string> = {
  start: 'start',
  pause: 'pause',
  resume: 'resume',
  delete: 'delete',
  exec: 'exec in',
  kill: 'signal',
  resize: 'resize',
  closeIO: 'close the stdin of',
  update: 'update the resources of',
};

export class ProcessState {
  private current: State = 'created';
  /** The transition under way (its action is running), if any. */
  private busy?: Transition;
  private started = false;

  constructor(
    private readonly kind: 'init' | 'exec',
    /** How errors name the process: "task c1" or "exec e1 of task c1". */
    private readonly label: string,
  ) {}

  get state(): State {
    return this.current;
  }

  /** True once a start succeeded (a process that never ran has no exit to report). */
  get everStarted(): boolean {
    return this.started;
  }

  /** The transition under way, if any. */
  get pending(): Transition | undefined {
    return this.busy;
  }

  /** containerd's view: PAUSING while a pause is under way, STOPPED once deleted. */
  get status(): number {
    if (this.busy === 'pause' && this.current === 'running') return Status.PAUSING;
    switch (this.current) {
      case 'created':
        return Status.CREATED;
      case 'running':
        return Status.RUNNING;
      case 'paused':
        return Status.PAUSED;
      default:
        return Status.STOPPED;
    }
  }

  /** Whether `op` is allowed now (false while another transition is under way, except kill/IO). */
  allows(op: Op): boolean {
    if (this.busy && op !== 'kill' && op !== 'closeIO' && op !== 'resize') return false;
    return (this.kind === 'init' ? INIT : EXEC)[this.current][op] !== undefined;
  }

  /** Throws the error containerd expects when `op` is not allowed now. */
  check(op: Op): void {
    if (this.allows(op)) return;
    const what = `cannot ${VERB[op]} ${this.label}`;
    // A finished or deleted process is "not found" to a signal, as runc's shim answers.
    if (this.current === 'deleted') throw notFound(`${what}: it was deleted`);
    if (op === 'kill' && this.current === 'stopped') throw notFound(`${what}: process already finished`);
    if (this.busy) throw failedPrecondition(`${what}: ${this.busy === 'pause' ? 'pausing' : `${this.busy} in progress`}`);
    throw failedPrecondition(`${what}: it is ${this.current}`);
  }

  /**
   * Runs `action` as the transition `op`: refused unless allowed now, one transition at a time.
   * A process that exited meanwhile stays stopped (only delete moves on from there).
   */
  async run<T>(op: Transition, action: () => Promise<T>): Promise<T> {
    this.check(op);
    const from = this.current;
    this.busy = op;
    let result: T;
    try {
      result = await action();
    } finally {
      this.busy = undefined;
    }
    const target = (this.kind === 'init' ? INIT : EXEC)[from][op]!;
    if (this.current === from || target === 'deleted') this.current = target;
    if (op === 'start') this.started = true;
    return result;
  }

  /** The process exited. Returns the state it was in (a paused task must be thawed). */
  exited(): State {
    const was = this.current;
    if (was !== 'deleted') this.current = 'stopped';
    return was;
  }
}
