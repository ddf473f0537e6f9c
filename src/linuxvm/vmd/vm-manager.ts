// The one guest VM of a tandem state directory, inside the VM daemon: booted when the first
// client attaches, kept while any client holds a lease, stopped after an idle timeout. A VM that
// dies (VMM killed, agent gone, heartbeat missed) is forgotten at once: its agent channel
// closes, so every attached client sees its processes exit, and the next attach boots a fresh VM.
//
// The agent channel belongs to an AgentMux (mux.ts): clients' calls are relayed through it, and
// the manager's own AgentClient (Hello, heartbeat, clean-up of a departed client's containers)
// is one more mux client over an in-memory pair.
//
// Files, under <state dir>/vm/:
//   vm.json           owner (vmd) pid, VMM pid, backend, boot log path: lets the next vmd kill
//                     a VM whose vmd died (killOrphanedVm)
//   share/            the host directory shared with the guest (share-linux.ts)
//   <generation>/     the backend's state dir for one boot: sockets, boot log (the last
//                     generations are kept for their boot logs)
import { promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { failedPrecondition } from '../../common/errdefs.js';
import { within } from '../../common/within.js';
import type { VmBackend, VmExit } from '../backends/vm-backend.js';
import { FIXED_MAPS_CMDLINE, SNAPSHOT_CMDLINE } from '../image/manifest.js';
import { backendOrder, type BackendName, type VmSettings } from '../settings.js';
import type { SharePlatform } from '../share.js';
import { SharedLease } from '../vm-lease.js';
import { appendHostMarks } from '../timeline.js';
import { killOrphanedVm, readVmRecord, writeVmRecord } from './record.js';
import { HELLO_RETRY_MS, helloAgent, watchAgent } from './vm-attach.js';
import { Vm } from './vm.js';

/** How long a VMM whose agent channel closed may take to exit by itself (its exit says why). */
const EXIT_GRACE_MS = 2_000;
/** How many ended VMs' causes are kept for VmEnd. */
const ENDS_KEPT = 8;
const VM_EXITED = 'VM exited';
/** How long a stopping VM's agent has to take Poweroff (it answers at once when it is alive). */
const POWEROFF_ASK_MS = 2_000;

export type BackendLoader = (name: BackendName) => Promise<VmBackend>;

export interface VmManagerOptions {
  settings: VmSettings;
  platform: NodeJS.Platform;
  share: SharePlatform;
  vmDir: string;
  log: Logger;
  /** Loads a backend by name (injected in tests). */
  loadBackend: BackendLoader;
  /** Returns the guest image to boot, building it first when the cache has none for this code. */
  ensureImage?: () => Promise<string>;
  /** How long one Hello may go unanswered before the agent channel is opened again (HELLO_RETRY_MS). */
  helloRetryMs?: number;
}

export interface VmLease {
  readonly vm: Vm;
  /** Idempotent. */
  release(): void;
}

export class VmManager {
  /** Stops under way (stopVm, settleEnd): a VM the shared lease already forgot, still ending. */
  private readonly stopping = new Map<Vm, Promise<void>>();
  private readonly shared = new SharedLease<Vm>(() => this.boot(), {
    taken: (vm) => vm.setIdleTimer(undefined),
    idle: (vm) => {
      if (!vm.isDead) this.scheduleIdleStop(vm);
    },
  });
  private generation = 0;
  private staleChecked = false;
  /** Why recent VMs ended, by generation (VmEnd), and the calls waiting for one to. */
  private readonly ends = new Map<number, string>();
  private readonly endWaiters: (() => void)[] = [];

  constructor(private readonly o: VmManagerOptions) {}

  /** The running VM, if any (not booting). */
  get vm(): Vm | undefined {
    return this.shared.value;
  }

  /** A VM up, booting, or still being stopped (the vmd must not leave a guest half powered off). */
  get busy(): boolean {
    return this.shared.busy || this.stopping.size > 0;
  }

  /** A lease on a running VM, booting one when there is none. */
  acquire(): Promise<VmLease> {
    return this.shared.acquire();
  }

  private scheduleIdleStop(vm: Vm): void {
    const t = setTimeout(() => {
      if (vm.leases > 0 || vm.isDead) return;
      this.o.log.info({ generation: vm.generation }, 'vm idle: stopping');
      void this.stopVm(vm, 'idle timeout');
    }, this.o.settings.idleTimeoutMs);
    t.unref();
    vm.setIdleTimer(t);
  }

  private stopVm(vm: Vm, reason: string): Promise<void> {
    const stop = this.stopNow(vm, reason).finally(() => this.stopping.delete(vm));
    this.stopping.set(vm, stop);
    return stop;
  }

  private async stopNow(vm: Vm, reason: string): Promise<void> {
    this.shared.forget(vm);
    // The guest powers itself off (syncs, unmounts its shares) when its agent is asked; the VMM's
    // stop then waits for that, and forces it when the agent did not answer or the guest is slow.
    const asked = await vm.agent.poweroff(POWEROFF_ASK_MS).then(
      () => true,
      (err: Error) => (this.o.log.warn({ generation: vm.generation, err: err.message }, 'vm stop: the agent did not take poweroff'), false),
    );
    vm.markDead(reason);
    this.recordEnd(vm.generation, `stopped (${reason})`);
    await vm.instance.stop(asked ? 3_000 : 0).catch(() => vm.instance.kill());
  }

  /** SIGKILLs the VMMs synchronously, the running one and any being stopped (process exit). */
  killNow(): void {
    for (const vm of [this.shared.value, ...this.stopping.keys()]) {
      if (!vm) continue;
      try {
        process.kill(vm.instance.pid, 'SIGKILL');
      } catch {}
    }
  }

  /** Stops the VM now, and waits for stops under way (daemon shutdown). */
  async shutdown(): Promise<void> {
    const vm = await this.shared.settled();
    if (vm) await this.stopVm(vm, 'shutdown');
    await Promise.all(this.stopping.values());
  }

  private async pickBackend(): Promise<VmBackend> {
    const tried: string[] = [];
    for (const name of backendOrder(this.o.settings, this.o.platform)) {
      try {
        const b = await this.o.loadBackend(name);
        if (await b.available()) return b;
        tried.push(`${name}: not available`);
      } catch (err) {
        tried.push(`${name}: ${(err as Error).message}`);
      }
    }
    throw failedPrecondition(`no VM backend can run here (${tried.join('; ')})`);
  }

  private async boot(): Promise<Vm> {
    const { settings: s, log, vmDir } = this.o;
    // Host steps of this boot, written to its boot log once the kernel's start is known.
    const marks: { step: string; at: number }[] = [];
    const mark = (step: string) => marks.push({ step, at: Date.now() });
    if (!this.staleChecked) marks.push({ step: 'vmd: process started', at: performance.timeOrigin });
    mark('vmd: VM boot begins');
    if (!this.staleChecked) {
      // A VM left by a vmd that died (its guest powers itself off 15 s after losing its host,
      // but not before), and the generation count to continue from (boot logs are kept).
      this.staleChecked = true;
      this.generation = (await readVmRecord(vmDir))?.generation ?? 0;
      await killOrphanedVm(vmDir, log).catch((err) => log.warn({ err: (err as Error).message }, 'stale VM cleanup failed'));
    }
    const backend = await this.pickBackend();
    // Without ensureImage (an in-process manager in tests) the backend says what is missing.
    const imageDir = this.o.ensureImage ? await this.o.ensureImage() : (s.imageDir ?? '');
    mark('vmd: image checked');
    const generation = ++this.generation;
    const runDir = join(vmDir, String(generation));
    await fsp.mkdir(runDir, { recursive: true });
    await fsp.rm(join(vmDir, String(generation - 2)), { recursive: true, force: true });
    const started = Date.now();
    const instance = await backend.start({
      stateDir: runDir,
      accelVerdictDir: vmDir,
      arch: s.arch,
      cpus: s.cpus,
      memoryMiB: s.memoryMiB,
      tcgTbMiB: s.tcgTbMiB,
      outputPorts: s.outputPorts,
      inputPorts: s.inputPorts,
      imageDir,
      rosetta: s.rosetta,
      shares: this.o.share.vmShares(s.shareKind),
      portForwards: [],
      // Fixed maps: TCG finds a translation by its virtual address, and a runtime mapped at new
      // random addresses each time was translated anew each time (~18 MiB of code per warm start;
      // docs/guest.md). crun only: it clears the flag in the containers (linux.personality,
      // vm-executor.test.ts); runc's support of that was not checked. cmdlineFor drops it on the
      // host's CPU.
      cmdlineExtra: [
        `tandem.runtime=${s.runtime}`,
        `tandem.reclaim=${s.idleReclaimMs}`,
        ...(s.agentSnapshot ? [SNAPSHOT_CMDLINE] : []),
        ...(s.runtime === 'crun' ? [FIXED_MAPS_CMDLINE] : []),
      ],
      templateDir: s.restore ? (s.templateDir ?? join(dirname(imageDir), 'templates')) : undefined,
      templateServeTimeoutMs: s.templateServeTimeoutMs,
      readyTimeoutMs: s.bootTimeoutMs,
      log: (msg) => log.info({ generation }, msg),
      mark,
    });
    mark('vmd: ready marker seen');
    await writeVmRecord(vmDir, {
      ownerPid: process.pid,
      vmPid: instance.pid,
      backend: backend.name,
      generation,
      bootLog: instance.bootLog,
      startedAt: new Date().toISOString(),
    });
    const { agent, mux } = await helloAgent(instance, {
      retryMs: this.o.helloRetryMs ?? HELLO_RETRY_MS,
      bootTimeoutMs: s.bootTimeoutMs,
      warn: (msg) => log.warn({ generation }, msg),
    });
    mark('vmd: agent answered Hello');
    if (instance.kernelStartedAtMs !== undefined) marks.push({ step: 'kernel started', at: instance.kernelStartedAtMs });
    await appendHostMarks(instance.bootLog, marks);
    const vm = new Vm(generation, instance, mux, agent, backend.name);
    log.info(
      {
        generation,
        backend: backend.name,
        accelerator: instance.accelerator,
        pid: instance.pid,
        bootMs: Date.now() - started,
        kernel: agent.info?.kernelRelease,
        agent: agent.info?.agent,
      },
      'vm ready',
    );
    void instance.exited.then((e) => this.onDead(vm, `${VM_EXITED}: ${e.reason}`));
    void mux.closed.then(() => this.onDead(vm, 'agent connection closed'));
    vm.setWatchdog(
      watchAgent(
        vm,
        s,
        (msg) => log.info({ generation }, msg),
        (reason) => {
          // A restored guest that hangs costs its saved VM, as a failed resume does: the lockups seen
          // (docs/guest.md) came from a few templates, so the next VM boots and saves a new one.
          instance.discardTemplate?.(reason);
          this.onDead(vm, reason);
        },
      ),
    );
    return vm;
  }

  private onDead(vm: Vm, reason: string): void {
    if (vm.isDead) return;
    this.o.log.warn({ generation: vm.generation, reason }, 'vm gone');
    this.shared.forget(vm);
    vm.markDead(reason);
    // A VM being stopped (its agent channel closes as it powers off) is the stop's to end.
    if (this.stopping.has(vm)) return;
    // Counted as a stop under way: the vmd neither leaves nor forgets the VMM meanwhile.
    const settle = this.settleEnd(vm, reason).finally(() => this.stopping.delete(vm));
    this.stopping.set(vm, settle);
  }

  /**
   * Ends what is left of a dead VM and records why it ended (VmEnd). An agent channel that
   * closed first usually means the VMM is exiting: its own exit (status, last console lines)
   * says why, so it gets a moment before it is killed.
   */
  private async settleEnd(vm: Vm, reason: string): Promise<void> {
    const own: VmExit | undefined = reason.startsWith(VM_EXITED)
      ? undefined
      : await within(vm.instance.exited, EXIT_GRACE_MS, () => new Error('still running')).catch(() => undefined);
    if (!own) await vm.instance.kill().catch(() => {});
    const full = own ? `${reason}; ${VM_EXITED}: ${own.reason}` : reason;
    if (own) this.o.log.warn({ generation: vm.generation, reason: full }, 'vm gone: its VMM exited by itself');
    this.recordEnd(vm.generation, full);
  }

  private recordEnd(generation: number, reason: string): void {
    this.ends.set(generation, reason);
    for (const g of [...this.ends.keys()].slice(0, -ENDS_KEPT)) this.ends.delete(g);
    for (const w of this.endWaiters.splice(0)) w();
  }

  /** Why VM `generation` ended, once it has (waiting up to `ms`); undefined if it has not. */
  async endOf(generation: number, ms: number): Promise<string | undefined> {
    const deadline = Date.now() + ms;
    while (!this.ends.has(generation) && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((r) => {
        this.endWaiters.push(r);
        timer = setTimeout(r, deadline - Date.now());
      });
      clearTimeout(timer);
    }
    return this.ends.get(generation);
  }
}
