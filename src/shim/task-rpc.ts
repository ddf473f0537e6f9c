// Binds TaskService to ttrpc: decode the request, call the handler of the same name, encode the
// response. Registered as containerd.task.v2.Task and containerd.task.v3.Task (same messages).
import { containerd, google } from '../generated/protos.js';
import { decodeRequest } from '../ttrpc/decode.js';
import type { ServiceMethods, UnaryHandler } from '../ttrpc/server.js';
import type { TaskService } from './task-service.js';
import type { Logger } from '../common/log.js';

interface Codec {
  decode(b: Uint8Array): unknown;
  encode(m: never): { finish(): Uint8Array };
}

const messageName = (c: Codec) => (c as unknown as { name?: string }).name ?? 'request';

const t = containerd.task.v2;
const Empty = google.protobuf.Empty as unknown as Codec;

const METHODS: Record<string, [Codec, Codec]> = {
  State: [t.StateRequest, t.StateResponse],
  Create: [t.CreateTaskRequest, t.CreateTaskResponse],
  Start: [t.StartRequest, t.StartResponse],
  Delete: [t.DeleteRequest, t.DeleteResponse],
  Pids: [t.PidsRequest, t.PidsResponse],
  Pause: [t.PauseRequest, Empty],
  Resume: [t.ResumeRequest, Empty],
  Checkpoint: [t.CheckpointTaskRequest, Empty],
  Kill: [t.KillRequest, Empty],
  Exec: [t.ExecProcessRequest, Empty],
  ResizePty: [t.ResizePtyRequest, Empty],
  CloseIO: [t.CloseIORequest, Empty],
  Update: [t.UpdateTaskRequest, Empty],
  Wait: [t.WaitRequest, t.WaitResponse],
  Stats: [t.StatsRequest, t.StatsResponse],
  Connect: [t.ConnectRequest, t.ConnectResponse],
  Shutdown: [t.ShutdownRequest, Empty],
} as unknown as Record<string, [Codec, Codec]>;

export function unary<Req, Res>(req: Codec, res: Codec, fn: (r: Req) => Promise<Res>): UnaryHandler {
  return async (_ctx, payload) => res.encode((await fn(decodeRequest(req, payload, messageName(req)) as Req)) as never).finish();
}

/** Every Task RPC, each logged at debug with its duration (and its error, if any). */
export function taskMethods(svc: TaskService, log: Logger): ServiceMethods {
  const methods: ServiceMethods = {};
  for (const [name, [req, res]] of Object.entries(METHODS)) {
    const handler = (svc as unknown as Record<string, (r: unknown) => Promise<unknown>>)[name].bind(svc);
    methods[name] = unary(req, res, async (r: { id?: string; execId?: string }) => {
      const t0 = performance.now();
      try {
        return await handler(r);
      } catch (err) {
        log.debug({ rpc: name, id: r.id, execId: r.execId || undefined, err: (err as Error).message }, 'rpc failed');
        throw err;
      } finally {
        log.debug({ rpc: name, id: r.id, execId: r.execId || undefined, ms: +(performance.now() - t0).toFixed(2) }, 'rpc');
      }
    });
  }
  return methods;
}

/** tandem's own service on the daemon socket: the `delete` action's fast path. */
export const MANAGER_SERVICE = 'tandem.shim.v1.Manager';
