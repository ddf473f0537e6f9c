// The agent's ttrpc service (proto/tandem/agent/v1/agent.proto) as one definition: the guest
// serves it (agent.ts, one method per RPC), the host's client names it (agent-client.ts).
import { tandem } from '../../generated/core-protos.js';
import { defineService, streaming, unary } from '../../ttrpc/service.js';

const pb = tandem.agent.v1;

export const AGENT = defineService('tandem.agent.v1.Agent', {
  Hello: unary(pb.HelloRequest, pb.HelloResponse),
  Ping: unary(pb.PingRequest, pb.PingResponse),
  Poweroff: unary(pb.PoweroffRequest, pb.PoweroffResponse),
  CreateContainer: unary(pb.CreateContainerRequest, pb.CreateContainerResponse),
  Start: unary(pb.StartRequest, pb.StartResponse),
  Exec: unary(pb.ExecRequest, pb.ExecResponse),
  Kill: unary(pb.KillRequest, pb.KillResponse),
  Wait: unary(pb.WaitRequest, pb.WaitResponse),
  WaitOom: unary(pb.WaitOomRequest, pb.WaitOomResponse),
  Pids: unary(pb.PidsRequest, pb.PidsResponse),
  Stats: unary(pb.StatsRequest, pb.StatsResponse),
  Pause: unary(pb.PauseRequest, pb.PauseResponse),
  Resume: unary(pb.ResumeRequest, pb.ResumeResponse),
  Update: unary(pb.UpdateRequest, pb.UpdateResponse),
  ResizePty: unary(pb.ResizePtyRequest, pb.ResizePtyResponse),
  CloseStdin: unary(pb.CloseStdinRequest, pb.CloseStdinResponse),
  Delete: unary(pb.DeleteRequest, pb.DeleteResponse),
  Touch: unary(pb.TouchRequest, pb.TouchResponse),
  Stdio: streaming(pb.StdioInput),
  DialPort: streaming(pb.PortInput),
  Sockets: streaming(pb.SocketsInput),
});

export const AGENT_SERVICE = AGENT.name;
