import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { kernelTrouble, withGuestTrouble } from './guest-trouble.js';

// The end of a real console (2026-12-02): a restored guest whose two vCPUs locked up.
const LOCKUP = [
  'tandem-agent info: [12.65] hello host=tandem-host 0.1.0',
  'tandem-host: @1796231642972.0 shim: attached',
  '[   40.463885] watchdog: BUG: soft lockup - CPU#0 stuck for 26s! [node:211]',
  '[   40.579618] watchdog: BUG: soft lockup - CPU#1 stuck for 26s! [crun:225]',
  '[   68.463635] watchdog: BUG: soft lockup - CPU#0 stuck for 52s! [node:211]',
  '[   68.579653] watchdog: BUG: soft lockup - CPU#1 stuck for 52s! [crun:225]',
  'virtio_loop: Unexpected poll revents 11',
].join('\n');

describe('kernelTrouble', () => {
  test('keeps the latest distinct reports, oldest first, without timestamps', () => {
    expect(kernelTrouble(LOCKUP)).toEqual([
      'watchdog: BUG: soft lockup - CPU#0 stuck for 52s! [node:211]',
      'watchdog: BUG: soft lockup - CPU#1 stuck for 52s! [crun:225]',
    ]);
  });

  test('panics, oopses, RCU stalls, hung tasks and OOM kills count; agent and host lines do not', () => {
    const text = [
      '[    1.0] Kernel panic - not syncing: VFS: Unable to mount root fs',
      '[    2.0] Oops: 0000 [#1] PREEMPT SMP NOPTI',
      '[    3.0] rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:',
      '[    4.0] INFO: task crun:225 blocked for more than 120 seconds.',
      '[    5.0] Out of memory: Killed process 300 (node) total-vm:1000kB',
      'tandem-agent info: [5.1] created id=x BUG: not a kernel line',
      'tandem-host: @1 shim: attached',
    ].join('\n');
    expect(kernelTrouble(text, 10)).toEqual([
      'Kernel panic - not syncing: VFS: Unable to mount root fs',
      'Oops: 0000 [#1] PREEMPT SMP NOPTI',
      'rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:',
      'INFO: task crun:225 blocked for more than 120 seconds.',
      'Out of memory: Killed process 300 (node) total-vm:1000kB',
    ]);
  });

  test('a quiet console gives nothing', () => {
    expect(kernelTrouble('tandem-guest: ready\ntandem-agent info: [1.0] serving\n')).toEqual([]);
  });
});

describe('withGuestTrouble', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guest-trouble-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('appends the report from the console file to the watchdog reason', () => {
    const log = join(dir, 'console.log');
    writeFileSync(log, LOCKUP);
    expect(withGuestTrouble('nothing came from the agent for 60 s', log)).toBe(
      'nothing came from the agent for 60 s; the guest kernel reported: watchdog: BUG: soft lockup - CPU#0 stuck for 52s! [node:211] | watchdog: BUG: soft lockup - CPU#1 stuck for 52s! [crun:225]',
    );
  });

  test('reads only the end of a long console, and a missing one adds nothing', () => {
    const log = join(dir, 'long.log');
    writeFileSync(log, `[ 1.0] BUG: old news\n${'x'.repeat(70 * 1024)}\n[ 9.0] BUG: recent\n`);
    expect(withGuestTrouble('hung', log)).toBe('hung; the guest kernel reported: BUG: recent');
    expect(withGuestTrouble('hung', join(dir, 'none.log'))).toBe('hung');
  });
});
