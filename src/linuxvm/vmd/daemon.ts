// The VM daemon: the one owner of the guest VM of a tandem state directory. Every shim daemon
// (one per containerd namespace) connects to its unix socket and calls Vmd/Attach; from then on
// that connection is a lease on the VM and a relay to the guest agent (mux.ts). The vmd keeps
// track of the guest containers each connection created, so a shim daemon that dies takes its
// containers with it (as a dead runc shim does), and the VM stays up for the others.
import net from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { Code, TandemError, aborted, failedPrecondition, invalidArgument } from '../../common/errdefs.js';
import { tandem } from '../../generated/protos.js';
import type { ttrpc } from '../../generated/core-protos.js';
import type { Frame } from '../../ttrpc/frame.js';
import { TtrpcServer, type CallContext } from '../../ttrpc/server.js';
import { AGENT_SERVICE } from '../agent-client.js';
import type { SharePlatform } from '../share.js';
import type { VmSettings } from '../settings.js';
import { VMD } from './api.js';
import type { MuxPort } from './mux.js';
import type { VmLease, VmManager } from './vm-manager.js';
import type { Vm } from './vm.js';
import { listenPrivate } from '../../common/private-socket.js';
import { warmUp } from './warmup.js';
import { within } from '../../common/within.js';

export const VMD_SERVICE = VMD.name;
/** Start's warm-up container takes ~0.5 s under TCG; past this, Start answers without it. */
const WARMUP_MS = 60_000;
/** VmEnd waits no longer than this, whatever the client asks. */
const VM_END_WAIT_MAX_MS = 10_000;
const agentPb = tandem.agent.v1;

export interface VmDaemonOptions {
  manager: VmManager;
  share: SharePlatform;
  settings: VmSettings;
  log: Logger;
}

/** Serves the Vmd service (one method per RPC, named like it) and relays the rest to the agent. */
export class VmDaemon {
  private readonly clients = new Map<Duplex, Client>();
  private readonly server = new TtrpcServer();
  private listener?: net.Server;
  private stopping = false;
  /** Start's lease (`tandem vm start`): the VM stays up with no client until Stop. */
  private held?: VmLease;
  private holding?: Promise<VmLease>;
  private stopResolve!: () => void;
  /** Settles when Stop was called (the process then leaves). */
  readonly stopRequested = new Promise<void>((r) => (this.stopResolve = r));

  constructor(private readonly o: VmDaemonOptions) {
    this.server.serve(VMD, this);
  }

  get manager(): VmManager {
    return this.o.manager;
  }

  /** Open connections: a client that has not attached yet still keeps the vmd. */
  get connections(): number {
    return this.clients.size;
  }

  /** Nothing to serve: no connection, no VM, no boot under way. */
  get idle(): boolean {
    return this.clients.size === 0 && !this.o.manager.busy;
  }

  async listen(socket: string): Promise<void> {
    const server = net.createServer((conn) => this.serve(conn));
    await listenPrivate(server, socket);
    this.listener = server;
  }

  /** One connection: the Vmd service answered here, every other call relayed once attached. */
  serve(conn: Duplex): void {
    const client = new Client(this, conn, this.o.log);
    this.clients.set(conn, client);
    this.server.serveConnection(conn, { forward: (frame, request) => client.forward(frame, request) });
    conn.once('close', () => {
      this.clients.delete(conn);
      void client.closed();
    });
  }

  /** Stops serving: refuses new attaches, closes every client, stops the VM. */
  async close(): Promise<void> {
    this.stopping = true;
    await this.server.close();
    this.held?.release();
    this.held = undefined;
    await this.o.manager.shutdown();
    await this.o.share.teardown();
    if (this.listener) await new Promise<void>((r) => this.listener!.close(() => r()));
  }

  private client(ctx: CallContext): Client {
    const c = this.clients.get(ctx.connection);
    if (!c) throw new TandemError(Code.Unavailable, 'connection closed');
    return c;
  }

  async Attach(r: tandem.vmd.v1.AttachRequest, ctx: CallContext): Promise<tandem.vmd.v1.IAttachResponse> {
    if (this.stopping) throw aborted('the VM daemon is stopping; connect again');
    const vm = await this.client(ctx).attach(r.client || 'anonymous');
    return { vm: this.info(vm), vmdPid: process.pid };
  }

  async AddPortForward(r: tandem.vmd.v1.AddPortForwardRequest, ctx: CallContext): Promise<void> {
    const vm = this.client(ctx).vm;
    if (!vm) throw failedPrecondition('AddPortForward: attach first');
    if (r.proto !== 'tcp' && r.proto !== 'udp') throw invalidArgument(`AddPortForward: proto ${JSON.stringify(r.proto)}: want tcp or udp`);
    await vm.addPortForward({ proto: r.proto, hostAddr: r.hostAddr || '127.0.0.1', hostPort: r.hostPort, guestPort: r.guestPort });
  }

  async Start(): Promise<tandem.vmd.v1.IStartResponse> {
    if (this.stopping) throw aborted('the VM daemon is stopping; connect again');
    // A held VM that died is let go: the lease on it is void, and this Start boots a new one.
    if (this.held?.vm.isDead) {
      this.held.release();
      this.held = undefined;
    }
    if (!this.held) {
      // Two Starts at once share one boot and one lease.
      this.holding ??= this.o.manager
        .acquire()
        .then(async (lease) => (await this.warmUp(lease.vm), lease))
        .finally(() => (this.holding = undefined));
      const lease = await this.holding;
      if (this.stopping) {
        lease.release();
        throw aborted('the VM daemon is stopping; connect again');
      }
      this.held = lease; // the same lease when two Starts shared the boot
      this.o.log.info({ generation: lease.vm.generation }, 'vm held up (Start)');
    }
    return { vm: this.info(this.held.vm), vmdPid: process.pid };
  }

  /** Start's throwaway container (warmup.ts), when the guest has none yet; a failure is only logged. */
  private async warmUp(vm: Vm): Promise<void> {
    try {
      if ((await vm.agent.ping()) > 0) return; // a client's container already did it
      const ms = await within(warmUp(vm.agent), WARMUP_MS, () => new Error(`no end within ${WARMUP_MS / 1000} s`));
      this.o.log.info({ generation: vm.generation, ms }, 'vm warmed up: one throwaway container ran');
    } catch (err) {
      this.o.log.warn({ generation: vm.generation, err: (err as Error).message }, 'vm warm-up failed (containers may fail the same way)');
    }
  }

  Status(): tandem.vmd.v1.IStatusResponse {
    const vm = this.o.manager.vm;
    const attached = [...this.clients.values()].filter((c) => c.vm);
    return {
      vmdPid: process.pid,
      vm: vm ? this.info(vm) : undefined,
      clients: attached.map((c) => c.name),
      containers: attached.flatMap((c) => [...c.containers]),
      held: !!this.held && !this.held.vm.isDead,
    };
  }

  Stop(r: tandem.vmd.v1.StopRequest, ctx: CallContext): void {
    const caller = this.clients.get(ctx.connection);
    const others = [...this.clients.values()].filter((c) => c !== caller && c.vm);
    if (others.length && !r.force)
      throw failedPrecondition(
        `the VM serves ${others.length} client(s) (${others.map((c) => c.name).join(', ')}); stop with force to end their containers`,
      );
    this.o.log.info({ force: r.force, clients: others.map((c) => c.name) }, 'stop requested');
    this.stopping = true;
    // After this answer is written: the process closes every connection as it leaves, and a
    // caller that saw its connection close instead of the answer would report a failed stop.
    setImmediate(this.stopResolve);
  }

  /** A bounded wait: a client asks right after its connection closed, before the VMM may have exited. */
  async VmEnd(r: tandem.vmd.v1.VmEndRequest): Promise<tandem.vmd.v1.IVmEndResponse> {
    const reason = await this.o.manager.endOf(r.generation, Math.min(r.waitMs, VM_END_WAIT_MAX_MS));
    return reason === undefined ? { ended: false } : { ended: true, reason };
  }

  private info(vm: Vm): tandem.vmd.v1.IVmInfo {
    const { layout } = this.o.share;
    return {
      generation: vm.generation,
      backend: vm.backend,
      accelerator: vm.instance.accelerator,
      vmmPid: vm.instance.pid,
      bootLog: vm.instance.bootLog,
      kernelRelease: vm.agent.info?.kernelRelease ?? '',
      shareKind: this.o.settings.shareKind,
      shareHostDir: layout.hostDir,
      shareGuestDir: layout.guestDir,
      bootedAtMs: vm.bootedAt,
      outputPorts: vm.instance.outputPorts ?? {},
    };
  }
}

/** One connection's lease on the VM and its relay to the agent. */
class Client {
  name = 'unattached';
  vm?: Vm;
  /** Guest containers created through this connection and not deleted yet. */
  readonly containers = new Set<string>();
  private port?: MuxPort;
  private release?: () => void;
  private gone = false;

  constructor(
    private readonly daemon: VmDaemon,
    readonly conn: Duplex,
    private readonly log: Logger,
  ) {}

  /** A call to another service (or one of its Data frames): relayed to the agent once attached. */
  forward(f: Frame, request?: ttrpc.Request): void {
    if (request) {
      if (!this.port) throw failedPrecondition(`${request.service}/${request.method}: call ${VMD_SERVICE}/Attach first`);
      if (request.service === AGENT_SERVICE) this.track(request.method, Buffer.from(request.payload));
    }
    this.port?.send(f);
  }

  /** Which guest containers are this client's (to end them if it goes away). */
  private track(method: string, payload: Buffer): void {
    try {
      if (method === 'CreateContainer') this.containers.add(agentPb.CreateContainerRequest.decode(payload).containerId);
      if (method === 'Delete') {
        const r = agentPb.DeleteRequest.decode(payload);
        if (!r.execId) this.containers.delete(r.containerId);
      }
    } catch {
      // the agent answers a malformed request itself
    }
  }

  async attach(name: string): Promise<Vm> {
    if (this.vm && !this.vm.isDead) return this.vm;
    const lease = await this.daemon.manager.acquire();
    if (this.gone) {
      lease.release();
      throw new TandemError(Code.Unavailable, 'client went away during attach');
    }
    this.name = name;
    this.vm = lease.vm;
    this.release = lease.release;
    // The VM's death closes the agent channel and with it every attached connection.
    this.port = lease.vm.mux.open(
      (frame) => {
        if (!this.conn.destroyed) this.conn.write(frame);
      },
      () => this.conn.destroy(),
    );
    this.log.info({ client: name, generation: lease.vm.generation }, 'client attached');
    return lease.vm;
  }

  /** The connection closed: its containers end, its lease goes. */
  async closed(): Promise<void> {
    this.gone = true;
    this.port?.close();
    const vm = this.vm;
    if (vm && !vm.isDead && this.containers.size) {
      this.log.warn({ client: this.name, containers: [...this.containers] }, 'client gone: ending its containers');
      await Promise.all([...this.containers].map((id) => endContainer(vm, id)));
    }
    if (this.vm) this.log.info({ client: this.name }, 'client detached');
    this.release?.();
  }
}

/** SIGKILL every process of a guest container, wait for its init to exit, delete it. */
async function endContainer(vm: Vm, id: string): Promise<void> {
  const agent = vm.agent;
  await agent.kill(id, '', 9, true).catch(() => {});
  await Promise.race([agent.wait(id).catch(() => {}), new Promise((r) => setTimeout(r, 10_000).unref())]);
  await agent.delete(id).catch(() => {});
}
