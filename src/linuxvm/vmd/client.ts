// A shim daemon's link to the VM daemon of its state directory (vmd/). While this daemon has VM
// containers it holds one connection, attached to the VM: the lease that keeps the VM up and
// the channel to the guest agent (relayed by the vmd). The first container starts a vmd when
// none answers; a VM that dies (or a vmd that dies) closes the connection, which every process
// of this daemon's VM containers sees as its exit; the next container attaches again.
import type { ChildProcess } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import type { Logger } from 'pino';
import { Code, TandemError, isCode } from '../../common/errdefs.js';
import { processAlive } from '../../common/process-alive.js';
import { tandem } from '../../generated/protos.js';
import { TtrpcClient } from '../../ttrpc/client.js';
import { VMD } from './api.js';
import { VmdDialer } from './dial.js';
import { AgentClient } from '../agent-client.js';
import type { PortForward } from '../backends/vm-backend.js';
import { DeathLatch, SharedLease, type GuestVm, type VmHost, type VmLease } from '../vm-lease.js';
import { appendHostMarks } from '../timeline.js';
import { Watchdog } from '../watchdog.js';

const pb = tandem.vmd.v1;
const VMD_SERVICE = VMD.name;

export interface VmdClientOptions {
  socket: string;
  /** Starts a vmd (absent in tests that run one in-process). */
  spawn?: () => ChildProcess;
  /** The started vmd's stderr file (its last line is the error when it exits before serving). */
  stderrFile?: string;
  /** The vmd's log: its last line, and the file, go into the error of an Attach out of time. */
  logFile?: string;
  /** Who we are, for the vmd's logs and Status. */
  client: string;
  log: Logger;
  /** Connect + boot + Hello must finish within this. */
  attachTimeoutMs: number;
  pingIntervalMs: number;
  pingTimeoutMs: number;
  /** The ping interval while this client calls nothing (watchdog.ts); 0: never slower. */
  pingIdleIntervalMs?: number;
}

/** The VM as this daemon sees it: one attached connection. */
export class AttachedVm implements GuestVm {
  leases = 0;
  private readonly latch = new DeathLatch();
  readonly dead = this.latch.dead;
  private readonly watchdog: Watchdog;
  private readonly marked = new Set<string>();

  constructor(
    private readonly ttrpc: TtrpcClient,
    readonly agent: AgentClient,
    readonly info: tandem.vmd.v1.IVmInfo,
    o: Pick<VmdClientOptions, 'pingIntervalMs' | 'pingTimeoutMs' | 'pingIdleIntervalMs' | 'socket' | 'stderrFile'>,
    vmdPid = 0,
  ) {
    const attachedAt = Date.now();
    void ttrpc.closed.then(() => {
      if (!this.latch.fire(CLOSED, whyClosed(o, vmdPid, this.generation, attachedAt))) return;
      this.watchdog.stop();
    });
    // The vmd watches the agent itself (pingTimeoutMs) and ends a hung guest's VM; this catches a
    // vmd that stopped answering. Twice the bound, so that a hung guest is the vmd's verdict
    // first: the VM is then gone from the vmd, and a create made again (executor.ts) gets a new
    // one instead of the hung one.
    const watch = { intervalMs: o.pingIntervalMs, silenceMs: 2 * o.pingTimeoutMs, idleIntervalMs: o.pingIdleIntervalMs };
    this.watchdog = new Watchdog(agent, watch, (why) => this.markDead(`the VM daemon stopped answering: ${why}`)).start();
  }

  get generation(): number {
    return this.info.generation ?? 0;
  }

  get backend(): string {
    return this.info.backend ?? '';
  }

  get isDead(): boolean {
    return this.latch.isDead;
  }

  get outputSockets(): Readonly<Record<string, string>> {
    return this.info.outputPorts ?? {};
  }

  async addPortForward(f: PortForward): Promise<void> {
    const req = pb.AddPortForwardRequest.encode({
      proto: f.proto,
      hostAddr: f.hostAddr,
      hostPort: f.hostPort,
      guestPort: f.guestPort,
    }).finish();
    await this.ttrpc.call(VMD_SERVICE, 'AddPortForward', req, { timeoutMs: 30_000 });
  }

  mark(step: string, at = Date.now()): void {
    if (this.marked.has(step)) return;
    this.marked.add(step);
    void appendHostMarks(this.info.bootLog ?? '', [{ step, at }]);
  }

  markDead(reason: string): void {
    if (!this.latch.fire(reason)) return;
    this.watchdog.stop();
    this.ttrpc.close();
  }
}

export class VmdClient implements VmHost {
  // No container of ours is left in the VM: let go (the vmd's idle timer decides the VM).
  private readonly shared = new SharedLease<AttachedVm>(() => this.attach(), {
    idle: (vm) => {
      this.shared.forget(vm);
      vm.markDead('released');
    },
  });

  constructor(private readonly o: VmdClientOptions) {}

  /** The attached VM, if any. */
  get vm(): AttachedVm | undefined {
    return this.shared.value;
  }

  acquire(): Promise<VmLease> {
    return this.shared.acquire();
  }

  async shutdown(): Promise<void> {
    const vm = await this.shared.settled();
    if (!vm) return;
    this.shared.forget(vm);
    vm.markDead('shim daemon leaving');
  }

  /** Connects (starting a vmd when none answers), attaches, says Hello to the agent. */
  private async attach(): Promise<AttachedVm> {
    const { o } = this;
    const requested = Date.now();
    const dialer = new VmdDialer({ ...o, timeoutMs: o.attachTimeoutMs });
    const { deadline } = dialer;
    for (;;) {
      const conn = await dialer.connect();
      try {
        const res = pb.AttachResponse.decode(
          await conn
            .call(VMD_SERVICE, 'Attach', pb.AttachRequest.encode({ client: o.client }).finish(), {
              timeoutMs: Math.max(1_000, deadline - Date.now()),
            })
            .catch((err: unknown) => {
              throw isCode(err, Code.DeadlineExceeded) ? notReady(o) : err;
            }),
        );
        const agent = new AgentClient(conn);
        await agent.hello(30_000);
        const vm = new AttachedVm(conn, agent, res.vm ?? {}, o, res.vmdPid);
        vm.mark('shim: VM requested', requested);
        if (dialer.firstSpawnAt) vm.mark('shim: vmd spawned', dialer.firstSpawnAt);
        vm.mark('shim: attached');
        o.log.info(
          {
            vmdPid: res.vmdPid,
            generation: vm.generation,
            backend: vm.backend,
            accelerator: res.vm?.accelerator,
            kernel: res.vm?.kernelRelease,
          },
          'attached to the VM',
        );
        return vm;
      } catch (err) {
        conn.close();
        if (!retryable(err)) throw err;
        dialer.failed(err as Error); // a vmd on its way out: the next one answers, or one is started
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * An Attach out of time: the VM did not come up within the bound, for a reason only the vmd knows
 * (a boot or a template's save that hangs). Its last log line says what it was doing.
 */
function notReady(o: Pick<VmdClientOptions, 'attachTimeoutMs' | 'logFile'>): TandemError {
  const last = o.logFile ? lastLogMessage(o.logFile) : '';
  const said = last ? `; the VM daemon's last line: ${last}` : '';
  const log = o.logFile ? `; its log: ${o.logFile}` : '';
  return new TandemError(
    Code.DeadlineExceeded,
    `the VM was not ready within ${o.attachTimeoutMs / 1000} s (TANDEM_VM_BOOT_TIMEOUT_MS plus 30 s)${said}${log}`,
  );
}

/** The message of a pino log's last line (the line itself when it is not JSON), cut at 300 characters. */
export function lastLogMessage(file: string): string {
  let line: string;
  try {
    const all = readFileSync(file);
    line =
      all
        .subarray(Math.max(0, all.length - 16_384))
        .toString()
        .trim()
        .split('\n')
        .at(-1) ?? '';
  } catch {
    return '';
  }
  let msg = line;
  try {
    const m = (JSON.parse(line) as { msg?: unknown }).msg;
    if (typeof m === 'string') msg = m;
  } catch {} // not JSON: the line as it is
  return msg.length > 300 ? `${msg.slice(0, 300)}…` : msg;
}

const CLOSED = 'connection to the VM daemon closed (the VM or the vmd is gone)';
/** How long the vmd may take to say why a VM ended (its VMM gets 2 s to exit by itself). */
const VM_END_WAIT_MS = 4_000;

/**
 * Why the vmd closed our connection, asked after the fact: a vmd that is gone (its stderr's last
 * line, a crash's message), or the vmd's record of how that VM ended (VmEnd).
 */
async function whyClosed(
  o: Pick<VmdClientOptions, 'socket' | 'stderrFile'>,
  vmdPid: number,
  generation: number,
  since: number,
): Promise<string> {
  const gone = () => (vmdPid > 0 && !processAlive(vmdPid) ? `the VM daemon (pid ${vmdPid}) is gone${deathWords(o.stderrFile, since)}` : '');
  // A vmd that died takes a moment to be reaped: look twice.
  for (let i = 0; i < 2; i++) {
    if (gone()) return gone();
    if (i === 0) await new Promise((r) => setTimeout(r, 100));
  }
  let conn: TtrpcClient | undefined;
  try {
    conn = await TtrpcClient.connect(o.socket, 2_000);
    const req = pb.VmEndRequest.encode({ generation, waitMs: VM_END_WAIT_MS }).finish();
    const res = pb.VmEndResponse.decode(await conn.call(VMD_SERVICE, 'VmEnd', req, { timeoutMs: VM_END_WAIT_MS + 2_000 }));
    return res.ended ? `the VM ended: ${res.reason}` : CLOSED;
  } catch {
    return gone() || CLOSED;
  } finally {
    conn?.close();
  }
}

/**
 * `: <what the vmd said as it died>` from its stderr, when the file was written while we were
 * attached (it is appended to by every vmd of the state directory): the error line of a crash's
 * stack, else the last line.
 */
export function deathWords(file: string | undefined, since: number): string {
  try {
    if (!file || statSync(file).mtimeMs < since) return '';
    const lines = readFileSync(file, 'utf8').trim().split('\n').slice(-40);
    const line = lines.filter((l) => /^(?:\w*Error|tandem vmd)\b[^:]*: /.test(l)).at(-1) ?? lines.at(-1);
    return line?.trim() ? `: ${line.trim()}` : '';
  } catch {
    return '';
  }
}

/** A vmd on its way out (Aborted) or a connection lost before the answer: try again. */
function retryable(err: unknown): boolean {
  if (isCode(err, Code.Aborted)) return true;
  return err instanceof TandemError && err.code === Code.Unavailable && err.message.startsWith('ttrpc:');
}
