// `tandem up` as a person uses it: status and down when nothing runs; `up --vm` on a fresh state dir
// with an empty cache (the guest image is built there, lock directory and all; the VM booted and held); a second up;
// status; `eval "$(tandem env)"` then the real ctr runs a native and a VM container with no
// --runtime flag through the started containerd; the CRI plugin answers; the docker CLI runs a
// container through the Docker endpoint; down stops the
// containers, the VM, the shim daemons, the snapshotter and containerd and leaves no process,
// socket or mount.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { release } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUSYBOX, BUSYBOX_TAR, REPO, removeTree } from '../helpers/containerd.js';
import { run, waitFor, type RunResult } from '../helpers/run.js';
import { layout, type Layout } from '../../src/supervisor/layout.js';
import { leftovers } from '../../src/supervisor/teardown.js';
import { ContainerdApi } from '../../src/supervisor/containerd-api.js';
import { packageCacheDir } from '../../src/linuxvm/image/ensure.js';
import { readManifest } from '../../src/linuxvm/image/manifest.js';
import type { InstanceStatus } from '../../src/supervisor/status.js';

const dir = mkdtempSync('/tmp/tu-');
const state = join(dir, 'state');
const cache = join(dir, 'cache');
const l: Layout = layout(state);
const ns = `tandem-up-${randomBytes(4).toString('hex')}`;
// The VM stays up between the tests that use it.
const env = { ...process.env, TANDEM_CACHE_DIR: cache, TANDEM_VM_IDLE_TIMEOUT_MS: '600000' };

const tandem = (args: string[], timeoutMs = 120_000): Promise<RunResult> =>
  run(process.execPath, [join(REPO, 'dist/cli/main.js'), ...args, '--state-dir', state], { env, timeoutMs });

async function ok(args: string[], timeoutMs?: number): Promise<string> {
  const r = await tandem(args, timeoutMs);
  if (r.code !== 0) throw new Error(`tandem ${args.join(' ')} exited ${r.code}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** A shell with `eval "$(tandem env)"` done, in this file's own namespace. */
const sh = (script: string, timeoutMs = 300_000): Promise<RunResult> =>
  run('bash', ['-c', `set -e; eval "$(node ${REPO}/bin/tandem env --state-dir ${state})"; export CONTAINERD_NAMESPACE=${ns}; ${script}`], {
    env,
    timeoutMs,
  });

const statusJson = async (): Promise<InstanceStatus> => JSON.parse(await ok(['status', '--json'])) as InstanceStatus;

beforeAll(() => {
  // An empty cache, except for the Debian packages (shared, so the build downloads nothing it has).
  mkdirSync(join(cache, 'packages'), { recursive: true });
  const shared = packageCacheDir('amd64', process.env);
  mkdirSync(shared, { recursive: true });
  symlinkSync(shared, join(cache, 'packages', 'amd64'));
});

afterAll(async () => {
  if (existsSync(l.supervisorSocket)) await tandem(['down'], 300_000);
  if (!process.env.TANDEM_KEEP_TEST_DIRS) removeTree(dir);
}, 320_000);

describe('tandem up', () => {
  test('status and down when nothing runs', async () => {
    expect(await ok(['status'])).toContain('tandem is not running');
    expect((await statusJson()).running).toBe(false);
    expect(await ok(['down'])).toContain('tandem was not running');
    // --vm needs the background supervisor: refused before anything is written.
    const r = await tandem(['up', '--vm', '--foreground']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('tandem: --vm is for the background supervisor: with --foreground run `tandem vm start` beside it\n');
    expect(existsSync(state)).toBe(false);
  });

  test('up builds the guest image into an empty cache and waits until every part answers', async () => {
    expect(existsSync(join(cache, 'guest'))).toBe(false);
    const out = await ok(['up', '--vm'], 900_000);
    expect(out).toMatch(/guest image\s+built in/);
    // --vm: the guest VM booted and held up (tandem vm start), so the VM containers below attach to it.
    expect(out).toMatch(/VM\s+up in [\d.]+ s \(generation 1, qemu (tcg|kvm), kernel \S+; held until tandem down\)/);
    // The guest's kernel as the agent reports it (from its start-up snapshot it once said the build host's).
    const images = readdirSync(join(cache, 'guest')).filter((n) => /^amd64-[0-9a-f]{16}$/.test(n));
    expect(out).toContain(`kernel ${readManifest(join(cache, 'guest', images[0]!)).kernel.kver}; held`);
    expect(out).toMatch(/containerd\s+ready in .*1\.6/);
    expect(out).toMatch(/snapshotter\s+ready in/);
    expect(out).toMatch(/CRI\s+containerd .*handlers tandem \(default\), tandem-vm/);
    expect(out).toContain(`eval "$(tandem env --state-dir '${state}')"`);
    expect(readdirSync(join(cache, 'guest')).filter((n) => /^amd64-[0-9a-f]{16}$/.test(n))).toHaveLength(1);
  }, 900_000);

  test('a second up says it is running and exits 0', async () => {
    const r = await tandem(['up']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`tandem is already running in ${state}`);
  });

  test('status: containerd, CRI, snapshotter, services', async () => {
    const s = await statusJson();
    expect(s.running).toBe(true);
    expect(s.supervisor?.state).toBe('running');
    expect(s.containerd?.serving).toMatch(/^1\.6/);
    expect(s.cri?.ok).toBe(true);
    expect(s.services.map((x) => [x.name, x.state])).toEqual([
      ['containerd', 'ready'],
      ['snapshotter', 'ready'],
      ['docker', 'ready'],
    ]);
    expect(s.vm?.held).toBe(true);
    expect(s.vm?.containers).toBe(0);
    expect(await ok(['status'])).toMatch(/^tandem: running/);
  });

  test('the CRI plugin answers on CONTAINER_RUNTIME_ENDPOINT', async () => {
    const endpoint = (await ok(['env'])).match(/CONTAINER_RUNTIME_ENDPOINT=unix:\/\/(\S+)/)![1]!;
    const api = new ContainerdApi(endpoint);
    try {
      expect(await api.criVersion()).toMatchObject({ runtimeName: 'containerd', runtimeApiVersion: 'v1' });
    } finally {
      api.close();
    }
  });

  test('eval "$(tandem env)": ctr runs a native and a VM container with no --runtime flag', async () => {
    const r = await sh(
      [
        'ctr version >/dev/null',
        `ctr images import ${BUSYBOX_TAR} >/dev/null`,
        `ctr run --rm ${BUSYBOX} n1 uname -r`,
        `ctr run --rm --annotation io.containerd.tandem.runtime=vm ${BUSYBOX} v1 uname -r`,
        `ctr run -d ${BUSYBOX} n2 sleep 600`,
        `ctr run -d --annotation io.containerd.tandem.runtime=vm ${BUSYBOX} v2 sleep 600`,
      ].join('\n'),
      600_000,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [native, vm] = r.stdout.trim().split('\n');
    const guest = readManifest(
      join(
        cache,
        'guest',
        readdirSync(join(cache, 'guest')).find((n) => /^amd64-[0-9a-f]{16}$/.test(n))!,
      ),
    );
    expect(native).toBe(release());
    expect(vm).toBe(guest.kernel.kver);
    // Both ran on tandem (its shim recorded the executor), not on runc.
    const s = await statusJson();
    expect(
      s.containers
        .filter((c) => c.namespace === ns)
        .map((c) => [c.id, c.executor, c.status])
        .sort(),
    ).toEqual([
      ['n2', 'native', 'RUNNING'],
      ['v2', 'vm', 'RUNNING'],
    ]);
    expect(s.vm?.backend).toBe('qemu');
    expect(s.shimDaemons.map((d) => d.namespace)).toContain(ns);
  }, 600_000);

  test('eval "$(tandem env)": the docker CLI talks to the endpoint tandem up started', async () => {
    const r = await sh(
      [
        `docker load -i ${BUSYBOX_TAR} >/dev/null`,
        'docker version --format "{{.Server.Os}}/{{.Server.Arch}}"',
        'docker run --rm tandem/busybox:latest echo hello-from-docker',
        'docker run -d --name d1 tandem/busybox:latest sleep 600 >/dev/null',
        'docker run -d --name d2 --restart always tandem/busybox:latest sleep 600 >/dev/null',
        'docker ps --filter name=d1 --format "{{.Names}} {{.Status}}"',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [version, hello, ps] = r.stdout.trim().split('\n');
    expect(version).toBe(`linux/${process.arch === 'x64' ? 'amd64' : process.arch}`);
    expect(hello).toBe('hello-from-docker');
    expect(ps).toMatch(/^d1 Up /);
  }, 600_000);

  test('down stops containers, VM, shim daemons, snapshotter and containerd and leaves nothing', async () => {
    const out = await ok(['down'], 300_000);
    expect(out).toMatch(/tandem stopped in/);
    const left = await leftovers(l);
    expect(left.processes).toEqual([]);
    expect(left.mounts).toEqual([]);
    for (const s of [l.containerdSocket, l.snapshotterSocket, l.dockerSocket, l.supervisorSocket, l.supervisorLock, l.supervisorStatus])
      expect(existsSync(s)).toBe(false);
    expect(readdirSync(join(l.runDir, 's')).filter((n) => n.endsWith('.sock') || n.endsWith('.lock'))).toEqual([]);
    expect((await statusJson()).running).toBe(false);
    // Data stays: the next up finds the image it imported.
    expect(existsSync(join(l.containerdRoot, 'io.containerd.content.v1.content'))).toBe(true);
  }, 300_000);

  test('the next up: a container down stopped shows its exit status (SIGTERM: 143), one with --restart always runs again', async () => {
    await ok(['up'], 300_000);
    const ps = async () => (await sh('docker ps -a --format "{{.Names}} {{.Status}}"')).stdout;
    await waitFor(async () => /^d2 Up /m.test(await ps()), 120_000, 'd2 to be started again by its restart policy');
    expect(await ps()).toMatch(/^d1 Exited \(143\) /m);
    const d1 = JSON.parse((await sh('docker inspect d1')).stdout)[0];
    expect(d1.State).toMatchObject({ Status: 'exited', ExitCode: 143 });
    expect((await sh('docker rm -f d1 d2')).code).toBe(0);
    expect(await ok(['down'], 300_000)).toMatch(/tandem stopped in/);
  }, 600_000);
});
