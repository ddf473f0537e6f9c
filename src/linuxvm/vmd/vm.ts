// One booted VM as the VM daemon holds it: its VMM instance, the agent channel's mux and the
// manager's own agent client, its leases, idle timer and heartbeat. Marked dead once (the latch):
// then its channel and client close, so every attached client sees its processes end.
import { failedPrecondition } from '../../common/errdefs.js';
import type { AgentClient } from '../agent-client.js';
import type { PortForward, VmInstance } from '../backends/vm-backend.js';
import type { BackendName } from '../settings.js';
import { DeathLatch, type GuestVm } from '../vm-lease.js';
import type { Watchdog } from '../watchdog.js';
import type { AgentMux } from './mux.js';

/** One booted VM: its VMM, the agent channel's mux and the manager's own agent client. */
export class Vm implements GuestVm {
  leases = 0;
  private readonly latch = new DeathLatch();
  readonly dead = this.latch.dead;
  readonly bootedAt = Date.now();
  private idleTimer?: NodeJS.Timeout;
  private watchdog?: Watchdog;

  constructor(
    readonly generation: number,
    readonly instance: VmInstance,
    readonly mux: AgentMux,
    readonly agent: AgentClient,
    readonly backend: BackendName,
  ) {}

  get isDead(): boolean {
    return this.latch.isDead;
  }

  addPortForward(f: PortForward): Promise<void> {
    if (!this.instance.addPortForward) throw failedPrecondition(`the ${this.backend} backend cannot forward ports`);
    return this.instance.addPortForward(f);
  }

  get outputSockets(): Readonly<Record<string, string>> {
    return this.instance.outputPorts ?? {};
  }

  markDead(reason: string): void {
    if (!this.latch.fire(reason)) return;
    clearTimeout(this.idleTimer);
    this.watchdog?.stop();
    this.agent.close();
    this.mux.close();
  }

  setIdleTimer(t?: NodeJS.Timeout): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = t;
  }

  setWatchdog(w: Watchdog): void {
    this.watchdog = w;
  }
}
