// Loads a VM backend by name from ./backends/ (owned by the image/backend side): the module
// ./backends/<name>.js exports a class whose instances implement VmBackend with that name.
// Loading is lazy so a host without QEMU (or without vfkit) only fails when that backend is used.
import { failedPrecondition } from '../common/errdefs.js';
import type { VmBackend } from './backends/vm-backend.js';
import type { BackendName } from './settings.js';

export async function loadBackend(name: BackendName): Promise<VmBackend> {
  const mod = (await import(`./backends/${name}.js`)) as Record<string, unknown>;
  for (const v of Object.values(mod)) {
    if (typeof v !== 'function' || typeof (v.prototype as VmBackend | undefined)?.start !== 'function') continue;
    const b = new (v as new () => VmBackend)();
    if (b.name === name) return b;
  }
  throw failedPrecondition(`./backends/${name}.js exports no ${name} backend`);
}
