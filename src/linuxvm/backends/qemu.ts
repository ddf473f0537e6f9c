// The QEMU backend: KVM (Linux) or HVF (macOS) when usable, TCG otherwise, decided at run time.
// A hardware accelerator is tried first; if QEMU dies or reports an accelerator failure before the
// guest's first console line, the VM is started again under TCG (logged), and the verdict is kept
// for later VMs of this process and in the state directory.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import type { Duplex } from 'node:stream';
import { failedPrecondition, unavailable } from '../../common/errdefs.js';
import { within } from '../../common/within.js';
import { readManifest, type Manifest } from '../image/manifest.js';
import { ACCEL_FAILURE_RE, accelFailure, acceleratorCandidates, hostFacts, hostTscKhz, type HostFacts } from './accel.js';
import { hostfwd, qemuBinary, qemuPlan, virtiofsdArgs, type Accel, type QemuPlan } from './qemu-args.js';
import { identity, knownFailures, rememberFailure } from './accel-verdict.js';
import { which } from '../../common/which.js';
import { QmpClient } from './qmp.js';
import {
  copyRam,
  cpuSections,
  haveTemplate,
  incomingArgs,
  openRamFile,
  plugShares,
  pruneRamFiles,
  pruneTemplates,
  ramFileFor,
  removeTemplate,
  saveTemplate,
  startIncoming,
  touchTemplate,
  SERVING_RE,
  TEMPLATE_CMDLINE,
  templateFor,
  waitRestored,
  type SaveResult,
  type Template,
} from './qemu-template.js';
import { pageOutFileMappings } from './pageout.js';
import { RESTORED_MARK } from '../timeline.js';
import {
  FATAL_RE,
  READY_RE,
  sayIfSnapshotLeftOut,
  type PortForward,
  type VmBackend,
  type VmConfig,
  type VmExit,
  type VmInstance,
} from './vm-backend.js';
import { LogTail, VmmProcess } from './vmm-process.js';

const VIRTIOFSD = '/usr/lib/qemu/virtiofsd';
/** A template VM's RAM file lives on tmpfs (qemu-template.ts); elsewhere in the VM's state directory. */
const RAM_DIR = '/dev/shm';
/**
 * Under a working hardware accelerator the guest prints its first line within a second or two;
 * the bound is generous because running out of it marks the accelerator as failed for good.
 */
const ACCEL_PROBE_MS = 60_000;
/** virtiofsd creates its socket at once; the bound only matters on a badly overloaded host. */
const VIRTIOFSD_READY_MS = 60_000;
/** Default boot bound when the caller gives none (the vmd passes TANDEM_VM_BOOT_TIMEOUT_MS). */
const READY_MS = 120_000;
const FIRST_LINE_RE = /^tandem-guest: /m;
/**
 * A TCG guest prints /init's first line about a second after QEMU starts. Twice on 2026-12-01 a
 * boot printed nothing at all for 120 and 280 s (hung before /init; the kernel said nothing at
 * loglevel 3; cause unknown): such a boot is killed and started once more, saying so.
 */
const SILENT_BOOT_MS = 60_000;
const failedAccels = new Set<string>();

export class QemuBackend implements VmBackend {
  readonly name = 'qemu' as const;

  constructor(private readonly host: HostFacts = hostFacts()) {}

  /** True when QEMU for the host's own architecture is installed (the usual guest). */
  async available(): Promise<boolean> {
    const binary = this.host.arch === 'arm64' ? 'qemu-system-aarch64' : 'qemu-system-x86_64';
    return new Promise((resolve) => execFile(binary, ['--version'], (err) => resolve(!err)));
  }

  async start(cfg: VmConfig): Promise<VmInstance> {
    const log = cfg.log ?? (() => {});
    const manifest = readManifest(cfg.imageDir);
    // 0700: the VMM's sockets (QEMU makes them with its umask) and the guest's console log.
    mkdirSync(cfg.stateDir, { recursive: true, mode: 0o700 });
    chmodSync(cfg.stateDir, 0o700);
    const verdictFile = join(cfg.stateDir, 'accel-failed');
    const known = existsSync(verdictFile) ? readFileSync(verdictFile, 'utf8').split('\n') : [];
    // What an earlier vmd found out on this boot with this QEMU: not probed again (accel-verdict.ts).
    const on = cfg.accelVerdictDir ? identity(which(qemuBinary(cfg.arch)) ?? qemuBinary(cfg.arch)) : '';
    for (const f of cfg.accelVerdictDir ? knownFailures(cfg.accelVerdictDir, cfg.arch, on) : []) {
      if (known.includes(f.accel) || !acceleratorCandidates(cfg.arch, this.host).includes(f.accel)) continue;
      known.push(f.accel);
      writeFileSync(verdictFile, known.join('\n')); // what `tandem doctor` reads
      log(`qemu: accelerator ${f.accel} failed on this host before (${f.why}); using tcg`);
    }
    const candidates = acceleratorCandidates(cfg.arch, this.host).filter(
      (a, i, all) => i === all.length - 1 || !(failedAccels.has(`${cfg.arch}:${a}`) || known.includes(a)),
    );
    for (const accel of candidates) {
      // Templates under TCG only: a hardware accelerator is first probed by a boot (below), and a
      // guest under one boots in about the time a restore takes.
      if (accel === 'tcg' && cfg.templateDir) {
        const tcfg = { ...cfg, cmdlineExtra: [...(cfg.cmdlineExtra ?? []), TEMPLATE_CMDLINE] };
        const ramFile = existsSync(RAM_DIR) ? ramFileFor(RAM_DIR, cfg.stateDir) : undefined;
        const plan = qemuPlan(tcfg, manifest, accel, { tscKhz: cfg.arch === 'amd64' ? hostTscKhz() : undefined, ramFile });
        const t = templateFor(tcfg, plan, manifest, accel, cfg.templateDir);
        return booted(await withTemplate(plan, t, tcfg, log), cfg.imageDir, manifest, log);
      }
      const plan = qemuPlan({ ...cfg, templateDir: undefined }, manifest, accel, {
        tscKhz: cfg.arch === 'amd64' ? hostTscKhz() : undefined,
      });
      if (accel === 'tcg') return booted(await bootTcg(plan, cfg, log), cfg.imageDir, manifest, log);
      const vm = await QemuInstance.launch(plan, accel, log, cfg.mark);
      // A hardware accelerator: give up on it if QEMU dies or complains before the guest speaks.
      const ok = await vm.waitFirstLine(ACCEL_PROBE_MS).then(
        () => true,
        () => false,
      );
      if (ok) {
        sayIfSnapshotLeftOut(cfg.cmdlineExtra, (m) => log(`qemu: ${m}`));
        await vm.waitReady(cfg.readyTimeoutMs ?? READY_MS);
        return booted(vm, cfg.imageDir, manifest, log);
      }
      const why = accelFailure(new LogTail(plan.bootLog, 0).tail(8));
      await vm.kill();
      failedAccels.add(`${cfg.arch}:${accel}`);
      writeFileSync(verdictFile, [...known, accel].join('\n'));
      if (cfg.accelVerdictDir) rememberFailure(cfg.accelVerdictDir, on, { accel, arch: cfg.arch, why });
      log(`qemu: accelerator ${accel} does not work on this host (${why}); falling back to tcg`);
    }
    throw failedPrecondition('qemu: no accelerator left to try');
  }
}

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

  async waitReady(ms: number): Promise<void> {
    try {
      await this.proc.waitForConsole(READY_RE, ms, FATAL_RE, this.logOffset);
    } catch (err) {
      await this.kill();
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

  /** Waits for the agent to serve, then saves the running guest as the template. */
  async saveAsTemplate(t: Template, ms: number): Promise<SaveResult> {
    await this.proc.waitForConsole(SERVING_RE, ms, FATAL_RE, this.logOffset);
    if (!this.plan.ramFile) throw failedPrecondition('a VM saved as a template needs its RAM in a file (qemu-args.ts)');
    return saveTemplate(await this.monitor(), t, openRamFile(this.proc.pid, this.plan.ramFile), ms);
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
 * the boot bound, if shorter) while QEMU runs is killed and booted once more; a QEMU that exited
 * is left for waitReady to report.
 */
export async function bootTcg(plan: QemuPlan, cfg: VmConfig, log: (m: string) => void): Promise<QemuInstance> {
  const ms = cfg.readyTimeoutMs ?? READY_MS;
  const silentMs = Math.min(SILENT_BOOT_MS, ms / 2);
  const started = Date.now();
  let vm = await QemuInstance.launch(plan, 'tcg', log, cfg.mark);
  const spoke = await vm.waitFirstLine(silentMs).then(
    () => true,
    () => false,
  );
  if (!spoke && vm.running) {
    // Where the vCPUs are is the one clue to why (the kernel prints nothing at loglevel 3); the
    // addresses map to symbols by /proc/kallsyms of a running guest (docs/guest.md).
    const where = await vm.cpuSummary().catch((err: Error) => `vCPU state unavailable: ${err.message}`);
    await vm.kill();
    log(`qemu: the guest printed nothing in ${silentMs / 1000} s (its boot hung before /init; ${where}); booting it once more`);
    vm = await QemuInstance.launch(plan, 'tcg', log, cfg.mark);
  }
  await vm.waitReady(Math.max(ms - (Date.now() - started), silentMs));
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

/**
 * Starts the VM from its template when there is one; otherwise boots it, saves it as the template
 * once its agent serves, and lets it run on. A template QEMU cannot load (damaged, or from
 * another build of QEMU despite the key) is removed and the VM booted instead; a failed save
 * only costs the template (the VM runs on).
 */
async function withTemplate(plan: QemuPlan, t: Template, cfg: VmConfig, log: (m: string) => void): Promise<QemuInstance> {
  const ms = cfg.readyTimeoutMs ?? READY_MS;
  if (plan.ramFile) {
    const stale = pruneRamFiles(dirname(plan.ramFile));
    if (stale.length) log(`qemu: removed RAM files of vmds that are gone: ${stale.join(', ')}`);
  }
  if (haveTemplate(t) && plan.ramFile) {
    let vm: QemuInstance | undefined;
    try {
      await copyRam(t.ram, plan.ramFile);
      cfg.mark?.('vmd: RAM copied from the template');
      vm = await QemuInstance.launch({ ...plan, args: incomingArgs(plan.args, t, cfg.arch) }, 'tcg', log, cfg.mark);
      await vm.startIncoming(t, ms);
      vm.releaseRamFile();
      await vm.waitRestored(ms);
      cfg.mark?.(RESTORED_MARK);
      await vm.plugShares();
      touchTemplate(t);
      log(`qemu: restored the saved VM ${t.dir}`);
      vm.restoredFrom = { template: t, log };
      return vm;
    } catch (err) {
      await vm?.kill();
      rmSync(plan.ramFile, { force: true });
      removeTemplate(t);
      log(`qemu: could not restore ${t.dir} (${(err as Error).message}); removed it, booting instead`);
    }
  }
  // QEMU would take a file left at the path as the guest's RAM as it is: a boot starts from none.
  if (plan.ramFile) rmSync(plan.ramFile, { force: true });
  const vm = await bootTcg(plan, cfg, log);
  vm.releaseRamFile();
  try {
    const saved = await vm.saveAsTemplate(t, ms);
    cfg.mark?.('vmd: VM saved as its template');
    const mib = (saved.ramBytes / 2 ** 20).toFixed(0);
    log(`qemu: saved the booted VM as ${t.dir} (RAM ${mib} MiB in ${saved.ms} ms, the guest paused ${saved.pausedMs} ms; ${saved.cpus})`);
    try {
      const pruned = pruneTemplates(dirname(t.dir), cfg.arch);
      if (pruned.length) log(`qemu: removed templates not used lately: ${pruned.join(', ')}`);
    } catch (err) {
      log(`qemu: could not prune old templates: ${(err as Error).message}`);
    }
  } catch (err) {
    log(`qemu: could not save the VM as a template (${(err as Error).message}); it runs on`);
  }
  try {
    await vm.plugShares();
  } catch (err) {
    await vm.kill();
    throw err;
  }
  return vm;
}

/**
 * How long after the ready marker (or the restore) the page-out waits. The VM's first container
 * runs QEMU code that, paged out right away, faulted back in from disk under that create: the
 * first `ctr run` after a restore took ~130 ms longer (medians of 10 alternated runs, docs/guest.md).
 */
const PAGEOUT_DELAY_MS = 10_000;

/**
 * A guest that has settled after its ready marker (or its restore) no longer needs QEMU's copies
 * of its kernel and initrd, nor the start-up code of QEMU itself: they are paged out
 * (pageout.ts) in the background. Failing to is only worth a log line.
 */
function booted(vm: QemuInstance, imageDir: string, m: Manifest, log: (m: string) => void): QemuInstance {
  const mib = (kib: number) => (Math.max(0, kib) / 1024).toFixed(1);
  const pageOut = () => {
    if (!vm.running) return;
    pageOutFileMappings(vm.pid, [join(imageDir, m.kernel.file), join(imageDir, m.initrd.file)]).then(
      (kib) =>
        kib &&
        log(
          `qemu: paged out after boot (pid ${vm.pid}): kernel and initrd ${mib(kib.files)} MiB, QEMU's own code and libraries ${mib(kib.rest)} MiB`,
        ),
      (err: Error) => log(`qemu: could not page out the kernel, the initrd and QEMU's start-up code: ${err.message}`),
    );
  };
  const timer = setTimeout(pageOut, PAGEOUT_DELAY_MS);
  timer.unref(); // a vmd with nothing else to do does not wait for it
  void vm.exited.then(() => clearTimeout(timer));
  return vm;
}
