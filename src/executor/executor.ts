// The seam between the Task service and the two ways tandem runs a container: `native`
// (a chroot process tree on the host) and `vm` (runc inside the shared guest VM). The Task
// service owns state, events and the RPC contract; an executor only runs processes.
import type { Logger } from 'pino';
import type { Mount, OciProcess, OciResources, OciSpec } from '../common/oci.js';
import type { ContainerStats, ProcessDetail } from '../common/stats.js';
import type { Platform } from '../common/platform.js';

export type { ContainerStats, ProcessDetail };

/** The client's stdio for one process, exactly as containerd passed it. */
export interface StdioConfig {
  stdin: string;
  stdout: string;
  stderr: string;
  terminal: boolean;
}

export interface ExitStatus {
  /** Exit code, or 128+signal when a signal ended the process (as runc reports it). */
  status: number;
  exitedAt: Date;
  /** The init's exit only: the kernel's OOM killer killed a process of the container that watchOom did not report (VM path). */
  oomKilled?: boolean;
}

/** One process of a container (init or exec), created but not yet running until start(). */
export interface ExecutorProcess {
  /** The pid containerd sees (host pid for native, guest pid for vm). */
  readonly pid: number;
  /** Lets the created process run its program. Rejects with a kinded error if it cannot. */
  start(): Promise<void>;
  /** Settles once, when the process has exited and its output has been flushed. */
  readonly exited: Promise<ExitStatus>;
  kill(signal: number): Promise<void>;
  resize(width: number, height: number): Promise<void>;
  closeStdin(): Promise<void>;
  /** Forgets a process that was never started (Delete of a created exec): nothing ran, nothing to kill. */
  discard?(): Promise<void>;
  /**
   * The init only: calls `report` for each OOM kill in the container while it runs (containerd's
   * /tasks/oom at the time of the kill); a kill it did not report comes with the exit (`oomKilled`).
   */
  watchOom?(report: () => void): void;
}

export interface ContainerCreateRequest {
  id: string;
  namespace: string;
  bundle: string;
  spec: OciSpec;
  rootfs: Mount[];
  stdio: StdioConfig;
  log: Logger;
  /** The platform the container's program is built for, when dispatch learnt it. */
  platform?: Platform;
  /**
   * Aborted when the client that asked for the Create went away (containerd's connection
   * closed, e.g. it was killed): waits for that client's FIFOs end at once.
   */
  signal?: AbortSignal;
}

/** One container as an executor runs it. */
export interface ExecutorContainer {
  /** The init process, created (not started). */
  readonly init: ExecutorProcess;
  exec(execId: string, process: OciProcess, stdio: StdioConfig): Promise<ExecutorProcess>;
  /** Every process of the container, init first. */
  pids(): Promise<number[]>;
  /**
   * What `docker top` shows of them, where the host's ps cannot see them (a VM container's are
   * the guest's); absent where they are host processes.
   */
  processes?(): Promise<ProcessDetail[]>;
  /** Signals every process of the container. */
  killAll(signal: number): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  /**
   * Applies new resource limits (an OCI LinuxResources object, as Task.Update carries it).
   * Throws FailedPrecondition naming what the executor cannot limit.
   */
  update(resources: OciResources): Promise<void>;
  /** Resource usage of the container's processes; absent where the executor cannot tell. */
  stats?(): Promise<ContainerStats>;
  /** Kills whatever is left, releases mounts and files. Idempotent. */
  destroy(): Promise<void>;
}

export interface Executor {
  readonly name: 'native' | 'vm';
  create(req: ContainerCreateRequest): Promise<ExecutorContainer>;
  /**
   * Cleanup by a fresh process (`shim delete`) after the daemon is gone: kill what is left of
   * the container and undo its mounts, from what the executor persisted in the bundle.
   */
  cleanup(bundle: string, log: Logger): Promise<void>;
  /** Releases what the executor holds for all containers (the VM) when the daemon leaves. */
  shutdown?(): Promise<void>;
  /**
   * How long the daemon should stay once its last container is gone, when that is longer than
   * its usual idle period: what a new daemon would pay again for this executor's next container
   * (the VM executor's: its modules and the attach, while the VM stays up).
   */
  lingerMs?(): number;
}
