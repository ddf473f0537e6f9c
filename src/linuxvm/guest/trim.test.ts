// The template guest's trim before its save: the steps on stand-in /proc and /sys files (the
// zeroing process recorded instead of run), and the zeroing process itself, run for real small.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { meminfoMiB, selected, trimForSave, vmstatCount, zeroFill, type TrimPaths } from './trim.js';

let dir: string;
let paths: TrimPaths;
const meminfo = (freeKiB: number, cachedKiB: number) => `MemTotal:  983628 kB\nMemFree:  ${freeKiB} kB\nCached:  ${cachedKiB} kB\n`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-unit-trim-'));
  paths = {
    meminfo: join(dir, 'meminfo'),
    vmstat: join(dir, 'vmstat'),
    thp: join(dir, 'thp'),
    dropCaches: join(dir, 'drop_caches'),
    oomScoreAdj: join(dir, 'oom_score_adj'),
  };
  writeFileSync(paths.meminfo, meminfo(838_000, 54_272));
  writeFileSync(paths.vmstat, 'pgfault 10\noom_kill 2\n');
  writeFileSync(paths.thp, 'always [madvise] never\n');
  writeFileSync(paths.oomScoreAdj, '0\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('meminfo fields and sysfs choices parse', () => {
  expect(meminfoMiB(meminfo(1024, 2048), 'Cached')).toBe(2);
  expect(() => meminfoMiB('MemFree: 1 kB', 'Cached')).toThrow(/no Cached/);
  expect(selected('[always] madvise never')).toBe('always');
  expect(selected('always madvise')).toBeUndefined();
  expect(vmstatCount('oom_kill 3\noom_kill_x 9', 'oom_kill')).toBe(3);
});

test('drops the cache and the slab, asks for free memory and the cache less what stays, huge pages off and the agent protected meanwhile, all put back after', async () => {
  const seen: { mib: number; thp: string; drop: string; adj: string }[] = [];
  const zero = async (mib: number) => {
    seen.push({
      mib,
      thp: readFileSync(paths.thp, 'utf8'),
      drop: readFileSync(paths.dropCaches, 'utf8'),
      adj: readFileSync(paths.oomScoreAdj, 'utf8'),
    });
    writeFileSync(paths.meminfo, meminfo(900_000, 11_264)); // what the kernel would show after
    writeFileSync(paths.vmstat, 'pgfault 99\noom_kill 3\n');
    return 'killed';
  };
  const r = await trimForSave({ paths, zero });
  expect(seen).toEqual([{ mib: Math.floor((838_000 + 54_272) / 1024) - 24, thp: 'never', drop: '3', adj: '-1000' }]);
  expect(readFileSync(paths.thp, 'utf8')).toBe('madvise');
  expect(readFileSync(paths.oomScoreAdj, 'utf8')).toBe('0');
  expect(r).toMatchObject({ cachedMiB: [53, 11], askedMiB: 847, zeroing: 'killed', oomKills: 1 });
});

test('huge pages already off stay as they are; a step that fails leaves the save to go on untrimmed', async () => {
  writeFileSync(paths.thp, 'always madvise [never]\n');
  expect(await trimForSave({ paths, zero: async () => 'done' })).toMatchObject({ zeroing: 'done' });
  expect(readFileSync(paths.thp, 'utf8')).toBe('always madvise [never]\n');
  writeFileSync(paths.thp, '[always] madvise never\n');
  const r = await trimForSave({ paths: { ...paths, dropCaches: join(dir, 'no', 'such') }, zero: async () => 'done' });
  expect(r).toBeUndefined();
  expect(readFileSync(paths.thp, 'utf8')).toBe('always'); // put back even so
  expect(readFileSync(paths.oomScoreAdj, 'utf8')).toBe('0');
});

test('the zeroing process runs as the OOM killer first choice and says how it ended', async () => {
  expect(await zeroFill(1)).toBe('done');
  expect(await zeroFill(0)).toMatch(/^exit \d+$/); // busybox dd refuses bs=0
});
