// The dialer with real processes standing in for the vmd (sh that fails, steps aside, or a
// ttrpc server started late) and a real unix socket.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { Code } from '../../common/errdefs.js';
import { TtrpcServer } from '../../ttrpc/server.js';
import { VmdDialer } from './dial.js';

let dir: string;
let servers: TtrpcServer[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tg-dial-'));
});
afterEach(async () => {
  for (const s of servers) await s.close();
  servers = [];
  rmSync(dir, { recursive: true, force: true });
});

const sh = (script: string) => () => spawn('sh', ['-c', script], { stdio: 'ignore' });

test('a vmd that exits before it serves is reported at once, with its last line', async () => {
  const stderrFile = join(dir, 'vmd.stderr');
  const d = new VmdDialer({
    socket: join(dir, 'vmd.sock'),
    spawn: sh(`printf 'starting\\ntandem vmd: EACCES: cannot open the lock\\n' >> ${stderrFile}; exit 3`),
    stderrFile,
    timeoutMs: 60_000,
  });
  const t0 = Date.now();
  await expect(d.connect()).rejects.toMatchObject({
    code: Code.FailedPrecondition,
    message: 'the VM daemon exited (status 3) before it served: tandem vmd: EACCES: cannot open the lock',
  });
  expect(Date.now() - t0).toBeLessThan(30_000); // not the whole timeout
});

test('a vmd that stepped aside (status 0) is started again; the one that listens is connected to', async () => {
  const socket = join(dir, 'vmd.sock');
  let spawned = 0;
  const d = new VmdDialer({
    socket,
    spawn: () => {
      spawned++;
      if (spawned === 2) {
        const s = new TtrpcServer();
        servers.push(s);
        void s.listen(socket);
      }
      return sh('exit 0')();
    },
    timeoutMs: 60_000,
  });
  const conn = await d.connect();
  conn.close();
  expect(spawned).toBe(2);
  expect(d.firstSpawnAt).toBeGreaterThan(0);
});

test('none answers and none may be started: Unavailable past the deadline, naming the socket and the log', async () => {
  const socket = join(dir, 'vmd.sock');
  const d = new VmdDialer({ socket, logFile: join(dir, 'vmd.log'), timeoutMs: 200 });
  await expect(d.connect()).rejects.toMatchObject({
    code: Code.Unavailable,
    message: `no VM daemon answered on ${socket} within 0.2 s (no answer; its log: ${join(dir, 'vmd.log')})`,
  });
});

test('a vmd that cannot be started at all: its spawn error, at once', async () => {
  const d = new VmdDialer({
    socket: join(dir, 'vmd.sock'),
    spawn: () => spawn(join(dir, 'no-such-node'), [], { stdio: 'ignore' }),
    timeoutMs: 60_000,
  });
  await expect(d.connect()).rejects.toMatchObject({
    code: Code.FailedPrecondition,
    message: expect.stringMatching(/^the VM daemon could not be started: spawn .*no-such-node ENOENT$/),
  });
});
