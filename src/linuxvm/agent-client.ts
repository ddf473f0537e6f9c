// Typed client of the guest agent API (proto/tandem/agent/v1/agent.proto) over a TtrpcClient on
// whatever byte stream reaches the agent. connect() performs the Hello version check, so a
// client that exists speaks a version both sides agreed on.
import { randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { tandem } from '../generated/core-protos.js';
import { failedPrecondition } from '../common/errdefs.js';
import { TtrpcClient, type CallOptions } from '../ttrpc/client.js';
import { decodeResponse } from '../ttrpc/decode.js';
import { AGENT_SERVICE } from './guest/agent-api.js';
import { portChannel, socketsChannel, stdioChannel, type PortChannel, type SocketsChannel, type StdioChannel } from './agent-streams.js';

export type { PortChannel, SocketsChannel, StdioChannel };

export { AGENT_SERVICE };
const pb = tandem.agent.v1;
/** The agent API versions this host speaks. */
export const HOST_API = { min: pb.Version.API_VERSION, max: pb.Version.API_VERSION };
export const HOST_NAME = 'tandem-host 0.1.0';

interface Encoder<T> {
  encode(m: T): { finish(): Uint8Array };
}
interface Decoder<T> {
  decode(b: Uint8Array): T;
}

/** The serial ports a process's stdout and stdin went to ('' for the Stdio stream). */
export interface StdioPorts {
  stdoutPort: string;
  stdinPort: string;
}

export class AgentClient {
  info?: tandem.agent.v1.HelloResponse;

  constructor(readonly ttrpc: TtrpcClient) {}

  /** Wraps a connected stream and says Hello; rejects (FailedPrecondition) on a version mismatch. */
  static async connect(conn: Duplex, opts: { timeoutMs?: number } = {}): Promise<AgentClient> {
    const c = new AgentClient(new TtrpcClient(conn));
    try {
      await c.hello(opts.timeoutMs ?? 30_000);
    } catch (err) {
      c.close();
      throw err;
    }
    return c;
  }

  get closed(): Promise<void> {
    return this.ttrpc.closed;
  }

  close(): void {
    this.ttrpc.close();
  }

  private async unary<Req, Res>(
    method: string,
    reqCodec: Encoder<Req>,
    resCodec: Decoder<Res>,
    req: Req,
    opts?: CallOptions,
  ): Promise<Res> {
    const out = await this.ttrpc.call(AGENT_SERVICE, method, reqCodec.encode(req).finish(), opts);
    return decodeResponse(resCodec, out, `${method} response from the agent`);
  }

  async hello(timeoutMs = 30_000): Promise<tandem.agent.v1.HelloResponse> {
    const res = await this.unary(
      'Hello',
      pb.HelloRequest,
      pb.HelloResponse,
      pb.HelloRequest.create({
        minVersion: HOST_API.min,
        maxVersion: HOST_API.max,
        host: HOST_NAME,
        clockUnixMs: Date.now(),
        entropy: randomBytes(64),
      }),
      { timeoutMs },
    );
    if (res.version < HOST_API.min || res.version > HOST_API.max) {
      throw failedPrecondition(
        `agent API mismatch: the guest agent (${res.agent}) answered v${res.version}, this host speaks v${HOST_API.min}..v${HOST_API.max}`,
      );
    }
    this.info = res;
    return res;
  }

  /** Pings the agent (no deadline by default: see watchdog.ts for how silence is judged). */
  async ping(timeoutMs?: number): Promise<number> {
    return (await this.unary('Ping', pb.PingRequest, pb.PingResponse, pb.PingRequest.create(), { timeoutMs, background: true })).containers;
  }

  /** Asks the guest to power off (the agent answers first; the VMM exits once the guest is off). */
  async poweroff(timeoutMs?: number): Promise<void> {
    await this.unary('Poweroff', pb.PoweroffRequest, pb.PoweroffResponse, pb.PoweroffRequest.create(), { timeoutMs });
  }

  /** When anything last arrived from the agent (or the vmd relaying it). */
  get lastFrameAt(): number {
    return this.ttrpc.lastFrameAt;
  }

  /** When this client last made a call other than a Ping, or anything of it arrived. */
  get lastCallAt(): number {
    return this.ttrpc.lastCallAt;
  }

  /** The init's pid, and the ports its stdout and stdin went to ('' for the Stdio stream). */
  async createContainer(r: tandem.agent.v1.ICreateContainerRequest): Promise<{ pid: number } & StdioPorts> {
    const { pid, stdoutPort, stdinPort } = await this.unary(
      'CreateContainer',
      pb.CreateContainerRequest,
      pb.CreateContainerResponse,
      pb.CreateContainerRequest.create(r),
    );
    return { pid, stdoutPort, stdinPort };
  }

  async start(containerId: string, execId = ''): Promise<number> {
    return (await this.unary('Start', pb.StartRequest, pb.StartResponse, pb.StartRequest.create({ containerId, execId }))).pid;
  }

  /** The ports the exec's stdout and stdin will go through ('' for the Stdio stream). */
  async exec(r: tandem.agent.v1.IExecRequest): Promise<StdioPorts> {
    const { stdoutPort, stdinPort } = await this.unary('Exec', pb.ExecRequest, pb.ExecResponse, pb.ExecRequest.create(r));
    return { stdoutPort, stdinPort };
  }

  async kill(containerId: string, execId: string, signal: number, all = false): Promise<void> {
    await this.unary('Kill', pb.KillRequest, pb.KillResponse, pb.KillRequest.create({ containerId, execId, signal, all }));
  }

  /** Blocks until the process exits. */
  async wait(containerId: string, execId = ''): Promise<{ status: number; exitedAt: Date; oomKills: number }> {
    const r = await this.unary('Wait', pb.WaitRequest, pb.WaitResponse, pb.WaitRequest.create({ containerId, execId }));
    // An agent older than the count says only whether: one kill at least.
    return { status: r.exitStatus, exitedAt: new Date(Number(r.exitedAtMs)), oomKills: r.oomKills || (r.oomKilled ? 1 : 0) };
  }

  /** Blocks until the OOM killer killed more than `seen` of the container's processes, or its init exited. */
  async waitOom(containerId: string, seen: number): Promise<{ kills: number; exited: boolean }> {
    // Background: a container's life is no work of the caller's (the idle clocks keep running).
    const r = await this.unary('WaitOom', pb.WaitOomRequest, pb.WaitOomResponse, pb.WaitOomRequest.create({ containerId, seen }), {
      background: true,
    });
    return { kills: r.kills, exited: r.exited };
  }

  async pids(containerId: string): Promise<number[]> {
    return (await this.processes(containerId)).pids;
  }

  /** The pids, and what `docker top` shows of each (the guest's /proc). */
  processes(containerId: string): Promise<tandem.agent.v1.PidsResponse> {
    return this.unary('Pids', pb.PidsRequest, pb.PidsResponse, pb.PidsRequest.create({ containerId }));
  }

  async stats(containerId: string): Promise<tandem.agent.v1.StatsResponse> {
    return this.unary('Stats', pb.StatsRequest, pb.StatsResponse, pb.StatsRequest.create({ containerId }));
  }

  async pause(containerId: string): Promise<void> {
    await this.unary('Pause', pb.PauseRequest, pb.PauseResponse, pb.PauseRequest.create({ containerId }));
  }

  async resume(containerId: string): Promise<void> {
    await this.unary('Resume', pb.ResumeRequest, pb.ResumeResponse, pb.ResumeRequest.create({ containerId }));
  }

  async update(containerId: string, resourcesJson: Uint8Array): Promise<void> {
    await this.unary('Update', pb.UpdateRequest, pb.UpdateResponse, pb.UpdateRequest.create({ containerId, resourcesJson }));
  }

  async resizePty(containerId: string, execId: string, width: number, height: number): Promise<void> {
    await this.unary(
      'ResizePty',
      pb.ResizePtyRequest,
      pb.ResizePtyResponse,
      pb.ResizePtyRequest.create({ containerId, execId, width, height }),
    );
  }

  async closeStdin(containerId: string, execId = ''): Promise<void> {
    await this.unary('CloseStdin', pb.CloseStdinRequest, pb.CloseStdinResponse, pb.CloseStdinRequest.create({ containerId, execId }));
  }

  async delete(containerId: string, execId = ''): Promise<void> {
    await this.unary('Delete', pb.DeleteRequest, pb.DeleteResponse, pb.DeleteRequest.create({ containerId, execId }));
  }

  /** Raises IN_ATTRIB on a container's paths (as it sees them) that the host changed (guest/touch.ts). */
  async touch(containerId: string, paths: string[]): Promise<{ touched: number; missing: string[] }> {
    const r = await this.unary('Touch', pb.TouchRequest, pb.TouchResponse, pb.TouchRequest.create({ containerId, paths }));
    return { touched: r.touched ?? 0, missing: r.missing ?? [] };
  }

  stdio(containerId: string, execId = ''): StdioChannel {
    return stdioChannel(this.ttrpc, containerId, execId);
  }

  /** The connections made to a container's forwarded sockets (CreateContainerRequest.sockets). */
  sockets(containerId: string): SocketsChannel {
    return socketsChannel(this.ttrpc, containerId);
  }

  /**
   * A TCP connection to a guest port, relayed over the agent channel. With `outputPorts` the agent
   * may send the guest's bytes through an output port instead (`port`, then `portBytes` at the end).
   * `accepted`, instead of a port: a connection the agent accepted on a forwarded socket (sockets()).
   */
  dialPort(port: number, outputPorts = false, accepted?: { containerId: string; connId: number }): PortChannel {
    return portChannel(this.ttrpc, port, outputPorts, accepted);
  }
}
