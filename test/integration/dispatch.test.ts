// Dispatch against a real containerd: the image platform comes from containerd's gRPC API.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUSYBOX, Containerd } from '../helpers/containerd.js';
import { RUNTIME } from '../helpers/shim.js';
import { ContainerdImages } from '../../src/shim/image-platform.js';
import { writeOciArchive } from '../../src/images/oci-archive.js';

let cd: Containerd;
const MACHO = Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0x0c, 0x00, 0x00, 0x01]);
const DARWIN = 'docker.io/tandem/darwin-sample:latest';

beforeAll(async () => {
  cd = await Containerd.start();
  await cd.importBusybox();
  const tar = join(cd.dir, 'darwin.tar');
  await writeOciArchive(
    {
      name: DARWIN,
      os: 'darwin',
      architecture: 'arm64',
      cmd: ['/bin/hello'],
      layers: [
        [
          { type: 'directory', path: 'bin' },
          { type: 'file', path: 'bin/hello', mode: 0o755, content: MACHO },
        ],
      ],
    },
    tar,
  );
  await cd.ctrOk(['images', 'import', '--platform', 'darwin/arm64', tar]);
});
afterAll(() => cd?.dispose());

test("containerd reports the image's platform for a container", async () => {
  await cd.ctrOk(['containers', 'create', BUSYBOX, 'plat1', 'true']);
  const images = new ContainerdImages(cd.address, cd.namespace);
  try {
    expect(await images.platformOf('plat1', 'linux')).toEqual({ os: 'linux', architecture: 'amd64' });
    await expect(images.platformOf('no-such-container', 'linux')).rejects.toMatchObject({ code: 5 });
  } finally {
    images.close();
    await cd.ctrOk(['containers', 'delete', 'plat1']);
  }
});

test('a darwin image on a Linux host is refused with a clear error (config asks containerd)', async () => {
  const config = join(cd.dir, 'tandem-vm.json');
  writeFileSync(config, JSON.stringify({ linuxExecutor: 'vm' }));
  const r = await cd.ctr([
    'run',
    '--rm',
    '--platform',
    'darwin/arm64',
    '--runtime',
    RUNTIME,
    '--runtime-config-path',
    config,
    DARWIN,
    'darwin1',
  ]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/image is darwin: tandem runs darwin containers only on a darwin host/);
});

test('no image: a Mach-O executable is recognised as darwin', async () => {
  const rootfs = join(cd.dir, 'macho-root');
  mkdirSync(join(rootfs, 'bin'), { recursive: true });
  writeFileSync(join(rootfs, 'bin/hello'), MACHO, { mode: 0o755 });
  const r = await cd.ctr(['run', '--rm', '--runtime', RUNTIME, '--rootfs', rootfs, 'macho1', '/bin/hello']);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/executable is darwin/);
});
