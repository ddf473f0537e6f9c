// A VM restored from a saved VM whose guest then fails its first Hello (its resume) costs that
// saved VM: the next start must boot, not restore the same failure again. The backend here is a
// stand-in whose agent (a real ttrpc server) answers Hello with the error a failed resume gives;
// a VM that booted has no template to discard. A restored guest that hangs later (the ping bound
// ends it) costs its saved VM the same way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import pino from 'pino';
import { afterAll, expect, test } from 'vitest';
import { failedPrecondition } from '../../common/errdefs.js';
import { tandem } from '../../generated/core-protos.js';
import { TtrpcServer, type ServiceMethods } from '../../ttrpc/server.js';
import { AGENT_SERVICE } from '../agent-client.js';
import type { VmBackend, VmExit, VmInstance } from '../backends/vm-backend.js';
import { vmSettings } from '../settings.js';
import { LinuxShare } from '../share-linux.js';
import { duplexPair } from './mux.js';
import { VmManager } from './vm-manager.js';

const RESUME_FAILED = 'restored guest: cannot mount share tandem (9p): mount: mounting tandem on /run/tandem/shares/tandem failed';

const dir = mkdtempSync(join(tmpdir(), 'tandem-vm-manager-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in VM whose agent serves `methods` (raw ttrpc handlers); records what the manager did to it. */
function fakeInstance(methods: (calls: string[]) => ServiceMethods, o: { restored?: boolean; stopGate?: Promise<void> } = {}) {
  const calls: string[] = [];
  let exit!: (e: VmExit) => void;
  const channel: { guest?: Duplex } = {};
  const instance: VmInstance = {
    pid: 999_999_999,
    accelerator: 'tcg',
    bootLog: join(dir, 'console.log'),
    exited: new Promise((r) => (exit = r)),
    connectAgent: async () => {
      const agent = new TtrpcServer();
      agent.register(AGENT_SERVICE, methods(calls));
      const [host, guest] = duplexPair();
      agent.serveConnection(guest);
      channel.guest = guest;
      return host;
    },
    stop: async (graceMs) => {
      calls.push(`stop ${graceMs}`);
      await o.stopGate;
      exit({ code: 0, signal: null, reason: 'stopped' } as VmExit);
    },
    kill: async () => {
      calls.push('kill');
      exit({ code: null, signal: 'SIGKILL', reason: 'killed' } as VmExit);
    },
    ...(o.restored ? { discardTemplate: (why: string) => calls.push(`discard: ${why}`) } : {}),
  };
  return { instance, calls, exit: (e: VmExit) => exit(e), channel };
}

/** An instance whose agent fails Hello as a failed resume does. */
const deadAgentInstance = (restored: boolean) =>
  fakeInstance(
    () => ({
      Hello: async () => {
        throw failedPrecondition(RESUME_FAILED);
      },
    }),
    { restored },
  );

function manager(instance: VmInstance, n: number, env: Record<string, string> = {}, helloRetryMs?: number): VmManager {
  const backend: VmBackend = { name: 'qemu', available: async () => true, start: async () => instance };
  const share = join(dir, `share-${n}`);
  return new VmManager({
    helloRetryMs,
    settings: vmSettings({ TANDEM_STATE_DIR: join(dir, `state-${n}`), TANDEM_VM_BOOT_TIMEOUT_MS: '20000', ...env }, 'linux'),
    platform: 'linux',
    share: new LinuxShare(share, share),
    vmDir: join(dir, `vm-${n}`),
    log: pino({ level: 'silent' }),
    loadBackend: async () => backend,
  });
}

test('a restored VM whose first Hello fails is killed and its saved VM discarded; the client gets the error', async () => {
  const { instance, calls } = deadAgentInstance(true);
  const err = await manager(instance, 1)
    .acquire()
    .then(
      () => undefined,
      (e: Error) => e,
    );
  expect(err?.message).toContain(RESUME_FAILED);
  expect(calls).toEqual(['kill', `discard: ${err!.message}`]);
});

test('a booted VM whose first Hello fails is killed; there is nothing to discard', async () => {
  const { instance, calls } = deadAgentInstance(false);
  await expect(manager(instance, 2).acquire()).rejects.toThrow(RESUME_FAILED);
  expect(calls).toEqual(['kill']);
});

/** An instance whose agent says hello and, when it knows it, takes Poweroff; its stop waits for `gate`. */
function stoppableInstance(knowsPoweroff: boolean, gate: Promise<void>) {
  const pb = tandem.agent.v1;
  const answer =
    <T>(type: { encode(m: T): { finish(): Uint8Array } }, m: T, then = () => {}) =>
    async () => (then(), type.encode(m).finish());
  return fakeInstance(
    (calls) => ({
      Hello: answer(pb.HelloResponse, pb.HelloResponse.create({ version: 2 })),
      Ping: answer(pb.PingResponse, pb.PingResponse.create()),
      ...(knowsPoweroff ? { Poweroff: answer(pb.PoweroffResponse, pb.PoweroffResponse.create(), () => calls.push('poweroff')) } : {}),
    }),
    { stopGate: gate },
  );
}

test("an idle VM is stopped through its agent's Poweroff, and the manager is busy until the VMM is gone", async () => {
  let open!: () => void;
  const { instance, calls } = stoppableInstance(true, new Promise((r) => (open = r)));
  const m = manager(instance, 3, { TANDEM_VM_IDLE_TIMEOUT_MS: '10' });
  (await m.acquire()).release();
  for (let i = 0; i < 500 && !calls.includes('stop 3000'); i++) await new Promise((r) => setTimeout(r, 10));
  expect(calls).toEqual(['poweroff', 'stop 3000']);
  // The vmd leaves only when its manager is not busy: not while a guest is still powering off.
  expect(m.busy).toBe(true);
  open();
  await m.shutdown();
  expect(m.busy).toBe(false);
});

test('an agent that does not take Poweroff: its VM is stopped without a grace', async () => {
  const { instance, calls } = stoppableInstance(false, Promise.resolve());
  const m = manager(instance, 4);
  (await m.acquire()).release();
  await m.shutdown();
  expect(calls).toEqual(['stop 0']);
});

test("an agent channel that closes as its VMM exits: VmEnd gives the VMM's own words, nothing is killed", async () => {
  const f = stoppableInstance(true, Promise.resolve());
  const m = manager(f.instance, 5);
  const lease = await m.acquire();
  expect(await m.endOf(lease.vm.generation, 50)).toBeUndefined(); // still up
  f.channel.guest!.destroy();
  setTimeout(() => f.exit({ code: 0, signal: null, reason: 'qemu (tcg) exited: guest powered off: Kernel panic - not syncing' }), 100);
  expect(await m.endOf(lease.vm.generation, 10_000)).toBe(
    'agent connection closed; VM exited: qemu (tcg) exited: guest powered off: Kernel panic - not syncing',
  );
  expect(f.calls).not.toContain('kill');
  lease.release();
  await m.shutdown();
});

test('an agent channel that closes while its VMM runs on: the VMM is killed after a grace, and busy until then', async () => {
  const f = stoppableInstance(true, Promise.resolve());
  const m = manager(f.instance, 6);
  const lease = await m.acquire();
  f.channel.guest!.destroy();
  await lease.vm.dead;
  expect(m.busy).toBe(true); // the vmd must not leave a VMM behind meanwhile
  expect(await m.endOf(lease.vm.generation, 10_000)).toBe('agent connection closed');
  expect(f.calls).toContain('kill');
  lease.release();
  await m.shutdown();
  expect(m.busy).toBe(false);
});

/** An instance whose agent says hello and then never answers a Ping (a guest kernel that hung). */
function hungInstance(restored: boolean) {
  const pb = tandem.agent.v1;
  return fakeInstance(
    () => ({
      Hello: async () => pb.HelloResponse.encode(pb.HelloResponse.create({ version: 2 })).finish(),
      Ping: () => new Promise<Uint8Array>(() => {}),
    }),
    { restored },
  );
}

async function endsHung(restored: boolean, n: number): Promise<void> {
  const f = hungInstance(restored);
  const m = manager(f.instance, n, { TANDEM_VM_PING_INTERVAL_MS: '100', TANDEM_VM_PING_TIMEOUT_MS: '300' });
  const lease = await m.acquire();
  const reason = await lease.vm.dead;
  expect(reason).toContain('nothing came from the agent');
  expect(await m.endOf(lease.vm.generation, 10_000)).toBe(reason);
  expect(f.calls.filter((c) => c.startsWith('discard'))).toEqual(restored ? [`discard: ${reason}`] : []);
  expect(f.calls).toContain('kill');
  lease.release();
  await m.shutdown();
}

test('a restored VM that hangs is ended by the ping bound and costs its saved VM', () => endsHung(true, 7));

test('a booted VM that hangs is ended by the ping bound; there is nothing to discard', () => endsHung(false, 8));

test('a Hello left unanswered is asked again on a new agent connection, within the boot bound', async () => {
  // The agent of the first connection takes the Hello and never answers (its session was lost
  // under the host, as seen once under load); the next connection's agent answers.
  const pb = tandem.agent.v1;
  let connections = 0;
  const f = fakeInstance(() => {
    const n = ++connections;
    return {
      Hello: () =>
        n === 1
          ? new Promise<Uint8Array>(() => {})
          : Promise.resolve(pb.HelloResponse.encode(pb.HelloResponse.create({ version: 2 })).finish()),
      Ping: async () => pb.PingResponse.encode(pb.PingResponse.create()).finish(),
    };
  });
  const m = manager(f.instance, 9, {}, 300);
  const lease = await m.acquire();
  expect(connections).toBe(2);
  expect(f.calls).not.toContain('kill');
  lease.release();
  await m.shutdown();
});
