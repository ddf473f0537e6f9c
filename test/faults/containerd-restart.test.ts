// containerd SIGKILLed (a crash, not a clean stop) with running native tasks and ctr clients in
// flight, then started again: the running tasks are still RUNNING and answer, a task whose
// process died while containerd was down is reported STOPPED with its exit status, the clients
// that were cut off got errors, new containers run, and nothing is left (census before/after).
// A crash inside a Create that then fails, or before it, leaves no bundle behind once containerd is back.
// Then the same for containers in the guest VM: they keep running through containerd's crash.
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { daemonPaths } from '../../src/shim/paths.js';
import { census, settled, type Census } from '../helpers/census.js';
import { BUSYBOX, Containerd } from '../helpers/containerd.js';
import { waitFor } from '../helpers/run.js';
import { RUNTIME } from '../helpers/shim.js';

const R = ['--runtime', RUNTIME];
let cd: Containerd;
let before: Census;

beforeAll(async () => {
  // The VM stays up between the VM test's census and its end; its boot gets room on a loaded host.
  cd = await Containerd.start({
    env: { TANDEM_SHIM_IDLE_EXIT_MS: '600000', TANDEM_VM_IDLE_TIMEOUT_MS: '600000', TANDEM_VM_BOOT_TIMEOUT_MS: '280000' },
  });
  await cd.importBusybox();
  expect(await cd.ctrOk(['run', '--rm', ...R, BUSYBOX, 'warm', 'true'])).toBe('');
  before = await census({ cd });
}, 120_000);
afterAll(() => cd?.dispose());

const tasks = async () =>
  new Map(
    [...(await cd.ctrOk(['tasks', 'ls'])).matchAll(/^(\S+)\s+(\d+)\s+(\w+)/gm)]
      .filter((m) => m[1] !== 'TASK')
      .map((m) => [m[1]!, { pid: Number(m[2]), status: m[3]! }]),
  );

test('containerd SIGKILLed with running native tasks and clients in flight, then restarted', { timeout: 300_000 }, async () => {
  for (const id of ['long-1', 'long-2', 'victim']) await cd.ctrOk(['run', '-d', ...R, BUSYBOX, id, 'sleep', '600']);
  const victim = (await tasks()).get('victim')!.pid;

  // Clients in flight while containerd goes away: each either finishes or fails, never hangs.
  let stop = false;
  const outcomes: (number | null)[] = [];
  const traffic = Promise.all(
    [0, 1].map(async (w) => {
      for (let i = 0; !stop; i++) {
        const r = await cd.ctr(['run', '--rm', ...R, BUSYBOX, `t-${w}-${i}`, 'sh', '-c', 'sleep 0.2; echo ok'], { timeoutMs: 120_000 });
        outcomes.push(r.code);
        if (r.code !== 0) {
          // A container whose client was cut off is the client's to clean up, as with runc.
          await waitFor(async () => (await cd.ctr(['tasks', 'ls'])).code === 0, 60_000, 'containerd to answer again');
          await cd.ctr(['tasks', 'delete', '-f', `t-${w}-${i}`]);
          await cd.ctr(['containers', 'delete', `t-${w}-${i}`]);
          // So is its snapshot: cut off between the snapshot and the container (or before its
          // own --rm cleanup), ctr leaves it to its lease; removed here as its --rm would have.
          await cd.ctr(['snapshots', 'rm', `t-${w}-${i}`]);
        }
      }
    }),
  );
  await waitFor(async () => outcomes.length >= 2, 120_000, 'the clients to get going');

  await cd.restart('SIGKILL', async () => {
    process.kill(victim, 'SIGKILL'); // dies while nobody listens for its exit
  });
  await waitFor(async () => outcomes.length >= 6, 120_000, 'the clients to run containers again');
  stop = true;
  await traffic;
  console.log(`ctr run exit codes around the crash: ${outcomes.join(' ')}`);

  const now = await tasks();
  expect(now.get('long-1')?.status).toBe('RUNNING');
  expect(now.get('long-2')?.status).toBe('RUNNING');
  await waitFor(async () => (await tasks()).get('victim')?.status === 'STOPPED', 60_000, 'the victim to be reported stopped');
  expect(await cd.ctrOk(['tasks', 'exec', '--exec-id', 'e1', 'long-1', 'echo', 'still here'])).toBe('still here\n');
  expect(outcomes.slice(-2)).toEqual([0, 0]);

  // ctr 1.6 reports a non-zero exit status on stderr when it deletes the task.
  const deleted = await cd.ctr(['tasks', 'delete', 'victim']);
  expect(deleted.code).toBe(0);
  expect(deleted.stderr).toMatch(/exit code 137/);
  for (const id of ['long-1', 'long-2']) {
    await cd.ctrOk(['tasks', 'kill', '-s', 'SIGKILL', id]);
    await waitFor(async () => (await tasks()).get(id)?.status === 'STOPPED', 60_000, `${id} to stop`);
    await cd.ctrOk(['tasks', 'delete', id]);
  }
  for (const id of ['long-1', 'long-2', 'victim']) await cd.ctrOk(['containers', 'delete', id]);
  // A ctr run cut off by the crash also leaves its lease (ctr's own, with a 24 h expiry, as
  // with runc): the client's to remove, like its container.
  for (const lease of (await cd.ctrOk(['leases', 'ls', '-q'])).split('\n').filter(Boolean))
    if (!before.leases.includes(lease)) await cd.ctrOk(['leases', 'rm', lease]);
  await settled({ cd }, before);
});

/** Resolves when `what` appears in the file after `from` (polled every few ms: the window is short). */
async function appears(file: string, from: number, what: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const buf = Buffer.alloc(1 << 16);
  let text = '';
  for (let at = from; Date.now() < deadline; await new Promise((r) => setTimeout(r, 2))) {
    const fd = openSync(file, 'r');
    for (let n; (n = readSync(fd, buf, 0, buf.length, at)) > 0; at += n) text += buf.toString('utf8', 0, n);
    closeSync(fd);
    if (what.test(text)) return;
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} in ${file}`);
}

test(
  'containerd SIGKILLed during a Create that then fails: the restarted containerd drops the bundle, nothing is left',
  { timeout: 300_000 },
  async () => {
    // containerd 1.6 reloads every bundle after a crash and keeps the task when the shim's Connect
    // answers; the shim answers NotFound for a failed Create, so containerd runs `delete` instead.
    // The crash must land inside the Create (after the executor is chosen, before it fails): tried
    // until it does, at most 5 times.
    const log = daemonPaths(cd.address, cd.namespace, { TANDEM_STATE_DIR: cd.tandemState }).log;
    let hit = false;
    for (let attempt = 0; attempt < 5 && !hit; attempt++) {
      const id = `doomed-${attempt}`;
      const bundle = join(cd.dir, 'state/io.containerd.runtime.v2.task', cd.namespace, id);
      const run = cd.ctr(['run', '--rm', ...R, BUSYBOX, id, '/bin/nosuch'], { timeoutMs: 120_000 });
      await appears(log, statSync(log).size, new RegExp(`"id":"${id}".*executor chosen`), 60_000);
      await cd.restart('SIGKILL', async () => {
        hit = existsSync(join(bundle, 'address'));
      });
      expect((await run).code).not.toBe(0);
      await waitFor(() => !existsSync(bundle), 60_000, `containerd to remove the bundle of ${id}`);
      expect((await cd.ctr(['tasks', 'ls', '-q'])).stdout).not.toContain(id);
      await cd.ctr(['containers', 'delete', id]); // the cut-off client's to remove, as with runc
    }
    expect(hit).toBe(true);
    for (const lease of (await cd.ctrOk(['leases', 'ls', '-q'])).split('\n').filter(Boolean))
      if (!before.leases.includes(lease)) await cd.ctrOk(['leases', 'rm', lease]);
    await settled({ cd }, before);
  },
);

test(
  "containerd SIGKILLed between the shim's start and the Create: the task it keeps is reported stopped and deleted with its bundle",
  { timeout: 300_000 },
  async () => {
    // The crash lands there about 1 run in 7 of the clients-in-flight test; made certain here by
    // writing what `shim start` leaves at that point (the bundle with its config and the daemon's
    // address) for a container that exists, while containerd is down.
    const bundleOf = (id: string) => join(cd.dir, 'state/io.containerd.runtime.v2.task', cd.namespace, id);
    await cd.ctrOk(['run', '-d', ...R, BUSYBOX, 'holder', 'sleep', '600']);
    await cd.ctrOk(['containers', 'create', ...R, BUSYBOX, 'ghost', 'true']);
    await cd.restart('SIGKILL', async () => {
      mkdirSync(join(bundleOf('ghost'), 'rootfs'), { recursive: true });
      for (const f of ['config.json', 'address']) copyFileSync(join(bundleOf('holder'), f), join(bundleOf('ghost'), f));
    });
    await waitFor(async () => (await cd.ctr(['tasks', 'ls'])).code === 0, 60_000, 'containerd to answer again');
    // containerd kept the task (the daemon answered its Connect): it must show and go, not hide.
    expect((await tasks()).get('ghost')?.status).toBe('STOPPED');
    const deleted = await cd.ctr(['tasks', 'delete', 'ghost']);
    expect(deleted.code).toBe(0);
    expect(deleted.stderr).toMatch(/exit code 255/);
    await waitFor(() => !existsSync(bundleOf('ghost')), 60_000, 'containerd to remove the bundle of ghost');
    expect((await tasks()).get('holder')?.status).toBe('RUNNING');
    await cd.ctrOk(['tasks', 'kill', '-s', 'SIGKILL', 'holder']);
    await waitFor(async () => (await tasks()).get('holder')?.status === 'STOPPED', 60_000, 'holder to stop');
    await cd.ctrOk(['tasks', 'delete', 'holder']);
    for (const id of ['holder', 'ghost']) await cd.ctrOk(['containers', 'delete', id]);
    await settled({ cd }, before);
  },
);

const VM = ['--annotation', 'io.containerd.tandem.runtime=vm'];

test('containerd SIGKILLed with running VM tasks, then restarted: they still run and answer', { timeout: 600_000 }, async () => {
  // Boot the guest first, so the census before includes the VM (it outlives its containers).
  expect(await cd.ctrOk(['run', '--rm', ...R, ...VM, BUSYBOX, 'vm-warm', 'true'], { timeoutMs: 300_000 })).toBe('');
  const vmBefore = await census({ cd });
  for (const id of ['vm-1', 'vm-2']) await cd.ctrOk(['run', '-d', ...R, ...VM, BUSYBOX, id, 'sleep', '600']);
  await cd.restart('SIGKILL');
  await waitFor(async () => (await cd.ctr(['tasks', 'ls'])).code === 0, 60_000, 'containerd to answer again');
  const now = await tasks();
  expect([now.get('vm-1')?.status, now.get('vm-2')?.status]).toEqual(['RUNNING', 'RUNNING']);
  expect(await cd.ctrOk(['tasks', 'exec', '--exec-id', 'e1', 'vm-1', 'echo', 'still here'])).toBe('still here\n');
  expect(await cd.ctrOk(['run', '--rm', ...R, ...VM, BUSYBOX, 'vm-after', 'echo', 'new'])).toBe('new\n');
  for (const id of ['vm-1', 'vm-2']) {
    await cd.ctrOk(['tasks', 'kill', '-s', 'SIGKILL', id]);
    await waitFor(async () => (await tasks()).get(id)?.status === 'STOPPED', 120_000, `${id} to stop`);
    await cd.ctrOk(['tasks', 'delete', id]);
    await cd.ctrOk(['containers', 'delete', id]);
  }
  await settled({ cd }, vmBefore);
});
