// The agent's ttrpc service (tandem.agent.v1.Agent, agent-api.ts): one method per RPC, named
// like it, finds the container or process and delegates. Errors are thrown as kinds and turned
// into ttrpc statuses by the server.
import { dialGuestPort, relayGuestSocket } from './relay.js';
import { ForwardedSockets } from './sockets.js';
import { touchPaths } from './touch.js';
import { tandem } from '../../generated/core-protos.js';
import { alreadyExists, failedPrecondition, invalidArgument, notFound, unimplemented } from '../../common/errdefs.js';
import type { ServerStream } from '../../ttrpc/stream.js';
import { GuestContainer } from './container.js';
import type { AgentTools, ProcessIo } from './process.js';
import { parseSpec } from './spec.js';
import { log } from './log.js';
import { forgetDir, shareDirOf } from './forget.js';
import { resumeGuest, type DeferredShare } from './resume.js';
import { readProcessDetails } from './proc-details.js';
import { guestArch, kernelRelease, untilFile } from './guest-env.js';

const pb = tandem.agent.v1;
export { AGENT, AGENT_SERVICE } from './agent-api.js';
export const API_VERSION = pb.Version.API_VERSION;
export const AGENT_VERSION = 'tandem-agent 0.1.0';
/** Where /init (or, in a template, the agent) mounts the host's shares. */
const SHARES_DIR = '/run/tandem/shares';

export interface AgentOptions {
  tools: AgentTools;
  /** Guest directory for bundles (a tmpfs). */
  bundles: string;
  noPivot: boolean;
  /** Parent cgroup of the containers (default /tandem). */
  cgroupParent?: string;
  /** Set when this guest boots to be saved as a template: the first Hello resumes it (resume.ts). */
  deferredShares?: DeferredShare[];
  /**
   * The file /init creates once its late boot steps (the rest of the modules, the network, the
   * shares) are done; they run beside the agent's start, and Hello answers only after them.
   */
  bootDone?: string;
  /** How long Hello waits for `bootDone` (default 120 s). */
  bootWaitMs?: number;
  /** Run once `bootDone` exists, before the first Hello is answered (boot-cache.ts); must not throw. */
  afterBoot?: () => void;
  /** Has the guest powered off (asks /init); absent where the agent does not own its guest. */
  poweroff?: () => void;
}

/** Poweroff answers first: the request goes to /init this long after, when the answer is out. */
const POWEROFF_AFTER_MS = 50;

export class Agent {
  private readonly containers = new Map<string, GuestContainer>();
  private readonly creating = new Set<string>();
  /** The forwarded host sockets of containers that have any. */
  private readonly sockets = new Map<string, ForwardedSockets>();
  /** Deleted containers whose runtime state and bundle are still being removed (see Delete). */
  private readonly removing = new Map<string, Promise<void>>();
  private resumed?: Promise<void>;
  private booted?: Promise<void>;

  constructor(private readonly o: AgentOptions) {}

  private container(id: string): GuestContainer {
    const c = this.containers.get(id);
    if (!c) throw notFound(`container ${id}`);
    return c;
  }

  async Hello(r: tandem.agent.v1.HelloRequest): Promise<tandem.agent.v1.IHelloResponse> {
    if (r.minVersion > API_VERSION || (r.maxVersion || r.minVersion) < API_VERSION) {
      throw failedPrecondition(
        `agent API mismatch: the guest agent speaks v${API_VERSION}, the host (${r.host || 'unknown'}) speaks v${r.minVersion}..v${r.maxVersion}; rebuild the guest image (tandem guest build)`,
      );
    }
    if (this.o.bootDone) {
      this.booted ??= untilFile(this.o.bootDone, this.o.bootWaitMs ?? 120_000).then(this.o.afterBoot, (err: unknown) => {
        this.booted = undefined; // the next Hello waits again
        throw err;
      });
      await this.booted;
    }
    if (this.o.deferredShares) {
      const input = { clockUnixMs: Number(r.clockUnixMs), entropy: r.entropy, shares: this.o.deferredShares, sharesDir: SHARES_DIR };
      this.resumed ??= resumeGuest(input).then((done) => log.info('resumed', { done: done.join(', ') }));
      await this.resumed;
    }
    log.info('hello', { host: r.host });
    return {
      version: API_VERSION,
      agent: `${AGENT_VERSION} node ${process.version}`,
      kernelRelease: kernelRelease(),
      arch: guestArch(),
      runtime: await this.o.tools.runc.version(),
    };
  }

  Ping(): tandem.agent.v1.IPingResponse {
    return { containers: this.count };
  }

  Poweroff(): tandem.agent.v1.IPoweroffResponse {
    const off = this.o.poweroff;
    if (!off) throw unimplemented('this agent does not own its guest: it cannot power it off');
    log.info('poweroff requested by the host', { containers: this.count });
    setTimeout(off, POWEROFF_AFTER_MS);
    return {};
  }

  async CreateContainer(r: tandem.agent.v1.CreateContainerRequest): Promise<tandem.agent.v1.ICreateContainerResponse> {
    if (!r.rootfs.startsWith('/')) throw invalidArgument(`container ${r.containerId}: rootfs must be an absolute guest path`);
    await this.removing.get(r.containerId); // the same id, deleted a moment ago
    if (this.containers.has(r.containerId) || this.creating.has(r.containerId))
      throw alreadyExists(`container ${r.containerId} already exists`);
    const spec = parseSpec(r.specJson);
    this.creating.add(r.containerId);
    const t0 = performance.now();
    let sockets: ForwardedSockets | undefined;
    try {
      // Listening before the runtime binds the paths into the container.
      if (r.sockets.length) sockets = await ForwardedSockets.listen(r.containerId, r.sockets);
      const c = await GuestContainer.create(
        {
          id: r.containerId,
          spec,
          rootfs: r.rootfs,
          io: processIo(r),
          bundles: this.o.bundles,
          noPivot: this.o.noPivot,
          cgroupParent: this.o.cgroupParent,
        },
        this.o.tools,
      );
      this.containers.set(c.id, c);
      if (sockets) this.sockets.set(c.id, sockets);
      const { stdoutPort, stdinPort } = c.init;
      const ms = Math.round(performance.now() - t0);
      log.info('created', {
        id: c.id,
        pid: c.init.pid,
        ...(stdoutPort && { stdoutPort }),
        ...(stdinPort && { stdinPort }),
        ms,
        ...c.createMs,
      });
      return { pid: c.init.pid, stdoutPort, stdinPort };
    } catch (err) {
      await sockets?.close();
      throw err;
    } finally {
      this.creating.delete(r.containerId);
    }
  }

  async Start(r: tandem.agent.v1.StartRequest): Promise<tandem.agent.v1.IStartResponse> {
    const c = this.container(r.containerId);
    const t0 = performance.now();
    const pid = r.execId ? await c.startExec(r.execId) : await c.startInit();
    const p = r.execId ? c.process(r.execId) : undefined;
    const runtimeMs = p?.runtimeMs;
    log.info('started', {
      id: r.containerId,
      exec: r.execId,
      pid,
      ...(p?.stdoutPort && { stdoutPort: p.stdoutPort }),
      ...(p?.stdinPort && { stdinPort: p.stdinPort }),
      ms: Math.round(performance.now() - t0),
      ...(runtimeMs !== undefined && { runtimeMs }),
    });
    return { pid };
  }

  Exec(r: tandem.agent.v1.ExecRequest): tandem.agent.v1.IExecResponse {
    let process;
    try {
      process = JSON.parse(Buffer.from(r.processJson).toString('utf8'));
    } catch (err) {
      throw invalidArgument(`exec ${r.execId}: process is not JSON: ${(err as Error).message}`);
    }
    if (!Array.isArray(process?.args) || process.args.length === 0) throw invalidArgument(`exec ${r.execId}: process.args is empty`);
    const p = this.container(r.containerId).addExec(r.execId, process, processIo(r));
    return { stdoutPort: p.stdoutPort, stdinPort: p.stdinPort };
  }

  async Kill(r: tandem.agent.v1.KillRequest): Promise<void> {
    const c = this.container(r.containerId);
    if (r.all && !r.execId) await c.killAll(r.signal);
    else c.process(r.execId).kill(r.signal);
  }

  async Wait(r: tandem.agent.v1.WaitRequest): Promise<tandem.agent.v1.IWaitResponse> {
    const c = this.container(r.containerId);
    const e = await c.process(r.execId).exited;
    // The init's exit says whether the OOM killer reached the container (containerd's /tasks/oom).
    const oomKills = r.execId ? 0 : c.oomKills();
    return { exitStatus: e.status, exitedAtMs: e.exitedAt, oomKilled: oomKills > 0, oomKills };
  }

  WaitOom(r: tandem.agent.v1.WaitOomRequest): Promise<tandem.agent.v1.IWaitOomResponse> {
    return this.container(r.containerId).waitOom(r.seen);
  }

  async Pids(r: tandem.agent.v1.PidsRequest): Promise<tandem.agent.v1.IPidsResponse> {
    const pids = await this.container(r.containerId).pids();
    return { pids, processes: await readProcessDetails(pids) };
  }

  async Stats(r: tandem.agent.v1.StatsRequest): Promise<tandem.agent.v1.IStatsResponse> {
    const { limitBytes, ...s } = await this.container(r.containerId).stats();
    return { ...s, memoryLimitBytes: limitBytes ?? 0 };
  }

  Pause(r: tandem.agent.v1.PauseRequest): Promise<void> {
    return this.container(r.containerId).pause();
  }

  Resume(r: tandem.agent.v1.ResumeRequest): Promise<void> {
    return this.container(r.containerId).resume();
  }

  Update(r: tandem.agent.v1.UpdateRequest): Promise<void> {
    return this.container(r.containerId).update(r.resourcesJson);
  }

  ResizePty(r: tandem.agent.v1.ResizePtyRequest): Promise<void> {
    return this.container(r.containerId).process(r.execId).resize(r.width, r.height);
  }

  CloseStdin(r: tandem.agent.v1.CloseStdinRequest): void {
    this.container(r.containerId).process(r.execId).closeStdin();
  }

  async Delete(r: tandem.agent.v1.DeleteRequest): Promise<void> {
    if (r.execId) return this.container(r.containerId).deleteExec(r.execId);
    const c = this.containers.get(r.containerId);
    if (!c) return;
    // Answered once no process of the container runs. The runtime's own clean-up (`runc delete`:
    // one more process, 0.1-0.3 s under TCG, which `ctr run --rm` and `docker run --rm` waited
    // for) and the bundle's removal go on after the answer; a Create of the same id waits for them.
    await c.stop();
    this.containers.delete(r.containerId);
    await this.sockets.get(r.containerId)?.close();
    this.sockets.delete(r.containerId);
    const removed = c
      .remove()
      .catch((err: unknown) => log.warn('container removal failed', { id: r.containerId, err: (err as Error).message }))
      .finally(() => {
        this.removing.delete(r.containerId);
        // Its mounts are gone with its processes: let the guest drop what it cached of its files.
        const dir = shareDirOf(c.rootfs);
        if (dir) void forgetDir(dir);
      });
    this.removing.set(r.containerId, removed);
    log.info('deleted', { id: r.containerId });
  }

  async Stdio(r: tandem.agent.v1.StdioInput, stream: ServerStream): Promise<void> {
    await this.container(r.containerId).process(r.execId).serveStdio(stream);
  }

  /**
   * Relays one TCP connection to a guest port (host-side port publishing). The guest's bytes go
   * through an output port when the host reads them and one is free (port-pipe.ts), else on this
   * stream, windowed; the host's bytes always come on this stream.
   */
  async DialPort({ port, outputPorts, containerId, connId }: tandem.agent.v1.PortInput, stream: ServerStream): Promise<void> {
    if (containerId) {
      const sockets = this.sockets.get(containerId);
      if (!sockets) throw notFound(`container ${containerId} has no forwarded sockets`);
      return relayGuestSocket(sockets.take(Number(connId)), stream);
    }
    if (!port || port > 65535) throw invalidArgument(`port ${port}`);
    await dialGuestPort(port, outputPorts ? this.o.tools.ports?.take({ nonblocking: true, spare: 1 }) : undefined, stream);
  }

  /** Shows a container's watchers what the host changed under its binds (touch.ts). */
  async Touch(r: tandem.agent.v1.TouchRequest): Promise<tandem.agent.v1.ITouchResponse> {
    const c = this.container(r.containerId);
    // Before Start no watcher of the container runs, and its init's root is still the guest's.
    if (!c.isStarted) return { touched: 0, missing: [] };
    const pid = c.init.pid;
    if (!pid) throw failedPrecondition(`container ${r.containerId} has no process to touch paths through`);
    return touchPaths(r.paths, `/proc/${pid}/root`);
  }

  /** Announces the connections to a container's forwarded sockets (sockets.ts). */
  async Sockets(r: tandem.agent.v1.SocketsInput, stream: ServerStream): Promise<void> {
    this.container(r.containerId);
    const sockets = this.sockets.get(r.containerId);
    if (!sockets) throw notFound(`container ${r.containerId} has no forwarded sockets`);
    await sockets.serve(stream);
  }

  get count(): number {
    return this.containers.size;
  }

  /** Kills every container (the agent is going away). */
  async shutdown(): Promise<void> {
    await Promise.all([...this.containers.values()].map((c) => c.destroy().catch(() => {})).concat([...this.removing.values()]));
    this.containers.clear();
    await Promise.all([...this.sockets.values()].map((s) => s.close()));
    this.sockets.clear();
  }
}

/** A Create's or an Exec's stdio as the process takes it. */
function processIo(r: tandem.agent.v1.ICreateContainerRequest | tandem.agent.v1.IExecRequest): ProcessIo {
  const { stdin, stdout, stderr, terminal, outputPorts, inputPorts } = r;
  return { stdin: !!stdin, stdout: !!stdout, stderr: !!stderr, terminal: !!terminal, outputPorts: !!outputPorts, inputPorts: !!inputPorts };
}
