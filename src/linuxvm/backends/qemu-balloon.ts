// Giving back the RAM that saving or restoring a VM touched. Saving reads every page of the
// guest's RAM (to find the zero ones) and restoring reads or writes every page; where the host
// backs a read of untouched anonymous memory with a page of its own (this Linux host does:
// reading 512 MiB of a fresh mmap raised the RSS by 512 MiB, measured; so do hosts without a
// shared zero page), the VM then holds all of its RAM: 1.1 GiB of PSS for a 1 GiB guest using
// ~190 MiB. Free page reporting does not help: pages the guest reported before the save stay
// marked as reported and are never reported again. Inflating the balloon makes the guest hand
// its free pages to QEMU, which discards them; deflating it gives the guest its size back.
import type { QmpClient } from './qmp.js';

const MiB = 2 ** 20;
const POLL_MS = 250;

export interface SqueezeResult {
  /** The guest's size at the balloon's fullest (MiB). */
  lowestMiB: number;
  ms: number;
}

/**
 * Inflates the balloon towards `floorMiB`, waits until the guest stops giving pages (or reaches
 * it, or `ms` passes), then deflates it to `memoryMiB`. The guest keeps what it uses: its balloon
 * driver only takes pages it can get without reclaiming.
 */
export async function squeezeGuest(qmp: QmpClient, memoryMiB: number, floorMiB: number, ms: number): Promise<SqueezeResult> {
  const started = Date.now();
  const actual = async () => ((await qmp.execute('query-balloon')) as { actual: number }).actual / MiB;
  let lowest = await actual();
  try {
    await qmp.execute('balloon', { value: floorMiB * MiB });
    for (let still = 0; still < 3 && lowest > floorMiB && Date.now() - started < ms;) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      const now = await actual();
      still = now < lowest ? 0 : still + 1;
      lowest = Math.min(lowest, now);
    }
  } finally {
    await qmp.execute('balloon', { value: memoryMiB * MiB });
  }
  return { lowestMiB: lowest, ms: Date.now() - started };
}
