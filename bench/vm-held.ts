// The day's first VM container when the VM was started ahead (`tandem vm start`, which `tandem up
// --vm` runs): a containerd of its own, the VM booted and held by the real CLI, then one `ctr run`
// → first output. Unlike the warm rows, this is the first container the fresh guest creates.
import { join } from 'node:path';
import { Containerd, REPO } from '../test/helpers/containerd.js';
import { run } from '../test/helpers/run.js';

export interface HeldStart {
  /** `tandem vm start`, spawned → exit (the VM booted and its agent answering). */
  startMs: number;
  /** Then `ctr run` → first byte. */
  firstMs: number;
}

export async function heldStart(
  firstOutput: (cd: Containerd, flags: string[], id: string, image: string) => Promise<number>,
  flags: string[],
  image: string,
): Promise<HeldStart> {
  const cd = await Containerd.start({ env: {} });
  try {
    await cd.importBusybox();
    const t0 = Date.now();
    const r = await run(join(REPO, 'bin/tandem'), ['vm', 'start', '--state-dir', cd.tandemState], { env: cd.env, timeoutMs: 600_000 });
    if (r.code !== 0) throw new Error(`tandem vm start exited ${r.code}: ${r.stderr}`);
    const startMs = Date.now() - t0;
    return { startMs, firstMs: await firstOutput(cd, flags, 'held-first', image) };
  } finally {
    await cd.dispose(); // SIGTERM to the vmd: a clean stop of the held VM
  }
}
