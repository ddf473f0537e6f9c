// The QEMU backend: KVM (Linux) or HVF (macOS) when usable, TCG otherwise, decided at run time.
// A hardware accelerator is tried first; if QEMU dies or reports an accelerator failure before the
// guest's first console line, the VM is started again under TCG (logged), and the verdict is kept
// for later VMs of this process and in the state directory.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { failedPrecondition } from '../../common/errdefs.js';
import { readManifest, type Manifest } from '../image/manifest.js';
import { accelFailure, acceleratorCandidates, hostFacts, hostTscKhz, type HostFacts } from './accel.js';
import { qemuBinary, qemuPlan, type QemuPlan } from './qemu-args.js';
import { identity, knownFailures, rememberFailure } from './accel-verdict.js';
import { which } from '../../common/which.js';
import { bootTcg, QemuInstance, READY_MS } from './qemu-instance.js';
import { incomingArgs, TEMPLATE_CMDLINE, templateFor, type Template } from './qemu-template.js';
import { copyRam, haveTemplate, pruneRamFiles, pruneTemplates, ramFileFor, removeTemplate, touchTemplate } from './qemu-template-files.js';
import { pageOutFileMappings } from './pageout.js';
import { RESTORED_MARK } from '../timeline.js';
import { sayIfSnapshotLeftOut, type VmBackend, type VmConfig, type VmInstance } from './vm-backend.js';
import { LogTail } from './vmm-process.js';

/** A template VM's RAM file lives on tmpfs (qemu-template.ts); elsewhere in the VM's state directory. */
const RAM_DIR = '/dev/shm';
/**
 * Under a working hardware accelerator the guest prints its first line within a second or two;
 * the bound is generous because running out of it marks the accelerator as failed for good.
 */
const ACCEL_PROBE_MS = 60_000;
const failedAccels = new Set<string>();
/**
 * Template boots whose agent did not serve in time: for a while this vmd boots that template's VMs
 * plainly (a hang that stays would otherwise cost every start the serve bound), then tries again
 * (the one hang seen did not recur on the next boot, and a plain boot is ~5 s slower than a restore).
 */
export class FailedTemplateBoots {
  private readonly failed = new Map<string, { why: string; until: number }>();

  constructor(private readonly forMs = TEMPLATE_RETRY_MS) {}

  note(dir: string, why: string, now = Date.now()): void {
    this.failed.set(dir, { why, until: now + this.forMs });
  }

  /** Why this template is not booted now (with until when), or undefined: boot and save it. */
  blocked(dir: string, now = Date.now()): string | undefined {
    const f = this.failed.get(dir);
    if (!f) return undefined;
    if (now >= f.until) {
      this.failed.delete(dir);
      return undefined;
    }
    return `until ${new Date(f.until).toISOString()}: ${f.why}`;
  }
}
/** How long a template whose boot did not serve is left alone by this vmd. */
const TEMPLATE_RETRY_MS = 30 * 60_000;
const failedTemplateBoots = new FailedTemplateBoots();
/** The least a template boot's agent is given to serve, however much of the boot bound is left. */
const MIN_SERVE_MS = 15_000;

/**
 * How long a template boot's agent may take to serve after the ready marker. A template guest
 * trims itself before it serves (guest/trim.ts): one arm64 trim never ended, and the first
 * container failed after the shim's bound, its error not naming the cause (docs/guest.md). Half
 * of the boot bound left, so the plain boot that replaces it fits in the other half.
 */
export function templateServeMs(bootMs: number, elapsedMs: number, configured?: number): number {
  return configured ?? Math.max(MIN_SERVE_MS, Math.floor((bootMs - elapsedMs) / 2));
}

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
      const plain = () =>
        qemuPlan({ ...cfg, templateDir: undefined }, manifest, accel, { tscKhz: cfg.arch === 'amd64' ? hostTscKhz() : undefined });
      // Templates under TCG only: a hardware accelerator is first probed by a boot (below), and a
      // guest under one boots in about the time a restore takes.
      if (accel === 'tcg' && cfg.templateDir) {
        const tcfg = { ...cfg, cmdlineExtra: [...(cfg.cmdlineExtra ?? []), TEMPLATE_CMDLINE] };
        const ramFile = existsSync(RAM_DIR) ? ramFileFor(RAM_DIR, cfg.stateDir) : undefined;
        const plan = qemuPlan(tcfg, manifest, accel, { tscKhz: cfg.arch === 'amd64' ? hostTscKhz() : undefined, ramFile });
        const t = templateFor(tcfg, plan, manifest, accel, cfg.templateDir);
        return booted(await withTemplate(plan, plain, t, tcfg, log), cfg.imageDir, manifest, log);
      }
      const plan = plain();
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

/**
 * Starts the VM from its template when there is one; otherwise boots it, saves it as the template
 * once its agent serves, ends it and restores the VM from that save. A template QEMU cannot load
 * (damaged, or from another build of QEMU despite the key) is removed and the VM booted instead;
 * a failed save only costs the template (the booted VM runs on). A template boot whose agent does
 * not serve in time (templateServeMs) is killed and the VM booted as `plain` instead, here and in
 * this vmd's starts of the next TEMPLATE_RETRY_MS (FailedTemplateBoots).
 */
export async function withTemplate(
  plan: QemuPlan,
  plain: () => QemuPlan,
  t: Template,
  cfg: VmConfig,
  log: (m: string) => void,
): Promise<QemuInstance> {
  const ms = cfg.readyTimeoutMs ?? READY_MS;
  if (plan.ramFile) {
    const stale = pruneRamFiles(dirname(plan.ramFile));
    if (stale.length) log(`qemu: removed RAM files of vmds that are gone: ${stale.join(', ')}`);
  }
  if (haveTemplate(t) && plan.ramFile) {
    try {
      const vm = await restore(plan, t, cfg, log);
      log(`qemu: restored the saved VM ${t.dir}`);
      return vm;
    } catch (err) {
      removeTemplate(t);
      log(`qemu: could not restore ${t.dir} (${(err as Error).message}); removed it, booting instead`);
    }
  }
  const failed = failedTemplateBoots.blocked(t.dir);
  if (failed) {
    log(`qemu: booting without a template: ${failed}`);
    return bootTcg(plain(), cfg, log);
  }
  // QEMU would take a file left at the path as the guest's RAM as it is: a boot starts from none.
  if (plan.ramFile) rmSync(plan.ramFile, { force: true });
  const started = Date.now();
  const vm = await bootTcg(plan, cfg, log);
  vm.releaseRamFile();
  const serveMs = templateServeMs(ms, Date.now() - started, cfg.templateServeTimeoutMs);
  try {
    await vm.waitServing(serveMs);
  } catch (err) {
    await vm.kill();
    const why = `the template boot's agent did not serve within ${serveMs} ms of the ready marker (${(err as Error).message})`;
    failedTemplateBoots.note(t.dir, why);
    log(`qemu: ${why}; booting the VM without saving a template, as this vmd's VMs will for ${TEMPLATE_RETRY_MS / 60_000} min`);
    return bootTcg(plain(), cfg, log);
  }
  let saved = false;
  try {
    const save = await vm.saveAsTemplate(t, ms);
    cfg.mark?.('vmd: VM saved as its template');
    const mib = (save.ramBytes / 2 ** 20).toFixed(0);
    log(
      `qemu: saved the booted VM as ${t.dir} (RAM ${mib} MiB in ${save.ms} ms, the guest paused ${save.pausedMs} ms; ${save.cpus}${save.stream})`,
    );
    saved = true;
    try {
      const pruned = pruneTemplates(dirname(t.dir), cfg.arch);
      if (pruned.length) log(`qemu: removed templates not used lately: ${pruned.join(', ')}`);
    } catch (err) {
      log(`qemu: could not prune old templates: ${(err as Error).message}`);
    }
  } catch (err) {
    log(`qemu: could not save the VM as a template (${(err as Error).message}); it runs on`);
  }
  // The saved VM is not let run on: it is ended and the VM restored from what it saved. A guest
  // that ran on after its save hung in a loop of saves (2026-12-04: a vCPU that no longer took its
  // timer interrupts), and most likely in a CI run (2026-12-05: no answer to Hello for 120 s after
  // a template boot), where ~200 restores from such templates did not (docs/guest.md, "Restoring
  // a saved VM"). It costs one restore per template (~1.5 s under TCG).
  if (saved && plan.ramFile) {
    await vm.kill();
    try {
      const restored = await restore(plan, t, cfg, log);
      log(`qemu: restored the VM from the template it had just saved (${t.dir}) rather than let it run on`);
      return restored;
    } catch (err) {
      removeTemplate(t);
      log(`qemu: could not restore the template just saved, ${t.dir} (${(err as Error).message}); removed it, booting the VM without one`);
      return bootTcg(plain(), cfg, log);
    }
  }
  try {
    await vm.plugShares();
  } catch (err) {
    await vm.kill();
    throw err;
  }
  return vm;
}

/** A VM restored from `t` (its RAM copied, its state loaded, its shares plugged in); nothing is left when it fails. */
async function restore(plan: QemuPlan, t: Template, cfg: VmConfig, log: (m: string) => void): Promise<QemuInstance> {
  const ms = cfg.readyTimeoutMs ?? READY_MS;
  let vm: QemuInstance | undefined;
  try {
    await copyRam(t.ram, plan.ramFile!);
    cfg.mark?.('vmd: RAM copied from the template');
    vm = await QemuInstance.launch({ ...plan, args: incomingArgs(plan.args, t, cfg.arch) }, 'tcg', log, cfg.mark);
    await vm.startIncoming(t, ms);
    vm.releaseRamFile();
    await vm.waitRestored(ms);
    cfg.mark?.(RESTORED_MARK);
    await vm.plugShares();
    touchTemplate(t);
    vm.restoredFrom = { template: t, log };
    return vm;
  } catch (err) {
    await vm?.kill();
    rmSync(plan.ramFile!, { force: true });
    throw err;
  }
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
