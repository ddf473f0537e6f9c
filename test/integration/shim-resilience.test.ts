// The tandem shim when things go wrong: containerd restarts, the daemon is SIGKILLed, clients
// send garbage. Also stdin EOF through CloseIO, which ctr 1.6 never sends.
import net from 'node:net';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync, createReadStream, openSync, closeSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUSYBOX, Containerd } from '../helpers/containerd.js';
import { RUNTIME, mkfifo, shimClient, shimDaemonPid, shimSocket } from '../helpers/shim.js';
import { waitFor } from '../helpers/run.js';
import { mountsUnder, processesRootedUnder } from '../helpers/leaks.js';
import { containerd } from '../../src/generated/protos.js';
import { Code } from '../../src/common/errdefs.js';
import { encodeFrame, MessageType } from '../../src/ttrpc/frame.js';
import { hold } from '../../src/shim/hold.js';
import { daemonPaths } from '../../src/shim/paths.js';

let cd: Containerd;
const R = ['--runtime', RUNTIME];
const TASK = 'containerd.task.v2.Task';
const t = containerd.task.v2;

beforeAll(async () => {
  cd = await Containerd.start();
  await cd.importBusybox();
});
afterAll(() => cd?.dispose());

const status = async (id: string) => (await cd.ctrOk(['tasks', 'ls'])).match(new RegExp(`^${id}\\s+\\d+\\s+(\\w+)`, 'm'))?.[1];

test('tasks survive a containerd restart and can still be killed', async () => {
  await cd.ctrOk(['run', '-d', ...R, BUSYBOX, 'survivor', 'sleep', '600']);
  await cd.restart();
  expect(await status('survivor')).toBe('RUNNING');
  await cd.ctrOk(['tasks', 'kill', '-s', 'SIGKILL', 'survivor']);
  await waitFor(async () => (await status('survivor')) === 'STOPPED', 15_000, 'survivor to stop');
  await cd.ctrOk(['tasks', 'delete', 'survivor']);
  await cd.ctrOk(['containers', 'delete', 'survivor']);
});

test('stdin EOF reaches the process through CloseIO', async () => {
  await cd.ctrOk(['run', '-d', ...R, BUSYBOX, 'eof', 'sleep', '600']);
  const fifos = join(cd.dir, 'fifos');
  mkdirSync(fifos, { recursive: true });
  const [inp, out] = [join(fifos, 'in'), join(fifos, 'out')];
  mkfifo(inp);
  mkfifo(out);
  // Like containerd's client: open our ends first (non-blocking), then ask for the exec.
  const outStream = createReadStream('', { fd: openSync(out, 'r+') });
  const chunks: Buffer[] = [];
  outStream.on('data', (c) => chunks.push(c as Buffer));
  const inFd = openSync(inp, 'r+');
  const client = await shimClient(cd);
  const spec = { args: ['cat'], cwd: '/', user: { uid: 0, gid: 0 }, env: ['PATH=/bin'] };
  await client.call(
    TASK,
    'Exec',
    t.ExecProcessRequest.encode({
      id: 'eof',
      execId: 'cat',
      stdin: inp,
      stdout: out,
      spec: { type_url: 'types.containerd.io/opencontainers/runtime-spec/1/Process', value: Buffer.from(JSON.stringify(spec)) },
    }).finish(),
  );
  await client.call(TASK, 'Start', t.StartRequest.encode({ id: 'eof', execId: 'cat' }).finish());
  writeSync(inFd, 'line one\n');
  closeSync(inFd);
  await client.call(TASK, 'CloseIO', t.CloseIORequest.encode({ id: 'eof', execId: 'cat', stdin: true }).finish());
  const wait = t.WaitResponse.decode(
    await client.call(TASK, 'Wait', t.WaitRequest.encode({ id: 'eof', execId: 'cat' }).finish(), { timeoutMs: 10_000 }),
  );
  expect(wait.exitStatus).toBe(0);
  await waitFor(() => Buffer.concat(chunks).toString() === 'line one\n', 5000, 'cat output');
  outStream.destroy();
  client.close();
  await cd.ctrOk(['tasks', 'kill', '-s', 'SIGKILL', 'eof']);
  await waitFor(async () => (await status('eof')) === 'STOPPED', 10_000, 'eof to stop');
  await cd.ctrOk(['tasks', 'delete', 'eof']);
  await cd.ctrOk(['containers', 'delete', 'eof']);
});

test('a garbage frame and a malformed config.json get errors; the daemon keeps serving', async () => {
  await cd.ctrOk(['run', '-d', ...R, BUSYBOX, 'steady', 'sleep', '600']);
  // garbage on the wire
  const s = net.createConnection(shimSocket(cd));
  const reply = new Promise<Buffer>((r) => s.once('data', r));
  s.write(encodeFrame(1, MessageType.Request, 0, Buffer.from('\xff\xff\xff garbage', 'latin1')));
  const frame = await reply;
  s.destroy();
  expect(frame.readUInt8(8)).toBe(MessageType.Response);
  // a bundle whose config.json is not JSON
  const bundle = join(cd.dir, 'badbundle');
  mkdirSync(join(bundle, 'rootfs'), { recursive: true });
  writeFileSync(join(bundle, 'config.json'), '{"ociVersion": "1.0.2", "process": ');
  const client = await shimClient(cd);
  await expect(client.call(TASK, 'Create', t.CreateTaskRequest.encode({ id: 'bad', bundle }).finish())).rejects.toMatchObject({
    code: Code.InvalidArgument,
    message: expect.stringMatching(/config\.json/),
  });
  // unknown container → NotFound; unknown method → Unimplemented
  await expect(client.call(TASK, 'State', t.StateRequest.encode({ id: 'nope' }).finish())).rejects.toMatchObject({ code: Code.NotFound });
  await expect(client.call(TASK, 'Checkpoint', t.CheckpointTaskRequest.encode({ id: 'steady' }).finish())).rejects.toMatchObject({
    code: Code.Unimplemented,
  });
  client.close();
  expect(await status('steady')).toBe('RUNNING');
  expect((await cd.ctr(['tasks', 'exec', '--exec-id', 'alive', 'steady', 'true'])).code).toBe(0);
});

test('SIGKILL of the daemon: tasks are reported exited, no container process survives', async () => {
  await cd.ctrOk(['run', '-d', ...R, BUSYBOX, 'victim', 'sh', '-c', 'sleep 600 & sleep 600']);
  const pid = shimDaemonPid(cd);
  expect(pid).toBeTruthy();
  process.kill(pid!, 'SIGKILL');
  await waitFor(
    async () => (await status('victim')) === undefined || (await status('victim')) === 'STOPPED',
    20_000,
    'victim to be reported exited',
  );
  await waitFor(
    async () => (await status('steady')) === undefined || (await status('steady')) === 'STOPPED',
    20_000,
    'steady to be reported exited',
  );
  await waitFor(() => processesRootedUnder(cd.dir).length === 0, 10_000, 'container processes to be gone');
  await cd.ctr(['tasks', 'delete', 'victim']);
  await cd.ctr(['tasks', 'delete', 'steady']);
  await cd.ctr(['containers', 'delete', 'victim']);
  await cd.ctr(['containers', 'delete', 'steady']);
  await waitFor(() => mountsUnder(join(cd.dir, 'state')).length === 0, 10_000, 'rootfs mounts to be gone');
  // and a new container works afterwards (a new daemon starts)
  const r = await cd.ctr(['run', '--rm', ...R, BUSYBOX, 'after', 'echo', 'ok']);
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe('ok\n');
  expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain('victim');
});

test("after start's Hold the daemon waits for the announced container longer than the idle period", async () => {
  // `start` asks the daemon to hold (Manager/Hold) right before containerd connects for the
  // task. A containerd slower than the idle period (3 s) to connect must still find the daemon.
  expect(await cd.ctrOk(['run', '--rm', ...R, BUSYBOX, 'served', 'true'])).toBe('');
  const pid = shimDaemonPid(cd);
  expect(pid).toBeGreaterThan(0);
  expect(await hold(shimSocket(cd))).toBe(true);
  await new Promise((r) => setTimeout(r, 6_000)); // twice the idle period
  expect(shimDaemonPid(cd)).toBe(pid);
  expect(() => process.kill(pid!, 0)).not.toThrow();
  // The announced container arrives and is served by that daemon.
  expect(await cd.ctrOk(['run', '--rm', ...R, BUSYBOX, 'announced', 'echo', 'late'])).toBe('late\n');
  expect(shimDaemonPid(cd)).toBe(pid);
});

test('a start while the daemon is on its way out (its lock still held, its socket gone) gets a new daemon once the old lets go', async () => {
  // Found by a loop of `docker run`s 3 s apart (the idle period): a start landed as the daemon
  // left. Stand-in for a daemon on its way out: a live process named in the lock, no socket; it
  // lets go 2 s later. The new daemon waits for the lock instead of stepping aside for good.
  const pid = shimDaemonPid(cd);
  if (pid) {
    process.kill(pid, 'SIGTERM');
    await waitFor(() => !existsSync(shimSocket(cd)) && shimDaemonPid(cd) === undefined, 30_000, 'the daemon to leave');
  }
  const { lock } = daemonPaths(cd.address, cd.namespace, { TANDEM_STATE_DIR: cd.tandemState });
  await waitFor(() => !existsSync(lock), 30_000, 'the daemon to let go of its lock');
  const leaving = spawn('sleep', ['600'], { stdio: 'ignore' });
  try {
    mkdirSync(dirname(lock), { recursive: true }); // run alone, no daemon has made it yet
    writeFileSync(lock, String(leaving.pid));
    setTimeout(() => (rmSync(lock, { force: true }), leaving.kill('SIGKILL')), 2_000);
    expect(await cd.ctrOk(['run', '--rm', ...R, BUSYBOX, 'after-leaving', 'echo', 'served'])).toBe('served\n');
    expect(shimDaemonPid(cd)).toBeGreaterThan(0);
  } finally {
    leaving.kill('SIGKILL');
  }
});
