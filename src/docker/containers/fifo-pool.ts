// FIFOs made ahead, in batches, and renamed into place when a container or exec needs them.
// Node has no mkfifo: each FIFO set cost a mkfifo(1) process, and forking the endpoint was its
// largest CPU cost per `docker run` (~25 ms of ~75). One process now makes BATCH FIFOs; a
// rename within the state directory's filesystem hands one out.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { makeFifos, mkfifos, type FifoPaths } from './stdio.js';

const BATCH = 64;

export class FifoPool {
  private ready: string[] = [];
  private refilling?: Promise<void>;
  private seq = 0;

  /** `dir` must be on the filesystem of the FIFOs' destinations (else each falls back to mkfifo). */
  constructor(private readonly dir: string) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  /** Creates the missing FIFOs of `paths`, from the pool when it can. */
  async make(paths: FifoPaths): Promise<void> {
    const missing = [paths.stdin, paths.stdout, paths.stderr].filter((p) => p && !existsSync(p));
    try {
      for (const p of missing) await rename(await this.take(), p);
    } catch {
      await makeFifos(paths);
    }
    if (this.ready.length < BATCH / 4) void this.refill().catch(() => {});
  }

  private async take(): Promise<string> {
    while (!this.ready.length) await this.refill();
    return this.ready.shift()!;
  }

  private refill(): Promise<void> {
    this.refilling ??= (async () => {
      const prefix = `${this.seq++}-${randomBytes(4).toString('hex')}`;
      const batch = Array.from({ length: BATCH }, (_, i) => join(this.dir, `${prefix}-${i}`));
      await mkfifos(batch);
      this.ready.push(...batch);
    })().finally(() => (this.refilling = undefined));
    return this.refilling;
  }
}
