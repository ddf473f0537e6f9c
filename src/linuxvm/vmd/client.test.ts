// What a shim daemon says when its vmd died under it: the crash's error line from the vmd's
// stderr, only when the file was written while the shim was attached (every vmd of a state
// directory appends to it). And what it says when its Attach runs out of time: the vmd's last
// log line and the log, against a stand-in vmd (a real ttrpc server) that never answers.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, expect, test } from 'vitest';
import { Code } from '../../common/errdefs.js';
import { TtrpcServer } from '../../ttrpc/server.js';
import { VMD } from './api.js';
import { deathWords, lastLogMessage, VmdClient } from './client.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-vmd-client-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a crash's stack gives its error line, not Node's version line", () => {
  const f = join(dir, 'crash');
  writeFileSync(
    f,
    [
      'file:///x/dist/linuxvm/vmd/vm-manager.js:120',
      '        throw new Error("boom");',
      '        ^',
      '',
      "TypeError: Cannot read properties of undefined (reading 'pid')",
      '    at VmManager.boot (file:///x/vm-manager.js:120:9)',
      '',
      'Node.js v20.20.2',
    ].join('\n'),
  );
  expect(deathWords(f, 0)).toBe(": TypeError: Cannot read properties of undefined (reading 'pid')");
});

test('a message of our own, else the last line; nothing from a file older than the attachment or missing', () => {
  const f = join(dir, 'own');
  writeFileSync(f, 'tandem vmd: cannot listen on /x/vmd.sock: EADDRINUSE\n');
  expect(deathWords(f, 0)).toBe(': tandem vmd: cannot listen on /x/vmd.sock: EADDRINUSE');
  writeFileSync(f, 'something\nelse\n');
  expect(deathWords(f, 0)).toBe(': else');
  utimesSync(f, new Date(1000), new Date(1000));
  expect(deathWords(f, Date.now())).toBe('');
  expect(deathWords(join(dir, 'none'), 0)).toBe('');
  expect(deathWords(undefined, 0)).toBe('');
});

test("an Attach out of time names the bound, the vmd's last log line and its log", async () => {
  const socket = join(dir, 'vmd.sock');
  const logFile = join(dir, 'vmd.log');
  writeFileSync(
    logFile,
    [
      JSON.stringify({ level: 30, msg: 'qemu: starting qemu-system-x86_64 (tcg)' }),
      JSON.stringify({ level: 30, msg: 'vmd: waiting for the template boot to serve' }),
    ].join('\n') + '\n',
  );
  const server = new TtrpcServer();
  server.register(VMD.name, { Attach: () => new Promise<Uint8Array>(() => {}) }); // a boot that never ends
  const listener = await server.listen(socket);
  try {
    const client = new VmdClient({
      socket,
      logFile,
      client: 'test',
      log: pino({ level: 'silent' }),
      attachTimeoutMs: 1_500,
      pingIntervalMs: 60_000,
      pingTimeoutMs: 60_000,
    });
    await expect(client.acquire()).rejects.toMatchObject({
      code: Code.DeadlineExceeded,
      message: `the VM was not ready within 1.5 s (TANDEM_VM_BOOT_TIMEOUT_MS plus 30 s); the VM daemon's last line: vmd: waiting for the template boot to serve; its log: ${logFile}`,
    });
  } finally {
    listener.close();
  }
});

test('the last log line: its message when JSON, else as it is; nothing from a missing file', () => {
  const f = join(dir, 'plain.log');
  writeFileSync(f, 'first\nnot json at all\n');
  expect(lastLogMessage(f)).toBe('not json at all');
  writeFileSync(f, JSON.stringify({ msg: 'x'.repeat(400) }));
  expect(lastLogMessage(f)).toBe(`${'x'.repeat(300)}…`);
  expect(lastLogMessage(join(dir, 'missing.log'))).toBe('');
});
