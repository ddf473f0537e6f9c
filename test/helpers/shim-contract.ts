// containerd's contract as its Go client relies on it, checked on one executor through a real
// containerd: the calls ctr never makes come from ContainerdClient (containerd's gRPC API).
// test/integration/shim-contract*.test.ts run it on the native and the VM executor.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Code } from '../../src/common/errdefs.js';
import { containerd } from '../../src/generated/protos.js';
import { BUSYBOX, type Containerd } from './containerd.js';
import { CallError, ContainerdClient } from './containerd-client.js';
import { processSpec } from './native-fixture.js';
import { waitFor } from './run.js';
import { RUNTIME } from './shim.js';

const Status = containerd.v1.types.Status;
const NOSUCH = /exec: "\/bin\/nosuch": no such file or directory/;

/** The code and message of a call that must fail. */
async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof CallError) return { code: Code[err.code] ?? String(err.code), message: err.message };
    throw err;
  }
  throw new Error('the call succeeded');
}

export function shimContract(executor: 'native' | 'vm', setup: () => Promise<Containerd>): void {
  let cd: Containerd;
  let client: ContainerdClient;
  const R = ['--runtime', RUNTIME, ...(executor === 'vm' ? ['--annotation', 'io.containerd.tandem.runtime=vm'] : [])];
  const state = async (id: string, execId = '') => (await client.state(id, execId)).status;

  beforeAll(async () => {
    cd = await setup();
    client = new ContainerdClient(cd);
  }, 300_000);
  afterAll(async () => {
    client?.close();
    await cd?.dispose();
  });

  /** A detached task running `sleep`, removed with everything it had at the end of `body`. */
  async function withTask(id: string, body: () => Promise<void>): Promise<void> {
    await cd.ctrOk(['run', '-d', ...R, BUSYBOX, id, 'sleep', '600']);
    try {
      await body();
    } finally {
      await cd.ctr(['tasks', 'kill', '-s', 'SIGKILL', id]);
      await waitFor(async () => (await state(id).catch(() => Status.STOPPED)) === Status.STOPPED, 30_000, `${id} to stop`);
      await cd.ctr(['tasks', 'delete', id]);
      await cd.ctr(['containers', 'delete', id]);
    }
  }

  test('a task with a terminal and a stderr path that does not exist runs (stdout carries its output)', async () => {
    const id = `${executor}-tty-task`;
    // (`ctr c create` would take a `-c` after the image for its own --config.)
    await cd.ctrOk(['containers', 'create', ...R, '--tty', BUSYBOX, id, 'tty']);
    const io = client.io(id, true);
    await client.create(id, io);
    const [out] = io.fifos.collect();
    await client.start(id);
    expect(await client.wait(id)).toBe(0);
    expect((await client.delete(id)).exitStatus).toBe(0);
    expect(await out).toMatch(/^\/dev\/(pts\/\d+|console)\r?\n/); // tty exits 1 "not a tty" without one
    await cd.ctrOk(['containers', 'delete', id]);
  });

  test('an exec with a terminal and a stderr path that does not exist runs', async () => {
    const id = `${executor}-tty-exec`;
    await withTask(id, async () => {
      const io = client.io(`${id}-e`, true);
      await client.exec(id, 'e', processSpec(['sh', '-c', 'tty >/dev/null && echo exec-on-a-tty'], { terminal: true }), io);
      await client.start(id, 'e');
      const [out] = io.fifos.collect();
      expect(await client.wait(id, 'e')).toBe(0);
      expect(await out).toMatch(/exec-on-a-tty/);
      await client.deleteProcess(id, 'e');
    });
  });

  test('ResizePty of an init and of an exec without a terminal is a no-op', async () => {
    const id = `${executor}-resize`;
    await withTask(id, async () => {
      await client.resizePty(id, '', 120, 40);
      const io = client.io(`${id}-e`, false);
      await client.exec(id, 'e', processSpec(['sleep', '600']), io);
      await client.resizePty(id, 'e', 120, 40); // created
      await client.start(id, 'e');
      await client.resizePty(id, 'e', 100, 30); // running
      await client.kill(id, 9, 'e');
      expect(await client.wait(id, 'e')).toBe(137);
      await client.deleteProcess(id, 'e');
      io.fifos.close();
    });
  });

  test('an exec of /bin/nosuch is accepted, and its Start fails naming the program; the task runs on', async () => {
    const id = `${executor}-noexec`;
    await withTask(id, async () => {
      const io = client.io(`${id}-e`, false);
      await client.exec(id, 'x', processSpec(['/bin/nosuch']), io);
      const err = await failure(client.start(id, 'x'));
      expect(err.code).toBe('FailedPrecondition');
      expect(err.message).toMatch(NOSUCH);
      expect(await state(id, 'x')).toBe(Status.CREATED); // nothing of it ran
      expect((await client.deleteProcess(id, 'x')).exitStatus).toBe(0);
      expect(await state(id)).toBe(Status.RUNNING);
      io.fifos.close();
    });
  });

  test('an init of /bin/nosuch fails Create, naming the program, and leaves no task', async () => {
    const id = `${executor}-noinit`;
    await cd.ctrOk(['containers', 'create', ...R, BUSYBOX, id, '/bin/nosuch']);
    const io = client.io(id, false);
    const err = await failure(client.create(id, io));
    expect(err.code).toBe('FailedPrecondition');
    expect(err.message).toMatch(NOSUCH);
    expect(await cd.ctrOk(['tasks', 'ls', '-q'])).not.toContain(id);
    io.fifos.close();
    await cd.ctrOk(['containers', 'delete', id]);
  });

  test('Delete of an exec that was created and never started returns 0 and leaves the task running', async () => {
    const id = `${executor}-unstarted`;
    await withTask(id, async () => {
      const io = client.io(`${id}-e`, false);
      await client.exec(id, 'idle', processSpec(['sleep', '600']), io);
      expect((await client.deleteProcess(id, 'idle')).exitStatus).toBe(0);
      expect(await state(id)).toBe(Status.RUNNING);
      io.fifos.close();
      expect((await cd.ctrOk(['tasks', 'exec', '--exec-id', 'after', id, 'echo', 'still-here'])).trim()).toBe('still-here');
    });
  });

  test('ctr run --rm of a program that cannot be executed leaves nothing behind', async () => {
    const text = join(cd.dir, `${executor}-not-a-program`);
    writeFileSync(text, 'just text\n');
    chmodSync(text, 0o755);
    for (let i = 0; i < 3; i++) {
      const id = `${executor}-enoexec${i}`;
      const r = await cd.ctr(['run', '--rm', ...R, '--mount', `type=bind,src=${text},dst=/bad,options=rbind:ro`, BUSYBOX, id, '/bad']);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/exec:? "?\/bad"?: exec format error/);
      expect(await cd.ctrOk(['tasks', 'ls', '-q'])).not.toContain(id);
      expect(await cd.ctrOk(['containers', 'ls', '-q'])).not.toContain(id);
    }
  });
}
