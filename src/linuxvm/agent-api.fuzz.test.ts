// Fuzz (fast-check) of the agent API from both ends. The guest: every RPC of the typed
// definition (AGENT) with random bytes and with well-formed requests of random fields, and the
// container spec a CreateContainer carries through parseSpec and specForGuest: only kinded errors
// (never Unknown from a TypeError or a decoder exception). The host: an AgentClient whose agent
// answers every RPC with random bytes (a broken or hostile guest): each call resolves or fails
// with a kinded error, never an unkinded one, and the client process keeps going.
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { FUZZ_RUNS, fuzzParams, fuzzTimeout } from '../../test/helpers/fuzz.js';
import { Code, TandemError, toStatusCode } from '../common/errdefs.js';
import { tandem } from '../generated/core-protos.js';
import type { CallContext, ServiceMethods, UnaryHandler } from '../ttrpc/server.js';
import { TtrpcServer } from '../ttrpc/server.js';
import { serviceMethods } from '../ttrpc/service.js';
import { AgentClient } from './agent-client.js';
import { AGENT, AGENT_SERVICE, Agent } from './guest/agent.js';
import type { Runc } from './guest/runc.js';
import { parseSpec, specForGuest } from './guest/spec.js';

const pb = tandem.agent.v1;
const scratch = mkdtempSync(join(tmpdir(), 'agent-fuzz-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const agent = new Agent({
  // No container is ever created here, so runc is only asked for its version.
  tools: { runc: { version: async () => 'runc fake' } as unknown as Runc, telnetd: ['false'], stty: 'false', outputGraceMs: 10 },
  bundles: join(scratch, 'bundles'),
  noPivot: false,
});
const methods = serviceMethods(AGENT, agent);
const ctx = { service: AGENT_SERVICE, method: '', metadata: new Map(), signal: new AbortController().signal } as CallContext;
// CreateContainer would start runc for a well-formed spec: its spec handling is fuzzed directly below.
const unaryNames = Object.keys(methods).filter((m) => typeof methods[m] === 'function' && m !== 'CreateContainer' && m !== 'Wait');

async function code(h: UnaryHandler, payload: Uint8Array): Promise<Code> {
  try {
    await h(ctx, Buffer.from(payload));
    return Code.OK;
  } catch (err) {
    return toStatusCode(err);
  }
}

test(
  `the guest: random bytes as any agent RPC's payload give only kinded errors (${FUZZ_RUNS} runs)`,
  { timeout: fuzzTimeout(10) },
  async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...unaryNames), fc.uint8Array({ maxLength: 256 }), async (m, payload) => {
        expect(await code(methods[m] as UnaryHandler, payload)).not.toBe(Code.Unknown);
      }),
      fuzzParams(),
    );
  },
);

const id = fc.string({ maxLength: 16 });
const requests: Record<string, fc.Arbitrary<Uint8Array>> = {
  Hello: fc.record({ minVersion: fc.nat(), maxVersion: fc.nat(), host: fc.string() }).map((r) => pb.HelloRequest.encode(r).finish()),
  Start: fc.record({ containerId: id, execId: id }).map((r) => pb.StartRequest.encode(r).finish()),
  Exec: fc
    .record({ containerId: id, execId: id, processJson: fc.oneof(fc.json(), fc.string()), terminal: fc.boolean() })
    .map((r) => pb.ExecRequest.encode({ ...r, processJson: Buffer.from(r.processJson) }).finish()),
  Kill: fc.record({ containerId: id, execId: id, signal: fc.nat(), all: fc.boolean() }).map((r) => pb.KillRequest.encode(r).finish()),
  Update: fc
    .record({ containerId: id, resourcesJson: fc.json() })
    .map((r) => pb.UpdateRequest.encode({ ...r, resourcesJson: Buffer.from(r.resourcesJson) }).finish()),
  ResizePty: fc
    .record({ containerId: id, execId: id, width: fc.nat(), height: fc.nat() })
    .map((r) => pb.ResizePtyRequest.encode(r).finish()),
  Delete: fc.record({ containerId: id, execId: id }).map((r) => pb.DeleteRequest.encode(r).finish()),
};

test(
  `the guest: well-formed requests with random fields give only kinded errors (${FUZZ_RUNS} runs)`,
  { timeout: fuzzTimeout(10) },
  async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(requests)).chain((m) => fc.tuple(fc.constant(m), requests[m]!)),
        async ([m, payload]) => {
          expect(await code(methods[m] as UnaryHandler, payload)).not.toBe(Code.Unknown);
        },
      ),
      fuzzParams(),
    );
  },
);

const specText = fc.oneof(
  fc.json(),
  fc
    .record({ process: fc.record({ args: fc.array(fc.string(), { minLength: 1 }), env: fc.anything(), cwd: fc.anything() }) })
    .map((s) => JSON.stringify(s)),
  fc
    .record({
      process: fc.record({ args: fc.constant(['sh']), consoleSize: fc.anything(), apparmorProfile: fc.anything() }),
      root: fc.anything(),
      linux: fc.oneof(fc.anything(), fc.record({ namespaces: fc.anything(), cgroupsPath: fc.anything() })),
      hooks: fc.anything(),
      mounts: fc.anything(),
    })
    .map((s) => JSON.stringify(s)),
);

test(
  `the guest: a CreateContainer spec of any shape is parsed or refused with InvalidArgument (${FUZZ_RUNS} runs)`,
  { timeout: fuzzTimeout(5) },
  () => {
    fc.assert(
      fc.property(specText, fc.boolean(), (text, terminal) => {
        let spec;
        try {
          spec = parseSpec(Buffer.from(text));
        } catch (err) {
          expect((err as TandemError).code).toBe(Code.InvalidArgument);
          return;
        }
        try {
          const out = specForGuest(spec, { id: 'c', rootfs: '/r', terminal, createdFifo: '/c', gateFifo: '/g' });
          expect(out.root?.path).toBe('/r');
          expect((out.hooks as { createRuntime?: unknown[] }).createRuntime).toHaveLength(1);
        } catch (err) {
          expect(err).toBeInstanceOf(TandemError);
          expect((err as TandemError).code).toBe(Code.InvalidArgument);
        }
      }),
      fuzzParams(),
    );
  },
);

/** An agent that answers every unary RPC and stream with `reply()`'s bytes. */
async function hostileAgent(reply: () => Uint8Array): Promise<{ client: AgentClient; close: () => Promise<void> }> {
  const server = new TtrpcServer();
  const raw: ServiceMethods = {};
  for (const [m, rpc] of Object.entries(AGENT.rpcs)) {
    raw[m] =
      'stream' in rpc
        ? { stream: async (_c, stream) => (stream.send(reply()), stream.send(reply())) }
        : async (_c, payload) =>
            m === 'Hello'
              ? pb.HelloResponse.encode({ version: pb.Version.API_VERSION, agent: 'hostile' }).finish()
              : (void payload, reply());
  }
  server.register(AGENT_SERVICE, raw);
  const sock = join(scratch, `hostile-${Math.random().toString(36).slice(2)}.sock`);
  await server.listen(sock);
  const client = await AgentClient.connect(net.connect(sock));
  return { client, close: async () => (client.close(), await server.close()) };
}

test(
  `the host: an agent that answers random bytes gets only kinded errors back (${FUZZ_RUNS} runs)`,
  { timeout: fuzzTimeout(20) },
  async () => {
    let next: Uint8Array = new Uint8Array();
    const { client, close } = await hostileAgent(() => next);
    const calls: ((c: AgentClient) => Promise<unknown>)[] = [
      (c) => c.ping(),
      (c) => c.createContainer({ containerId: 'c' }),
      (c) => c.start('c'),
      (c) => c.wait('c'),
      (c) => c.pids('c'),
      (c) => c.stats('c'),
      async (c) => {
        const s = c.stdio('c');
        for await (const o of s.output) void o;
        await s.done;
      },
      async (c) => {
        const p = c.dialPort(80);
        for await (const o of p.data) void o;
        await p.done;
      },
    ];
    try {
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: calls.length - 1 }), fc.uint8Array({ maxLength: 128 }), async (i, bytes) => {
          next = bytes;
          try {
            await calls[i]!(client);
          } catch (err) {
            expect(err, String(err)).toBeInstanceOf(TandemError);
            expect(toStatusCode(err)).not.toBe(Code.Unknown);
          }
        }),
        fuzzParams(),
      );
    } finally {
      await close();
    }
  },
);

// Findings of the runs above, kept as plain regression tests.
test('a spec whose linux.namespaces holds null is InvalidArgument, not a TypeError in specForGuest', () => {
  const spec = parseSpec(JSON.stringify({ process: { args: ['sh'] }, linux: { namespaces: [null] } }));
  expect(() => specForGuest(spec, { id: 'c', rootfs: '/r', terminal: false, createdFifo: '/c', gateFifo: '/g' })).toThrow(
    expect.objectContaining({ code: Code.InvalidArgument }),
  );
});

test("an agent's answer that is not the response message is Internal naming the RPC, not a RangeError", async () => {
  const { client, close } = await hostileAgent(() => Uint8Array.from([0]));
  try {
    await expect(client.ping()).rejects.toThrow(
      expect.objectContaining({ code: Code.Internal, message: expect.stringMatching(/Ping response/) }),
    );
  } finally {
    await close();
  }
});
