import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { OomLog, oomVictimCgroup, waitForKills } from './oom.js';

// As the kernel writes them (mm/oom_kill.c: dump_oom_summary, then the memcg's context).
const KMSG = (cg: string) =>
  `6,1234,5678901,-;oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=${cg},task_memcg=${cg},task=dd,pid=321,uid=0`;

test('the victim cgroup of an oom-kill record, from /dev/kmsg or a dmesg line; other records name none', () => {
  expect(oomVictimCgroup(KMSG('/tandem/abc'))).toBe('/tandem/abc');
  expect(
    oomVictimCgroup(
      'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/tandem/x/sub,task=a,pid=1,uid=0',
    ),
  ).toBe('/tandem/x/sub');
  expect(oomVictimCgroup('3,99,100,-;Memory cgroup out of memory: Killed process 321 (dd)')).toBeUndefined();
  expect(oomVictimCgroup('6,1,2,-;random text task_memcg=/tandem/abc')).toBeUndefined();
});

test('OomLog counts the kills under a cgroup across drains, a record split between reads included, and forgets them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oomlog-'));
  const file = join(dir, 'kmsg');
  writeFileSync(file, `6,1,1,-;boot line\n${KMSG('/tandem/a')}\n`);
  const log = new OomLog(file);
  log.drain();
  expect(log.killsIn('/tandem/a')).toBe(1);
  expect(log.killsIn('/tandem/ab')).toBe(0); // a sibling whose id starts the same is not it
  const rec = KMSG('/tandem/a/inner');
  appendFileSync(file, rec.slice(0, 20));
  log.drain();
  expect(log.killsIn('/tandem/a')).toBe(1);
  appendFileSync(file, `${rec.slice(20)}\n${KMSG('/tandem/b')}\n`);
  log.drain();
  expect(log.killsIn('/tandem/a')).toBe(2);
  expect(log.killsIn('/tandem/b')).toBe(1);
  log.forget('/tandem/a');
  expect(log.killsIn('/tandem/a')).toBe(0);
  expect(log.killsIn('/tandem/b')).toBe(1);
  log.close();
  rmSync(dir, { recursive: true });
});

test('without a kernel log nothing is reported and nothing throws', () => {
  const log = new OomLog('/nonexistent/kmsg');
  log.drain();
  log.drain();
  expect(log.killsIn('/tandem/a')).toBe(0);
});

test('waitForKills answers at a kill the memory.events change tells of, at once for one not yet seen, and with the count at the exit', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'oomwait-'));
  try {
    const kmsg = join(dir, 'kmsg');
    const events = join(dir, 'memory.events');
    writeFileSync(kmsg, '');
    writeFileSync(events, 'oom 0\noom_kill 0\n');
    const log = new OomLog(kmsg);
    let exit!: () => void;
    const exited = new Promise<void>((r) => (exit = r));
    // Nothing yet: it waits for the file's change (the kernel's notification), not a timer.
    const first = waitForKills(log, '/tandem/c', events, exited, 0);
    appendFileSync(kmsg, `${KMSG('/tandem/c/sub')}\n`);
    writeFileSync(events, 'oom 1\noom_kill 1\n');
    expect(await first).toEqual({ kills: 1, exited: false });
    // A kill the caller has not seen answers without waiting; one it has, waits on.
    appendFileSync(kmsg, `${KMSG('/tandem/c')}\n`);
    expect(await waitForKills(log, '/tandem/c', events, exited, 1)).toEqual({ kills: 2, exited: false });
    const last = waitForKills(log, '/tandem/c', events, exited, 2);
    exit();
    expect(await last).toEqual({ kills: 2, exited: true });
    // No memory.events (no memory controller): the exit alone answers.
    expect(await waitForKills(log, '/tandem/c', join(dir, 'none'), exited, 2)).toEqual({ kills: 2, exited: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
