// lookPath inside a root, as the guest agent uses it on a container seen from outside: absolute
// symlinks stay inside the root, and each failure reads like tandem-enter's (and runc's).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Code } from './errdefs.js';
import { lookPath, resolveIn } from './look-path.js';

const root = mkdtempSync(join(tmpdir(), 'look-path-'));
beforeAll(() => {
  for (const d of ['usr/bin', 'etc', 'app/bin', 'home/u']) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, 'usr/bin/busybox'), '#!/bin/true\n');
  chmodSync(join(root, 'usr/bin/busybox'), 0o755);
  symlinkSync('/usr/bin', join(root, 'bin')); // absolute: must resolve inside the root, not on the host
  symlinkSync('busybox', join(root, 'usr/bin/sh'));
  symlinkSync('/bin/busybox', join(root, 'usr/bin/ls'));
  symlinkSync('../../../../..', join(root, 'app/escape'));
  writeFileSync(join(root, 'etc/passwd'), 'root:x:0:0::/:/bin/sh\n');
  writeFileSync(join(root, 'app/bin/run'), '#!/bin/sh\n');
  chmodSync(join(root, 'app/bin/run'), 0o700);
  symlinkSync('loop', join(root, 'loop'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const failure = (p: Promise<unknown>) =>
  p.then(
    () => 'found',
    (e: { code: Code; message: string }) => `${Code[e.code]}: ${e.message}`,
  );

test('absolute paths and symlinks (absolute ones too) resolve inside the root', async () => {
  expect(await resolveIn(root, '/bin/sh')).toBe(join(root, 'usr/bin/busybox'));
  expect(await lookPath(root, '/bin/sh')).toBe('/bin/sh');
  expect(await lookPath(root, '/bin/ls')).toBe('/bin/ls');
  expect(await resolveIn(root, '/app/escape/etc/passwd')).toBe(join(root, 'etc/passwd')); // '..' stops at the root
});

test('a bare name is searched in the process PATH, relative names from its cwd', async () => {
  expect(await lookPath(root, 'sh', ['PATH=/nope:/bin'])).toBe('/bin/sh');
  expect(await lookPath(root, 'run', ['PATH=/usr/bin:/app/bin'])).toBe('/app/bin/run');
  expect(await lookPath(root, 'sh')).toBe('/usr/bin/sh'); // the default PATH
  expect(await lookPath(root, './bin/run', [], '/app')).toBe('/app/bin/run');
});

test("the directories are looked at together, but the first of PATH's order wins", async () => {
  mkdirSync(join(root, 'first'), { recursive: true });
  writeFileSync(join(root, 'first/tool'), 'not executable\n');
  writeFileSync(join(root, 'app/bin/tool'), '#!/bin/sh\n', { mode: 0o755 });
  writeFileSync(join(root, 'usr/bin/tool'), '#!/bin/sh\n', { mode: 0o755 });
  expect(await lookPath(root, 'tool', ['PATH=/first:/nope:/app/bin:/usr/bin'])).toBe('/app/bin/tool'); // skips the non-executable
  expect(await lookPath(root, 'tool', ['PATH=/usr/bin:/app/bin'])).toBe('/usr/bin/tool');
  expect(await lookPath(root, 'tool', ['PATH=/app/bin:/usr/bin'])).toBe('/app/bin/tool');
});

test('failures name the program as tandem-enter does, as FailedPrecondition', async () => {
  expect(await failure(lookPath(root, '/bin/nosuch'))).toBe('FailedPrecondition: exec: "/bin/nosuch": no such file or directory');
  expect(await failure(lookPath(root, 'nosuch', ['PATH=/bin']))).toBe(
    'FailedPrecondition: exec: "nosuch": executable file not found in $PATH',
  );
  expect(await failure(lookPath(root, '/etc'))).toBe('FailedPrecondition: exec: "/etc": is a directory');
  expect(await failure(lookPath(root, '/etc/passwd'))).toBe('FailedPrecondition: exec: "/etc/passwd": permission denied');
  expect(await failure(lookPath(root, '/etc/passwd/x'))).toBe('FailedPrecondition: exec: "/etc/passwd/x": not a directory');
  expect(await failure(lookPath(root, '/loop'))).toBe('FailedPrecondition: exec: "/loop": too many levels of symbolic links');
});
