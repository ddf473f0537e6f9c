// The cold start with TANDEM_VM_RESTORE=1 (docs/guest.md, "Restoring a saved VM"): a containerd
// of its own, whose first VM container boots the guest and saves it as a template, and whose
// later ones (each after the VM idled out) start from that template.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vmdPaths } from '../src/linuxvm/vmd/paths.js';
import { Containerd } from '../test/helpers/containerd.js';

export interface RestoreStarts {
  /** `ctr run` → first byte when the VM boots and is saved on the way. */
  boot: number;
  /** The same, each from a VM restored from the template. */
  restored: number[];
}

/** `firstOutput` is the bench's own measure (vm.ts), passed in to keep one definition. */
export async function restoredStarts(n: number, firstOutput: (cd: Containerd, id: string) => Promise<number>): Promise<RestoreStarts> {
  const templates = mkdtempSync(join(tmpdir(), 'tandem-bench-templates-'));
  const cd = await Containerd.start({
    env: { TANDEM_VM_RESTORE: '1', TANDEM_VM_TEMPLATE_DIR: templates, TANDEM_VM_IDLE_TIMEOUT_MS: '1000' },
  });
  try {
    await cd.importBusybox();
    const boot = await firstOutput(cd, 'restore-boot');
    const restored: number[] = [];
    for (let i = 1; i <= n; i++) {
      await vmStopped(cd, i);
      restored.push(await firstOutput(cd, `restore-${i}`));
    }
    return { boot, restored };
  } finally {
    await cd.dispose();
    rmSync(templates, { recursive: true, force: true });
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
  const qemuAlive = () =>
    readdirSync('/proc').some((p) => {
      try {
        return (
          /^\d+$/.test(p) &&
          readFileSync(`/proc/${p}/cmdline`, 'utf8').startsWith('qemu-system') &&
          readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(cd.tandemState)
        );
      } catch {
        return false;
      }
    });
  while (stopping() < stops || qemuAlive()) {
    if (Date.now() > deadline) throw new Error(`the idle VM did not stop within 120 s (${log})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
