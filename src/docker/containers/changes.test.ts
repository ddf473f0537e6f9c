import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ChangeKind, changedBytes, changesBetween } from './changes.js';

let dir: string;
let image: string;
let ctr: string;
const { Modified: C, Added: A, Deleted: D } = ChangeKind;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-changes-'));
  image = join(dir, 'image');
  ctr = join(dir, 'ctr');
  await mkdir(join(image, 'etc/conf.d'), { recursive: true });
  await mkdir(join(image, 'usr/bin'), { recursive: true });
  await mkdir(join(image, 'var/lib/gone/deep'), { recursive: true });
  await writeFile(join(image, 'etc/passwd'), 'root:x:0:0\n');
  await writeFile(join(image, 'etc/conf.d/a'), 'a');
  await writeFile(join(image, 'usr/bin/tool'), 'tool');
  await writeFile(join(image, 'var/lib/gone/deep/f'), 'f');
  await symlink('tool', join(image, 'usr/bin/alias'));
  // The container's tree is a copy with its times kept to the nanosecond, as the snapshotters make it.
  execFileSync('cp', ['-a', image, ctr]);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

test('an unchanged tree has no changes', async () => {
  expect(await changesBetween(image, ctr)).toEqual([]);
});

test('added, modified and deleted paths as moby lists them: parents of changes Modified, a deleted tree once', async () => {
  await writeFile(join(ctr, 'etc/passwd'), 'root:x:0:0\nme:x:1000:1000\n'); // size
  await chmod(join(ctr, 'usr/bin/tool'), 0o755); // mode
  await mkdir(join(ctr, 'srv/app'), { recursive: true });
  await writeFile(join(ctr, 'srv/app/main'), 'x');
  await rm(join(ctr, 'var/lib/gone'), { recursive: true });
  await rm(join(ctr, 'usr/bin/alias'));
  expect(await changesBetween(image, ctr)).toEqual([
    { Path: '/etc', Kind: C },
    { Path: '/etc/passwd', Kind: C },
    { Path: '/srv', Kind: A },
    { Path: '/srv/app', Kind: A },
    { Path: '/srv/app/main', Kind: A },
    { Path: '/usr', Kind: C },
    { Path: '/usr/bin', Kind: C },
    { Path: '/usr/bin/alias', Kind: D },
    { Path: '/usr/bin/tool', Kind: C },
    { Path: '/var', Kind: C },
    { Path: '/var/lib', Kind: C },
    { Path: '/var/lib/gone', Kind: D },
  ]);
});

test("a file's time alone is a change; a directory's is not", async () => {
  await utimes(join(ctr, 'etc/conf.d/a'), new Date(0), new Date(1000));
  await utimes(join(ctr, 'usr/bin'), new Date(0), new Date(1000));
  expect(await changesBetween(image, ctr)).toEqual([
    { Path: '/etc', Kind: C },
    { Path: '/etc/conf.d', Kind: C },
    { Path: '/etc/conf.d/a', Kind: C },
  ]);
});

test('a file replaced by a directory is Modified and what it holds Added; the init paths are not changes', async () => {
  await rm(join(ctr, 'etc/passwd'));
  await mkdir(join(ctr, 'etc/passwd'));
  await writeFile(join(ctr, 'etc/passwd/x'), '');
  await writeFile(join(ctr, 'etc/hosts'), '127.0.0.1 localhost\n');
  await writeFile(join(ctr, '.dockerenv'), '');
  expect(await changesBetween(image, ctr)).toEqual([
    { Path: '/etc', Kind: C },
    { Path: '/etc/passwd', Kind: C },
    { Path: '/etc/passwd/x', Kind: A },
  ]);
});

test('an image with no layers: everything is Added', async () => {
  expect(await changesBetween(undefined, ctr)).toContainEqual({ Path: '/var/lib/gone/deep/f', Kind: A });
  expect((await changesBetween(undefined, ctr)).every((c) => c.Kind === A)).toBe(true);
});

test("the changes' bytes: added and modified files' sizes, not directories', nothing for a deletion", async () => {
  await writeFile(join(ctr, 'etc/passwd'), '0123456789');
  await mkdir(join(ctr, 'srv'));
  await writeFile(join(ctr, 'srv/f'), 'abc');
  await rm(join(ctr, 'usr/bin/tool'));
  expect(await changedBytes(ctr, await changesBetween(image, ctr))).toBe(13);
});
