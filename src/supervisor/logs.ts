// Where each component of an instance logs, for `tandem logs`: the supervisor and its services
// (<state dir>/logs/<name>.log), the shim daemons (<run dir>/s/<key>.log), the VM daemon
// (<run dir>/vm/vmd.log) and the guest's console (the boot log of the current VM generation).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { invalidArgument } from '../common/errdefs.js';
import { readVmRecord } from '../linuxvm/vmd/record.js';
import { vmdPaths } from '../linuxvm/vmd/paths.js';
import { daemonsDir } from '../shim/paths.js';
import type { Layout } from './layout.js';
import { SERVICES } from './services.js';

export const COMPONENTS = ['supervisor', ...SERVICES.map((s) => s.name), 'shim', 'vmd', 'guest'] as const;

export async function logFiles(l: Layout, component: string): Promise<string[]> {
  if (component === 'supervisor' || SERVICES.some((s) => s.name === component)) return [join(l.logDir, `${component}.log`)];
  if (component === 'shim') {
    const dir = daemonsDir(l.runDir);
    try {
      return readdirSync(dir)
        .filter((n) => n.endsWith('.log'))
        .map((n) => join(dir, n));
    } catch {
      return [];
    }
  }
  const vm = vmdPaths(l.runDir);
  if (component === 'vmd') return [vm.log];
  if (component === 'guest') {
    const rec = await readVmRecord(vm.dir);
    return rec?.bootLog ? [rec.bootLog] : [];
  }
  throw invalidArgument(`unknown component ${component}: one of ${COMPONENTS.join(', ')}`);
}
