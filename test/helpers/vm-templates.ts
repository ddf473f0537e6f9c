// For the tests of saved and restored VMs (docs/guest.md, "Restoring a saved VM"): a containerd
// whose VM path restores from templates kept in a directory of its own (never one that another
// run or test file saved), the VM idling out after a second so each `ctr run` after an idle stop
// starts a new VM; what its vmd logged; its QEMU processes.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vmdPaths } from '../../src/linuxvm/vmd/paths.js';
import { Containerd } from './containerd.js';

export interface TemplateContainerd {
  cd: Containerd;
  /** The template directory (TANDEM_VM_TEMPLATE_DIR). */
  templates: string;
  /** The vmd's log file. */
  vmdLog: string;
  /** The vmd's log lines that match. */
  vmdLines(what: RegExp): string[];
  /** The vmd's log as time, VM generation and message, a line each (for a failing test's output). */
  vmdMessages(): string;
  /** The VM's host processes of this containerd's state directory (QEMU and virtiofsd): pid and arguments. */
  vmProcesses(): { pid: number; args: string[] }[];
  /** Of those, QEMU's. */
  qemus(): { pid: number; args: string[] }[];
  dispose(): Promise<void>;
}

export async function startWithTemplates(env: Record<string, string> = {}, prefix = 'tandem-templates-'): Promise<TemplateContainerd> {
  const templates = mkdtempSync(join(tmpdir(), prefix));
  let cd: Containerd;
  try {
    cd = await Containerd.start({
      env: {
        TANDEM_VM_RESTORE: '1',
        TANDEM_VM_TEMPLATE_DIR: templates,
        TANDEM_VM_IDLE_TIMEOUT_MS: '1000',
        TANDEM_VM_BOOT_TIMEOUT_MS: '280000',
        ...env,
      },
    });
  } catch (err) {
    rmSync(templates, { recursive: true, force: true });
    throw err;
  }
  const vmdLog = vmdPaths(cd.tandemState).log;
  const vmProcesses = () => {
    const found: { pid: number; args: string[] }[] = [];
    for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const args = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
        const vmm = args[0]?.startsWith('qemu-system') || args[0]?.includes('virtiofsd');
        if (vmm && args.join(' ').includes(cd.tandemState)) found.push({ pid: Number(p), args });
      } catch {} // gone meanwhile
    }
    return found;
  };
  return {
    cd,
    templates,
    vmdLog,
    vmdLines: (what) =>
      existsSync(vmdLog)
        ? readFileSync(vmdLog, 'utf8')
            .split('\n')
            .filter((l) => what.test(l))
        : [],
    vmdMessages: () =>
      (existsSync(vmdLog) ? readFileSync(vmdLog, 'utf8') : '')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => {
          try {
            const j = JSON.parse(l) as { time?: number; generation?: number; msg?: string; err?: { message?: string } };
            return `${new Date(j.time ?? 0).toISOString()} gen ${j.generation ?? '-'} ${j.msg ?? ''}${j.err?.message ? `: ${j.err.message}` : ''}`;
          } catch {
            return l;
          }
        })
        .join('\n'),
    vmProcesses,
    qemus: () => vmProcesses().filter((p) => p.args[0]?.startsWith('qemu-system')),
    dispose: async () => {
      await cd.dispose();
      rmSync(templates, { recursive: true, force: true });
    },
  };
}
