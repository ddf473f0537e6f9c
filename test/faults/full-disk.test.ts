// tandem's state directory on a full file system (a 4 MiB tmpfs filled to the last byte): what
// `ctr run` says when the shim daemon cannot even start, and when a running daemon's directory
// fills up under it; once space is back the next `ctr run` works, and nothing is left (census
// before/after, no socket, lock or directory of a failed start).
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { census, settled, type Census } from '../helpers/census.js';
import { fillUntilFull } from '../helpers/disk.js';
import { BUSYBOX, Containerd } from '../helpers/containerd.js';
import { RUNTIME } from '../helpers/shim.js';

const R = ['--runtime', RUNTIME];
let cd: Containerd;
let filler: string;

beforeAll(async () => {
  cd = await Containerd.start({ env: { TANDEM_SHIM_IDLE_EXIT_MS: '600000' } });
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m,mode=0711', 'tandem-full', cd.tandemState]);
  filler = join(cd.tandemState, 'filler');
  await cd.importBusybox();
}, 120_000);
afterAll(async () => {
  await cd?.dispose().catch(() => {});
  try {
    execFileSync('umount', ['-l', cd.tandemState], { stdio: 'ignore' }); // dispose may have done it
  } catch {}
});

test(
  'a full state directory before the shim daemon starts: ctr run fails saying so, then works once there is space',
  { timeout: 180_000 },
  async () => {
    const empty = await census({ cd });
    const entries = readdirSync(cd.tandemState);
    fillUntilFull(filler);
    const r = await cd.ctr(['run', '--rm', ...R, BUSYBOX, 'full-1', 'echo', 'hi'], { timeoutMs: 120_000 });
    console.log(`ctr run on a full state dir: exit ${r.code}: ${r.stderr.trim()}`);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/no space left on device|ENOSPC/i);
    await cd.ctr(['containers', 'delete', 'full-1']);
    await settled({ cd }, empty);
    // The daemons' directory (s/) stays for the next daemon; no socket or lock of the failed one.
    expect(readdirSync(cd.tandemState).filter((n) => n !== 'filler' && n !== 's')).toEqual(entries);
    expect(readdirSync(join(cd.tandemState, 's')).filter((n) => /\.(sock|lock)$/.test(n))).toEqual([]);
    rmSync(filler);
    expect(await cd.ctrOk(['run', '--rm', ...R, BUSYBOX, 'full-2', 'echo', 'hi'])).toBe('hi\n');
  },
);

test(
  'the state directory fills up under a running shim daemon: new containers run or fail cleanly, nothing is left',
  { timeout: 180_000 },
  async () => {
    const before: Census = await census({ cd });
    fillUntilFull(filler);
    const results = [];
    for (let i = 0; i < 3; i++)
      results.push(await cd.ctr(['run', '--rm', ...R, BUSYBOX, `fullrun-${i}`, 'echo', `hi-${i}`], { timeoutMs: 120_000 }));
    for (const [i, r] of results.entries()) {
      console.log(`ctr run with a running daemon and a full state dir: exit ${r.code}: ${(r.stdout + r.stderr).trim()}`);
      if (r.code === 0) expect(r.stdout).toBe(`hi-${i}\n`);
      else {
        expect(r.stderr).toMatch(/no space left on device|ENOSPC/i);
        await cd.ctr(['containers', 'delete', `fullrun-${i}`]);
      }
    }
    rmSync(filler);
    expect(await cd.ctrOk(['run', '--rm', ...R, BUSYBOX, 'after', 'echo', 'hi'])).toBe('hi\n');
    await settled({ cd }, before);
  },
);
