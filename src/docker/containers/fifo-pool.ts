// The endpoint's FIFOs for container and exec stdio come from a pool made ahead
// (src/common/fifo-pool.ts); mkfifo of each missing one is the fallback.
import { existsSync } from 'node:fs';
import { FifoPool as Pool } from '../../common/fifo-pool.js';
import { makeFifos, type FifoPaths } from './stdio.js';

export class FifoPool {
  private readonly pool: Pool;

  /** `dir` must be on the filesystem of the FIFOs' destinations (else each falls back to mkfifo). */
  constructor(dir: string) {
    this.pool = new Pool(dir);
  }

  /** Creates the missing FIFOs of `paths`, from the pool when it can. */
  async make(paths: FifoPaths): Promise<void> {
    const missing = [paths.stdin, paths.stdout, paths.stderr].filter((p) => p && !existsSync(p));
    try {
      for (const p of missing) await this.pool.place(p);
    } catch {
      await makeFifos(paths);
    }
  }
}
