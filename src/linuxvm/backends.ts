// Loads a VM backend by name (lazily: a host without vfkit only fails when vfkit is asked for).
import type { VmBackend } from './backends/vm-backend.js';
import type { BackendName } from './settings.js';

export async function loadBackend(name: BackendName): Promise<VmBackend> {
  if (name === 'vfkit') return new (await import('./backends/vfkit.js')).VfkitBackend();
  return new (await import('./backends/qemu.js')).QemuBackend();
}
