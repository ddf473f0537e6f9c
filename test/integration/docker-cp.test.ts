// `docker cp` both ways, `docker export` and `docker image prune` through tandem's Docker
// endpoint, driven by the real docker CLI 28 against a real containerd (native path, overlayfs
// snapshots): a running container (its live root filesystem), a created one (the snapshot
// mounted for the call and unmounted after), errors, and nothing left mounted.
import { execFileSync, spawn } from 'node:child_process';
import {
  createReadStream,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  readdirSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Containerd, removeTree } from '../helpers/containerd.js';
import { DockerEndpoint } from '../helpers/docker.js';
import { waitFor } from '../helpers/run.js';

let cd: Containerd;
let d: DockerEndpoint;
let work: string;
const IMG = 'tandem/busybox';

beforeAll(async () => {
  cd = await Containerd.start();
  await cd.importBusybox();
  d = await DockerEndpoint.start(cd);
  work = mkdtempSync(join(tmpdir(), 'tandem-cp-'));
  await d.dockerOk([
    'run',
    '-d',
    '--name',
    'cp1',
    IMG,
    'sh',
    '-c',
    'mkdir -p /data/sub && echo hello > /data/a.txt && echo deep > /data/sub/b.txt && ln -s a.txt /data/link && touch /ready && exec sleep 1000',
  ]);
  await waitFor(async () => (await d.docker(['exec', 'cp1', 'test', '-e', '/ready'])).code === 0, 60_000, 'cp1 wrote its files');
}, 120_000);
afterAll(async () => {
  await d?.docker(['rm', '-f', 'cp1', 'cp2']);
  await d?.dispose();
  await cd?.dispose();
  if (work) removeTree(work);
});

/** Mounts under the endpoint's state directory (a stopped container's snapshot while in use). */
/** Mounts the endpoint made in its state directory (not a running container's binds of files kept there). */
const ourMounts = () =>
  readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .filter((l) => l.split(' ')[4]?.startsWith(`${d.stateDir}/`));

describe('docker cp', () => {
  test('out of a running container: a file, a directory with a symlink in it, to stdout as a tar', async () => {
    await d.dockerOk(['cp', 'cp1:/data/a.txt', join(work, 'a.txt')]);
    expect(readFileSync(join(work, 'a.txt'), 'utf8')).toBe('hello\n');
    await d.dockerOk(['cp', 'cp1:/data', join(work, 'datadir')]);
    expect(readFileSync(join(work, 'datadir/sub/b.txt'), 'utf8')).toBe('deep\n');
    expect(lstatSync(join(work, 'datadir/link')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(work, 'datadir/link'))).toBe('a.txt');
    const tarFile = join(work, 'out.tar');
    writeFileSync(tarFile, execFileSync('docker', ['cp', 'cp1:/data/sub', '-'], { env: d.env }));
    expect(execFileSync('tar', ['-tf', tarFile], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()).toEqual(['sub/', 'sub/b.txt']);
  });

  test('into a running container: a file into a directory, a directory to a new name; the container sees both', async () => {
    writeFileSync(join(work, 'in.txt'), 'from the host\n');
    mkdirSync(join(work, 'tree/inner'), { recursive: true });
    writeFileSync(join(work, 'tree/inner/x'), 'x\n');
    // Times are kept, as dockerd keeps them: a file's, and a directory's after its contents.
    utimesSync(join(work, 'in.txt'), 1500000000, 1500000000);
    utimesSync(join(work, 'tree/inner'), 1400000000, 1400000000);
    await d.dockerOk(['cp', join(work, 'in.txt'), 'cp1:/data/']);
    await d.dockerOk(['cp', join(work, 'tree'), 'cp1:/copied']);
    expect(await d.dockerOk(['exec', 'cp1', 'cat', '/data/in.txt', '/copied/inner/x'])).toBe('from the host\nx\n');
    expect(await d.dockerOk(['exec', 'cp1', 'stat', '-c', '%Y', '/data/in.txt', '/copied/inner'])).toBe('1500000000\n1400000000\n');
  });

  test('a created container: copy in, then it starts and reads it; copy out; nothing stays mounted', async () => {
    await d.dockerOk(['create', '--name', 'cp2', IMG, 'cat', '/in.txt']);
    await d.dockerOk(['cp', join(work, 'in.txt'), 'cp2:/in.txt']);
    expect(ourMounts()).toEqual([]);
    expect(await d.dockerOk(['start', '-a', 'cp2'])).toBe('from the host\n');
    await d.dockerOk(['cp', 'cp2:/in.txt', join(work, 'back.txt')]);
    expect(readFileSync(join(work, 'back.txt'), 'utf8')).toBe('from the host\n');
    // The unmount follows the end of the response, so it may come just after the CLI exits.
    await waitFor(() => ourMounts().length === 0 && readdirSync(join(d.stateDir, 'tmp')).length === 0, 30_000, 'the snapshot unmounted');
  });

  test('errors: a path that does not exist, a container that does not exist, a file as the extraction point', async () => {
    const missing = await d.docker(['cp', 'cp1:/nope', join(work, 'nope')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Could not find the file /nope in container cp1');
    const noContainer = await d.docker(['cp', 'nosuch:/x', join(work, 'x')]);
    expect(noContainer.code).toBe(1);
    expect(noContainer.stderr).toContain('No such container: nosuch');
    const notDir = await d.docker(['cp', join(work, 'tree'), 'cp1:/data/a.txt/']);
    expect(notDir.code).toBe(1);
    expect(await d.dockerOk(['exec', 'cp1', 'cat', '/data/a.txt'])).toBe('hello\n');
    // `cp -` takes a tar from stdin: bytes that are none are the client's, named (they were a bare 500).
    const notTar = await d.docker(['cp', '-', 'cp1:/data/'], { input: 'hello\n' });
    expect(notTar.code).toBe(1);
    expect(notTar.stderr).toContain('the archive is not a valid tar archive: Unexpected end of data');
  });
});

test('docker cp follows volumes and binds: out of and into a named volume, a read-only bind refused', async () => {
  const bind = join(work, 'bound');
  mkdirSync(bind, { recursive: true });
  writeFileSync(join(bind, 'b.txt'), 'bound\n');
  await d.dockerOk([
    'run',
    '-d',
    '--name',
    'cp3',
    '-v',
    'cpvol:/vol',
    '-v',
    `${bind}:/ro:ro`,
    IMG,
    'sh',
    '-c',
    'echo in-volume > /vol/v.txt && exec sleep 1000',
  ]);
  try {
    await waitFor(async () => (await d.docker(['exec', 'cp3', 'test', '-e', '/vol/v.txt'])).code === 0, 60_000, 'cp3 wrote its volume');
    await d.dockerOk(['cp', 'cp3:/vol/v.txt', join(work, 'v.txt')]);
    expect(readFileSync(join(work, 'v.txt'), 'utf8')).toBe('in-volume\n');
    // The mount point itself is copied under its own name.
    await d.dockerOk(['cp', 'cp3:/vol', join(work, 'voldir')]);
    expect(readFileSync(join(work, 'voldir/v.txt'), 'utf8')).toBe('in-volume\n');
    await d.dockerOk(['cp', join(work, 'in.txt'), 'cp3:/vol/']);
    expect(await d.dockerOk(['exec', 'cp3', 'cat', '/vol/in.txt'])).toBe('from the host\n');
    await d.dockerOk(['cp', 'cp3:/ro/b.txt', join(work, 'b.txt')]);
    expect(readFileSync(join(work, 'b.txt'), 'utf8')).toBe('bound\n');
    const ro = await d.docker(['cp', join(work, 'in.txt'), 'cp3:/ro/']);
    expect(ro.code).toBe(1);
    expect(ro.stderr).toContain('mounted volume is marked read-only');
    expect(readdirSync(bind)).toEqual(['b.txt']);
  } finally {
    await d.docker(['rm', '-f', '-v', 'cp3']);
  }
});

test("docker cp -a: files owned by the container's user (from its passwd), or as the tar says when it has none; without -a by root", async () => {
  writeFileSync(join(work, 'owned.txt'), 'owned\n');
  await d.dockerOk(['create', '--name', 'cpa', '-u', 'user', IMG, 'true']);
  await d.dockerOk(['create', '--name', 'cpb', IMG, 'true']);
  const owners = async (ref: string) =>
    execFileSync('sh', ['-c', `docker cp ${ref} - | tar --numeric-owner -tvf - | awk '{print $2}'`], {
      env: d.env,
      encoding: 'utf8',
    }).trim();
  try {
    await d.dockerOk(['cp', '-a', join(work, 'owned.txt'), 'cpa:/tmp/']);
    await d.dockerOk(['cp', join(work, 'owned.txt'), 'cpa:/tmp/root.txt']);
    expect(await owners('cpa:/tmp/owned.txt')).toBe('1000/1000');
    expect(await owners('cpa:/tmp/root.txt')).toBe('0/0');
    // No user: the ids in the tar, here 1234:4321 from standard input.
    const tarball = execFileSync('tar', ['--owner=1234', '--group=4321', '-C', work, '-cf', '-', 'owned.txt']);
    expect((await d.docker(['cp', '-a', '-', 'cpb:/tmp/'], { input: tarball })).code).toBe(0);
    expect(await owners('cpb:/tmp/owned.txt')).toBe('1234/4321');
    // A user its passwd does not know is refused by name.
    await d.dockerOk(['create', '--name', 'cpc', '-u', 'ghost', IMG, 'true']);
    const ghost = await d.docker(['cp', '-a', join(work, 'owned.txt'), 'cpc:/tmp/']);
    expect(ghost.code).toBe(1);
    expect(ghost.stderr).toContain('unable to find user ghost');
  } finally {
    await d.docker(['rm', '-f', 'cpa', 'cpb', 'cpc']);
  }
});

test('docker export writes the whole root filesystem as a tar', async () => {
  const out = join(work, 'export.tar');
  await d.dockerOk(['export', '-o', out, 'cp1']);
  const names = execFileSync('tar', ['-tf', out], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\n');
  expect(names).toEqual(expect.arrayContaining(['bin/busybox', 'data/a.txt', 'data/sub/b.txt', 'copied/inner/x', 'proc/']));
  expect(names.filter((n) => n.startsWith('proc/') && n !== 'proc/')).toEqual([]); // not the mounted /proc
});

test('a client that goes away in the middle of an export: the endpoint keeps serving, the snapshot is unmounted', async () => {
  await d.dockerOk(['create', '--name', 'gone1', IMG, 'true']);
  const pid = d.pid;
  // Read the first bytes of the tar, then hang up (as `docker export gone1 | head -c 1k` does).
  const child = spawn('docker', ['export', 'gone1'], { env: d.env, stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  await waitFor(async () => ourMounts().length === 0, 60_000, "the export's snapshot mount to go");
  expect(d.pid).toBe(pid);
  expect(() => process.kill(pid!, 0)).not.toThrow();
  expect(await d.dockerOk(['version', '--format', '{{.Server.APIVersion}}'])).toMatch(/^1\.\d+/);
  const out = join(work, 'after.tar');
  await d.dockerOk(['export', '-o', out, 'gone1']);
  expect(execFileSync('tar', ['-tf', out], { encoding: 'utf8', maxBuffer: 64 << 20 })).toContain('bin/busybox');
  await d.dockerOk(['rm', 'gone1']);
});

test('docker import: the export back as a one-layer image, from a file, stdin (gzip) and a URL, with -c and -m; a bad tarball or change refused', async () => {
  const tarball = join(work, 'export-for-import.tar');
  await d.dockerOk(['export', '-o', tarball, 'cp1']);
  const id = (
    await d.dockerOk(['import', '-m', 'from cp1', '-c', 'CMD ["cat", "/data/a.txt"]', '-c', 'ENV IMPORTED=1', tarball, 'imported/cp1:v1'])
  ).trim();
  expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(await d.dockerOk(['run', '--rm', 'imported/cp1:v1'])).toBe(readFileSync(join(work, 'a.txt'), 'utf8'));
  expect(await d.dockerOk(['run', '--rm', 'imported/cp1:v1', 'sh', '-c', 'echo $IMPORTED; cat /copied/inner/x'])).toBe('1\nx\n');
  const info = JSON.parse(await d.dockerOk(['inspect', 'imported/cp1:v1']))[0];
  expect(info).toMatchObject({ Id: id, Comment: 'from cp1', Os: 'linux' });
  expect(info.RootFS.Layers).toHaveLength(1);
  expect(info.Config.Cmd).toEqual(['cat', '/data/a.txt']);
  // From standard input, gzip-compressed; the comment is then where it came from.
  const gz = await d.docker(['import', '-', 'imported/cp1:gz'], { input: execFileSync('gzip', ['-c', tarball], { maxBuffer: 64 << 20 }) });
  expect(gz.code).toBe(0);
  expect(await d.dockerOk(['history', '--format', '{{.Comment}}', 'imported/cp1:gz'])).toBe('Imported from -\n');
  // From a URL (a plain HTTP server on loopback).
  const server = createServer((_req, res) => createReadStream(tarball).pipe(res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rootfs.tar`;
    await d.dockerOk(['import', url, 'imported/cp1:url']);
    expect(await d.dockerOk(['run', '--rm', 'imported/cp1:url', 'cat', '/copied/inner/x'])).toBe('x\n');
  } finally {
    server.close();
  }
  writeFileSync(join(work, 'not.tar'), 'this is not a tar archive\n');
  const bad = await d.docker(['import', join(work, 'not.tar'), 'imported/bad']);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain('the tarball is not a tar archive');
  const badChange = await d.docker(['import', '-c', 'RUN true', tarball, 'imported/bad']);
  expect(badChange.stderr).toContain('run is not a valid change command');
  expect((await d.docker(['inspect', 'imported/bad'])).code).toBe(1);
  // Nothing spooled is left behind.
  expect(readdirSync(join(d.stateDir, 'tmp')).filter((n) => n.startsWith('import-'))).toEqual([]);
  await d.dockerOk(['rmi', 'imported/cp1:v1', 'imported/cp1:gz', 'imported/cp1:url']);
});

test('docker image prune removes dangling images; -a also unused tagged ones, never one a container uses', async () => {
  const dangling = (await d.dockerOk(['build', '-q', '-'], { input: `FROM ${IMG}\nRUN echo a > /a\n` })).trim();
  await d.dockerOk(['build', '-q', '-t', 'prune/unused', '-'], { input: `FROM ${IMG}\nRUN echo b > /b\n` });
  const out = await d.dockerOk(['image', 'prune', '-f']);
  expect(out).toContain(`deleted: ${dangling}`);
  expect(out).toMatch(/Total reclaimed space: \d/);
  const ids = async () => (await d.dockerOk(['images', '-q', '--no-trunc'])).split('\n');
  expect(await ids()).not.toContain(dangling);
  expect(await d.dockerOk(['images', '-q', 'prune/unused'])).not.toBe('');
  const all = await d.dockerOk(['image', 'prune', '-a', '-f']);
  expect(all).toContain('untagged: prune/unused:latest');
  expect(await d.dockerOk(['images', '-q', 'prune/unused'])).toBe('');
  expect(await d.dockerOk(['images', '-q', IMG])).not.toBe(''); // cp1 and cp2 use it
});

test("a new volume gets the image's content at its mount point (copy-up), unless nocopy; a volume with content keeps it", async () => {
  await d.dockerOk(['build', '-q', '-t', 'copyup/img', '-'], {
    input: `FROM ${IMG}\nRUN mkdir -p /seed/sub && echo seeded > /seed/f && echo s > /seed/sub/g && chown -R 1234:1234 /seed && chmod 750 /seed\n`,
  });
  await d.dockerOk(['run', '--rm', '-v', 'cu1:/seed', 'copyup/img', 'true']);
  expect(await d.dockerOk(['run', '--rm', '-v', 'cu1:/x', IMG, 'sh', '-c', 'cat /x/f /x/sub/g; stat -c "%u %a" /x /x/f'])).toBe(
    'seeded\ns\n1234 750\n1234 644\n',
  );
  await d.dockerOk(['run', '--rm', '-v', 'cu1:/seed', 'copyup/img', 'sh', '-c', 'echo changed > /seed/f']);
  expect(await d.dockerOk(['run', '--rm', '-v', 'cu1:/seed', 'copyup/img', 'cat', '/seed/f'])).toBe('changed\n');
  expect(await d.dockerOk(['run', '--rm', '-v', 'cu2:/seed:nocopy', 'copyup/img', 'ls', '-A', '/seed'])).toBe('');
  expect(await d.dockerOk(['run', '--rm', '-v', '/seed', 'copyup/img', 'cat', '/seed/f'])).toBe('seeded\n'); // anonymous
  await waitFor(() => ourMounts().length === 0, 30_000, 'no snapshot left mounted by the copy-ups');
  await d.dockerOk(['volume', 'rm', 'cu1', 'cu2']);
});
