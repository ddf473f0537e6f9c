// FIFOs made ahead, in batches, and renamed into place when a container or exec needs them.
// Node has no mkfifo: each FIFO cost a mkfifo(1) process, the largest CPU cost per `docker run`
// in the Docker endpoint (~25 ms of ~75) and one more process on the guest agent's create path
// under TCG. One process now makes a batch; a rename within the pool's filesystem hands one out.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { internal } from './errdefs.js';

/** mkfifo(1) of `paths` (mode 0600) in one process. */
export function mkfifos(paths: string[]): Promise<void> {
  if (!paths.length) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const p = spawn('mkfifo', ['-m', '600', ...paths], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve() : reject(internal(`mkfifo ${paths.join(' ')}: ${err.trim()}`))));
  });
}

export class FifoPool {
  private ready: string[] = [];
  private refilling?: Promise<void>;
  private seq = 0;

  /** `dir` must be on the filesystem of the FIFOs' destinations (rename cannot cross filesystems). */
  constructor(
    private readonly dir: string,
    private readonly batch = 64,
  ) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  /** Makes a FIFO at `dest` from the pool (refilled in the background when it runs low). */
  async place(dest: string): Promise<void> {
    while (!this.ready.length) await this.refill();
    await rename(this.ready.shift()!, dest);
    if (this.ready.length < this.batch / 4) this.prefill();
  }

  /** Fills the pool in the background, e.g. at start-up, before the first container asks. */
  prefill(): void {
    void this.refill().catch(() => {});
  }

  private refill(): Promise<void> {
    this.refilling ??= (async () => {
      const prefix = `${this.seq++}-${randomBytes(4).toString('hex')}`;
      const batch = Array.from({ length: this.batch }, (_, i) => join(this.dir, `${prefix}-${i}`));
      await mkfifos(batch);
      this.ready.push(...batch);
    })().finally(() => (this.refilling = undefined));
    return this.refilling;
  }
}
