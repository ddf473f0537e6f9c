// The cold start as it is by default under TCG (docs/guest.md, "Restoring a saved VM"): a containerd
// of its own, whose first VM container boots the guest and saves it as a template, and whose
// later ones (each after the VM idled out) start from that template.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vmdPaths } from '../src/linuxvm/vmd/paths.js';
import { Containerd } from '../test/helpers/containerd.js';
import { processesWhere } from './procs.js';
import { idleCpu, type IdleCpu } from './vm-cpu.js';
import { memoryBreakdown, type MemoryBreakdown } from './vm-memory.js';
import { createsMadeAgain } from './vm-warm.js';

export interface RestoreStarts {
  /** `ctr run` → first byte when the VM boots and is saved on the way. */
  boot: number;
  /** The same, each from a VM restored from the template. */
  restored: number[];
  /** PSS (MiB) of the restored VM's host processes (QEMU, virtiofsd) with one idle container. */
  idleMiB: number;
  /** The same after `n` more containers ran in that VM (its translation cache fills as code runs). */
  idleAfterUseMiB: number;
  /** The same after `many` more containers, each writing and reading a file in its rootfs (NaN if none ran). */
  idleAfterManyMiB: number;
  /** After those `n`, once the agent gave its memory back (guest/reclaim.ts: no call for its idle time). */
  idleReclaimedMiB: number;
  /** The host's CPU the VM took meanwhile, after the reclaim (undefined unless asked for). */
  idleCpu?: IdleCpu;
  /** `ctr run` → first byte of the container that came next: what the reclaim costs it. */
  afterReclaimMs: number;
  /** `ctr run` → first byte of those `n` containers, in order. */
  afterIdle: number[];
  /** Where the latter goes, by mapping (vm-memory.ts). */
  afterUse: MemoryBreakdown;
  /** Why a create was made again on a new VM (its first went away under it), if any was. */
  madeAgain: string[];
}

/** Which guest: its containerd's environment, its image and the `ctr run` flags that reach it. */
export interface RestoreGuest {
  env: Record<string, string>;
  /** Imports the image the containers run. */
  load(cd: Containerd): Promise<void>;
  flags: string[];
  image: string;
}

/** `firstOutput` and `idleMiB` are the bench's own measures (vm.ts), passed in to keep one definition each. */
export async function restoredStarts(
  n: number,
  firstOutput: (cd: Containerd, flags: string[], id: string, image: string) => Promise<number>,
  idleMiB: (cd: Containerd) => Promise<number>,
  guest: RestoreGuest,
  vmProcesses: (cd: Containerd) => { pid: number; cmd: string }[],
  many = 0,
  cpuWindowMs = 0,
): Promise<RestoreStarts> {
  const templates = mkdtempSync(join(tmpdir(), 'tandem-bench-templates-'));
  const cd = await Containerd.start({
    env: { ...guest.env, TANDEM_VM_RESTORE: '1', TANDEM_VM_TEMPLATE_DIR: templates, TANDEM_VM_IDLE_TIMEOUT_MS: '1000' },
  });
  let failed: string | undefined; // then the directory stays, with the vmd's log and the consoles
  try {
    await guest.load(cd);
    const boot = await firstOutput(cd, guest.flags, 'restore-boot', guest.image);
    const restored: number[] = [];
    for (let i = 1; i <= n; i++) {
      await vmStopped(cd, i);
      restored.push(await firstOutput(cd, guest.flags, `restore-${i}`, guest.image));
    }
    // The last restored VM stays up for an idle container (its lease keeps the VM), measured as
    // the booted one is (idleMiB).
    await cd.ctrOk(['run', '-d', ...guest.flags, guest.image, 'restore-idle', 'sleep', '3600']);
    const idle = await idleMiB(cd);
    // A restored guest has run little code yet, so TCG's translation cache is far from full: the
    // same measure after as many containers as the booted VM's warm starts ran.
    const afterIdle: number[] = [];
    for (let i = 0; i < n; i++) afterIdle.push(await firstOutput(cd, guest.flags, `restore-warm-${i}`, guest.image));
    const idleAfterUseMiB = await idleMiB(cd);
    const procs = vmProcesses(cd).filter((p) => !p.cmd.includes('vmd/main.js'));
    const afterUse = await memoryBreakdown(cd, 'restore-idle', procs);
    // The breakdown's exec was the last call: the agent's quiet spell starts there.
    await agentReclaimed(cd);
    const idleReclaimedMiB = await idleMiB(cd);
    // The VM as it stays between a person's commands: only the pingers and the idle container run.
    const cpu = cpuWindowMs ? await idleCpu(cd, cpuWindowMs) : undefined;
    const afterReclaimMs = await firstOutput(cd, guest.flags, 'restore-after-reclaim', guest.image);
    // A day of `docker run`s: each container's files are new to the guest
    // (docs/guest-measurements.md, "A removed container's files"), so what the guest keeps of them
    // would show here.
    for (let i = 0; i < many; i++) {
      const rw = 'dd if=/dev/zero of=/written bs=1M count=4 2>/dev/null && cat /written > /dev/null';
      await cd.ctrOk(['run', '--rm', ...guest.flags, guest.image, `restore-many-${i}`, 'sh', '-c', rw]);
    }
    const idleAfterManyMiB = many ? await idleMiB(cd) : NaN;
    return {
      boot,
      restored,
      idleMiB: idle,
      idleAfterUseMiB,
      idleAfterManyMiB,
      idleReclaimedMiB,
      idleCpu: cpu,
      afterReclaimMs,
      afterIdle,
      afterUse,
      madeAgain: createsMadeAgain(cd),
    };
  } catch (err) {
    failed = `the restore rows failed: ${(err as Error).message.split('\n')[0]}`;
    throw err;
  } finally {
    await cd.dispose(failed);
    if (failed) process.stderr.write(`kept ${templates} (the templates)\n`);
    else rmSync(templates, { recursive: true, force: true });
  }
}

/**
 * Waits (up to 2 min past the agent's idle time) for the running VM's agent to say it gave its
 * memory back, counting its console's lines from the call: the exec below is the spell's start.
 */
async function agentReclaimed(cd: Containerd): Promise<void> {
  const rec = JSON.parse(readFileSync(join(cd.tandemState, 'vm', 'vm.json'), 'utf8')) as { bootLog: string };
  const said = () => readFileSync(rec.bootLog, 'utf8').split('reclaimed while idle').length;
  const before = said();
  const deadline = Date.now() + 120_000 + Number(cd.env.TANDEM_VM_IDLE_RECLAIM_MS ?? 30_000);
  while (said() <= before) {
    if (Date.now() > deadline) throw new Error(`the agent did not say "reclaimed while idle" (its console: ${rec.bootLog})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Waits until the vmd stopped its `stops`-th idle VM and that QEMU is gone (no overlap). */
async function vmStopped(cd: Containerd, stops: number): Promise<void> {
  const log = vmdPaths(cd.tandemState).log;
  const deadline = Date.now() + 120_000;
  const stopping = () =>
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((l) => l.includes('vm idle: stopping')).length;
  const qemuAlive = () => processesWhere((cmd) => cmd.startsWith('qemu-system') && cmd.includes(cd.tandemState)).length > 0;
  while (stopping() < stops || qemuAlive()) {
    if (Date.now() > deadline) throw new Error(`the idle VM did not stop within 120 s (${log})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
