// The idle reclaim's logic: the agent's cgroup found, what it asks the kernel for (on a stand-in
// cgroup directory), and when (fake timers). The kernel's side runs in vm-executor.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IdleReclaim, ownCgroupDir, reclaimCgroup, swapOn, type CgroupFiles, type ReclaimReport } from './reclaim.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-unit-reclaim-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

test('finds its own cgroup v2 directory, and none when it shares the root', () => {
  expect(ownCgroupDir('0::/tandem.agent\n')).toBe('/sys/fs/cgroup/tandem.agent');
  expect(ownCgroupDir('12:pids:/x\n0::/a/b\n', '/cg')).toBe('/cg/a/b');
  expect(ownCgroupDir('0::/\n')).toBeUndefined();
  expect(ownCgroupDir('4:memory:/x\n')).toBeUndefined(); // cgroup v1 only
});

test('reads memory.stat keys in bytes, 0 for a missing one', async () => {
  const files: CgroupFiles = {
    read: async (name) => (name === 'memory.stat' ? 'anon 21012480\nfile 26484736\nfile_mapped 17960960\n' : '47497216\n'),
    write: async () => {},
  };
  const r = await reclaimCgroup('/cg', false, files);
  expect(r.fileMiB[0]).toBe(26484736 / 2 ** 20);
  expect(r.anonMiB[0]).toBe(21012480 / 2 ** 20);
  const none = await reclaimCgroup('/cg', false, { ...files, read: async (n) => (n === 'memory.stat' ? 'shmem 1\n' : '1\n') });
  expect(none.fileMiB).toEqual([0, 0]);
});

test('asks for its page cache with swap barred, then for its heap with swap allowed, and reports the charge before and after', async () => {
  // A stand-in kernel: a reclaim takes page cache, and heap only while swap is allowed; it stops
  // short (EAGAIN) when there is less than asked, as memory.reclaim does.
  const kernel = (swapOn: boolean) => {
    const m = { file: 26 << 20, anon: 20 << 20, swapMax: 'max' };
    const steps: string[] = [];
    const files: CgroupFiles = {
      read: async (name) => (name === 'memory.stat' ? `anon ${m.anon}\nfile ${m.file}\n` : `${m.file + m.anon + (2 << 20)}\n`),
      write: async (name, value) => {
        steps.push(`${name} ${name === 'memory.reclaim' ? `${Number(value) >> 20}M` : value}`);
        if (name === 'memory.swap.max') return void (m.swapMax = value);
        let want = Number(value);
        const take = (k: 'file' | 'anon') => {
          const n = Math.min(want, m[k]);
          m[k] -= n;
          want -= n;
        };
        take('file');
        if (swapOn && m.swapMax === 'max') take('anon');
        if (want > 0) throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
      },
    };
    return { files, steps };
  };
  const plain = kernel(false);
  const r = await reclaimCgroup('/cg', false, plain.files);
  expect(plain.steps).toEqual(['memory.reclaim 52M']);
  expect(r).toMatchObject({ currentMiB: [48, 22], fileMiB: [26, 0], anonMiB: [20, 20], short: true });
  const swapped = kernel(true);
  const s = await reclaimCgroup('/cg', true, swapped.files);
  expect(swapped.steps).toEqual(['memory.swap.max 0', 'memory.reclaim 52M', 'memory.swap.max max', 'memory.reclaim 40M']);
  expect(s).toMatchObject({ currentMiB: [48, 2], fileMiB: [26, 0], anonMiB: [20, 0], short: true });
});

test('swap is allowed again when the page cache step fails', async () => {
  const steps: string[] = [];
  const files: CgroupFiles = {
    read: async (name) => (name === 'memory.stat' ? 'anon 1\nfile 1\n' : '2\n'),
    write: async (name, value) => {
      steps.push(`${name} ${value}`);
      if (name === 'memory.reclaim') throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
    },
  };
  await expect(reclaimCgroup('/cg', true, files)).rejects.toThrow('EBUSY');
  expect(steps).toEqual(['memory.swap.max 0', 'memory.reclaim 2', 'memory.swap.max max']);
});

test('on real files: a cgroup directory read and written by name', async () => {
  writeFileSync(join(dir, 'memory.stat'), `anon ${20 << 20}\nfile ${26 << 20}\n`);
  writeFileSync(join(dir, 'memory.current'), `${50 << 20}\n`);
  const r = await reclaimCgroup(dir);
  expect(readFileSync(join(dir, 'memory.reclaim'), 'utf8')).toBe(String(52 << 20));
  expect(r).toMatchObject({ currentMiB: [50, 50], fileMiB: [26, 26], short: false });
});

test('a cgroup without the memory controller is an error the caller reports', async () => {
  // memory.stat and memory.current are read together: either may be the one named.
  await expect(reclaimCgroup(dir)).rejects.toThrow(/ENOENT.*memory\.(stat|current)/);
  writeFileSync(join(dir, 'memory.stat'), 'file 1\n');
  writeFileSync(join(dir, 'memory.current'), '1\n');
  mkdirSync(join(dir, 'memory.reclaim'));
  await expect(reclaimCgroup(dir)).rejects.toThrow(/EISDIR/);
});

test('swap: a listed device is on already, a missing one is an error that names it', async () => {
  const swaps = join(dir, 'swaps');
  writeFileSync(swaps, 'Filename\tType\tSize\tUsed\tPriority\n/dev/zram0  partition\t65532\t0\t-2\n');
  const empty = join(dir, 'empty');
  writeFileSync(empty, ''); // no swap signature: swapon refuses it (or is missing on this host)
  await expect(swapOn(empty, swaps)).rejects.toThrow(new RegExp(`swapon ${empty}: `));
  writeFileSync(swaps, `Filename\tType\n${empty}  file\t1\n`);
  await expect(swapOn(empty, swaps)).resolves.toBe(true);
  await expect(swapOn(join(dir, 'zram9'), swaps)).rejects.toThrow(/zram9 is missing/);
});

/** Quiets the agent's log lines (stderr) for a test, and keeps them. */
function logLines(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (lines.push(String(s)), true));
  return { lines, restore: () => spy.mockRestore() };
}

test('reclaims once per quiet spell: each call starts the spell over, a stop ends it; swap is turned on once', async () => {
  vi.useFakeTimers();
  const out = logLines();
  const report: ReclaimReport = { currentMiB: [50, 30], fileMiB: [26, 6], anonMiB: [20, 20], short: true, ms: 70 };
  const runs: string[] = [];
  const swaps: string[] = [];
  const idle = new IdleReclaim(
    { cgroupDir: '/cg/agent', idleMs: 30_000 },
    async (d, swap) => (runs.push(`${d} swap=${swap}`), report),
    async (dev) => (swaps.push(dev), true),
  );
  idle.touch();
  await vi.advanceTimersByTimeAsync(29_000);
  idle.touch(); // a call: 30 s from here
  await vi.advanceTimersByTimeAsync(29_000);
  expect(runs).toEqual([]);
  await vi.advanceTimersByTimeAsync(1_000);
  expect(runs).toEqual(['/cg/agent swap=true']);
  await vi.advanceTimersByTimeAsync(120_000);
  expect(runs).toHaveLength(1); // not again until the next call
  idle.touch();
  await vi.advanceTimersByTimeAsync(30_000);
  expect(runs).toHaveLength(2);
  idle.touch();
  idle.stop();
  await vi.advanceTimersByTimeAsync(60_000);
  idle.touch();
  await vi.advanceTimersByTimeAsync(60_000);
  expect(runs).toHaveLength(2);
  expect(swaps).toEqual(['/dev/zram0']);
  out.restore();
  expect(out.lines.join('')).toMatch(/reclaimed while idle idleMs=30000 chargedMiB=50\.0 -> 30\.0 fileMiB=26\.0 -> 6\.0 .*swap=true/);
});

test('without swap the page cache still goes, and the agent says once why the heap stays', async () => {
  vi.useFakeTimers();
  const out = logLines();
  const report: ReclaimReport = { currentMiB: [50, 30], fileMiB: [26, 6], anonMiB: [20, 20], short: true, ms: 70 };
  let runs = 0;
  const idle = new IdleReclaim(
    { cgroupDir: '/cg/agent', idleMs: 1_000 },
    async () => (runs++, report),
    async () => {
      throw new Error('/dev/zram0 is missing');
    },
  );
  for (let i = 0; i < 2; i++) {
    idle.touch();
    await vi.advanceTimersByTimeAsync(1_000);
  }
  out.restore();
  expect(runs).toBe(2);
  expect(out.lines.filter((l) => l.includes('no swap for the idle agent'))).toHaveLength(1);
  expect(out.lines.join('')).toMatch(/swap=false/);
});

test('a failed reclaim is logged, not thrown: the agent serves on', async () => {
  vi.useFakeTimers();
  const out = logLines();
  try {
    const idle = new IdleReclaim({ cgroupDir: join(dir, 'gone'), idleMs: 1_000 }, undefined, async () => false);
    idle.touch();
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(out.lines.join('')).toMatch(/not reclaimed while idle err=ENOENT/));
  } finally {
    out.restore();
  }
});
