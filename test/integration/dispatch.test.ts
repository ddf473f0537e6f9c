// Dispatch against a real containerd, no VM: the image platform comes from containerd's gRPC
// API (the manifest containerd unpacked, also out of a multi-platform index), and images of an
// OS this host cannot run are refused before anything starts.
import { readFileSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUSYBOX, Containerd } from '../helpers/containerd.js';
import { RUNTIME } from '../helpers/shim.js';
import { ContainerdImages } from '../../src/shim/image-platform.js';
import { writeOciArchive, writeOciIndexArchive } from '../../src/images/oci-archive.js';
import { debianBusyboxImages } from '../../src/cli/commands/image.js';

let cd: Containerd;
const MACHO = Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0x0c, 0x00, 0x00, 0x01]);
const DARWIN = 'docker.io/tandem/darwin-sample:latest';
const MULTI = 'docker.io/tandem/busybox-multi:latest';

beforeAll(async () => {
  cd = await Containerd.start();
  await cd.importBusybox();
  const tar = join(cd.dir, 'darwin.tar');
  const layer = [
    { type: 'directory' as const, path: 'bin' },
    { type: 'file' as const, path: 'bin/hello', mode: 0o755, content: MACHO },
  ];
  await writeOciArchive({ name: DARWIN, os: 'darwin', architecture: 'arm64', cmd: ['/bin/hello'], layers: [layer] }, tar);
  await cd.ctrOk(['images', 'import', '--platform', 'darwin/arm64', tar]);
  const multi = join(cd.dir, 'multi.tar');
  // Two layers per platform: the snapshot parent is then a chain ID, not a layer's own digest.
  const images = (await debianBusyboxImages(['linux/amd64', 'linux/arm64'], MULTI)).map((i) => ({
    ...i,
    layers: [...i.layers, [{ type: 'file' as const, path: 'etc/motd', content: Buffer.from(`${i.architecture}\n`) }]],
  }));
  await writeOciIndexArchive({ name: MULTI, images }, multi);
  await cd.ctrOk(['images', 'import', '--all-platforms', multi]);
}, 180_000);
afterAll(() => cd?.dispose());

test('containerd reports the platform of the manifest it unpacked for each container, and says when there is none', async () => {
  await cd.ctrOk(['containers', 'create', BUSYBOX, 'plat1', 'true']);
  await cd.ctrOk(['containers', 'create', MULTI, 'plat-amd', 'true']);
  // ctr creates containers for another platform only through `run`; runc, containerd's default
  // runtime, cannot run it here, which leaves the container for us to inspect.
  const arm = await cd.ctr(['run', '--platform', 'linux/arm64', MULTI, 'plat-arm', 'true']);
  expect(arm.stderr).toMatch(/exec format error/);
  const images = new ContainerdImages(cd.address, cd.namespace);
  try {
    expect(await images.platformOf('plat1')).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(await images.platformOf('plat-amd')).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(await images.platformOf('plat-arm')).toEqual({ os: 'linux', architecture: 'arm64' });
    expect(await images.platformOf('plat-arm')).toEqual({ os: 'linux', architecture: 'arm64' }); // again, from the chain cache
    await expect(images.platformOf('no-such-container')).rejects.toMatchObject({ code: 5 });
  } finally {
    images.close();
    for (const id of ['plat1', 'plat-amd', 'plat-arm']) await cd.ctrOk(['containers', 'delete', id]);
  }
});

test('a darwin image on this Linux host is refused naming darwin, and nothing is left behind', async () => {
  const before = mountsUnder(cd.dir);
  const r = await cd.ctr(['run', '--rm', '--platform', 'darwin/arm64', '--runtime', RUNTIME, DARWIN, 'darwin1']);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/the image is darwin\/arm64: darwin containers run only on a darwin host \(this host is linux\/amd64\)/);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect((await cd.ctrOk(['tasks', 'ls', '-q'])).trim()).toBe('');
  expect(mountsUnder(cd.dir)).toEqual(before);
  const vm = join(cd.tandemState, 'vm');
  expect(readdirSafe(vm)).toEqual([]); // no VM daemon, no VM
  await cd.ctr(['containers', 'delete', 'darwin1']);
});

test('no image: a Mach-O executable is recognised as darwin', async () => {
  const rootfs = join(cd.dir, 'macho-root');
  mkdirSync(join(rootfs, 'bin'), { recursive: true });
  writeFileSync(join(rootfs, 'bin/hello'), MACHO, { mode: 0o755 });
  const r = await cd.ctr(['run', '--rm', '--runtime', RUNTIME, '--rootfs', rootfs, 'macho1', '/bin/hello']);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/the executable is darwin\/arm64: darwin containers run only on a darwin host/);
});

function mountsUnder(dir: string): string[] {
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[4])
    .filter((m): m is string => !!m && m.startsWith(dir))
    .sort();
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
