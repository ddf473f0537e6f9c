// `tandem image build --from-host` against a real containerd and the freshly built shim: an
// image cut from this host's own binaries (a dynamically linked one, so its ELF loader and
// libraries must come along), imported with ctr and run natively; a second cut is identical;
// the direct load into containerd; bad input fails with one line and exit code 1.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, Containerd } from '../helpers/containerd.js';
import { run } from '../helpers/run.js';
import { RUNTIME } from '../helpers/shim.js';
import { packageCacheDir } from '../../src/linuxvm/image/ensure.js';

let cd: Containerd;
const PATHS = '/bin/busybox,/bin/sh,/usr/bin/env,/bin/ls';
const tandem = (args: string[]) => run(join(BIN, 'tandem'), args, { env: cd.env, timeoutMs: 120_000 });
const runIn = async (image: string, id: string, args: string[]) => {
  const r = await cd.ctr(['run', '--rm', '--runtime', RUNTIME, image, id, ...args], { timeoutMs: 120_000 });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
};

beforeAll(async () => {
  cd = await Containerd.start();
});
afterAll(() => cd?.dispose());

describe('tandem image build --from-host', () => {
  let first = '';

  test('cuts busybox and dynamically linked ls/env with their loader and libraries; ctr imports and runs them natively', async () => {
    const out = join(cd.dir, 'a.tar');
    const r = await tandem([
      'image',
      'build',
      '--from-host',
      PATHS,
      '-t',
      'host-busybox',
      '-o',
      out,
      '--env',
      'GREETING=from-host',
      '--workdir',
      '/work',
      '--cmd',
      '["/usr/bin/env"]',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    first = r.stdout;
    expect(first).toMatch(/^docker\.io\/library\/host-busybox:latest linux\/amd64 sha256:[0-9a-f]{64} layer sha256:[0-9a-f]{64}\n$/);
    await cd.ctrOk(['images', 'import', out]);
    const image = 'docker.io/library/host-busybox:latest';
    // the image's Cmd: /usr/bin/env (dynamic: ld-linux and libc must be in the image), its Env and WorkingDir
    const env = await runIn(image, 'fh-env', []);
    expect(env).toContain('GREETING=from-host\n');
    expect(env).toContain('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n');
    expect(await runIn(image, 'fh-pwd', ['/bin/busybox', 'pwd'])).toBe('/work\n');
    // ls (libselinux, libpcre2 through it, libc) lists the image's own root: what was cut, nothing else
    const root = (await runIn(image, 'fh-ls', ['/bin/ls', '-1', '/'])).split('\n').filter(Boolean);
    expect(root).toEqual(expect.arrayContaining(['bin', 'lib', 'lib64', 'usr', 'work']));
    expect(root).not.toContain('home');
    const libs = await runIn(image, 'fh-libs', ['/bin/ls', '/usr/lib/x86_64-linux-gnu']);
    expect(libs.split('\n').filter(Boolean).sort()).toEqual([
      'ld-linux-x86-64.so.2',
      'libc.so.6',
      'libpcre2-8.so.0',
      'libpcre2-8.so.0.11.2',
      'libselinux.so.1',
    ]);
    // /bin/sh is Debian's dash through /bin -> usr/bin and sh -> dash: the links kept as links
    expect(
      await runIn(image, 'fh-sh', ['/bin/sh', '-c', 'echo sh says $((6*7)); /bin/busybox readlink /bin; /bin/busybox readlink /bin/sh']),
    ).toBe('sh says 42\nusr/bin\ndash\n');
  });

  test('a second cut gives the same digests and the same bytes', async () => {
    const out = join(cd.dir, 'b.tar');
    const r = await tandem([
      'image',
      'build',
      '--from-host',
      PATHS,
      '-t',
      'host-busybox',
      '-o',
      out,
      '--env',
      'GREETING=from-host',
      '--workdir',
      '/work',
      '--cmd',
      '["/usr/bin/env"]',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(first);
    expect(readFileSync(out).equals(readFileSync(join(cd.dir, 'a.tar')))).toBe(true);
  });

  test('--containerd loads it straight into the namespace (same manifest), runnable with its entrypoint', async () => {
    const r = await tandem([
      'image',
      'build',
      '--from-host',
      '/usr/bin/env',
      '-t',
      'example.com/cut/env:1',
      '--containerd',
      cd.address,
      '--namespace',
      cd.namespace,
      '--entrypoint',
      '/usr/bin/env',
      '--cmd',
      'A=1',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const digest = r.stdout.split(' ')[2];
    const ls = await cd.ctrOk(['images', 'ls']);
    expect(ls).toMatch(new RegExp(`example.com/cut/env:1\\s+\\S+\\s+${digest}`));
    expect(await runIn('example.com/cut/env:1', 'fh-ep', [])).toContain('A=1\n');
  });

  // The arm64 static busybox the guest image build unpacked into the package cache (a foreign
  // binary here): --platform linux/arm64 takes it, the image's config says arm64.
  const armRoot = join(packageCacheDir('arm64'), 'root');
  const armPkg = existsSync(armRoot) ? readdirSync(armRoot).find((n) => n.startsWith('busybox-static_')) : undefined;
  test.skipIf(!armPkg)('--platform linux/arm64 cuts an arm64 binary of this x86_64 host', async () => {
    const out = join(cd.dir, 'arm.tar');
    const r = await tandem([
      'image',
      'build',
      '--from-host',
      join(armRoot, armPkg!, 'bin/busybox'),
      '--platform',
      'linux/arm64',
      '-t',
      'arm-busybox',
      '-o',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^docker\.io\/library\/arm-busybox:latest linux\/arm64 /);
    const index = JSON.parse(execFileSync('tar', ['-xOf', out, 'index.json'], { encoding: 'utf8' })) as {
      manifests: { platform: unknown }[];
    };
    expect(index.manifests[0]!.platform).toEqual({ os: 'linux', architecture: 'arm64' });
  });

  test('bad input: one line naming the cause and the fix, exit code 1, nothing written', async () => {
    const out = join(cd.dir, 'bad.tar');
    const cases: [string[], string][] = [
      [
        ['--from-host', '/bin/busybox,/no/such/file'],
        'tandem: host path /no/such/file does not exist: fix the path or leave it out of --from-host\n',
      ],
      [['--from-host', 'bin/ls'], 'tandem: host path bin/ls is relative: give absolute paths (e.g. '],
      [
        ['--from-host', '/bin/ls', '--platform', 'linux/arm64'],
        'tandem: /usr/bin/ls is a amd64 binary but the image is arm64: choose --platform linux/amd64 or leave it out\n',
      ],
      [
        ['--from-host', '/bin/ls', '--platform', 'darwin/arm64'],
        "tandem: cannot cut a darwin image from this linux host: its files are linux's; run the command on a darwin host\n",
      ],
    ];
    for (const [args, message] of cases) {
      const r = await tandem(['image', 'build', ...args, '-t', 'bad', '-o', out]);
      expect(r.code).toBe(1);
      expect(r.stderr.startsWith(message)).toBe(true);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    const noDir = await tandem(['image', 'build', '--from-host', '/bin/ls', '-t', 'bad', '-o', '/no/such/dir/x.tar']);
    expect([noDir.code, noDir.stderr]).toEqual([
      1,
      'tandem: cannot write --output /no/such/dir/x.tar: directory /no/such/dir does not exist\n',
    ]);
    const noCd = await tandem(['image', 'build', '--from-host', '/bin/ls', '-t', 'bad', '--containerd', join(cd.dir, 'none.sock')]);
    expect([noCd.code, noCd.stderr]).toEqual([
      1,
      `tandem: cannot reach containerd at ${join(cd.dir, 'none.sock')}: start it (tandem up) or fix --containerd\n`,
    ]);
    const none = await tandem(['image', 'build', '--from-host', '/bin/ls', '-t', 'bad']);
    expect(none.stderr).toBe('tandem: nothing to write: give --output FILE, --containerd SOCKET, or both\n');
    expect(readdirSync(cd.dir).filter((n) => n === 'bad.tar' || n.startsWith('.oci-layers-'))).toEqual([]);
  });
});
