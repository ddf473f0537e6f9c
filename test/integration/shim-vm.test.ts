// The point of tandem: from one containerd and one shim, a native container and a VM container
// at the same time, both driven by the real ctr. The guest boots once for this file (TCG here).
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUSYBOX, BUSYBOX_TAR, Containerd } from '../helpers/containerd.js';
import { RUNTIME, shimDaemonPid } from '../helpers/shim.js';
import { daemonPaths } from '../../src/shim/paths.js';
import { run, waitFor } from '../helpers/run.js';

let cd: Containerd;
const R = ['--runtime', RUNTIME];
const VM = ['--annotation', 'io.containerd.tandem.runtime=vm'];
const status = async (id: string) => (await cd.ctrOk(['tasks', 'ls'])).match(new RegExp(`^${id}\\s+\\d+\\s+(\\w+)`, 'm'))?.[1];

async function removeTask(id: string): Promise<void> {
  await cd.ctr(['tasks', 'kill', '-s', 'SIGKILL', id]);
  await waitFor(async () => (await status(id)) !== 'RUNNING', 20_000, `${id} to stop`);
  await cd.ctr(['tasks', 'delete', id]);
  await cd.ctr(['containers', 'delete', id]);
}

beforeAll(async () => {
  // The VM idles out after 10 min by default; keep it for the whole file.
  cd = await Containerd.start({ env: { TANDEM_VM_IDLE_TIMEOUT_MS: '600000' } });
  await cd.importBusybox();
  // Boot the guest once, up front, so each test measures the warm path.
  const r = await cd.ctr(['run', '--rm', ...R, ...VM, BUSYBOX, 'boot', 'true'], { timeoutMs: 240_000 });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 300_000);
afterAll(() => cd?.dispose());

test('a native and a VM container run at once: different kernels', async () => {
  await cd.ctrOk(['run', '-d', ...R, BUSYBOX, 'side-native', 'sleep', '600']);
  await cd.ctrOk(['run', '-d', ...R, ...VM, BUSYBOX, 'side-vm', 'sleep', '600']);
  expect(await status('side-native')).toBe('RUNNING');
  expect(await status('side-vm')).toBe('RUNNING');
  const host = (await cd.ctrOk(['tasks', 'exec', '--exec-id', 'u1', 'side-native', 'uname', '-r'])).trim();
  const guest = (await cd.ctrOk(['tasks', 'exec', '--exec-id', 'u2', 'side-vm', 'uname', '-r'])).trim();
  expect(host).toBe(execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim());
  expect(guest).not.toBe(host);
  expect(guest).toMatch(/^\d+\.\d+/);
  await removeTask('side-native');
  await removeTask('side-vm');
});

test('two containerd namespaces (two shim daemons) share one VM', async () => {
  const other = `${cd.namespace}-b`;
  const ctrB = (args: string[]) => run('ctr', ['--address', cd.address, '-n', other, ...args], { env: cd.env, timeoutMs: 120_000 });
  expect((await ctrB(['images', 'import', BUSYBOX_TAR])).code).toBe(0);
  await cd.ctrOk(['run', '-d', ...R, ...VM, BUSYBOX, 'ns-a', 'sleep', '600']);
  expect((await ctrB(['run', '-d', ...R, ...VM, BUSYBOX, 'ns-b', 'sleep', '600'])).code).toBe(0);
  const bootId = async (ctr: (args: string[]) => Promise<{ stdout: string }>, id: string) =>
    (await ctr(['tasks', 'exec', '--exec-id', 'boot', id, 'cat', '/proc/sys/kernel/random/boot_id'])).stdout.trim();
  const a = await bootId((x) => cd.ctr(x), 'ns-a');
  expect(a).toMatch(/^[0-9a-f-]{36}$/);
  expect(await bootId(ctrB, 'ns-b')).toBe(a);
  const shims = execFileSync('pgrep', ['-f', 'dist/shim/main.js'], { encoding: 'utf8' }).trim().split('\n');
  const ours = shims.filter((p) => readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(cd.address));
  expect(ours.length).toBe(2); // one shim daemon per namespace...
  expect(qemuPids().length).toBe(1); // ...and one VM
  await removeTask('ns-a');
  await ctrB(['tasks', 'kill', '-s', 'SIGKILL', 'ns-b']);
  await waitFor(async () => (await ctrB(['tasks', 'ls'])).stdout.includes('STOPPED'), 20_000, 'ns-b to stop');
  await ctrB(['tasks', 'delete', 'ns-b']);
  await ctrB(['containers', 'delete', 'ns-b']);
  await ctrB(['images', 'rm', BUSYBOX]);
}, 180_000);

test('after its last VM container the shim daemon stays while the VM may be up: it serves the next one', async () => {
  await cd.ctrOk(['run', '--rm', ...R, ...VM, BUSYBOX, 'linger-1', 'true']);
  const pid = shimDaemonPid(cd);
  expect(pid).toBeDefined();
  // Past its usual idle period (TANDEM_SHIM_IDLE_EXIT_MS, 3 s here): a daemon that had served
  // only native containers leaves by then (shim-native.test.ts); this one stays for the VM's
  // idle timeout, so the next VM container pays no new daemon (~0.5 s under TCG).
  await new Promise((r) => setTimeout(r, 6_000));
  expect(shimDaemonPid(cd)).toBe(pid);
  expect(await cd.ctrOk(['run', '--rm', ...R, ...VM, BUSYBOX, 'linger-2', 'echo', 'again'])).toBe('again\n');
  expect(shimDaemonPid(cd)).toBe(pid);
  const log = readFileSync(daemonPaths(cd.address, cd.namespace, { TANDEM_STATE_DIR: cd.tandemState }).log, 'utf8');
  expect(log).toMatch(/"ms":600000[^\n]*"msg":"no containers left: staying while the VM may be up"/);
});

test('the VM daemon killed: VM containers get their exit, the next VM container starts a new one', async () => {
  await cd.ctrOk(['run', '-d', ...R, ...VM, BUSYBOX, 'orphan', 'sleep', '600']);
  const vmd = execFileSync('pgrep', ['-f', `vmd/main.js --state-dir ${cd.tandemState}`], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map(Number);
  expect(vmd.length).toBe(1);
  const oldQemu = qemuPids();
  process.kill(vmd[0], 'SIGKILL');
  await waitFor(async () => (await status('orphan')) === 'STOPPED', 30_000, 'orphan to be reported exited');
  await cd.ctr(['tasks', 'delete', 'orphan']);
  await cd.ctr(['containers', 'delete', 'orphan']);
  const r = await cd.ctr(['run', '--rm', ...R, ...VM, BUSYBOX, 'after-vmd', 'echo', 'back'], { timeoutMs: 240_000 });
  expect(r).toMatchObject({ stdout: 'back\n', code: 0 });
  // The new vmd killed the VM the dead one left (its guest would power off by itself 15 s later).
  for (const p of oldQemu) expect(existsSync(`/proc/${p}`) && !readFileSync(`/proc/${p}/stat`, 'utf8').includes(') Z ')).toBe(false);
  expect(qemuPids().length).toBe(1);
}, 300_000);

function qemuPids(): number[] {
  try {
    return execFileSync('pgrep', ['-f', `qemu-system.*${cd.tandemState}`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

test('exit code, stdout/stderr and stdin of a VM container', async () => {
  const r = await cd.ctr(['run', '--rm', ...R, ...VM, BUSYBOX, 'vm-io', 'sh', '-c', 'read l; echo "got:$l"; echo err >&2; exit 9'], {
    input: 'hello\n',
  });
  expect(r.stdout).toBe('got:hello\n');
  expect(r.stderr).toContain('err');
  expect(r.code).toBe(9);
});

test('-t gives the VM container a terminal', async () => {
  const r = await run(
    'script',
    [
      '-qec',
      `ctr --address ${cd.address} -n ${cd.namespace} run --rm -t ${R.join(' ')} ${VM.join(' ')} ${BUSYBOX} vm-tty sh -c 'tty; stty size'`,
      '/dev/null',
    ],
    { env: cd.env, timeoutMs: 60_000 },
  );
  expect(r.stdout).toMatch(/\/dev\/(pts\/\d+|console)/);
  expect(r.code).toBe(0);
});

test('exec, pids, metrics, pause/resume, kill and delete of a VM container', async () => {
  await cd.ctrOk(['run', '-d', ...R, ...VM, BUSYBOX, 'vm-life', 'sh', '-c', 'trap "exit 42" TERM; while true; do sleep 0.2; done']);
  const e = await cd.ctr(['tasks', 'exec', '--exec-id', 'x1', 'vm-life', 'sh', '-c', 'echo in-guest; exit 4']);
  expect(e.stdout).toBe('in-guest\n');
  expect(e.code).toBe(4);
  expect((await cd.ctrOk(['tasks', 'ps', 'vm-life'])).trim().split('\n').length).toBeGreaterThanOrEqual(2);
  // Metrics come from the container's cgroup in the guest, in cgroup v2's shape.
  const metrics = await cd.ctrOk(['tasks', 'metrics', 'vm-life']);
  expect(Number(metrics.match(/pids\.current\s+(\d+)/)?.[1])).toBeGreaterThanOrEqual(1);
  expect(Number(metrics.match(/memory\.usage\s+(\d+)/)?.[1])).toBeGreaterThan(0);
  await cd.ctrOk(['tasks', 'pause', 'vm-life']);
  expect(await status('vm-life')).toBe('PAUSED');
  await cd.ctrOk(['tasks', 'resume', 'vm-life']);
  expect(await status('vm-life')).toBe('RUNNING');
  await cd.ctrOk(['tasks', 'kill', 'vm-life']);
  await waitFor(async () => (await status('vm-life')) === 'STOPPED', 20_000, 'vm-life to stop');
  await cd.ctrOk(['tasks', 'delete', 'vm-life']);
  await cd.ctrOk(['containers', 'delete', 'vm-life']);
});

test('a volume written from the guest is read on the host', async () => {
  const vol = join(cd.dir, 'vmvol');
  mkdirSync(vol);
  writeFileSync(join(vol, 'from-host'), 'host\n');
  const r = await cd.ctr([
    'run',
    '--rm',
    ...R,
    ...VM,
    '--mount',
    `type=bind,src=${vol},dst=/data,options=rbind:rw`,
    BUSYBOX,
    'vm-vol',
    'sh',
    '-c',
    'cat /data/from-host; echo guest > /data/from-guest',
  ]);
  expect(r.stdout).toBe('host\n');
  expect(readFileSync(join(vol, 'from-guest'), 'utf8')).toBe('guest\n');
});

test("a running VM container sees the host's changes to files it has read: in place, renamed over, new, appended", async () => {
  // virtiofs keeps a file's pages in the guest across opens (cache=always, qemu-args.ts); the 1 s
  // lookup and attribute timeouts are what make the host's changes show.
  const vol = join(cd.dir, 'vmvol-live');
  mkdirSync(vol);
  writeFileSync(join(vol, 'f'), 'one\n');
  await cd.ctrOk([
    'run',
    '-d',
    ...R,
    ...VM,
    '--mount',
    `type=bind,src=${vol},dst=/data,options=rbind:rw`,
    BUSYBOX,
    'vm-live',
    'sleep',
    '600',
  ]);
  try {
    let n = 0;
    const sh = async (s: string) => (await cd.ctrOk(['tasks', 'exec', '--exec-id', `l${n++}`, 'vm-live', 'sh', '-c', s])).trim();
    const seen = (cmd: string, want: string, what: string) =>
      waitFor(async () => (await sh(cmd)) === want, 30_000, `the container to see ${what}`);
    expect(await sh('cat /data/f; cat /data/f; ls /data; cat /data/g 2>/dev/null || echo none')).toBe('one\none\nf\nnone');
    writeFileSync(join(vol, 'f'), 'two\n');
    await seen('cat /data/f', 'two', 'a file rewritten in place (same size)');
    writeFileSync(join(vol, 'g'), 'new\n');
    await seen(
      'cat /data/g 2>/dev/null; ls /data | tr "\\n" " "',
      'new\nf g',
      'a new file it had looked up before, in its directory listing',
    );
    writeFileSync(join(vol, 'f.tmp'), 'three\n');
    renameSync(join(vol, 'f.tmp'), join(vol, 'f'));
    await seen('cat /data/f', 'three', 'a file renamed over the one it read');
    appendFileSync(join(vol, 'f'), 'more\n');
    await seen('cat /data/f | tail -1', 'more', 'an append');
  } finally {
    await removeTask('vm-live');
  }
});

test("the guest lets go of a removed VM container's files: its page cache falls back", async () => {
  // Each container's files are new inodes to the guest (its own mounts under the share), and
  // virtiofs keeps what was read; the agent looks the container's directory up once the host has
  // removed it, and the guest drops what it held (guest/forget.ts).
  await cd.ctrOk(['run', '-d', ...R, ...VM, BUSYBOX, 'vm-meminfo', 'sleep', '600']);
  try {
    let n = 0;
    const cachedKiB = (meminfo: string) => Number(/^Cached:\s+(\d+) kB/m.exec(meminfo)?.[1]);
    const now = async () => cachedKiB(await cd.ctrOk(['tasks', 'exec', '--exec-id', `m${n++}`, 'vm-meminfo', 'cat', '/proc/meminfo']));
    const before = await now();
    // 32 MiB written into its own rootfs and read back, Cached taken while it still runs.
    const during = cachedKiB(
      await cd.ctrOk([
        'run',
        '--rm',
        ...R,
        ...VM,
        BUSYBOX,
        'vm-reader',
        'sh',
        '-c',
        'head -c 33554432 /dev/zero > /f && cat /f > /dev/null && cat /proc/meminfo',
      ]),
    );
    expect(during - before).toBeGreaterThan(24 << 10);
    let last = 0;
    await waitFor(
      async () => (last = await now()) - before < 8 << 10,
      60_000,
      "the guest's page cache to drop the removed container's file",
    ).catch((err: Error) => {
      throw new Error(`${err.message}: Cached ${before} kB before, ${during} while it ran, ${last} at the end`);
    });
  } finally {
    await removeTask('vm-meminfo');
  }
});

test('an HTTP server in a VM container is reached through a published port on 127.0.0.1', async () => {
  const port = await freePort();
  await cd.ctrOk([
    'run',
    '-d',
    ...R,
    ...VM,
    '--annotation',
    `io.containerd.tandem.publish=${port}:8080`,
    BUSYBOX,
    'vm-http',
    'sh',
    '-c',
    'mkdir -p /www && echo served-from-guest > /www/index.html && exec httpd -f -p 8080 -h /www',
  ]);
  let body = '';
  await waitFor(
    async () => {
      const res = await fetch(`http://127.0.0.1:${port}/index.html`, { signal: AbortSignal.timeout(5000) });
      body = await res.text();
      return res.ok;
    },
    60_000,
    'the published port to answer',
  );
  expect(body).toBe('served-from-guest\n');
  await removeTask('vm-http');
});

test('killing QEMU: VM containers get their exit, native ones are untouched, the next VM container boots a new VM', async () => {
  await cd.ctrOk(['run', '-d', ...R, BUSYBOX, 'keep-native', 'sleep', '600']);
  await cd.ctrOk(['run', '-d', ...R, ...VM, BUSYBOX, 'doomed', 'sleep', '600']);
  const qemu = qemuPids();
  expect(qemu.length).toBeGreaterThan(0);
  for (const p of qemu) process.kill(p, 'SIGKILL');
  await waitFor(async () => (await status('doomed')) === 'STOPPED', 30_000, 'doomed to be reported exited');
  expect(await status('keep-native')).toBe('RUNNING');
  await cd.ctr(['tasks', 'delete', 'doomed']);
  await cd.ctr(['containers', 'delete', 'doomed']);
  const r = await cd.ctr(['run', '--rm', ...R, ...VM, BUSYBOX, 'reborn', 'echo', 'back'], { timeoutMs: 240_000 });
  expect(r.stdout).toBe('back\n');
  await removeTask('keep-native');
}, 300_000);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}
