// The task events the Task service publishes to containerd (events.ts sends them in order), one
// method per event, so the handlers say what happened and not how containerd spells it.
import type { containerd } from '../generated/protos.js';
import { timestamp, type Publisher } from './events.js';

interface Exit {
  status: number;
  exitedAt: Date;
}

export class TaskEvents {
  constructor(private readonly publisher: Publisher) {}

  created(r: containerd.task.v2.ICreateTaskRequest, bundle: string, pid: number): void {
    const io = { stdin: r.stdin, stdout: r.stdout, stderr: r.stderr, terminal: r.terminal };
    const event = { containerId: r.id, bundle, rootfs: r.rootfs, io, checkpoint: r.checkpoint, pid };
    this.publisher.publish({ topic: '/tasks/create', type: 'TaskCreate', event });
  }

  /** The init (`execId` empty) or an exec started. */
  started(containerId: string, execId: string, pid: number): void {
    if (execId) this.publisher.publish({ topic: '/tasks/exec-started', type: 'TaskExecStarted', event: { containerId, execId, pid } });
    else this.publisher.publish({ topic: '/tasks/start', type: 'TaskStart', event: { containerId, pid } });
  }

  execAdded(containerId: string, execId: string): void {
    this.publisher.publish({ topic: '/tasks/exec-added', type: 'TaskExecAdded', event: { containerId, execId } });
  }

  paused(containerId: string): void {
    this.publisher.publish({ topic: '/tasks/paused', type: 'TaskPaused', event: { containerId } });
  }

  resumed(containerId: string): void {
    this.publisher.publish({ topic: '/tasks/resumed', type: 'TaskResumed', event: { containerId } });
  }

  oom(containerId: string): void {
    this.publisher.publish({ topic: '/tasks/oom', type: 'TaskOOM', event: { containerId } });
  }

  /** A process exited: `id` is the exec's id, or the container's for its init. */
  exited(containerId: string, id: string, pid: number, exit: Exit): void {
    const event = { containerId, id, pid, exitStatus: exit.status, exitedAt: timestamp(exit.exitedAt) };
    this.publisher.publish({ topic: '/tasks/exit', type: 'TaskExit', event });
  }

  deleted(containerId: string, pid: number, exit: Exit): void {
    const event = { containerId, pid, exitStatus: exit.status, exitedAt: timestamp(exit.exitedAt) };
    this.publisher.publish({ topic: '/tasks/delete', type: 'TaskDelete', event });
  }
}
