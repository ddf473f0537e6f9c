// Fuzz (fast-check) of every Task RPC as the ttrpc server calls it: a payload of random bytes,
// and well-formed requests with random fields against a service that holds one container. Every
// failure must be a kinded error (never Unknown: a TypeError or a protobuf decode error reaching
// containerd as "unknown"), and the container must still answer afterwards.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import pino from 'pino';
import { afterAll, expect, test } from 'vitest';
import { FUZZ_RUNS, fuzzParams, fuzzTimeout } from '../../test/helpers/fuzz.js';
import { Code, toStatusCode } from '../common/errdefs.js';
import type { Executor, ExecutorContainer, ExecutorProcess } from '../executor/executor.js';
import { containerd } from '../generated/protos.js';
import type { CallContext, UnaryHandler } from '../ttrpc/server.js';
import type { Publisher } from './events.js';
import { serviceMethods } from '../ttrpc/service.js';
import { TASK_V2, logCalls } from './task-rpc.js';
import { TaskService } from './task-service.js';

const t = containerd.task.v2;
const scratch = mkdtempSync(join(tmpdir(), 'task-rpc-fuzz-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fakeExecutor(): Executor {
  const proc = (): ExecutorProcess => ({
    pid: 4242,
    start: async () => {},
    exited: new Promise(() => {}),
    kill: async () => {},
    resize: async () => {},
    closeStdin: async () => {},
  });
  const container: ExecutorContainer = {
    init: proc(),
    exec: async () => proc(),
    pids: async () => [4242],
    killAll: async () => {},
    pause: async () => {},
    resume: async () => {},
    update: async () => {},
    destroy: async () => {},
  };
  return { name: 'native', create: async () => container, cleanup: async () => {} };
}

async function service() {
  const svc = new TaskService({
    publisher: { namespace: 'ns', publish: () => {}, flushed: async () => {} } as unknown as Publisher,
    log: pino({ level: 'silent' }),
    version: 'fuzz',
    chooseExecutor: async () => fakeExecutor(),
    onContainersChanged: () => {},
  });
  const bundle = mkdtempSync(join(scratch, 'bundle-'));
  writeFileSync(
    join(bundle, 'config.json'),
    JSON.stringify({ ociVersion: '1.0.2', process: { args: ['true'], cwd: '/', user: { uid: 0, gid: 0 } } }),
  );
  await svc.Create(t.CreateTaskRequest.create({ id: 'c1', bundle }));
  await svc.Start(t.StartRequest.create({ id: 'c1' }));
  return { svc, methods: serviceMethods(TASK_V2, svc, logCalls(pino({ level: 'silent' }))) };
}

const ctx = { service: 'containerd.task.v2.Task', method: '', metadata: new Map(), signal: new AbortController().signal } as CallContext;

/** Calls a handler; returns the status code it fails with, or OK. Waits at most for the handler's own answer. */
async function call(h: UnaryHandler, payload: Uint8Array): Promise<Code> {
  try {
    await h(ctx, Buffer.from(payload));
    return Code.OK;
  } catch (err) {
    return toStatusCode(err);
  }
}

// Wait blocks until the process exits (never, with the fake), so random bytes skip it.
const nonBlocking = (methods: object) => Object.keys(methods).filter((m) => m !== 'Wait');

test(`random bytes as any Task RPC's payload: only kinded errors (${FUZZ_RUNS} runs)`, { timeout: fuzzTimeout(20) }, async () => {
  const { methods } = await service();
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...nonBlocking(methods)), fc.uint8Array({ maxLength: 256 }), async (method, payload) => {
      expect(await call(methods[method] as UnaryHandler, payload)).not.toBe(Code.Unknown);
    }),
    fuzzParams(),
  );
});

const id = fc.oneof(fc.constant('c1'), fc.string({ maxLength: 12 }));
const execId = fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }));
const requests: Record<string, fc.Arbitrary<Uint8Array>> = {
  State: fc.record({ id, execId }).map((r) => t.StateRequest.encode(r).finish()),
  Kill: fc.record({ id, execId, signal: fc.nat({ max: 200 }), all: fc.boolean() }).map((r) => t.KillRequest.encode(r).finish()),
  Exec: fc
    .record({ id, execId, terminal: fc.boolean(), stdin: fc.string({ maxLength: 8 }), spec: fc.option(fc.json(), { nil: undefined }) })
    .map((r) =>
      t.ExecProcessRequest.encode({
        ...r,
        spec:
          r.spec === undefined
            ? undefined
            : { type_url: 'types.containerd.io/opencontainers/runtime-spec/1/Process', value: Buffer.from(r.spec) },
      }).finish(),
    ),
  ResizePty: fc.record({ id, execId, width: fc.nat(), height: fc.nat() }).map((r) => t.ResizePtyRequest.encode(r).finish()),
  CloseIO: fc.record({ id, execId, stdin: fc.boolean() }).map((r) => t.CloseIORequest.encode(r).finish()),
  Pids: fc.record({ id }).map((r) => t.PidsRequest.encode(r).finish()),
  Stats: fc.record({ id }).map((r) => t.StatsRequest.encode(r).finish()),
  Pause: fc.record({ id }).map((r) => t.PauseRequest.encode(r).finish()),
  Resume: fc.record({ id }).map((r) => t.ResumeRequest.encode(r).finish()),
  Start: fc.record({ id, execId }).map((r) => t.StartRequest.encode(r).finish()),
  Update: fc.record({ id }).map((r) => t.UpdateTaskRequest.encode(r).finish()),
  Connect: fc.record({ id }).map((r) => t.ConnectRequest.encode(r).finish()),
};

test(
  `well-formed requests with random fields: only kinded errors, the container still answers (${FUZZ_RUNS} runs)`,
  { timeout: fuzzTimeout(20) },
  async () => {
    const { methods } = await service();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(requests)).chain((m) => fc.tuple(fc.constant(m), requests[m]!)),
        async ([method, payload]) => {
          expect(await call(methods[method] as UnaryHandler, payload)).not.toBe(Code.Unknown);
          expect(await call(methods.State as UnaryHandler, t.StateRequest.encode({ id: 'c1' }).finish())).toBe(Code.OK);
        },
      ),
      fuzzParams(),
    );
  },
);

test(
  `a bundle's config.json of any shape: Create succeeds or fails with a kinded error (${FUZZ_RUNS} runs)`,
  { timeout: fuzzTimeout(20) },
  async () => {
    const { svc, methods } = await service();
    const bundle = mkdtempSync(join(scratch, 'bundle-'));
    const spec = fc.oneof(
      fc.json(),
      fc.string(),
      fc
        .record({ ociVersion: fc.string(), process: fc.anything(), root: fc.anything(), mounts: fc.anything() })
        .map((o) => JSON.stringify(o)),
      fc
        .record({ process: fc.record({ args: fc.anything(), cwd: fc.anything(), user: fc.anything(), env: fc.anything() }) })
        .map((o) => JSON.stringify(o)),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(spec, async (text) => {
        writeFileSync(join(bundle, 'config.json'), text);
        const id = `f${n++}`;
        const code = await call(methods.Create as UnaryHandler, t.CreateTaskRequest.encode({ id, bundle }).finish());
        expect(code).not.toBe(Code.Unknown);
        if (code === Code.OK) await svc.forceDelete(id);
      }),
      fuzzParams(),
    );
  },
);

// Findings of the runs above, kept as plain regression tests.
test('a payload that is not the request message is InvalidArgument, not Unknown', async () => {
  const { methods } = await service();
  expect(await call(methods.State as UnaryHandler, Uint8Array.from([0]))).toBe(Code.InvalidArgument);
});

test('an exec process spec that is JSON but not an object (null) is InvalidArgument, not a TypeError', async () => {
  const { methods } = await service();
  const spec = { type_url: 'types.containerd.io/opencontainers/runtime-spec/1/Process', value: Buffer.from('null') };
  expect(await call(methods.Exec as UnaryHandler, t.ExecProcessRequest.encode({ id: 'c1', execId: 'e', spec }).finish())).toBe(
    Code.InvalidArgument,
  );
});
