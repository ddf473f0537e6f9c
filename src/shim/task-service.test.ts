// The Task service's bookkeeping with a fake executor: a Create still under way keeps the
// daemon from counting itself idle (a VM container's Create can take a whole VM boot).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, expect, test } from 'vitest';
import { containerd } from '../generated/protos.js';
import { Code, failedPrecondition, type TandemError } from '../common/errdefs.js';
import type { Executor, ExecutorContainer, ExecutorProcess } from '../executor/executor.js';
import type { Publisher } from './events.js';
import { TaskService } from './task-service.js';

const bundles: string[] = [];
afterAll(() => bundles.forEach((b) => rmSync(b, { recursive: true, force: true })));
const newBundle = () => {
  const b = mkdtempSync(join(tmpdir(), 'task-service-'));
  bundles.push(b);
  return b;
};

function fakeExecutor(created: Promise<unknown>): Executor {
  const proc: ExecutorProcess = {
    pid: 4242,
    start: async () => {},
    exited: new Promise(() => {}),
    kill: async () => {},
    resize: async () => {},
    closeStdin: async () => {},
  };
  const container: ExecutorContainer = {
    init: proc,
    exec: async () => proc,
    pids: async () => [4242],
    killAll: async () => {},
    pause: async () => {},
    resume: async () => {},
    update: async () => {},
    destroy: async () => {},
  };
  return { name: 'native', create: () => created.then(() => container), cleanup: async () => {} };
}

test('a Create under way counts as a container for the idle check', async () => {
  const bundle = newBundle();
  writeFileSync(
    join(bundle, 'config.json'),
    JSON.stringify({ ociVersion: '1.0.2', process: { args: ['true'], cwd: '/', user: { uid: 0, gid: 0 } } }),
  );
  const counts: number[] = [];
  const publisher = { namespace: 'ns', publish: () => {} } as unknown as Publisher;
  let finish!: () => void;
  let creating!: () => void;
  const underWay = new Promise<void>((r) => (creating = r));
  const svc = new TaskService({
    publisher,
    log: pino({ level: 'silent' }),
    version: 'test',
    chooseExecutor: async () => (creating(), fakeExecutor(new Promise<void>((r) => (finish = r)))),
    onContainersChanged: (n) => counts.push(n),
  });
  const created = svc.Create(containerd.task.v2.CreateTaskRequest.create({ id: 'slow', bundle }));
  await underWay;
  expect(svc.size).toBe(1); // still creating
  expect(counts).toEqual([1]);
  finish();
  expect((await created).pid).toBe(4242);
  expect(svc.size).toBe(1);
  expect(counts).not.toContain(0); // never idle while the container is being created or held
  expect(counts.at(-1)).toBe(1);
});

test('a failed Create leaves the count at zero', async () => {
  const bundle = newBundle();
  writeFileSync(
    join(bundle, 'config.json'),
    JSON.stringify({ ociVersion: '1.0.2', process: { args: ['true'], cwd: '/', user: { uid: 0, gid: 0 } } }),
  );
  const counts: number[] = [];
  const failing: Executor = { ...fakeExecutor(Promise.resolve()), create: async () => Promise.reject(new Error('boom')) };
  const svc = new TaskService({
    publisher: { namespace: 'ns', publish: () => {} } as unknown as Publisher,
    log: pino({ level: 'silent' }),
    version: 'test',
    chooseExecutor: async () => failing,
    onContainersChanged: (n) => counts.push(n),
  });
  await expect(svc.Create(containerd.task.v2.CreateTaskRequest.create({ id: 'bad', bundle }))).rejects.toThrow('boom');
  expect(svc.size).toBe(0);
  expect(counts.at(-1)).toBe(0);
});

test('Connect: NotFound only for an id whose Create failed or whose task was deleted (containerd then removes the bundle), until it is created again', async () => {
  const bundle = newBundle();
  writeFileSync(join(bundle, 'config.json'), JSON.stringify({ ociVersion: '1.0.2', process: { args: ['true'], cwd: '/' } }));
  let fail = true;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let chosen!: () => void;
  const choosing = new Promise<void>((r) => (chosen = r));
  const ok = fakeExecutor(Promise.resolve());
  const svc = new TaskService({
    publisher: { namespace: 'ns', publish: () => {} } as unknown as Publisher,
    log: pino({ level: 'silent' }),
    version: 'test',
    chooseExecutor: async () => (
      chosen(),
      { ...ok, create: async (r) => (await gate, fail ? Promise.reject(new Error('boom')) : ok.create(r)) }
    ),
    onContainersChanged: () => {},
  });
  const connect = (id: string) => code(svc.Connect(containerd.task.v2.ConnectRequest.create({ id })));
  // An id never seen is answered, as runc's shim does (a grouping shim is asked before Create).
  expect(await connect('other')).toBe('ok');
  // A Connect during the Create waits for it, then answers by its outcome.
  const created = svc.Create(containerd.task.v2.CreateTaskRequest.create({ id: 'x', bundle }));
  await choosing;
  const during = connect('x');
  release();
  await expect(created).rejects.toThrow('boom');
  expect(await during).toBe('NotFound');
  expect(await connect('x')).toBe('NotFound');
  expect(await connect('other')).toBe('ok');
  // The `delete` action does not make it known again (containerd may yet be killed before it
  // removes the bundle); a later Create of the same id works as ever.
  expect(await svc.forceDelete('x')).toBeUndefined();
  expect(await connect('x')).toBe('NotFound');
  fail = true;
  await svc.Create(containerd.task.v2.CreateTaskRequest.create({ id: 'x', bundle })).catch(() => {});
  fail = false;
  expect((await svc.Create(containerd.task.v2.CreateTaskRequest.create({ id: 'x', bundle }))).pid).toBe(4242);
  expect(await connect('x')).toBe('ok');
  // A deleted task is gone too (containerd may be killed before it removes the bundle).
  await svc.Delete(containerd.task.v2.DeleteRequest.create({ id: 'x' }));
  expect(await connect('x')).toBe('NotFound');
  expect(await svc.forceDelete('x')).toBeUndefined();
  expect(await connect('x')).toBe('NotFound');
});

test('a Create whose client went away stops waiting for it, and Connect then answers NotFound', async () => {
  // containerd killed while the executor waits for its FIFOs: the call's signal (aborted by the
  // ttrpc server when the connection closes) reaches the executor, so the Create fails at once
  // and the restarted containerd's Connect gets NotFound instead of a task that never appears.
  const bundle = newBundle();
  writeFileSync(join(bundle, 'config.json'), JSON.stringify({ ociVersion: '1.0.2', process: { args: ['true'], cwd: '/' } }));
  const ok = fakeExecutor(Promise.resolve());
  const svc = new TaskService({
    publisher: { namespace: 'ns', publish: () => {} } as unknown as Publisher,
    log: pino({ level: 'silent' }),
    version: 'test',
    chooseExecutor: async () => ({
      ...ok,
      create: (r) =>
        new Promise((_, reject) => {
          const gone = () => reject(failedPrecondition('client gone'));
          if (r.signal?.aborted) gone();
          r.signal?.addEventListener('abort', gone);
        }),
    }),
    onContainersChanged: () => {},
  });
  const connection = new AbortController();
  const created = svc.Create(containerd.task.v2.CreateTaskRequest.create({ id: 'cut', bundle }), { signal: connection.signal });
  const connectDuring = code(svc.Connect(containerd.task.v2.ConnectRequest.create({ id: 'cut' })));
  connection.abort();
  await expect(created).rejects.toThrow('client gone');
  expect(await connectDuring).toBe('NotFound');
  expect(svc.size).toBe(0);
});

/** A fake executor whose processes exit when the test says so. */
function controllable(failStart = new Set<string>()) {
  const exits = new Map<string, (status: number) => void>();
  const calls: string[] = [];
  const proc = (name: string, pid: number): ExecutorProcess => ({
    pid,
    start: async () => {
      calls.push(`start ${name}`);
      if (!failStart.has(name)) return;
      // The init's program could not be executed: its process reports its exit a moment later.
      if (name === 'init') setTimeout(() => exits.get(name)!(127), 50);
      throw failedPrecondition(`exec: "${name}": exec format error`);
    },
    exited: new Promise((r) => exits.set(name, (status) => r({ status, exitedAt: new Date() }))),
    kill: async (sig) => void calls.push(`kill ${name} ${sig}`),
    resize: async () => void calls.push(`resize ${name}`),
    closeStdin: async () => {},
    discard: async () => void calls.push(`discard ${name}`),
  });
  const container: ExecutorContainer = {
    init: proc('init', 100),
    exec: async (id) => proc(id, 0),
    pids: async () => [100],
    killAll: async () => {},
    pause: async () => void calls.push('pause'),
    resume: async () => void calls.push('resume'),
    update: async () => void calls.push('update'),
    destroy: async () => {},
  };
  const executor: Executor = { name: 'native', create: async () => container, cleanup: async () => {} };
  return { executor, exits, calls };
}

async function serviceWith(executor: Executor) {
  const bundle = newBundle();
  writeFileSync(
    join(bundle, 'config.json'),
    JSON.stringify({ ociVersion: '1.0.2', process: { args: ['true'], cwd: '/', user: { uid: 0, gid: 0 } } }),
  );
  const events: string[] = [];
  const svc = new TaskService({
    publisher: { namespace: 'ns', publish: (e: { topic: string }) => events.push(e.topic) } as unknown as Publisher,
    log: pino({ level: 'silent' }),
    version: 'test',
    chooseExecutor: async () => executor,
    onContainersChanged: () => {},
  });
  await svc.Create(t.CreateTaskRequest.create({ id: 'c', bundle }));
  return { svc, events };
}

const t = containerd.task.v2;
const Status = containerd.v1.types.Status;
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: TandemError) => Code[e.code],
  );

test('the task refuses what its state does not allow, before the executor sees it', async () => {
  const { executor, exits, calls } = controllable();
  const { svc } = await serviceWith(executor);
  expect(await code(svc.Pause(t.PauseRequest.create({ id: 'c' })))).toBe('FailedPrecondition'); // created
  expect(
    await code(svc.Exec(t.ExecProcessRequest.create({ id: 'c', execId: 'e', spec: { value: Buffer.from('{"args":["true"]}') } }))),
  ).toBe('FailedPrecondition');
  await svc.Start(t.StartRequest.create({ id: 'c' }));
  expect(await code(svc.Start(t.StartRequest.create({ id: 'c' })))).toBe('FailedPrecondition'); // start twice
  expect(await code(svc.Resume(t.ResumeRequest.create({ id: 'c' })))).toBe('FailedPrecondition'); // resume running
  await svc.Pause(t.PauseRequest.create({ id: 'c' }));
  expect((await svc.State(t.StateRequest.create({ id: 'c' }))).status).toBe(Status.PAUSED);
  expect(await code(svc.Pause(t.PauseRequest.create({ id: 'c' })))).toBe('FailedPrecondition'); // pause paused
  expect(await code(svc.Delete(t.DeleteRequest.create({ id: 'c' })))).toBe('FailedPrecondition'); // delete paused
  await svc.Resume(t.ResumeRequest.create({ id: 'c' }));
  expect((await svc.State(t.StateRequest.create({ id: 'c' }))).status).toBe(Status.RUNNING);
  exits.get('init')!(0);
  await svc.Wait(t.WaitRequest.create({ id: 'c' }));
  expect(await code(svc.Pause(t.PauseRequest.create({ id: 'c' })))).toBe('FailedPrecondition'); // pause stopped
  expect(await code(svc.Resume(t.ResumeRequest.create({ id: 'c' })))).toBe('FailedPrecondition');
  expect(
    await code(svc.Exec(t.ExecProcessRequest.create({ id: 'c', execId: 'e', spec: { value: Buffer.from('{"args":["true"]}') } }))),
  ).toBe('FailedPrecondition'); // exec into stopped
  expect(await code(svc.Kill(t.KillRequest.create({ id: 'c', signal: 9 })))).toBe('NotFound');
  expect(calls).toEqual(['start init', 'pause', 'resume']);
  expect((await svc.Delete(t.DeleteRequest.create({ id: 'c' }))).exitStatus).toBe(0);
});

test('a task that exits while paused is thawed', async () => {
  const { executor, exits, calls } = controllable();
  const { svc } = await serviceWith(executor);
  await svc.Start(t.StartRequest.create({ id: 'c' }));
  await svc.Pause(t.PauseRequest.create({ id: 'c' }));
  exits.get('init')!(137);
  await svc.Wait(t.WaitRequest.create({ id: 'c' }));
  expect(calls).toEqual(['start init', 'pause', 'resume']);
  expect((await svc.State(t.StateRequest.create({ id: 'c' }))).status).toBe(Status.STOPPED);
});

test('an exec created and deleted without Start: status 0, no exit event, the task keeps running', async () => {
  const { executor, calls } = controllable();
  const { svc, events } = await serviceWith(executor);
  await svc.Start(t.StartRequest.create({ id: 'c' }));
  await svc.Exec(t.ExecProcessRequest.create({ id: 'c', execId: 'e', spec: { value: Buffer.from('{"args":["true"]}') } }));
  expect(await code(svc.Kill(t.KillRequest.create({ id: 'c', execId: 'e', signal: 9 })))).toBe('FailedPrecondition'); // nothing to signal yet
  expect((await svc.Delete(t.DeleteRequest.create({ id: 'c', execId: 'e' }))).exitStatus).toBe(0);
  await new Promise((r) => setImmediate(r));
  expect(events).not.toContain('/tasks/exit');
  expect(calls).toEqual(['start init', 'discard e']);
  expect((await svc.State(t.StateRequest.create({ id: 'c' }))).status).toBe(Status.RUNNING);
});

test('ResizePty of a process without a terminal is a no-op', async () => {
  const { executor, calls } = controllable();
  const { svc } = await serviceWith(executor);
  await svc.ResizePty(t.ResizePtyRequest.create({ id: 'c', width: 80, height: 24 }));
  expect(calls).toEqual([]);
});

test('an init whose start failed is STOPPED when Start answers (a client may delete it at once)', async () => {
  const { executor } = controllable(new Set(['init']));
  const { svc, events } = await serviceWith(executor);
  expect(await code(svc.Start(t.StartRequest.create({ id: 'c' })))).toBe('FailedPrecondition');
  const st = await svc.State(t.StateRequest.create({ id: 'c' }));
  expect([st.status, st.exitStatus]).toEqual([Status.STOPPED, 127]);
  expect((await svc.Delete(t.DeleteRequest.create({ id: 'c' }))).exitStatus).toBe(127);
  await new Promise((r) => setImmediate(r));
  expect(events).toContain('/tasks/exit');
});

test('an exec whose start failed stays created: its exit is not reported, Delete answers 0', async () => {
  const { executor, exits } = controllable(new Set(['bad']));
  const { svc, events } = await serviceWith(executor);
  await svc.Start(t.StartRequest.create({ id: 'c' }));
  await svc.Exec(t.ExecProcessRequest.create({ id: 'c', execId: 'bad', spec: { value: Buffer.from('{"args":["x"]}') } }));
  expect(await code(svc.Start(t.StartRequest.create({ id: 'c', execId: 'bad' })))).toBe('FailedPrecondition');
  exits.get('bad')!(127); // the executor's late report of the failed attempt
  await new Promise((r) => setImmediate(r));
  expect((await svc.State(t.StateRequest.create({ id: 'c', execId: 'bad' }))).status).toBe(Status.CREATED);
  expect((await svc.Delete(t.DeleteRequest.create({ id: 'c', execId: 'bad' }))).exitStatus).toBe(0);
  expect(events.filter((e) => e === '/tasks/exit')).toEqual([]);
  expect((await svc.State(t.StateRequest.create({ id: 'c' }))).status).toBe(Status.RUNNING);
  exits.get('init')!(0);
});

test('an exec that exits before its Start answers is reported after /tasks/exec-started', async () => {
  const { executor, exits } = controllable();
  const { svc, events } = await serviceWith(executor);
  await svc.Start(t.StartRequest.create({ id: 'c' }));
  await svc.Exec(t.ExecProcessRequest.create({ id: 'c', execId: 'quick', spec: { value: Buffer.from('{"args":["true"]}') } }));
  const started = svc.Start(t.StartRequest.create({ id: 'c', execId: 'quick' }));
  exits.get('quick')!(0);
  await started;
  expect(await svc.Wait(t.WaitRequest.create({ id: 'c', execId: 'quick' }))).toMatchObject({ exitStatus: 0 });
  await new Promise((r) => setImmediate(r));
  expect(events.filter((e) => e.startsWith('/tasks/exec') || e === '/tasks/exit')).toEqual([
    '/tasks/exec-added',
    '/tasks/exec-started',
    '/tasks/exit',
  ]);
});

test('an id Connect answered that no Create claims is a stopped task (exit 255) that Delete removes; a Create claims it', async () => {
  // containerd 1.6 restarted after dying between `shim start` and the Create keeps the task its
  // Connect was answered for: it must be deletable, or it and its bundle stay for good.
  const bundle = newBundle();
  writeFileSync(join(bundle, 'config.json'), JSON.stringify({ ociVersion: '1.0.2', process: { args: ['true'], cwd: '/' } }));
  const svc = new TaskService({
    publisher: { namespace: 'ns', publish: () => {} } as unknown as Publisher,
    log: pino({ level: 'silent' }),
    version: 'test',
    chooseExecutor: async () => fakeExecutor(Promise.resolve()),
    onContainersChanged: () => {},
  });
  // Before any Connect, an unknown id is NotFound, as ever.
  expect(await code(svc.State(t.StateRequest.create({ id: 'ghost' })))).toBe('NotFound');
  await svc.Connect(t.ConnectRequest.create({ id: 'ghost' }));
  const state = await svc.State(t.StateRequest.create({ id: 'ghost' }));
  expect([state.status, state.exitStatus]).toEqual([Status.STOPPED, 255]);
  expect((await svc.Wait(t.WaitRequest.create({ id: 'ghost' }))).exitStatus).toBe(255);
  expect(await code(svc.State(t.StateRequest.create({ id: 'ghost', execId: 'e' })))).toBe('NotFound');
  expect((await svc.Delete(t.DeleteRequest.create({ id: 'ghost' }))).exitStatus).toBe(255);
  expect(await code(svc.State(t.StateRequest.create({ id: 'ghost' })))).toBe('NotFound');
  expect(await code(svc.Connect(t.ConnectRequest.create({ id: 'ghost' })))).toBe('NotFound');
  expect(svc.size).toBe(0);

  // Asked before its Create (a grouping shim, containerd 1.7's sandboxes): the Create claims it.
  await svc.Connect(t.ConnectRequest.create({ id: 'early' }));
  await svc.Create(t.CreateTaskRequest.create({ id: 'early', bundle }));
  const early = await svc.State(t.StateRequest.create({ id: 'early' }));
  expect([early.status, early.pid]).toEqual([Status.CREATED, 4242]);
});
