// The Task service's bookkeeping with a fake executor: a Create still under way keeps the
// daemon from counting itself idle (a VM container's Create can take a whole VM boot).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, expect, test } from 'vitest';
import { containerd } from '../generated/protos.js';
import type { Executor, ExecutorContainer, ExecutorProcess } from '../executor/executor.js';
import type { Publisher } from './events.js';
import { TaskService } from './task-service.js';

const scratch = mkdtempSync(join(tmpdir(), 'task-service-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fakeExecutor(createMs: number): Executor {
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
  return { name: 'native', create: () => new Promise((r) => setTimeout(() => r(container), createMs)), cleanup: async () => {} };
}

test('a Create under way counts as a container for the idle check', async () => {
  const bundle = mkdtempSync(join(scratch, 'bundle-'));
  writeFileSync(
    join(bundle, 'config.json'),
    JSON.stringify({ ociVersion: '1.0.2', process: { args: ['true'], cwd: '/', user: { uid: 0, gid: 0 } } }),
  );
  const counts: number[] = [];
  const publisher = { namespace: 'ns', publish: () => {} } as unknown as Publisher;
  const svc = new TaskService({
    publisher,
    log: pino({ level: 'silent' }),
    version: 'test',
    chooseExecutor: async () => fakeExecutor(100),
    onContainersChanged: (n) => counts.push(n),
  });
  const created = svc.Create(containerd.task.v2.CreateTaskRequest.create({ id: 'slow', bundle }));
  await new Promise((r) => setTimeout(r, 20));
  expect(svc.size).toBe(1); // still creating
  expect(counts).toEqual([1]);
  expect((await created).pid).toBe(4242);
  expect(svc.size).toBe(1);
  expect(counts).not.toContain(0); // never idle while the container is being created or held
  expect(counts.at(-1)).toBe(1);
});

test('a failed Create leaves the count at zero', async () => {
  const bundle = mkdtempSync(join(scratch, 'bundle-'));
  writeFileSync(
    join(bundle, 'config.json'),
    JSON.stringify({ ociVersion: '1.0.2', process: { args: ['true'], cwd: '/', user: { uid: 0, gid: 0 } } }),
  );
  const counts: number[] = [];
  const failing: Executor = { ...fakeExecutor(0), create: async () => Promise.reject(new Error('boom')) };
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
