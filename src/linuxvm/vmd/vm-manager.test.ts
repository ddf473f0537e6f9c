// A VM restored from a saved VM whose guest then fails its first Hello (its resume) costs that
// saved VM: the next start must boot, not restore the same failure again. The backend here is a
// stand-in whose agent (a real ttrpc server) answers Hello with the error a failed resume gives;
// a VM that booted has no template to discard.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, expect, test } from 'vitest';
import { failedPrecondition } from '../../common/errdefs.js';
import { TtrpcServer } from '../../ttrpc/server.js';
import { AGENT_SERVICE } from '../agent-client.js';
import type { VmBackend, VmExit, VmInstance } from '../backends/vm-backend.js';
import { vmSettings } from '../settings.js';
import { LinuxShare } from '../share-linux.js';
import { duplexPair } from './mux.js';
import { VmManager } from './vm-manager.js';

const RESUME_FAILED = 'restored guest: cannot mount share tandem (9p): mount: mounting tandem on /run/tandem/shares/tandem failed';

const dir = mkdtempSync(join(tmpdir(), 'tandem-vm-manager-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An instance whose agent fails Hello as a failed resume does; records what the manager did to it. */
function deadAgentInstance(restored: boolean) {
  const calls: string[] = [];
  let exit!: (e: VmExit) => void;
  const instance: VmInstance = {
    pid: 999_999_999,
    accelerator: 'tcg',
    bootLog: join(dir, 'console.log'),
    exited: new Promise((r) => (exit = r)),
    connectAgent: async () => {
      const agent = new TtrpcServer();
      agent.register(AGENT_SERVICE, {
        Hello: async () => {
          throw failedPrecondition(RESUME_FAILED);
        },
      });
      const [host, guest] = duplexPair();
      agent.serveConnection(guest);
      return host;
    },
    stop: async () => {
      calls.push('stop');
      exit({ code: 0, signal: null, reason: 'stopped' } as VmExit);
    },
    kill: async () => {
      calls.push('kill');
      exit({ code: null, signal: 'SIGKILL', reason: 'killed' } as VmExit);
    },
    ...(restored ? { discardTemplate: (why: string) => calls.push(`discard: ${why}`) } : {}),
  };
  return { instance, calls };
}

function manager(instance: VmInstance, n: number): VmManager {
  const backend: VmBackend = { name: 'qemu', available: async () => true, start: async () => instance };
  const share = join(dir, `share-${n}`);
  return new VmManager({
    settings: vmSettings({ TANDEM_STATE_DIR: join(dir, `state-${n}`), TANDEM_VM_BOOT_TIMEOUT_MS: '20000' }, 'linux'),
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
