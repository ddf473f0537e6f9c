// One QEMU process and the guest in it, whatever the accelerator: its launch (with a virtiofsd per
// share), the waits on its console and monitor, the template save and restore steps it takes
// part in (qemu-template.ts), and its stop. The backend (qemu.ts) decides which to start and how.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { failedPrecondition, unavailable } from '../../common/errdefs.js';
import { within } from '../../common/within.js';
import { ACCEL_FAILURE_RE } from './accel.js';
import { hostfwd, virtiofsdArgs, type Accel, type QemuPlan } from './qemu-args.js';
import { QmpClient } from './qmp.js';
import {
  cpuSections,
  plugShares,
  saveTemplate,
  startIncoming,
  SERVING_RE,
  waitRestored,
  type SaveResult,
  type Template,
} from './qemu-template.js';
import { openRamFile, removeTemplate } from './qemu-template-files.js';
import { FATAL_RE, READY_RE, type PortForward, type VmConfig, type VmExit, type VmInstance } from './vm-backend.js';
import { ConsoleStalled, LogTail, VmmProcess } from './vmm-process.js';

const VIRTIOFSD = '/usr/lib/qemu/virtiofsd';
/** virtiofsd creates its socket at once; the bound only matters on a badly overloaded host. */
const VIRTIOFSD_READY_MS = 60_000;
/** Default boot bound when the caller gives none (the vmd passes TANDEM_VM_BOOT_TIMEOUT_MS). */
export const READY_MS = 120_000;
const FIRST_LINE_RE = /^tandem-guest: /m;
/**
 * A TCG guest prints /init's first line about a second after QEMU starts. Twice on 2026-12-01 a
 * boot printed nothing at all for 120 and 280 s (hung before /init; the kernel said nothing at
 * loglevel 3; cause unknown): such a boot is killed and started once more, saying so.
 */
const SILENT_BOOT_MS = 60_000;

export class QemuInstance implements VmInstance {
  readonly exited: Promise<VmExit>;
  private qmp?: Promise<QmpClient>;
  /** The template this VM was restored from (withTemplate). */
  restoredFrom?: { template: Template; log: (m: string) => void };

  private constructor(
    private readonly proc: VmmProcess,
    private readonly plan: QemuPlan,
    readonly accelerator: Accel,
    private readonly helpers: VmmProcess[],
    private readonly logOffset: number,
  ) {
    this.exited = proc.exited.then(async (e) => {
      // virtiofsd exits by itself too; be sure, and wait: a next start on the same socket (the
      // TCG fallback after a failed KVM probe) fails while it still holds its pid file's lock.
      for (const h of this.helpers) h.signal('SIGKILL');
      await Promise.all(this.helpers.map((h) => h.exited));
      this.releaseRamFile();
      void this.qmp?.then(
        (q) => q.close(),
        () => {},
      );
      return e;
    });
  }

  get pid(): number {
    return this.proc.pid;
  }

  get running(): boolean {
    return this.proc.running;
  }

  get bootLog(): string {
    return this.plan.bootLog;
  }

  get kernelStartedAtMs(): number | undefined {
    // A restored guest's console was not watched (its restore was, through QMP): read its stamps
    // now, when the vmd asks after the first Hello, whose lines are the newest.
    if (this.restoredFrom) this.proc.observeConsole(this.logOffset);
    return this.proc.kernelStartedAtMs;
  }

  get outputPorts(): Record<string, string> {
    return this.plan.outputPorts;
  }

  discardTemplate(why: string): void {
    const t = this.restoredFrom;
    if (!t) return;
    this.restoredFrom = undefined;
    removeTemplate(t.template);
    t.log(
      `qemu: removed the saved VM ${t.template.dir}: the guest restored from it failed (${why}); the next VM boots and saves a new one`,
    );
  }

  static async launch(
    plan: QemuPlan,
    accel: Accel,
    log: (m: string) => void,
    mark = (_step: string) => {},
    virtiofsd = VIRTIOFSD,
  ): Promise<QemuInstance> {
    const sockets = [...Object.values(plan.sockets), ...Object.values(plan.outputPorts), ...plan.virtiofs.map((v) => v.socket)];
    for (const s of sockets) rmSync(s, { force: true });
    const offset = existsSync(plan.bootLog) ? readFileSync(plan.bootLog).length : 0;
    const helpers: VmmProcess[] = [];
    try {
      for (const v of plan.virtiofs) helpers.push(await startVirtiofsd(v, plan.bootLog, virtiofsd));
      if (plan.virtiofs.length) mark('vmd: virtiofsd ready');
      log(`qemu: starting ${plan.binary} (${accel})`);
      writeFileSync(plan.bootLog, `--- ${new Date().toISOString()} ${plan.binary} ${plan.args.join(' ')}\n`, { flag: 'a' });
      const proc = await VmmProcess.spawn(`qemu (${accel})`, plan.binary, plan.args, plan.bootLog);
      mark(`vmd: QEMU started (${accel})`);
      return new QemuInstance(proc, plan, accel, helpers, offset);
    } catch (err) {
      for (const h of helpers) h.signal('SIGKILL');
      await Promise.all(helpers.map((h) => h.exited));
      throw err;
    }
  }

  waitFirstLine(ms: number): Promise<unknown> {
    return this.proc.waitForConsole(FIRST_LINE_RE, ms, ACCEL_FAILURE_RE, this.logOffset);
  }

  /**
   * Waits for the ready marker; the VM is killed when it does not come. Given `stallMs`, a console
   * quiet that long rejects with ConsoleStalled and leaves the VM to the caller (bootTcg).
   */
  async waitReady(ms: number, stallMs?: number): Promise<void> {
    try {
      await this.proc.waitForConsole(READY_RE, ms, FATAL_RE, this.logOffset, undefined, stallMs);
    } catch (err) {
      if (!(err instanceof ConsoleStalled)) await this.kill();
      throw err;
    }
  }

  /** Waits for a VM started with `-incoming` to have loaded its state and run. */
  async waitRestored(ms: number): Promise<void> {
    const died = this.exited.then(() => {
      throw unavailable(`QEMU exited: ${new LogTail(this.plan.bootLog, this.logOffset).lastLines(1) || 'no output'}`);
    });
    died.catch(() => {}); // a restored VM exits much later: that is not this wait's failure
    await Promise.race([died, this.restoredMonitor(ms).then((qmp) => waitRestored(qmp, ms))]);
  }

  /** QEMU binds its QMP socket a moment before it listens on it: connect until it answers. */
  private async restoredMonitor(ms: number): Promise<QmpClient> {
    const deadline = Date.now() + ms;
    await this.proc.waitForFile(this.plan.sockets.qmp, ms);
    for (;;) {
      try {
        return await this.monitor();
      } catch (err) {
        if (!this.proc.running || Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  }

  /** Plugs in the virtiofs devices a template VM boots without (qemu-args.ts HotplugFs). */
  async plugShares(): Promise<void> {
    if (this.plan.hotplug.length) await plugShares(await this.monitor(), this.plan.hotplug);
  }

  /**
   * Removes a template VM's RAM file once QEMU has mapped it: QEMU keeps it open (the save copies
   * it through that descriptor), and nothing is left on tmpfs however the VM or the vmd ends.
   */
  releaseRamFile(): void {
    if (this.plan.ramFile) rmSync(this.plan.ramFile, { force: true });
  }

  /** Has a QEMU started with `-incoming defer` load the template (qemu-template.ts startIncoming). */
  async startIncoming(t: Template, ms: number): Promise<void> {
    await startIncoming(await this.restoredMonitor(ms), t);
  }

  /** Waits for a template boot's agent to say it serves (after its trim, guest/trim.ts). */
  async waitServing(ms: number): Promise<void> {
    await this.proc.waitForConsole(SERVING_RE, ms, FATAL_RE, this.logOffset, "agent's 'serving' line");
  }

  /** Saves the running guest (its agent serving: waitServing) as the template. */
  async saveAsTemplate(t: Template, ms: number): Promise<SaveResult> {
    if (!this.plan.ramFile) throw failedPrecondition('a VM saved as a template needs its RAM in a file (qemu-args.ts)');
    return saveTemplate(await this.monitor(), t, openRamFile(this.proc.pid, this.plan.ramFile), ms, this.plan.migration);
  }

  connectAgent(): Promise<Duplex> {
    return connectUnix(this.plan.sockets.agent);
  }

  async addPortForward(f: PortForward): Promise<void> {
    const rule = hostfwd(f); // validates
    await (await this.monitor()).hmp(`hostfwd_add n0 ${rule}`);
  }

  async stop(graceMs = 10_000): Promise<void> {
    if (!this.proc.running) return;
    this.proc.expectedReason = 'stopped by the host';
    const started = Date.now();
    // The guest was asked to power off through its agent (Agent.Poweroff, by the vmd): QEMU exits
    // by itself once it has. A guest that was not asked (graceMs 0) or is too slow is terminated.
    if (graceMs > 0 && (await this.proc.waitExit(graceMs))) {
      await this.exited;
      return;
    }
    if (graceMs > 0) this.proc.expectedReason = 'stopped by the host (the guest did not power off in time)';
    await this.proc.terminate(Math.max(1000, graceMs - (Date.now() - started)), '');
    await this.exited;
  }

  /** Each vCPU's program counter and whether it is halted, from the monitor (bounded: 5 s). */
  async cpuSummary(): Promise<string> {
    const regs = this.monitor().then((m) => m.hmpQuery('info registers -a'));
    return summarizeCpus(await within(regs, 5000, () => new Error('the monitor did not answer in 5 s')));
  }

  async kill(): Promise<void> {
    await this.proc.kill();
    await this.exited;
  }

  private monitor(): Promise<QmpClient> {
    if (!this.proc.running) return Promise.reject(failedPrecondition('the VM is not running'));
    this.qmp ??= QmpClient.connect(this.plan.sockets.qmp);
    this.qmp.catch(() => (this.qmp = undefined));
    return this.qmp;
  }
}

function connectUnix(path: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect(path);
    s.once('connect', () => {
      s.removeAllListeners('error');
      resolve(s);
    });
    s.once('error', (e) => reject(unavailable(`cannot connect to ${path}: ${e.message}`, e)));
  });
}

/** Starts virtiofsd for one share and waits for its socket (QEMU connects to it at start). */
export async function startVirtiofsd(v: QemuPlan['virtiofs'][number], bootLog: string, binary = VIRTIOFSD): Promise<VmmProcess> {
  if (!existsSync(binary)) throw failedPrecondition(`${binary} not found (Debian: qemu-system-common)`);
  const vp = await VmmProcess.spawn(`virtiofsd (${v.tag})`, binary, virtiofsdArgs(v), bootLog);
  try {
    await vp.waitForFile(v.socket, VIRTIOFSD_READY_MS);
  } catch (err) {
    await vp.kill();
    throw failedPrecondition(`virtiofsd for share ${v.tag} did not start: ${(err as Error).message}`, err);
  }
  return vp;
}

/**
 * Boots under TCG to the ready marker. A guest that prints nothing within SILENT_BOOT_MS (or half
 * the boot bound, if shorter) while QEMU runs, or that stops printing for as long before its ready
 * marker, is killed and booted once more; a QEMU that exited is left for waitReady to report.
 */
export async function bootTcg(plan: QemuPlan, cfg: VmConfig, log: (m: string) => void): Promise<QemuInstance> {
  const ms = cfg.readyTimeoutMs ?? READY_MS;
  const silentMs = Math.min(SILENT_BOOT_MS, ms / 2);
  const started = Date.now();
  const left = () => Math.max(ms - (Date.now() - started), silentMs);
  let vm = await QemuInstance.launch(plan, 'tcg', log, cfg.mark);
  // Where the vCPUs are is the one clue to why; the addresses map to symbols by /proc/kallsyms of
  // a running guest (docs/guest.md).
  const again = async (why: string) => {
    const where = await vm.cpuSummary().catch((err: Error) => `vCPU state unavailable: ${err.message}`);
    await vm.kill();
    log(`qemu: ${why}; ${where}); booting it once more`);
    vm = await QemuInstance.launch(plan, 'tcg', log, cfg.mark);
  };
  const spoke = await vm.waitFirstLine(silentMs).then(
    () => true,
    () => false,
  );
  if (!spoke && vm.running) {
    await again(`the guest printed nothing in ${silentMs / 1000} s (its boot hung before /init`);
    await vm.waitReady(left());
    return vm;
  }
  // A boot that spoke and then went quiet: seen in two CI runs (2026-12-05/06: once after /init's
  // "modules loaded", once after its first lines), each printing nothing more until the bound.
  try {
    await vm.waitReady(left(), silentMs);
  } catch (err) {
    if (!(err instanceof ConsoleStalled)) throw err;
    await again(`the guest's boot stopped (${err.message}`);
    await vm.waitReady(left());
  }
  return vm;
}

/** `info registers -a` in one line: `vCPU 0 pc=ffffffff81… halted, vCPU 1 …` (x86's RIP, arm's PC). */
export function summarizeCpus(text: string): string {
  const cpus = cpuSections(text);
  if (!cpus.length) return "no vCPU in the monitor's answer";
  return cpus
    .map((c) => {
      const n = /^CPU#(\d+)/.exec(c)![1];
      const pc = /\b(?:RIP|EIP|PC)=([0-9a-fA-F]+)/.exec(c)?.[1] ?? '?';
      return `vCPU ${n} pc=${pc.replace(/^0+(?=.)/, '')}${/\bHLT=1\b/.test(c) ? ' halted' : ''}`;
    })
    .join(', ');
}
