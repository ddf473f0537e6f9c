// `--platform`: linux images of a foreign architecture run in the guest VM (qemu-user registered
// with binfmt_misc there), side by side with native containers, through the real ctr. Images are
// built here from Debian's busybox-static for amd64 and arm64; the guest boots once (TCG).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Containerd } from '../helpers/containerd.js';
import { RUNTIME } from '../helpers/shim.js';
import { run, waitFor } from '../helpers/run.js';
import { writeOciArchive } from '../../src/images/oci-archive.js';
import { importBusyboxIndex } from '../helpers/multi-platform.js';

let cd: Containerd;
const R = ['--runtime', RUNTIME];
const ARM = ['--platform', 'linux/arm64'];
const MULTI = 'docker.io/tandem/busybox-multi:latest';
const ARM_ONLY = 'docker.io/tandem/busybox-arm64:latest';
const HOST_VERSION = readFileSync('/proc/version', 'utf8');
const status = async (id: string) => (await cd.ctrOk(['tasks', 'ls'])).match(new RegExp(`^${id}\\s+\\d+\\s+(\\w+)`, 'm'))?.[1];
let execs = 0;
const exec = (id: string, ...args: string[]) => cd.ctr(['tasks', 'exec', '--exec-id', `x${++execs}`, id, ...args]);

async function removeTask(id: string): Promise<void> {
  await cd.ctr(['tasks', 'kill', '-s', 'SIGKILL', id]);
  await waitFor(async () => (await status(id)) !== 'RUNNING', 60_000, `${id} to stop`);
  await cd.ctrOk(['tasks', 'delete', id]);
  await cd.ctrOk(['containers', 'delete', id]);
}

beforeAll(async () => {
  cd = await Containerd.start({ env: { TANDEM_VM_IDLE_TIMEOUT_MS: '600000' } });
  const [, arm64] = await importBusyboxIndex(cd, MULTI);
  const armOnly = join(cd.dir, 'arm64.tar');
  await writeOciArchive({ ...arm64!, name: ARM_ONLY }, armOnly);
  await cd.ctrOk(['images', 'import', ...ARM, armOnly]);
}, 300_000);
afterAll(() => cd?.dispose());

test('an arm64 image runs in the guest VM: aarch64, the guest kernel (boots the VM)', async () => {
  const r = await cd.ctr(['run', '--rm', ...ARM, ...R, ARM_ONLY, 'a1', 'sh', '-c', 'uname -m; cat /proc/version'], { timeoutMs: 300_000 });
  expect(r.stderr).toBe('');
  const [arch, version] = r.stdout.split('\n');
  expect(arch).toBe('aarch64');
  expect(version).toMatch(/^Linux version \d/);
  expect(`${version}\n`).not.toBe(HOST_VERSION);
  expect(r.code).toBe(0);
}, 320_000);

test('a multi-platform index: --platform linux/arm64 runs its arm64 manifest in the VM, without --platform the amd64 one natively', async () => {
  const arm = await cd.ctr(['run', '--rm', ...ARM, ...R, MULTI, 'm-arm', 'sh', '-c', 'uname -m; cat /proc/version']);
  expect(arm).toMatchObject({ code: 0, stderr: '' });
  expect(arm.stdout.split('\n')[0]).toBe('aarch64');
  expect(`${arm.stdout.split('\n')[1]}\n`).not.toBe(HOST_VERSION);
  const native = await cd.ctr(['run', '--rm', ...R, MULTI, 'm-amd', 'sh', '-c', 'uname -m; cat /proc/version']);
  expect(native).toMatchObject({ code: 0, stdout: `x86_64\n${HOST_VERSION}` });
});

test('arm64 and amd64 containers at once (native, and both in the one guest), exec into each', async () => {
  await cd.ctrOk(['run', '-d', ...ARM, ...R, MULTI, 'side-arm', 'sleep', '600']);
  await cd.ctrOk(['run', '-d', ...R, MULTI, 'side-native', 'sleep', '600']);
  await cd.ctrOk(['run', '-d', ...R, '--annotation', 'io.containerd.tandem.runtime=vm', MULTI, 'side-vm', 'sleep', '600']);
  for (const id of ['side-arm', 'side-native', 'side-vm']) expect(await status(id)).toBe('RUNNING');
  expect((await exec('side-arm', 'uname', '-m')).stdout).toBe('aarch64\n');
  expect((await exec('side-native', 'uname', '-m')).stdout).toBe('x86_64\n');
  expect((await exec('side-vm', 'uname', '-m')).stdout).toBe('x86_64\n');
  const bootId = async (id: string) => (await exec(id, 'cat', '/proc/sys/kernel/random/boot_id')).stdout.trim();
  const guest = await bootId('side-arm');
  expect(guest).toMatch(/^[0-9a-f-]{36}$/);
  expect(await bootId('side-vm')).toBe(guest);
  expect(await bootId('side-native')).not.toBe(guest);
  for (const id of ['side-arm', 'side-native', 'side-vm']) await removeTask(id);
}, 300_000);

test('stdin, stdout, stderr and the exit code of an arm64 container', async () => {
  const r = await cd.ctr(['run', '--rm', ...ARM, ...R, MULTI, 'arm-io', 'sh', '-c', 'read l; echo "got:$l"; echo err >&2; exit 9'], {
    input: 'hello\n',
  });
  expect(r.stdout).toBe('got:hello\n');
  expect(r.stderr).toContain('err');
  expect(r.code).toBe(9);
});

test('-t gives an arm64 container a terminal', async () => {
  const r = await run(
    'script',
    [
      '-qec',
      `ctr --address ${cd.address} -n ${cd.namespace} run --rm -t ${ARM.join(' ')} ${R.join(' ')} ${MULTI} arm-tty sh -c 'tty; uname -m'`,
      '/dev/null',
    ],
    { env: cd.env, timeoutMs: 120_000 },
  );
  expect(r.stdout).toMatch(/\/dev\/(pts\/\d+|console)\s+aarch64/);
  expect(r.code).toBe(0);
});

test('exec, ps, metrics, pause/resume, kill and delete of an arm64 container; a volume and a published port', async () => {
  const vol = join(cd.dir, 'armvol');
  mkdirSync(vol);
  writeFileSync(join(vol, 'from-host'), 'host\n');
  const port = await freePort();
  await cd.ctrOk([
    'run',
    '-d',
    ...ARM,
    ...R,
    '--mount',
    `type=bind,src=${vol},dst=/data,options=rbind:rw`,
    '--annotation',
    `io.containerd.tandem.publish=${port}:8080`,
    MULTI,
    'arm-life',
    'sh',
    '-c',
    'trap "exit 42" TERM; mkdir -p /www; uname -m > /www/index.html; httpd -p 8080 -h /www; while true; do sleep 0.2; done',
  ]);
  const e = await exec('arm-life', 'sh', '-c', 'cat /data/from-host; echo guest > /data/from-guest; uname -m; exit 4');
  expect(e).toMatchObject({ stdout: 'host\naarch64\n', code: 4 });
  expect(readFileSync(join(vol, 'from-guest'), 'utf8')).toBe('guest\n');
  let body = '';
  await waitFor(
    async () => {
      const res = await fetch(`http://127.0.0.1:${port}/index.html`, { signal: AbortSignal.timeout(10_000) });
      body = await res.text();
      return res.ok;
    },
    120_000,
    'the published port to answer',
  );
  expect(body).toBe('aarch64\n');
  expect((await cd.ctrOk(['tasks', 'ps', 'arm-life'])).trim().split('\n').length).toBeGreaterThanOrEqual(3); // header, sh, httpd
  const metrics = await cd.ctrOk(['tasks', 'metrics', 'arm-life']);
  expect(Number(metrics.match(/pids\.current\s+(\d+)/)?.[1])).toBeGreaterThanOrEqual(2);
  expect(Number(metrics.match(/memory\.usage\s+(\d+)/)?.[1])).toBeGreaterThan(0);
  await cd.ctrOk(['tasks', 'pause', 'arm-life']);
  expect(await status('arm-life')).toBe('PAUSED');
  await cd.ctrOk(['tasks', 'resume', 'arm-life']);
  expect(await status('arm-life')).toBe('RUNNING');
  await cd.ctrOk(['tasks', 'kill', 'arm-life']); // SIGTERM: the trap answers with 42
  await waitFor(async () => (await status('arm-life')) === 'STOPPED', 60_000, 'arm-life to stop');
  await cd.ctrOk(['tasks', 'delete', 'arm-life']);
  await cd.ctrOk(['containers', 'delete', 'arm-life']);
  expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain('arm-life'); // its rootfs and volume are unmounted
}, 300_000);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}
