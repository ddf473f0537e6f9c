// What a VM container holds on to: a lease on the running guest VM. The VM is owned by the VM
// daemon (vmd/), shared by every shim daemon of the state directory; a shim daemon sees it
// through its connection to the vmd (vmd-client.ts). Containers only need the agent, the VM's
// identity and a way to learn that it is gone.
import type { AgentClient } from './agent-client.js';
import type { PortForward } from './backends/vm-backend.js';

export interface GuestVm {
  readonly generation: number;
  readonly backend: string;
  readonly agent: AgentClient;
  readonly isDead: boolean;
  /** Settles once, with the reason, when the VM (or the way to it) is gone. */
  readonly dead: Promise<string>;
  /** Publishes a guest port through the VMM (UDP); absent where the backend cannot. */
  addPortForward?(f: PortForward): Promise<void>;
}

export interface VmLease {
  readonly vm: GuestVm;
  /** Idempotent. */
  release(): void;
}

/** Whoever hands out leases: the shim's link to the vmd. */
export interface VmHost {
  acquire(): Promise<VmLease>;
  /** Lets go of the VM (the shim daemon is leaving); the VM itself is the vmd's business. */
  shutdown(): Promise<void>;
}

/** A one-shot "gone, because …" signal. */
export class DeathLatch {
  private why?: string;
  private resolveDead!: (reason: string) => void;
  readonly dead: Promise<string> = new Promise((r) => (this.resolveDead = r));

  get isDead(): boolean {
    return this.why !== undefined;
  }

  /** True the first time only. */
  fire(reason: string): boolean {
    if (this.why !== undefined) return false;
    this.why = reason;
    this.resolveDead(reason);
    return true;
  }
}
