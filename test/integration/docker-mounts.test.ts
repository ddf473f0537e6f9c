// `--mount` as the docker CLI 28.2 (API 1.50) sends it, through tandem's Docker endpoint, against
// a real containerd (native path, overlayfs snapshots): a volume's subpath, read-only binds and
// their recursion, tmpfs options, an image's root mounted read-only, and dockerd's create-time
// refusals in its words. Nothing is left mounted, leased or snapshotted after a removal.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Containerd, removeTree } from '../helpers/containerd.js';
import { DockerEndpoint, request } from '../helpers/docker.js';
import { mountsUnder } from '../helpers/leaks.js';

let cd: Containerd;
let d: DockerEndpoint;
let work: string;
const IMG = 'tandem/busybox';

beforeAll(async () => {
  cd = await Containerd.start();
  await cd.importBusybox();
  d = await DockerEndpoint.start(cd);
  work = mkdtempSync(join(tmpdir(), 'tandem-mounts-'));
}, 120_000);
afterAll(async () => {
  await d?.dispose();
  await cd?.dispose();
  if (work) removeTree(work);
});

/** `docker run --rm` with the mounts given, its output (the command's exit must be 0). */
const runOk = (mounts: string[], cmd: string) =>
  d.dockerOk(['run', '--rm', ...mounts.flatMap((m) => ['--mount', m]), IMG, 'sh', '-c', cmd]);
/** The same, expected to fail: the CLI's stderr. */
async function runFails(mounts: string[], cmd = 'true'): Promise<string> {
  const r = await d.docker(['run', '--rm', ...mounts.flatMap((m) => ['--mount', m]), IMG, 'sh', '-c', cmd]);
  expect(r.code, r.stdout).not.toBe(0);
  return r.stderr;
}

describe('volume-subpath', () => {
  beforeAll(async () => {
    await d.dockerOk(['volume', 'create', 'sv']);
    await runOk(
      ['type=volume,src=sv,dst=/v'],
      'mkdir -p /v/sub/deep && echo inner > /v/sub/deep/f && echo outer > /v/top && ln -s ../.. /v/sub/up',
    );
  });

  test('only the subpath is mounted, writable, and inspect shows the volume and the request', async () => {
    const out = await runOk(
      ['type=volume,src=sv,dst=/x,volume-subpath=sub'],
      'ls /x; cat /x/deep/f; test -e /x/top || echo no-top; echo w > /x/new',
    );
    expect(out.split('\n')).toEqual(['deep', 'up', 'inner', 'no-top', '']);
    expect(await runOk(['type=volume,src=sv,dst=/v'], 'cat /v/sub/new')).toBe('w\n');
    const id = (await d.dockerOk(['create', '--mount', 'type=volume,src=sv,dst=/x,volume-subpath=sub/deep', IMG, 'true'])).trim();
    const [c] = JSON.parse(await d.dockerOk(['inspect', id])) as {
      Mounts: object[];
      HostConfig: { Mounts: object[] };
    }[];
    expect(c!.Mounts).toEqual([
      expect.objectContaining({ Type: 'volume', Name: 'sv', Source: join(d.stateDir, 'volumes/sv/_data'), Destination: '/x', RW: true }),
    ]);
    // As the CLI sent it (with its empty DriverConfig).
    expect(c!.HostConfig.Mounts).toEqual([
      expect.objectContaining({
        Type: 'volume',
        Source: 'sv',
        Target: '/x',
        VolumeOptions: expect.objectContaining({ Subpath: 'sub/deep' }),
      }),
    ]);
    await d.dockerOk(['rm', id]);
  });

  test("a missing subpath, one escaping by a symlink and one escaping by `..` get dockerd's errors", async () => {
    expect(await runFails(['type=volume,src=sv,dst=/x,volume-subpath=nope/more'])).toContain(
      `cannot access path ${join(d.stateDir, 'volumes/sv/_data/nope/more')}: lstat ${join(d.stateDir, 'volumes/sv/_data/nope')}: no such file or directory`,
    );
    expect(await runFails(['type=volume,src=sv,dst=/x,volume-subpath=sub/up'])).toContain(
      `path concatenation escapes the base directory, base: ${join(d.stateDir, 'volumes/sv/_data')}, subpath: sub/up`,
    );
    expect(await runFails(['type=volume,src=sv,dst=/x,volume-subpath=../sv'])).toContain(
      'invalid mount config for type "volume": subpath must be a relative path within the volume',
    );
    expect(await runFails(['type=volume,dst=/x,volume-subpath=sub'])).toContain(
      'invalid mount config for type "volume": must not set Subpath when using anonymous volumes',
    );
  });

  test('a subpath made after the create is found at the start, as dockerd resolves it then', async () => {
    const id = (await d.dockerOk(['create', '--mount', 'type=volume,src=sv,dst=/x,volume-subpath=later', IMG, 'cat', '/x/f'])).trim();
    const r = await d.docker(['start', '-a', id]);
    expect(r.stderr).toContain('cannot access path');
    await runOk(['type=volume,src=sv,dst=/v'], 'mkdir /v/later && echo made > /v/later/f');
    expect(await d.dockerOk(['start', '-a', id])).toBe('made\n');
    await d.dockerOk(['rm', id]);
  });
});

describe('read-only binds', () => {
  let src: string;
  let sub: string;
  beforeAll(() => {
    src = join(work, 'ro');
    sub = join(src, 'sub');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(src, 'a'), 'a\n');
    // A submount of the bind's source: what recursion (or not) is about.
    execFileSync('mount', ['-t', 'tmpfs', 'tmpfs', sub]);
    writeFileSync(join(sub, 'marker'), 'm\n');
  });
  afterAll(() => execFileSync('umount', [sub]));

  test('bind-recursive=disabled binds no submount; by default the submount is there (read-only at its top only, natively)', async () => {
    expect(await runOk([`type=bind,src=${src},dst=/r,bind-recursive=disabled`], 'test -e /r/sub/marker || echo absent')).toBe('absent\n');
    // dockerd's fallback on a runtime without rro: the bind read-only, its submount not.
    expect(await runOk([`type=bind,src=${src},dst=/r,readonly`], 'cat /r/sub/marker; touch /r/sub/w && echo wrote')).toBe('m\nwrote\n');
  });

  test('readonly is read-only; bind-recursive=disabled binds no submount; writable without readonly is refused', async () => {
    expect(await runOk([`type=bind,src=${src},dst=/r,readonly`], 'cat /r/a; touch /r/b 2>/dev/null || echo refused')).toBe('a\nrefused\n');
    expect(await runOk([`type=bind,src=${src},dst=/r,readonly,bind-recursive=writable`], 'touch /r/b 2>/dev/null || echo refused')).toBe(
      'refused\n',
    );
    // The CLI refuses these two itself; dockerd refuses them from any other client.
    for (const [opt, field] of [
      ['ReadOnlyNonRecursive', 'ReadOnlyNonRecursive'],
      ['ReadOnlyForceRecursive', 'ReadOnlyForceRecursive'],
    ]) {
      const body = JSON.stringify({
        Image: IMG,
        Cmd: ['true'],
        HostConfig: { Mounts: [{ Type: 'bind', Source: src, Target: '/r', BindOptions: { [opt!]: true } }] },
      });
      const r = await request(d.socket, 'POST', '/v1.50/containers/create', body);
      expect([r.status, JSON.parse(r.body).message]).toEqual([400, `mount options conflict: !ReadOnly && BindOptions.${field}`]);
    }
  });

  test('bind-recursive=readonly: a native container cannot make it recursive, and says so', async () => {
    expect(await runFails([`type=bind,src=${src},dst=/r,readonly,bind-recursive=readonly,bind-propagation=rprivate`])).toContain(
      'rro is not supported by runtime "tandem" for a native container; use --runtime tandem-vm',
    );
  });
});

describe('tmpfs', () => {
  test('tmpfs-size and tmpfs-mode reach the mount; TmpfsOptions.Options (API 1.46) too', async () => {
    const out = await runOk(['type=tmpfs,dst=/t,tmpfs-size=2m,tmpfs-mode=1770'], "stat -c %a /t; grep ' /t ' /proc/mounts");
    const [mode, line] = out.split('\n');
    expect(mode).toBe('1770');
    expect(line).toMatch(/ \/t tmpfs .*nosuid,nodev,noexec.*size=2048k,mode=1770/);
    // The CLI 28.2 has no flag for Options: the API's field, as Compose or an SDK sends it.
    const body = {
      Image: IMG,
      Cmd: ['sh', '-c', "grep ' /t ' /proc/mounts"],
      HostConfig: { Mounts: [{ Type: 'tmpfs', Target: '/t', TmpfsOptions: { Options: [['exec']] } }] },
    };
    const ok = await request(d.socket, 'POST', '/v1.50/containers/create', JSON.stringify(body));
    expect(ok.status, ok.body).toBe(201);
    const { Id } = JSON.parse(ok.body) as { Id: string };
    // `exec` wins over dockerd's default noexec, as its MergeTmpfsOptions leaves it.
    const mounted = await d.dockerOk(['start', '-a', Id]);
    expect(mounted).toMatch(/ \/t tmpfs /);
    expect(mounted).not.toMatch(/noexec/);
    await d.dockerOk(['rm', Id]);
    const bad = { ...body, HostConfig: { Mounts: [{ Type: 'tmpfs', Target: '/t', TmpfsOptions: { Options: [['suid']] } }] } };
    const r = await request(d.socket, 'POST', '/v1.50/containers/create', JSON.stringify(bad));
    expect([r.status, JSON.parse(r.body).message]).toEqual([400, 'invalid mount config for type "tmpfs": invalid option: suid']);
  });
});

describe('create-time validation', () => {
  test("options of another type, newer fields for older clients and bad targets, in dockerd's words", async () => {
    const create = async (version: string, mounts: object[]) => {
      const body = JSON.stringify({ Image: IMG, Cmd: ['true'], HostConfig: { Mounts: mounts } });
      const r = await request(d.socket, 'POST', `/v${version}/containers/create`, body);
      return [r.status, JSON.parse(r.body).message ?? ''];
    };
    expect(await create('1.50', [{ Type: 'bind', Source: work, Target: '/x', TmpfsOptions: { SizeBytes: 1 } }])).toEqual([
      400,
      'TmpfsOptions must not be specified on mount type "bind"',
    ]);
    expect(await create('1.50', [{ Type: 'tmpfs', Target: '/x', ImageOptions: {} }])).toEqual([
      400,
      'invalid mount config for type "tmpfs": field ImageOptions must not be specified',
    ]);
    expect(await create('1.44', [{ Type: 'volume', Source: 'sv', Target: '/x', VolumeOptions: { Subpath: 'sub' } }])).toEqual([
      400,
      'VolumeOptions.Subpath needs API v1.45 or newer',
    ]);
    expect(await create('1.47', [{ Type: 'image', Source: IMG, Target: '/x' }])).toEqual([
      400,
      'Mount type "Image" needs API v1.48 or newer',
    ]);
    expect(await create('1.50', [{ Type: 'bind', Source: work, Target: '/' }])).toEqual([
      400,
      `invalid mount config for type "bind": invalid specification: destination can't be '/'`,
    ]);
    expect(await create('1.50', [{ Type: 'npipe', Source: 'x', Target: '/x' }])).toEqual([
      400,
      'invalid mount config for type "npipe": mount type unknown',
    ]);
  });
});

describe('type=image', () => {
  test("the image's root, read-only, at the target and by subpath; released with the container", async () => {
    const name = 'im1';
    const created = await d.docker([
      'create',
      '--name',
      name,
      '--mount',
      `type=image,src=${IMG},dst=/img`,
      IMG,
      'sh',
      '-c',
      'cat /img/etc/passwd | head -1; touch /img/x 2>/dev/null || echo ro',
    ]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stderr).toContain('Image mount is an experimental feature');
    expect(await d.dockerOk(['start', '-a', name])).toBe('root:x:0:0:root:/root:/bin/sh\nro\n');
    const [c] = JSON.parse(await d.dockerOk(['inspect', name])) as {
      Mounts: { Type: string; Name: string; RW: boolean; Source: string }[];
    }[];
    expect(c!.Mounts).toEqual([
      expect.objectContaining({ Type: 'image', Name: IMG, Destination: '/img', RW: false, Propagation: 'rprivate' }),
    ]);
    expect(await runOk([`type=image,src=${IMG},dst=/etc2,image-subpath=etc`], 'head -1 /etc2/passwd')).toBe(
      'root:x:0:0:root:/root:/bin/sh\n',
    );
    const leases = () => cd.ctrOk(['leases', 'ls']);
    const views = async () =>
      (await cd.ctrOk(['snapshots', '--snapshotter', 'overlayfs', 'ls'])).split('\n').filter((l) => l.includes('tandem-image-mount-'));
    expect(await leases()).toContain('tandem-image-mounts-');
    expect(await views()).toHaveLength(1);
    await d.dockerOk(['rm', name]);
    expect(await leases()).not.toContain('tandem-image-mounts-');
    expect(await views()).toEqual([]);
    expect(mountsUnder(d.stateDir).filter((m) => m.includes('image-mounts'))).toEqual([]);
  });

  test("an unknown image and an escaping image-subpath get dockerd's errors", async () => {
    expect(await runFails(['type=image,src=nosuch,dst=/x'])).toContain('No such image: nosuch:latest');
    expect(await runFails([`type=image,src=${IMG},dst=/x,image-subpath=../x`])).toContain(
      'subpath must be a relative path within the volume',
    );
    expect(await runFails([`type=image,src=${IMG},dst=/x,image-subpath=nope`])).toContain('cannot access path');
  });
});

test('nothing of the removed containers is left mounted', async () => {
  expect((await d.dockerOk(['ps', '-aq'])).trim()).toBe('');
  expect(mountsUnder(d.stateDir).filter((m) => !m.endsWith('/hosts'))).toEqual([]);
});
