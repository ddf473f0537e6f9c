// What a VM container holds on to: a lease on the running guest VM. The VM is owned by the VM
// daemon (vmd/), shared by every shim daemon of the state directory; a shim daemon sees it
// through its connection to the vmd (vmd/client.ts). Containers only need the agent, the VM's
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
  /** The VM's output and input ports: port name (tandem.out.N, tandem.in.N) → host socket (guest/serial-ports.ts); absent or empty: none. */
  readonly outputSockets?: Readonly<Record<string, string>>;
  /** Notes a host step on the VM's boot timeline (once per step; timeline.ts); `at` defaults to now. */
  mark?(step: string, at?: number): void;
}

/** The VM has output ports the agent may wire stdout to (guest/serial-ports.ts). */
export function hasOutputPorts(vm: Pick<GuestVm, 'outputSockets'>): boolean {
  return Object.keys(vm.outputSockets ?? {}).some((n) => n.startsWith('tandem.out.'));
}

/** Whether the VM has input ports for stdin (guest/serial-ports.ts). */
export function hasInputPorts(vm: Pick<GuestVm, 'outputSockets'>): boolean {
  return Object.keys(vm.outputSockets ?? {}).some((n) => n.startsWith('tandem.in.'));
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
  private resolveDead!: (reason: string | Promise<string>) => void;
  readonly dead: Promise<string> = new Promise((r) => (this.resolveDead = r));

  get isDead(): boolean {
    return this.why !== undefined;
  }

  /**
   * True the first time only. Dead from now on; `dead` settles with `detail` when given (a cause
   * looked up after the fact: it must settle, and falls back to `reason` if it fails).
   */
  fire(reason: string, detail?: Promise<string>): boolean {
    if (this.why !== undefined) return false;
    this.why = reason;
    this.resolveDead(detail ? detail.catch(() => reason) : reason);
    return true;
  }
}

/**
 * One shared thing, started on first use (one start at a time, however many ask at once) and
 * counted while held: the vmd's VM (held by attached connections) and a shim daemon's attached
 * VM (held by its VM containers) are both one of these.
 */
export class SharedLease<T extends { leases: number; readonly isDead: boolean }> {
  private current?: T;
  private starting?: Promise<T>;

  constructor(
    private readonly start: () => Promise<T>,
    /** Called when the last holder let go (and on every take, `taken`). */
    private readonly hooks: { idle(t: T): void; taken?(t: T): void },
  ) {}

  /** The live one, if any (not while starting). */
  get value(): T | undefined {
    return this.current && !this.current.isDead ? this.current : undefined;
  }

  get busy(): boolean {
    return !!this.value || !!this.starting;
  }

  /** The current one, or the one being started (for shutdown). */
  async settled(): Promise<T | undefined> {
    return this.current ?? (await this.starting?.catch(() => undefined));
  }

  /** It is gone: the next acquire starts a new one. */
  forget(t: T): void {
    if (this.current === t) this.current = undefined;
  }

  async acquire(): Promise<{ vm: T; release(): void }> {
    let t = this.value;
    if (!t) {
      this.starting ??= this.start()
        .then((v) => (this.current = v))
        .finally(() => (this.starting = undefined));
      t = await this.starting;
    }
    const held = t;
    held.leases++;
    this.hooks.taken?.(held);
    let released = false;
    return {
      vm: held,
      release: () => {
        if (released) return;
        released = true;
        held.leases--;
        if (held.leases === 0) this.hooks.idle(held);
      },
    };
  }
}
