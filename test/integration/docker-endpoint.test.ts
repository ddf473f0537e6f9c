// The Docker endpoint itself, driven by the real docker CLI 28 and raw HTTP: the socket,
// version negotiation, errors as Docker sends them, and images pulled from a real registry on
// loopback (Debian's docker-registry, seeded with skopeo) into a real containerd.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUSYBOX_TAR, Containerd, removeTree } from '../helpers/containerd.js';
import { run } from '../helpers/run.js';
import { DockerEndpoint, Registry, freePort, request } from '../helpers/docker.js';
import { writeBusyboxIndex } from '../helpers/multi-platform.js';
import Docker from 'dockerode';

interface DistInspect {
  Descriptor: { mediaType: string; digest: string; size: number };
  Platforms: { architecture: string; os: string }[];
}

let cd: Containerd;
let d: DockerEndpoint;
let reg: Registry;
let IMG: string;

beforeAll(async () => {
  cd = await Containerd.start();
  d = await DockerEndpoint.start(cd);
  reg = await Registry.start();
  await reg.seedBusybox('tandem/busybox');
  await reg.seedBusybox('tandem/busybox', 'v2');
  IMG = `${reg.host}/tandem/busybox`;
});
afterAll(async () => {
  await d?.dispose();
  await reg?.dispose();
  await cd?.dispose();
});

describe('the endpoint', () => {
  test('the socket is owner-only and /_ping answers with the negotiation headers', async () => {
    expect(statSync(d.socket).mode & 0o777).toBe(0o600);
    const r = await request(d.socket, 'GET', '/_ping');
    expect(r.status).toBe(200);
    expect(r.body).toBe('OK');
    expect(r.headers['api-version']).toBe('1.50');
    expect(r.headers['ostype']).toBe('linux');
    const head = await request(d.socket, 'HEAD', '/_ping');
    expect(head.status).toBe(200);
  });

  test('version prefixes: served in range, refused above and below', async () => {
    expect((await request(d.socket, 'GET', '/v1.43/version')).status).toBe(200);
    expect((await request(d.socket, 'GET', '/v1.24/info')).status).toBe(200);
    const tooNew = await request(d.socket, 'GET', '/v1.99/version');
    expect(tooNew.status).toBe(400);
    expect(JSON.parse(tooNew.body).message).toMatch(/client version 1.99 is too new. Maximum supported API version is 1.50/);
    const tooOld = await request(d.socket, 'GET', '/v1.12/version');
    expect(tooOld.status).toBe(400);
    expect(JSON.parse(tooOld.body).message).toMatch(/too old/);
  });

  test('docker version speaks API 1.50 and names containerd and tandem', async () => {
    const out = await d.dockerOk([
      'version',
      '--format',
      '{{.Server.APIVersion}} {{range .Server.Components}}{{.Name}}={{.Version}} {{end}}',
    ]);
    expect(out).toMatch(/^1\.50 Engine=\S+ containerd=1\.6\.\S+ tandem=\S+/);
    // The lines `docker version` prints for the engine, none of them blank but the build's own.
    const plain = await d.dockerOk(['version']);
    expect(plain).toMatch(/^ {2}Go version: {7}node v\d+/m);
    expect(plain).toMatch(/^ {2}Experimental: {5}false$/m);
    // The build's stamp: the commit this tree was built from (npm run build, scripts/post-build.mjs) and when.
    const head = execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { encoding: 'utf8' }).trim();
    expect(plain).toMatch(new RegExp(`^ {2}Git commit: {7}${head}(-dirty)?$`, 'm'));
    expect(plain).toMatch(/^ {2}Built: {12}\w{3} \w{3} +\d+ \d\d:\d\d:\d\d \d{4}$/m);
  });

  test('docker info lists the tandem runtimes, the default one and the counts', async () => {
    const out = await d.dockerOk(['info', '--format', '{{json .Runtimes}}|{{.DefaultRuntime}}|{{.Containers}}']);
    const [runtimes, dflt, count] = out.trim().split('|');
    expect(Object.keys(JSON.parse(runtimes)).sort()).toEqual(['tandem', 'tandem-vm']);
    expect(dflt).toBe('tandem');
    expect(Number(count)).toBeGreaterThanOrEqual(0);
    // containerd's commit and the init as dockerd names them (setup installs Debian's tini-static).
    const parts = (
      await d.dockerOk(['info', '--format', '{{.ContainerdCommit.ID}}|{{.InitBinary}}|{{.InitCommit.ID}}|{{.Plugins.Log}}'])
    ).trim();
    const [commit, initBinary, initCommit, logs] = parts.split('|');
    expect(commit).toBe(execFileSync('containerd', ['--version'], { encoding: 'utf8' }).trim().split(/\s+/)[3]);
    expect(initBinary).toBe('docker-init');
    expect(initCommit).toBe(/tini version (\S+)/.exec(execFileSync('/usr/bin/tini-static', ['--version'], { encoding: 'utf8' }))![1]);
    expect(logs).toBe('[json-file local]');
    // Each API version's shape, as dockerd gives it: the containerd in use from 1.46, the
    // `Expected` commits until 1.49, the bridge-nf fields until 1.50.
    const info = async (v: string) => JSON.parse((await request(d.socket, 'GET', `/v${v}/info`)).body);
    const now = await info('1.50');
    expect(now.Containerd).toEqual({ Address: cd.address, Namespaces: { Containers: cd.namespace, Plugins: '' } });
    expect(now.ContainerdCommit).toEqual({ ID: commit });
    // No runc behind it (the runtime is tandem's shim): dockerd's N/A, not an empty version.
    expect(now.RuncCommit).toEqual({ ID: 'N/A' });
    expect(await d.dockerOk(['info'])).toMatch(/^ runc version: N\/A$/m);
    expect(now).not.toHaveProperty('BridgeNfIptables');
    expect(now.CDISpecDirs).toEqual([]);
    const v143 = await info('1.43');
    expect(v143).not.toHaveProperty('Containerd');
    expect(v143.ContainerdCommit).toEqual({ ID: commit, Expected: commit });
    expect(v143).toMatchObject({ BridgeNfIptables: false, BridgeNfIp6tables: false });
    expect(v143.RegistryConfig).toMatchObject({ AllowNondistributableArtifactsCIDRs: null });
    expect(now.RegistryConfig).not.toHaveProperty('AllowNondistributableArtifactsCIDRs');
    expect((await info('1.48')).ContainerdCommit).toEqual({ ID: commit, Expected: commit });
  });

  test('errors are Docker JSON with Docker status codes; the endpoint keeps serving', async () => {
    const missing = await request(d.socket, 'GET', '/v1.43/containers/nosuch/json');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({ message: 'No such container: nosuch' });
    const bad = await request(d.socket, 'POST', '/v1.43/containers/create', '{"Image": ');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).message).toMatch(/malformed JSON/);
    const noRoute = await request(d.socket, 'GET', '/v1.43/nothing/here');
    expect(noRoute.status).toBe(404);
    const notYet = await request(d.socket, 'GET', '/v1.43/plugins');
    expect(notYet.status).toBe(501);
    expect(JSON.parse(notYet.body).message).toMatch(/does not implement GET \/plugins/);
    // buildx's docker driver asks for BuildKit's session: the answer says how to build here.
    const session = await request(d.socket, 'POST', '/v1.43/session');
    expect([session.status, JSON.parse(session.body).message]).toEqual([
      501,
      'tandem does not implement POST /session yet (BuildKit is not served; build with the classic builder: export DOCKER_BUILDKIT=0 (`tandem env` sets it))',
    ]);
    // A commit without its container is the client's error, not a 501.
    const noContainer = await request(d.socket, 'POST', '/v1.43/commit');
    expect(noContainer.status).toBe(400);
    expect(JSON.parse(noContainer.body).message).toMatch(/container is required/);
    expect((await request(d.socket, 'GET', '/_ping')).body).toBe('OK');
    const cli = await d.docker(['inspect', 'nosuch']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/No such object: nosuch|No such container: nosuch/);
  });
});

describe('images', () => {
  test('pull prints Docker progress, then list and inspect show the image', async () => {
    const out = await d.dockerOk(['pull', IMG]);
    expect(out).toMatch(/latest: Pulling from 127\.0\.0\.1:\d+\/tandem\/busybox/);
    expect(out).toMatch(/Pull complete/);
    expect(out).toMatch(/Digest: sha256:[0-9a-f]{64}/);
    expect(out).toMatch(/Status: Downloaded newer image for 127\.0\.0\.1:\d+\/tandem\/busybox:latest/);
    const again = await d.dockerOk(['pull', IMG]);
    expect(again).toMatch(/Image is up to date/);
    const list = await d.dockerOk(['images', '--format', '{{.Repository}}:{{.Tag}} {{.ID}}']);
    expect(list).toContain(`${IMG}:latest`);
    const inspect = JSON.parse(await d.dockerOk(['image', 'inspect', IMG]))[0];
    expect(inspect.Os).toBe('linux');
    expect(inspect.Architecture).toBe('amd64');
    expect(inspect.RepoTags).toEqual([`${IMG}:latest`]);
    expect(inspect.RootFS.Layers.length).toBeGreaterThan(0);
    expect(inspect.Id).toMatch(/^sha256:[0-9a-f]{64}$/);
    // containerd has it too, unpacked into the snapshotter.
    expect(await cd.ctrOk(['images', 'ls', '-q'])).toContain(`${IMG}:latest`);
    const snaps = await cd.ctrOk(['snapshots', '--snapshotter', 'overlayfs', 'ls']);
    expect(snaps).toContain(inspect.RootFS.Layers[0]);
  });

  test("system df's images have VirtualSize below API 1.44 only, as their list rows", async () => {
    // The image pulled above.
    const df = async (v: string) => JSON.parse((await request(d.socket, 'GET', `/v${v}/system/df`)).body).Images as object[];
    const [old, now] = [await df('1.43'), await df('1.50')];
    expect(old.length).toBeGreaterThan(0);
    for (const i of old) expect(i).toHaveProperty('VirtualSize');
    for (const i of now) expect(i).not.toHaveProperty('VirtualSize');
  });

  test('an image name with a registry port and slashes works in paths (inspect, history, tag)', async () => {
    await d.dockerOk(['tag', IMG, 'tandem/retagged:v1']);
    const both = await d.dockerOk(['images', '--format', '{{.Repository}}:{{.Tag}}']);
    expect(both).toContain('tandem/retagged:v1');
    const hist = await d.dockerOk(['history', '--format', '{{.ID}}', 'tandem/retagged:v1']);
    expect(hist.trim().split('\n')[0]).toMatch(/^[0-9a-f]{12}$|^sha256:/);
    const filtered = await d.dockerOk(['images', '--filter', 'reference=tandem/retagged', '--format', '{{.Repository}}']);
    expect(filtered.trim()).toBe('tandem/retagged');
    const rm = await d.dockerOk(['rmi', 'tandem/retagged:v1']);
    expect(rm).toMatch(/Untagged: tandem\/retagged:v1/);
    expect(rm).not.toMatch(/Deleted/);
  });

  test('rmi is refused while a container uses the image, unless forced', async () => {
    await d.dockerOk(['pull', `${IMG}:v2`]);
    const id = (await d.dockerOk(['create', `${IMG}:v2`, 'true'])).trim();
    // v2 and latest are the same image: untagging one name is fine...
    await d.dockerOk(['tag', `${IMG}:v2`, 'solo:only']);
    await d.dockerOk(['rmi', `${IMG}:v2`]);
    await d.dockerOk(['rmi', `${IMG}:latest`]);
    // ...removing the last name of an image a container uses is not.
    const refused = await d.docker(['rmi', 'solo:only']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /conflict: unable to remove repository reference "solo:only" \(must force\) - container [0-9a-f]{12} is using its referenced image/,
    );
    const forced = await d.dockerOk(['rmi', '-f', 'solo:only']);
    expect(forced).toMatch(/Untagged: solo:only/);
    await d.dockerOk(['rm', id]);
  });

  test('bad pulls: unknown image, unknown tag, a registry that is down', async () => {
    const unknown = await d.docker(['pull', `${reg.host}/tandem/nothing`]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/not found|unknown/i);
    const down = await d.docker(['pull', `127.0.0.1:${await freePort()}/x/y`]);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(
      /Error response from daemon: Get "http:\/\/127\.0\.0\.1:\d+\/v2\/": dial tcp 127\.0\.0\.1:\d+: connect: connection refused/,
    );
    const run = await d.docker(['run', '--rm', `127.0.0.1:${await freePort()}/x/y`, 'true']);
    expect(run.code).toBe(125);
    expect((await request(d.socket, 'GET', '/_ping')).body).toBe('OK');
    expect(await cd.ctrOk(['leases', 'ls', '-q'])).toBe('');
  });

  test("DistributionInspect (dockerode's image.distribution()): a tag's descriptor and platform, an index's platforms, by digest, a missing tag", async () => {
    const docker = new Docker({ socketPath: d.socket });
    const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
    const one = (await docker.getImage(IMG).distribution()) as DistInspect;
    // The digest and size are the registry's manifest's, as skopeo reads it raw.
    const raw = (await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${IMG}`], { timeoutMs: 60_000 })).stdout;
    expect(one.Descriptor).toEqual({
      mediaType: JSON.parse(raw).mediaType,
      digest: `sha256:${createHash('sha256').update(raw).digest('hex')}`,
      size: Buffer.byteLength(raw),
    });
    expect(one.Platforms).toEqual([{ architecture: arch, os: 'linux' }]);
    const dir = mkdtempSync('/tmp/tds-');
    try {
      await writeBusyboxIndex(join(dir, 'multi.tar'), 'tandem/dist:multi');
      const copied = await run(
        'skopeo',
        ['copy', '--all', '--dest-tls-verify=false', `oci-archive:${join(dir, 'multi.tar')}`, `docker://${reg.host}/tandem/dist:multi`],
        { timeoutMs: 120_000 },
      );
      expect(copied.code, copied.stderr).toBe(0);
    } finally {
      removeTree(dir);
    }
    const multi = (await docker.getImage(`${reg.host}/tandem/dist:multi`).distribution()) as DistInspect;
    expect(multi.Descriptor.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(multi.Platforms).toEqual([
      { architecture: 'amd64', os: 'linux' },
      { architecture: 'arm64', os: 'linux' },
    ]);
    const byDigest = (await docker.getImage(`${reg.host}/tandem/dist@${multi.Descriptor.digest}`).distribution()) as DistInspect;
    expect(byDigest).toEqual(multi);
    await expect(docker.getImage(`${reg.host}/tandem/dist:nothing`).distribution()).rejects.toMatchObject({ statusCode: 404 });
  });

  test("docker search: a registry without the v1 search API, one that is down, bad limits and filters, in dockerd's words", async () => {
    // distribution serves no /v1/search: dockerd pings /v1/_ping (any answer will do), then fails on the search.
    const none = await d.docker(['search', `${reg.host}/tandem`]);
    expect([none.code, none.stderr.trim()]).toEqual([1, 'Error response from daemon: Unexpected status code 404']);
    const port = await freePort();
    const down = await d.docker(['search', `127.0.0.1:${port}/x`]);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(
      `invalid registry endpoint "http://127.0.0.1:${port}/v1/". HTTPS attempt: Get "https://127.0.0.1:${port}/v1/_ping"`,
    );
    const limit = await d.docker(['search', '--limit', '101', `${reg.host}/tandem`]);
    expect(limit.stderr.trim()).toBe('Error response from daemon: limit 101 is outside the range of [1, 100]');
    const filter = await d.docker(['search', '--filter', 'is-official=maybe', `${reg.host}/tandem`]);
    expect(filter.stderr.trim()).toBe("Error response from daemon: invalid filter 'is-official=maybe'");
    expect((await request(d.socket, 'GET', '/images/search?term=x&limit=many')).status).toBe(400);
  });

  test("docker login to a registry with basic auth (htpasswd): refused with dockerd's message, then pull and push with the stored credentials; logout", async () => {
    const priv = await Registry.start({ user: { name: 'dev', password: 's3cret' } });
    try {
      await priv.seedBusybox('team/busybox');
      const image = `${priv.host}/team/busybox`;
      const anonymous = await d.docker(['pull', image]);
      expect(anonymous.code).toBe(1);
      expect(anonymous.stderr).toContain(`401 Unauthorized (log in first: docker login ${priv.host})`);
      const wrong = await d.docker(['login', '-u', 'dev', '--password-stdin', priv.host], { input: 'nope\n' });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain(
        `Error response from daemon: login attempt to http://${priv.host}/v2/ failed with status: 401 Unauthorized`,
      );
      const ok = await d.docker(['login', '-u', 'dev', '--password-stdin', priv.host], { input: 's3cret\n' });
      expect(ok.stdout).toContain('Login Succeeded');
      expect(ok.code).toBe(0);
      // The CLI stored them and sends them in X-Registry-Auth.
      expect(await d.dockerOk(['run', '--rm', image, 'echo', 'private'])).toBe('private\n');
      await d.dockerOk(['tag', image, `${priv.host}/team/copy:v1`]);
      expect(await d.dockerOk(['push', `${priv.host}/team/copy:v1`])).toMatch(/v1: digest: sha256:[0-9a-f]{64}/);
      // docker build sends them in X-Registry-Config for a FROM it must pull.
      await d.dockerOk(['rmi', image]);
      expect(await d.buildFromAndRun(image)).toBe('built\n');
      await d.dockerOk(['logout', priv.host]);
      await d.dockerOk(['rmi', image]);
      expect((await d.docker(['pull', image])).code).toBe(1);
      // A registry that is not there: the cause, not a stack trace.
      const down = await d.docker(['login', '-u', 'dev', '--password-stdin', `127.0.0.1:${await freePort()}`], { input: 'x\n' });
      expect(down.code).toBe(1);
      expect(down.stderr).toMatch(
        /Error response from daemon: Get "http:\/\/127\.0\.0\.1:\d+\/v2\/": dial tcp 127\.0\.0\.1:\d+: connect: connection refused/,
      );
    } finally {
      await priv.dispose();
    }
    expect(await cd.ctrOk(['leases', 'ls', '-q'])).toBe('');
  });

  test('docker run pulls a missing image first (Unable to find image … locally)', async () => {
    const r = await d.docker(['run', '--rm', IMG, 'echo', 'pulled and ran']);
    expect(r.stderr).toMatch(/Unable to find image '127\.0\.0\.1:\d+\/tandem\/busybox:latest' locally/);
    expect(r.stdout).toBe('pulled and ran\n');
    expect(r.code).toBe(0);
  });

  test('push to the registry; save and load round trip; load of an OCI archive', async () => {
    const copy = `${reg.host}/pushed/copy:v1`;
    await d.dockerOk(['tag', IMG, copy]);
    const push = await d.dockerOk(['push', copy]);
    expect(push).toMatch(/v1: digest: sha256:[0-9a-f]{64} size: \d+/);
    const sk = await run('skopeo', ['inspect', '--tls-verify=false', `docker://${copy}`], { timeoutMs: 60_000 });
    expect(sk.code).toBe(0);
    expect(JSON.parse(sk.stdout).Os).toBe('linux');
    const dir = mkdtempSync('/tmp/tds-');
    try {
      const tarPath = join(dir, 'img.tar');
      const since = Math.floor(Date.now() / 1000) - 1;
      await d.dockerOk(['save', '-o', tarPath, copy]);
      // The image events of a push and a save, as dockerd logs them (by the name asked for).
      const events = await d.events(since, ['type=image'], '{{.Action}} {{.Actor.Attributes.name}}');
      expect(events).toContain(`save ${copy}`);
      await d.dockerOk(['rmi', copy]);
      expect(await d.dockerOk(['load', '-i', tarPath])).toMatch(/Loaded image: 127\.0\.0\.1:\d+\/pushed\/copy:v1/);
      expect(await d.dockerOk(['run', '--rm', copy, 'echo', 'loaded'])).toBe('loaded\n');
      expect(await d.dockerOk(['load', '-i', BUSYBOX_TAR])).toMatch(/Loaded image: tandem\/busybox:latest/);
      // Compressed, as `docker save | gzip` (or xz, zstd) leaves it: loaded as dockerd loads it.
      await d.dockerOk(['rmi', 'tandem/busybox']);
      execFileSync('sh', ['-c', 'gzip -c "$1" > "$2.gz" && zstd -qc "$1" > "$2.zst"', 'sh', tarPath, tarPath]);
      await d.dockerOk(['rmi', copy]);
      expect(await d.dockerOk(['load', '-i', `${tarPath}.gz`])).toMatch(/Loaded image: 127\.0\.0\.1:\d+\/pushed\/copy:v1/);
      await d.dockerOk(['rmi', copy]);
      expect(await d.dockerOk(['load', '-i', `${tarPath}.zst`])).toMatch(/Loaded image: 127\.0\.0\.1:\d+\/pushed\/copy:v1/);
      expect(await d.dockerOk(['load'], { input: execFileSync('xz', ['-c', BUSYBOX_TAR], { maxBuffer: 1 << 28 }) })).toMatch(
        /Loaded image: tandem\/busybox:latest/,
      );
      const cut = await d.docker(['load'], { input: readFileSync(`${tarPath}.gz`).subarray(0, 4096) });
      expect(cut.code).toBe(1);
      expect(cut.stderr).toContain('the image archive: gzip: unexpected end of file');
      expect(await d.dockerOk(['run', '--rm', 'tandem/busybox', 'echo', 'oci'])).toBe('oci\n');
      // A client that hangs up after the first bytes (`docker save … | head -c 1k`): the endpoint
      // keeps serving, and the next save is whole.
      const pid = d.pid!;
      const child = spawn('docker', ['save', copy], { env: d.env, stdio: ['ignore', 'pipe', 'ignore'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      expect(() => process.kill(pid, 0)).not.toThrow();
      await d.dockerOk(['save', '-o', tarPath, copy]);
      expect(execFileSync('tar', ['-tf', tarPath], { encoding: 'utf8' })).toContain('manifest.json');
    } finally {
      removeTree(dir);
    }
    expect(await cd.ctrOk(['leases', 'ls', '-q'])).toBe('');
  });

  test('push --all-tags pushes every tag of a repository, pull --all-tags brings every tag back', async () => {
    const repo = `${reg.host}/alltags/bb`;
    await d.dockerOk(['tag', IMG, `${repo}:one`]);
    await d.dockerOk(['tag', IMG, `${repo}:two`]);
    const push = await d.dockerOk(['push', '--all-tags', repo]);
    expect(push).toMatch(/one: digest: sha256:[0-9a-f]{64}/);
    expect(push).toMatch(/two: digest: sha256:[0-9a-f]{64}/);
    await d.dockerOk(['rmi', `${repo}:one`, `${repo}:two`]);
    await d.dockerOk(['pull', '--all-tags', repo]);
    expect((await d.dockerOk(['images', repo, '--format', '{{.Tag}}'])).trim().split('\n').sort()).toEqual(['one', 'two']);
    const nothing = await d.docker(['push', '--all-tags', `${reg.host}/alltags/none`]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain(`An image does not exist locally with the tag: ${reg.host}/alltags/none`);
    const unknown = await d.docker(['pull', '--all-tags', `${reg.host}/alltags/none`]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/repository .*alltags\/none not found/);
    await d.dockerOk(['rmi', `${repo}:one`, `${repo}:two`]);
  });

  test('load of a legacy docker-archive (a layer.tar per layer): each layer streams to the store, the image runs', async () => {
    const name = 'tandem/legacy:v1';
    const dir = mkdtempSync('/tmp/tds-');
    try {
      // The busybox image as `docker save` wrote archives before Docker 25, with one more layer
      // of 70 MiB: more than one gRPC message to containerd may carry (the whole file was one).
      const saved = join(dir, 'saved');
      const legacy = join(dir, 'legacy');
      mkdirSync(saved);
      mkdirSync(join(legacy, 'big'), { recursive: true });
      execFileSync('tar', ['-xf', BUSYBOX_TAR, '-C', saved]);
      const index = JSON.parse(readFileSync(join(saved, 'index.json'), 'utf8'));
      const manifest = JSON.parse(readFileSync(join(saved, 'blobs', index.manifests[0].digest.replace(':', '/')), 'utf8'));
      const config = JSON.parse(readFileSync(join(saved, 'blobs', manifest.config.digest.replace(':', '/')), 'utf8'));
      const layers: string[] = [];
      manifest.layers.forEach((l: { digest: string }, i: number) => {
        mkdirSync(join(legacy, `l${i}`));
        copyFileSync(join(saved, 'blobs', l.digest.replace(':', '/')), join(legacy, `l${i}`, 'layer.tar'));
        layers.push(`l${i}/layer.tar`);
      });
      const content = join(dir, 'content');
      mkdirSync(content);
      writeFileSync(join(content, 'big'), Buffer.alloc(70 << 20, 0x61));
      execFileSync('tar', ['-cf', join(legacy, 'big', 'layer.tar'), '-C', content, 'big']);
      const big = readFileSync(join(legacy, 'big', 'layer.tar'));
      const bigDigest = `sha256:${createHash('sha256').update(big).digest('hex')}`;
      layers.push('big/layer.tar');
      config.rootfs.diff_ids.push(bigDigest);
      const configText = JSON.stringify(config);
      const configName = `${createHash('sha256').update(configText).digest('hex')}.json`;
      writeFileSync(join(legacy, configName), configText);
      writeFileSync(join(legacy, 'manifest.json'), JSON.stringify([{ Config: configName, RepoTags: [name], Layers: layers }]));
      const tarPath = join(dir, 'legacy.tar');
      execFileSync('tar', ['-cf', tarPath, '-C', legacy, configName, ...layers, 'manifest.json']);
      expect(await d.dockerOk(['load', '-i', tarPath])).toMatch(/Loaded image: tandem\/legacy:v1/);
      expect(await d.dockerOk(['run', '--rm', name, 'wc', '-c', '/big'])).toBe(`${70 << 20} /big\n`);
      const info = await cd.ctrOk(['content', 'ls']);
      expect(info).toContain(bigDigest);
      // A layer the manifest names but the archive lacks: refused with the cause, nothing kept.
      writeFileSync(
        join(legacy, 'manifest.json'),
        JSON.stringify([{ Config: configName, RepoTags: ['tandem/legacy:v2'], Layers: [...layers, 'gone/layer.tar'] }]),
      );
      execFileSync('tar', ['-cf', tarPath, '-C', legacy, configName, ...layers, 'manifest.json']);
      const bad = await d.docker(['load', '-i', tarPath]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('archive lists gone/layer.tar but does not contain it');
      expect(await d.docker(['image', 'inspect', 'tandem/legacy:v2'])).toMatchObject({ code: 1 });
    } finally {
      removeTree(dir);
    }
    expect(await cd.ctrOk(['leases', 'ls', '-q'])).toBe('');
    expect(await cd.ctrOk(['content', 'active'])).not.toMatch(/tandem-docker/);
  });

  test('load of a multi-platform archive keeps every platform: after a GC the other one still saves and creates', async () => {
    const name = 'docker.io/tandem/busybox-loaded:multi';
    const dir = mkdtempSync('/tmp/tds-');
    try {
      const tar = join(dir, 'multi.tar');
      await writeBusyboxIndex(tar, name);
      expect(await d.dockerOk(['load', '-i', tar])).toMatch(/Loaded image: tandem\/busybox-loaded:multi/);
      // The load's lease is gone: a synchronous GC now collects whatever nothing refers to.
      const lease = (await cd.ctrOk(['leases', 'create'])).trim();
      await cd.ctrOk(['leases', 'delete', '--sync', lease]);
      const blobs = (await run('tar', ['-tf', tar], { timeoutMs: 60_000 })).stdout
        .split('\n')
        .filter((p) => /^blobs\/sha256\/[0-9a-f]{64}$/.test(p));
      expect(blobs.length).toBeGreaterThanOrEqual(7); // the index, and two of manifest, config and layer
      const kept = new Set((await cd.ctrOk(['content', 'ls', '-q'])).split('\n'));
      expect(blobs.map((p) => `sha256:${p.slice('blobs/sha256/'.length)}`).filter((x) => !kept.has(x))).toEqual([]);
      // Saved again, the archive holds both platforms as it came.
      const saved = join(dir, 'saved.tar');
      await d.dockerOk(['save', '-o', saved, name]);
      const savedBlobs = (await run('tar', ['-tf', saved], { timeoutMs: 60_000 })).stdout.split('\n');
      expect(blobs.filter((p) => !savedBlobs.includes(p))).toEqual([]);
      // A container of the platform not unpacked at the load: its layers are unpacked at its create.
      const hostImage = (await d.dockerOk(['image', 'inspect', '-f', '{{.Id}}', name])).trim();
      const arm = (await d.dockerOk(['create', '--platform', 'linux/arm64', name, 'true'])).trim();
      try {
        const image = (await d.dockerOk(['inspect', '-f', '{{.Image}}', arm])).trim();
        expect(image).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(image).not.toBe(hostImage);
      } finally {
        await d.docker(['rm', arm]);
      }
    } finally {
      removeTree(dir);
    }
    expect(await cd.ctrOk(['leases', 'ls', '-q'])).toBe('');
  }, 180_000);
});
