import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cpuLocations, kernelTrouble, withGuestTrouble } from './guest-trouble.js';

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

// A real console at level 5 (2026-12-04): the amd64 guest's QEMU stopped for 30 s (SIGSTOP), then
// resumed; its kernel reported an RCU stall and dumped both CPUs (registers and Code: cut here).
const STALL = [
  '[    0.869180] PCI: System does not support PCI',
  '[   41.186737] rcu: INFO: rcu_preempt self-detected stall on CPU',
  '[   41.193312] rcu: \t1-...!: (2 ticks this GP) idle=810c/1/0x4000000000000000 softirq=1030/1030 fqs=1',
  '[   41.206078] NMI backtrace for cpu 0 skipped: idling at native_safe_halt+0xb/0x10',
  '[   41.211033] CPU: 1 PID: 218 Comm: sleep Not tainted 6.1.0-57-amd64 #1  Debian 6.1.192-3',
  '[   41.213696] RIP: 0010:call_rcu+0x238/0x650',
  '[   41.217324] RSP: 0018:ffffc9000041f6f8 EFLAGS: 00000283',
  '[   41.222226] Call Trace:',
  '[   41.222371]  <TASK>',
  '[   41.222470]  mas_wr_bnode+0x581/0x11b0',
  '[   41.229678]  entry_SYSCALL_64_after_hwframe+0x6e/0xd8',
  '[   41.229947] RIP: 0033:0x47fca7',
  '[   41.232413]  </TASK>',
  '[   41.236794] hrtimer: interrupt took 30097014852 ns',
].join('\n');

// Another (2026-12-04): the same stop with a container creating and removing a directory in a loop.
// A soft lockup report of CPU#1, then NMI backtraces of both CPUs; the two CPUs' lines interleave.
const LOCKUP_DUMPS = [
  '[   42.720450] rcu: INFO: rcu_preempt self-detected stall on CPU',
  '[   42.720682] watchdog: BUG: soft lockup - CPU#1 stuck for 28s! [mkdir:368]',
  '[   42.727640] CPU: 1 PID: 368 Comm: mkdir Not tainted 6.1.0-57-amd64 #1  Debian 6.1.192-3',
  '[   42.727976] RIP: 0010:mlock_page_drain_local+0x20/0x40',
  '[   42.730803]  <TASK>',
  '[   42.752000] NMI backtrace for cpu 1',
  '[   42.754621] CPU: 1 PID: 368 Comm: mkdir Not tainted 6.1.0-57-amd64 #1  Debian 6.1.192-3',
  '[   42.755181] RIP: 0010:vprintk_emit+0x1b2/0x290',
  '[   42.758315]  <IRQ>',
  '[   42.759189]  <TASK>',
  '[   42.759326] RIP: 0010:mlock_page_drain_local+0x20/0x40',
  '[   42.785541] RIP: 0033:0x461189',
  '[   42.788878] CPU: 0 PID: 0 Comm: swapper/0 Not tainted 6.1.0-57-amd64 #1  Debian 6.1.192-3',
  '[   42.789659] RIP: 0033:0x461189',
  '[   42.791054] NMI backtrace for cpu 0',
  '[   42.791125] CPU: 0 PID: 0 Comm: swapper/0 Not tainted 6.1.0-57-amd64 #1  Debian 6.1.192-3',
  '[   42.791153] RIP: 0010:vprintk_emit+0x1b2/0x290',
  '[   42.791385]  <IRQ>',
  '[   42.791661]  <TASK>',
  '[   42.791681] RIP: 0010:native_safe_halt+0xb/0x10',
].join('\n');

// The lockup itself (2026-12-04, a loop of restored VMs, console level 5; Code: lines shortened):
// both vCPUs looping on an int3 the kernel had already patched away (docs/guest.md, "The guest's lockup").
const LOCKED = [
  '[   44.420012] watchdog: BUG: soft lockup - CPU#0 stuck for 26s! [crun:228]',
  '[   44.428347] CPU: 0 PID: 228 Comm: crun Not tainted 6.1.0-57-amd64 #1  Debian 6.1.192-3',
  '[   44.429089] RIP: 0010:__alloc_pages+0x1e8/0x330',
  '[   44.430470] Code: … <66> 90 …',
  '[   44.453245] RIP: 0033:0x7ffff7dcff67',
  '[   44.464319] NMI backtrace for cpu 1',
  '[   44.465936] CPU: 1 PID: 203 Comm: node Not tainted 6.1.0-57-amd64 #1  Debian 6.1.192-3',
  '[   44.466400] RIP: 0010:ct_nmi_enter+0x22/0xc0',
  '[   44.473980]  exc_int3+0x3a/0x120',
  '[   44.474001]  asm_exc_int3+0x35/0x40',
  '[   44.474154] RIP: 0010:__alloc_pages+0x1e9/0x330',
  '[   44.474760] RIP: 0033:0x7ffff62840a0',
  '[   68.556211] watchdog: BUG: soft lockup - CPU#1 stuck for 48s! [node:203]',
  '[   68.558869] CPU: 1 PID: 203 Comm: node Tainted: G             L     6.1.0-57-amd64 #1  Debian 6.1.192-3',
  '[   68.559209] RIP: 0010:__alloc_pages+0x1e8/0x330',
  '[   68.571649] RIP: 0033:0x7ffff62840a0',
  '[   68.581218] NMI backtrace for cpu 0',
  '[   68.581450] CPU: 0 PID: 228 Comm: crun Tainted: G             L     6.1.0-57-amd64 #1  Debian 6.1.192-3',
  '[   68.581476] RIP: 0010:error_entry+0x98/0x130',
  '[   68.581776] RIP: 0010:__alloc_pages+0x1e9/0x330',
  '[   68.581858]  ? asm_exc_int3+0x2a/0x40',
  '[   68.582236] RIP: 0033:0x7ffff7dcff67',
].join('\n');

describe('cpuLocations', () => {
  test('the lockup: both CPUs where the kernel dumped them last', () => {
    expect(cpuLocations(LOCKED)).toEqual(['CPU#0 crun at __alloc_pages+0x1e9', 'CPU#1 node at __alloc_pages+0x1e8']);
  });

  test("each CPU's latest dump: the task and its last kernel pc (an NMI backtrace's first is the interrupt's)", () => {
    expect(cpuLocations(LOCKUP_DUMPS)).toEqual(['CPU#0 swapper/0 at native_safe_halt+0xb', 'CPU#1 mkdir at mlock_page_drain_local+0x20']);
  });

  test('a CPU the backtrace skipped as idle', () => {
    expect(cpuLocations(STALL)).toEqual(['CPU#0 idle at native_safe_halt+0xb', 'CPU#1 sleep at call_rcu+0x238']);
  });

  test('a CPU stopped in user space (the third such stop, 2026-12-04: the agent running its own code)', () => {
    const text = [
      '[   66.774545] rcu: INFO: rcu_preempt self-detected stall on CPU',
      '[   66.806514] NMI backtrace for cpu 1 skipped: idling at native_safe_halt+0xb/0x10',
      '[   66.811381] CPU: 0 PID: 161 Comm: node Not tainted 6.1.0-57-amd64 #1  Debian 6.1.192-3',
      '[   66.812053] RIP: 0033:0x7ffff6570890',
    ].join('\n');
    expect(cpuLocations(text)).toEqual(['CPU#0 node in user space', 'CPU#1 idle at native_safe_halt+0xb']);
  });

  test("arm64's `pc :` line, and a later dump of a CPU replaces its earlier one", () => {
    const text = [
      '[   30.1] watchdog: BUG: soft lockup - CPU#1 stuck for 26s! [crun:225]',
      '[   30.1] CPU: 1 PID: 225 Comm: crun Not tainted 6.1.0-57-arm64 #1  Debian 6.1.192-3',
      '[   30.1] pc : queued_spin_lock_slowpath+0x1c0/0x2b0',
      '[   30.1] lr : do_raw_spin_lock+0x58/0x60',
      '[   56.1] CPU: 1 PID: 225 Comm: crun Not tainted 6.1.0-57-arm64 #1  Debian 6.1.192-3',
      '[   56.1] pc : _raw_spin_lock+0x30/0x50',
    ].join('\n');
    expect(cpuLocations(text)).toEqual(['CPU#1 crun at _raw_spin_lock+0x30']);
  });

  test('no dump, no location; host and agent lines are not the kernel', () => {
    expect(cpuLocations(LOCKUP)).toEqual([]);
    expect(cpuLocations('tandem-agent info: [1.0] CPU: 0 PID: 1 Comm: x\nRIP: 0010:f+0x1/0x2')).toEqual([]);
  });
});

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

  test('adds where the CPUs were when the kernel dumped them', () => {
    const log = join(dir, 'dumps.log');
    writeFileSync(log, LOCKUP_DUMPS);
    expect(withGuestTrouble('nothing came from the agent for 60 s', log)).toBe(
      'nothing came from the agent for 60 s; the guest kernel reported: rcu: INFO: rcu_preempt self-detected stall on CPU | watchdog: BUG: soft lockup - CPU#1 stuck for 28s! [mkdir:368]; its CPUs were at: CPU#0 swapper/0 at native_safe_halt+0xb, CPU#1 mkdir at mlock_page_drain_local+0x20',
    );
  });

  test('reads only the end of a long console, and a missing one adds nothing', () => {
    const log = join(dir, 'long.log');
    writeFileSync(log, `[ 1.0] BUG: old news\n${'x'.repeat(70 * 1024)}\n[ 9.0] BUG: recent\n`);
    expect(withGuestTrouble('hung', log)).toBe('hung; the guest kernel reported: BUG: recent');
    expect(withGuestTrouble('hung', join(dir, 'none.log'))).toBe('hung');
  });
});
