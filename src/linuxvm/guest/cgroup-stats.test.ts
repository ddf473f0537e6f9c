import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { Code } from '../../common/errdefs.js';
import { memTotalBytes, parseFlatKeyed, readCgroupStats } from './cgroup-stats.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-cgstats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('parses cgroup v2 flat-keyed files, skipping what is not a count', () => {
  const m = parseFlatKeyed('usage_usec 1500\nuser_usec 1000\nsystem_usec 500\nbogus x\n\n');
  expect(Object.fromEntries(m)).toEqual({ usage_usec: 1500, user_usec: 1000, system_usec: 500 });
});

it('reads MemTotal from /proc/meminfo text', () => {
  expect(memTotalBytes('MemTotal:        1012345 kB\nMemFree:          12 kB\n')).toBe(1012345 * 1024);
  expect(memTotalBytes('MemFree: 12 kB\n')).toBe(0);
});

it('reads a cgroup directory; a missing one is NotFound, a disabled controller counts zero', async () => {
  const meminfo = join(dir, 'meminfo');
  writeFileSync(meminfo, 'MemTotal:        2048 kB\n');
  writeFileSync(join(dir, 'cgroup.procs'), '10\n11\n');
  expect(await readCgroupStats(dir, meminfo)).toEqual({
    pids: 2,
    userUsec: 0,
    systemUsec: 0,
    memoryBytes: 0,
    anonBytes: 0,
    fileBytes: 0,
    limitBytes: 2048 * 1024,
    inactiveFileBytes: 0,
  });
  writeFileSync(join(dir, 'pids.current'), '3\n');
  writeFileSync(join(dir, 'cpu.stat'), 'usage_usec 70\nuser_usec 40\nsystem_usec 30\n');
  writeFileSync(join(dir, 'memory.current'), '8192\n');
  writeFileSync(join(dir, 'memory.stat'), 'anon 4096\nfile 2048\nkernel 1024\ninactive_file 512\n');
  // No limit: the guest's memory bounds it; a limit: memory.max.
  writeFileSync(join(dir, 'memory.max'), 'max\n');
  expect((await readCgroupStats(dir, meminfo)).limitBytes).toBe(2048 * 1024);
  writeFileSync(join(dir, 'memory.max'), '65536\n');
  expect(await readCgroupStats(dir, meminfo)).toEqual({
    pids: 3,
    userUsec: 40,
    systemUsec: 30,
    memoryBytes: 8192,
    anonBytes: 4096,
    fileBytes: 2048,
    limitBytes: 65536,
    inactiveFileBytes: 512,
  });
  await expect(readCgroupStats(join(dir, 'gone'))).rejects.toMatchObject({ code: Code.NotFound });
});
