// The image side of Docker API 1.44–1.50 through tandem's endpoint, driven by the real docker CLI
// 28.2 against a real containerd: `image ls --tree` (manifests=1), `--platform` on inspect,
// history, save, load, push and rmi of a multi-platform image (amd64 + arm64 busybox as one
// index), dockerd's errors for a platform the image lacks, and the shapes by API version.
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Containerd, removeTree } from '../helpers/containerd.js';
import { DockerEndpoint, Registry, request } from '../helpers/docker.js';
import { importBusyboxIndex } from '../helpers/multi-platform.js';
import { run } from '../helpers/run.js';

const MULTI = 'tandem/multi:1';
const HOST = process.arch === 'arm64' ? 'arm64' : 'amd64';
const OTHER = HOST === 'amd64' ? 'arm64' : 'amd64';
const RISCV = '{"os":"linux","architecture":"riscv64"}';
const lacks = (what: string) => `image with reference ${what} was found but does not provide the specified platform (linux/riscv64)`;

interface Manifest {
  ID: string;
  Available: boolean;
  Kind: string;
  Size: { Content: number; Total: number };
  Descriptor: { digest: string; size: number; platform?: { architecture: string } };
  ImageData?: { Platform: { os: string; architecture: string }; Containers: string[] | null; Size: { Unpacked: number } };
}
interface Row {
  Id: string;
  RepoTags: string[];
  VirtualSize?: number;
  Descriptor?: { mediaType: string; digest: string };
  Manifests?: Manifest[];
}

let cd: Containerd;
let d: DockerEndpoint;
let reg: Registry;
let work: string;

beforeAll(async () => {
  cd = await Containerd.start();
  await cd.importBusybox();
  await importBusyboxIndex(cd, `docker.io/${MULTI}`, { env: ['MULTI=1'] });
  d = await DockerEndpoint.start(cd);
  reg = await Registry.start();
  work = mkdtempSync('/tmp/tdp-');
}, 180_000);
afterAll(async () => {
  await d?.dispose();
  await reg?.dispose();
  await cd?.dispose();
  if (work) removeTree(work);
});

async function api<T>(path: string, method = 'GET'): Promise<{ status: number; body: T }> {
  const r = await request(d.socket, method, path);
  return { status: r.status, body: JSON.parse(r.body) as T };
}
const multiRow = async (version = '1.50') =>
  (await api<Row[]>(`/v${version}/images/json?manifests=1`)).body.find((r) => r.RepoTags.includes(MULTI))!;
const byArch = (ms: Manifest[], arch: string) => ms.find((m) => m.ImageData?.Platform.architecture === arch)!;
/** The docker CLI's failure: exit 1 and the daemon's message. */
async function fails(args: string[]): Promise<string> {
  const r = await d.docker(args);
  expect(r.code, r.stdout).toBe(1);
  return r.stderr;
}

describe('multi-platform images', () => {
  test('image ls --tree: each platform of an index, the one of a single-platform image; manifests=1 by version', async () => {
    const id = (await d.dockerOk(['create', MULTI, 'true'])).trim();
    try {
      const tree = await d.dockerOk(['image', 'ls', '--tree']);
      expect(tree).toMatch(new RegExp(`${MULTI} [^\\n]*\\n├─ linux/amd64 [^\\n]*\\n└─ linux/arm64 `));
      expect(tree).toMatch(new RegExp(`tandem/busybox:latest [^\\n]*\\n└─ linux/${HOST} `));
      const row = await multiRow();
      expect(row.VirtualSize).toBeUndefined();
      expect(row.Descriptor?.mediaType).toBe('application/vnd.oci.image.index.v1+json');
      expect(row.Manifests).toHaveLength(2);
      for (const m of row.Manifests!) {
        expect(m).toMatchObject({ Kind: 'image', Available: true, ID: m.Descriptor.digest });
        expect(m.Size.Content).toBeGreaterThan(500_000); // the busybox-static layer
        expect(m.Descriptor.platform?.architecture).toBe(m.ImageData!.Platform.architecture);
      }
      // The container is the host platform's, which is unpacked; the other one is not.
      expect(byArch(row.Manifests!, HOST).ImageData).toMatchObject({ Containers: [id] });
      expect(byArch(row.Manifests!, HOST).ImageData!.Size.Unpacked).toBeGreaterThan(0);
      expect(byArch(row.Manifests!, OTHER).ImageData).toMatchObject({ Containers: null, Size: { Unpacked: 0 } });
      // Before 1.47 no manifests; before 1.48 no Descriptor; before 1.44 VirtualSize.
      const old = await multiRow('1.46');
      expect(old.Manifests).toBeUndefined();
      expect(old.Descriptor).toBeUndefined();
      expect((await multiRow('1.43')).VirtualSize).toBeGreaterThan(0);
    } finally {
      await d.dockerOk(['rm', id]);
    }
  });

  test('image inspect: --platform, manifests=1, the two refused together, and the shapes by version', async () => {
    const row = await multiRow();
    const other = byArch(row.Manifests!, OTHER);
    const out = await d.dockerOk([
      'image',
      'inspect',
      '--platform',
      `linux/${OTHER}`,
      '-f',
      '{{.Architecture}} {{.Descriptor.Digest}}',
      MULTI,
    ]);
    expect(out.trim()).toBe(`${OTHER} ${other.ID}`);
    expect(await fails(['image', 'inspect', '--platform', 'linux/riscv64', MULTI])).toContain(lacks(MULTI));
    const path = `/v1.50/images/${encodeURIComponent(MULTI)}/json`;
    const both = await api<{ message: string }>(`${path}?manifests=1&platform=${encodeURIComponent(RISCV)}`);
    expect(both).toEqual({ status: 400, body: { message: 'conflicting options: manifests and platform options cannot both be set' } });
    expect((await api<{ message: string }>(`${path}?platform=linux%2Friscv64`)).body.message).toMatch(/^failed to parse platform: /);
    const withManifests = (await api<Row>(`${path}?manifests=1`)).body;
    expect(withManifests.Manifests?.map((m) => m.ID)).toEqual(row.Manifests!.map((m) => m.ID));
    expect(withManifests.Descriptor?.digest).toBe(row.Descriptor?.digest);
    type Inspect = Row & { Config: Record<string, unknown> };
    const v150 = (await api<Inspect>(path)).body;
    expect(v150.Config).not.toHaveProperty('Hostname');
    expect(v150.Config).not.toHaveProperty('AttachStdin');
    expect(v150.VirtualSize).toBeUndefined();
    const v149 = (await api<Inspect>(path.replace('v1.50', 'v1.49'))).body;
    expect(v149.Config).toMatchObject({ Hostname: '', AttachStdin: false, Image: '' });
    expect(v149.Manifests).toBeUndefined();
    const v143 = (await api<Inspect>(path.replace('v1.50', 'v1.43'))).body;
    expect(v143.VirtualSize).toBeGreaterThan(0);
    expect(v143.Descriptor).toBeUndefined();
  });

  test("history --platform: that platform's image; one it lacks refused", async () => {
    const otherId = (await d.dockerOk(['image', 'inspect', '--platform', `linux/${OTHER}`, '-f', '{{.Id}}', MULTI])).trim();
    const hostId = (await d.dockerOk(['image', 'inspect', '-f', '{{.Id}}', MULTI])).trim();
    expect(otherId).not.toBe(hostId);
    const ids = async (args: string[]) =>
      (await d.dockerOk(['history', '--no-trunc', '--format', '{{.ID}}', ...args, MULTI])).split('\n')[0];
    expect(await ids(['--platform', `linux/${OTHER}`])).toBe(otherId);
    expect(await ids([])).toBe(hostId);
    expect(await fails(['history', '--platform', 'linux/riscv64', MULTI])).toContain(lacks(MULTI));
  });

  test('save --platform: only that manifest in the archive; one the image lacks refused', async () => {
    const other = byArch((await multiRow()).Manifests!, OTHER);
    const tar = join(work, 'other.tar');
    await d.dockerOk(['save', '--platform', `linux/${OTHER}`, '-o', tar, MULTI]);
    await run('tar', ['-xf', tar, '-C', work, 'index.json', 'manifest.json'], { timeoutMs: 60_000 });
    const index = JSON.parse(readFileSync(join(work, 'index.json'), 'utf8')) as { manifests: { digest: string }[] };
    expect(index.manifests.map((m) => m.digest)).toEqual([other.ID]);
    expect(JSON.parse(readFileSync(join(work, 'manifest.json'), 'utf8'))).toHaveLength(1);
    const listed = (await run('tar', ['-tf', tar], { timeoutMs: 60_000 })).stdout;
    expect(listed).not.toContain(byArch((await multiRow()).Manifests!, HOST).ID.replace('sha256:', ''));
    expect(await fails(['save', '--platform', 'linux/riscv64', '-o', join(work, 'no.tar'), MULTI])).toContain(
      `no suitable export target found: ${lacks(MULTI)}`,
    );
  });

  test('push --platform: that manifest alone under the tag', async () => {
    const host = byArch((await multiRow()).Manifests!, HOST);
    const name = `${reg.host}/tandem/multi:${HOST}`;
    await d.dockerOk(['tag', MULTI, name]);
    const out = await d.dockerOk(['push', '--platform', `linux/${HOST}`, name]);
    expect(out).toContain(`${HOST}: digest: ${host.ID} size: ${host.Descriptor.size}`);
    const raw = (await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${name}`], { timeoutMs: 60_000 })).stdout;
    expect(JSON.parse(raw)).toHaveProperty('layers'); // a manifest, not the index
    const r = await d.docker(['push', '--platform', 'linux/riscv64', name]);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toContain(lacks(`${reg.host}/tandem/multi:${HOST}`));
    await d.dockerOk(['rmi', name]);
  });

  test("rmi --platform: needs --force, removes that platform's content only; one it lacks refused", async () => {
    const full = join(work, 'full.tar');
    await d.dockerOk(['save', '-o', full, MULTI]);
    const before = (await multiRow()).Manifests!;
    expect(await fails(['rmi', '--platform', `linux/${OTHER}`, MULTI])).toContain(
      'Content will be removed from all images referencing this variant. Use —-force to force delete.',
    );
    const out = await d.dockerOk(['rmi', '-f', '--platform', `linux/${OTHER}`, MULTI]);
    expect(out.trim()).toBe(`Deleted: ${byArch(before, OTHER).ID}`);
    const after = (await multiRow()).Manifests!;
    expect(byArch(after, OTHER)).toMatchObject({ Available: false, Size: { Content: 0 } });
    expect(byArch(after, HOST).Available).toBe(true);
    expect(await d.dockerOk(['run', '--rm', MULTI, 'echo', 'still'])).toBe('still\n');
    const hostId = (await d.dockerOk(['image', 'inspect', '-f', '{{.Id}}', MULTI])).trim();
    // The CLI's -f hides a 404; the endpoint's answer says which platform.
    const none = await api<{ message: string }>(
      `/v1.50/images/${encodeURIComponent(MULTI)}?force=1&platforms=${encodeURIComponent(RISCV)}`,
      'DELETE',
    );
    expect(none).toEqual({
      status: 404,
      body: { message: `failed to delete platform linux/riscv64 for image ${hostId}: ${lacks(MULTI)}` },
    });
  });

  test('load --platform: that platform alone (the others listed, not available); one the archive lacks refused', async () => {
    const full = join(work, 'full.tar');
    await d.dockerOk(['rmi', MULTI]);
    // What nothing refers to any more goes now, so what the load brings is all there is.
    const lease = (await cd.ctrOk(['leases', 'create'])).trim();
    await cd.ctrOk(['leases', 'delete', '--sync', lease]);
    expect(await d.dockerOk(['load', '--platform', `linux/${OTHER}`, '-i', full])).toContain(`Loaded image: ${MULTI}`);
    const ms = (await multiRow()).Manifests!;
    expect(byArch(ms, OTHER).Available).toBe(true);
    expect(byArch(ms, HOST)).toMatchObject({ Available: false, Size: { Content: 0 } });
    expect(await d.dockerOk(['image', 'inspect', '-f', '{{.Architecture}}', MULTI])).toBe(`${OTHER}\n`);
    expect(await d.dockerOk(['image', 'ls', '--tree'])).toMatch(/├─ linux\/amd64 [^\n]*\n└─ linux\/arm64 /);
    const r = await d.docker(['load', '--platform', 'linux/riscv64', '-i', full]);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toContain(`image ${MULTI} was loaded, but doesn't provide the requested platform (linux/riscv64)`);
    // Loaded whole again, both are there.
    await d.dockerOk(['load', '-i', full]);
    expect((await multiRow()).Manifests!.map((m) => m.Available)).toEqual([true, true]);
  });
});
