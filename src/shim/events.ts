// Publishes task events to containerd: ttrpc `containerd.services.events.ttrpc.v1.Events/Forward`
// on TTRPC_ADDRESS. Events go out one at a time in the order they were queued (so /tasks/start
// always precedes /tasks/exit), and are retried across containerd restarts.
import { containerd, google } from '../generated/protos.js';
import { TtrpcClient } from '../ttrpc/client.js';
import type { Logger } from '../common/log.js';

const ev = containerd.events;

export type TaskEvent =
  | { topic: '/tasks/create'; type: 'TaskCreate'; event: containerd.events.ITaskCreate }
  | { topic: '/tasks/start'; type: 'TaskStart'; event: containerd.events.ITaskStart }
  | { topic: '/tasks/exit'; type: 'TaskExit'; event: containerd.events.ITaskExit }
  | { topic: '/tasks/delete'; type: 'TaskDelete'; event: containerd.events.ITaskDelete }
  | { topic: '/tasks/exec-added'; type: 'TaskExecAdded'; event: containerd.events.ITaskExecAdded }
  | { topic: '/tasks/exec-started'; type: 'TaskExecStarted'; event: containerd.events.ITaskExecStarted }
  | { topic: '/tasks/paused'; type: 'TaskPaused'; event: containerd.events.ITaskPaused }
  | { topic: '/tasks/resumed'; type: 'TaskResumed'; event: containerd.events.ITaskResumed }
  | { topic: '/tasks/oom'; type: 'TaskOOM'; event: containerd.events.ITaskOOM };

/** Encodes an event as the `Any` containerd decodes: bare type URL `containerd.events.<Name>`. */
export function eventAny(e: TaskEvent): google.protobuf.IAny {
  const type = ev[e.type] as unknown as { encode(m: unknown): { finish(): Uint8Array } };
  return { type_url: `containerd.events.${e.type}`, value: type.encode(e.event).finish() };
}

export function timestamp(d: Date): google.protobuf.ITimestamp {
  const ms = d.getTime();
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 };
}

const RETRY_FOR_MS = 60_000;

export class Publisher {
  private queue: { e: TaskEvent; at: Date }[] = [];
  private running = false;
  private client?: TtrpcClient;
  private idle: (() => void)[] = [];

  constructor(
    private readonly ttrpcAddress: string,
    readonly namespace: string,
    private readonly log: Logger,
  ) {}

  publish(e: TaskEvent): void {
    this.queue.push({ e, at: new Date() });
    if (!this.running) void this.pump();
  }

  /** Resolves once every queued event has been sent (or given up on). */
  flushed(): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((r) => this.idle.push(r));
  }

  private async pump(): Promise<void> {
    this.running = true;
    while (this.queue.length) {
      const item = this.queue[0];
      await this.send(item.e, item.at);
      this.queue.shift();
    }
    this.running = false;
    for (const r of this.idle.splice(0)) r();
  }

  private async send(e: TaskEvent, at: Date): Promise<void> {
    const body = containerd.services.events.ttrpc.v1.ForwardRequest.encode({
      envelope: { timestamp: timestamp(at), namespace: this.namespace, topic: e.topic, event: eventAny(e) },
    }).finish();
    const deadline = Date.now() + RETRY_FOR_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        this.client ??= await TtrpcClient.connect(this.ttrpcAddress);
        await this.client.call('containerd.services.events.ttrpc.v1.Events', 'Forward', body, { timeoutMs: 5000 });
        this.log.debug({ topic: e.topic, event: e.event }, 'event published');
        return;
      } catch (err) {
        this.client?.close();
        this.client = undefined;
        if (Date.now() > deadline) {
          this.log.error({ err, topic: e.topic }, 'giving up on event');
          return;
        }
        await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** attempt, 2000)));
      }
    }
  }

  close(): void {
    this.client?.close();
  }
}
