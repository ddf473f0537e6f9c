// What a shim daemon says when its vmd died under it: the crash's error line from the vmd's
// stderr, only when the file was written while the shim was attached (every vmd of a state
// directory appends to it).
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { deathWords } from './client.js';

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
