// The endpoint's follow of containerd's /tasks/oom events: a task's Wait says only how it ended,
// so a container killed for memory (exit 137) would not be told from one killed by `docker kill`.
// dockerd sets State.OOMKilled and logs an `oom` event when containerd reports the kill; tandem's
// VM shim reports it before the exit (linuxvm/guest/oom.ts). The subscription is made again
// if containerd goes away, with a growing pause.
import { containerd } from '../../generated/protos.js';
import { errorMessage } from '../../common/errdefs.js';
import type { ContainerdClient } from '../containerd.js';
import type { Logger } from '../../common/log.js';

const TOPIC = '/tasks/oom';

/** The container id of an envelope carrying a TaskOOM, else undefined. */
export function oomContainer(env: { topic?: string | null; event?: { value?: Uint8Array | null } | null }): string | undefined {
  if (env.topic !== TOPIC || !env.event?.value) return undefined;
  try {
    return containerd.events.TaskOOM.decode(env.event.value).containerId || undefined;
  } catch {
    return undefined;
  }
}

export interface OomWatch {
  close(): void;
}

/** Calls `onOom` with each container of `namespace` containerd reports OOM-killed. */
export function watchOom(cd: ContainerdClient, namespace: string, onOom: (id: string) => void, log: Logger): OomWatch {
  let closed = false;
  let delay = 250;
  let stream: ReturnType<ContainerdClient['serverStream']> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const subscribe = () => {
    if (closed) return;
    const s = cd.serverStream('events.Subscribe', { filters: [`topic=="${TOPIC}",namespace=="${namespace}"`] }, { timeoutMs: 0 });
    stream = s;
    s.on('data', (env: Parameters<typeof oomContainer>[0]) => {
      delay = 250;
      const id = oomContainer(env);
      if (id) onOom(id);
    });
    const again = (why: string) => {
      s.removeAllListeners();
      s.on('error', () => {});
      if (closed || stream !== s) return;
      log.debug({ err: why, retryMs: delay }, 'containerd event subscription ended; subscribing again');
      timer = setTimeout(subscribe, delay);
      timer.unref();
      delay = Math.min(delay * 2, 10_000);
    };
    s.on('error', (err) => again(errorMessage(err)));
    s.on('end', () => again('ended'));
  };
  subscribe();
  return {
    close: () => {
      closed = true;
      if (timer) clearTimeout(timer);
      stream?.cancel();
    },
  };
}
