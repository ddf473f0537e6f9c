// The template guest's trim before its save: the steps on stand-in /proc and /sys files (the
// zeroing process recorded instead of run), and the zeroing process itself, run for real small.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { meminfoMiB, selected, trimForSave, zeroFill, type TrimPaths } from './trim.js';

let dir: string;
let paths: TrimPaths;
const meminfo = (freeKiB: number, cachedKiB: number) => `MemTotal:  983628 kB\nMemFree:  ${freeKiB} kB\nCached:  ${cachedKiB} kB\n`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-unit-trim-'));
  paths = { meminfo: join(dir, 'meminfo'), thp: join(dir, 'thp'), dropCaches: join(dir, 'drop_caches') };
  writeFileSync(paths.meminfo, meminfo(838_000, 54_272));
  writeFileSync(paths.thp, 'always [madvise] never\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('meminfo fields and sysfs choices parse', () => {
  expect(meminfoMiB(meminfo(1024, 2048), 'Cached')).toBe(2);
  expect(() => meminfoMiB('MemFree: 1 kB', 'Cached')).toThrow(/no Cached/);
  expect(selected('[always] madvise never')).toBe('always');
  expect(selected('always madvise')).toBeUndefined();
});

test('drops the cache, asks for all free memory and the cache, with huge pages off meanwhile and put back after', async () => {
  const seen: { mib: number; thp: string; drop: string }[] = [];
  const zero = async (mib: number) => {
    seen.push({ mib, thp: readFileSync(paths.thp, 'utf8'), drop: readFileSync(paths.dropCaches, 'utf8') });
    writeFileSync(paths.meminfo, meminfo(900_000, 11_264)); // what the kernel would show after
    return 'killed';
  };
  const r = await trimForSave({ paths, zero });
  expect(seen).toEqual([{ mib: Math.floor((838_000 + 54_272) / 1024), thp: 'never', drop: '1' }]);
  expect(readFileSync(paths.thp, 'utf8')).toBe('madvise');
  expect(r).toMatchObject({ cachedMiB: [53, 11], askedMiB: 871, zeroing: 'killed' });
});

test('huge pages already off stay as they are; a step that fails leaves the save to go on untrimmed', async () => {
  writeFileSync(paths.thp, 'always madvise [never]\n');
  expect(await trimForSave({ paths, zero: async () => 'done' })).toMatchObject({ zeroing: 'done' });
  expect(readFileSync(paths.thp, 'utf8')).toBe('always madvise [never]\n');
  writeFileSync(paths.thp, '[always] madvise never\n');
  const r = await trimForSave({ paths: { ...paths, dropCaches: join(dir, 'no', 'such') }, zero: async () => 'done' });
  expect(r).toBeUndefined();
  expect(readFileSync(paths.thp, 'utf8')).toBe('always'); // put back even so
});

test('the zeroing process runs as the OOM killer first choice and says how it ended', async () => {
  expect(await zeroFill(1)).toBe('done');
  expect(await zeroFill(0)).toMatch(/^exit \d+$/); // busybox dd refuses bs=0
});
