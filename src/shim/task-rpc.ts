// The Task service's ttrpc definition (containerd.task.v2.Task; v3 has the same messages) and
// the debug log of every call. TaskService answers it, one method per RPC with the RPC's name.
import { containerd, google, tandem } from '../generated/protos.js';
import { defineService, unary, type Interceptor } from '../ttrpc/service.js';
import type { Logger } from '../common/log.js';

const t = containerd.task.v2;
const Empty = google.protobuf.Empty;

const TASK_RPCS = {
  State: unary(t.StateRequest, t.StateResponse),
  Create: unary(t.CreateTaskRequest, t.CreateTaskResponse),
  Start: unary(t.StartRequest, t.StartResponse),
  Delete: unary(t.DeleteRequest, t.DeleteResponse),
  Pids: unary(t.PidsRequest, t.PidsResponse),
  Pause: unary(t.PauseRequest, Empty),
  Resume: unary(t.ResumeRequest, Empty),
  Checkpoint: unary(t.CheckpointTaskRequest, Empty),
  Kill: unary(t.KillRequest, Empty),
  Exec: unary(t.ExecProcessRequest, Empty),
  ResizePty: unary(t.ResizePtyRequest, Empty),
  CloseIO: unary(t.CloseIORequest, Empty),
  Update: unary(t.UpdateTaskRequest, Empty),
  Wait: unary(t.WaitRequest, t.WaitResponse),
  Stats: unary(t.StatsRequest, t.StatsResponse),
  Connect: unary(t.ConnectRequest, t.ConnectResponse),
  Shutdown: unary(t.ShutdownRequest, Empty),
};

export const TASK_V2 = defineService('containerd.task.v2.Task', TASK_RPCS);
export const TASK_V3 = defineService('containerd.task.v3.Task', TASK_RPCS);

/** Logs every Task RPC at debug with its duration (and its error, if any). */
export function logCalls(log: Logger): Interceptor {
  return async (rpc, request, _ctx, call) => {
    const { id, execId } = request as { id?: string; execId?: string };
    const t0 = performance.now();
    try {
      return await call();
    } catch (err) {
      log.debug({ rpc, id, execId: execId || undefined, err: (err as Error).message }, 'rpc failed');
      throw err;
    } finally {
      log.debug({ rpc, id, execId: execId || undefined, ms: +(performance.now() - t0).toFixed(2) }, 'rpc');
    }
  };
}

/** tandem's own service on the daemon socket: the `start` and `delete` actions' fast paths (proto/tandem/shim/v1/manager.proto). */
export const MANAGER = defineService('tandem.shim.v1.Manager', {
  Delete: unary(tandem.shim.v1.DeleteRequest, t.DeleteResponse),
  Hold: unary(tandem.shim.v1.HoldRequest, tandem.shim.v1.HoldResponse),
});
export const MANAGER_SERVICE = MANAGER.name;
