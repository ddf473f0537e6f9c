import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync as mkdtemp, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { decide, layersKey, withPlatform, type DispatchInput } from './dispatch.js';
import { nativePlatforms, parsePlatform, type Platform } from '../common/platform.js';
import type { Executor } from '../executor/executor.js';
import type { OciSpec } from '../common/oci.js';

const dirs: string[] = [];
const mkdtempSync = (prefix: string) => {
  const d = mkdtemp(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const spec = (args: string[], annotations?: Record<string, string>): OciSpec => ({
  ociVersion: '1.0.2',
  process: { args, cwd: '/', user: { uid: 0, gid: 0 }, env: ['PATH=/bin'] },
  root: { path: 'rootfs' },
  annotations,
});

function on(host: string, over: Partial<DispatchInput> = {}, rosetta = false): DispatchInput {
  const h = parsePlatform(host);
  return {
    containerId: 'c',
    bundle: '/nonexistent',
    spec: spec(['sh']),
    rootfs: [],
    host: h,
    natives: nativePlatforms(h, { rosetta }),
    linuxOnLinux: 'native',
    imagePlatform: async () => undefined,
    ...over,
  };
}
const image = (s: string) => ({ imagePlatform: async (): Promise<Platform> => parsePlatform(s) });

describe('image platform × host', () => {
  test.each([
    // Linux amd64 host (this machine)
    ['linux/amd64', 'linux/amd64', 'native'],
    ['linux/amd64', 'linux/386', 'native'],
    ['linux/amd64', 'linux/arm64', 'vm'],
    ['linux/amd64', 'linux/arm/v7', 'vm'],
    ['linux/amd64', 'linux/riscv64', 'vm'],
    // Linux arm64 host
    ['linux/arm64', 'linux/arm64/v8', 'native'],
    ['linux/arm64', 'linux/amd64', 'vm'],
    ['linux/arm64', 'linux/arm/v7', 'vm'],
    // Mac with Apple silicon: linux of any architecture in the VM
    ['darwin/arm64', 'darwin/arm64', 'native'],
    ['darwin/arm64', 'linux/arm64', 'vm'],
    ['darwin/arm64', 'linux/amd64', 'vm'],
    // Intel Mac
    ['darwin/amd64', 'darwin/amd64', 'native'],
    ['darwin/amd64', 'linux/amd64', 'vm'],
    ['darwin/amd64', 'linux/arm64', 'vm'],
  ])('on %s, a %s image runs %s', async (host, img, executor) => {
    const d = await decide(on(host, image(img)));
    expect(d.executor).toBe(executor);
    expect(d.platform).toEqual(parsePlatform(img));
    expect(d.reason).toContain(img.replace('/v8', ''));
  });

  test.each([
    ['linux/amd64', 'darwin/arm64', 'the image is darwin/arm64: darwin containers run only on a darwin host (this host is linux/amd64)'],
    ['linux/arm64', 'darwin/amd64', 'darwin containers run only on a darwin host (this host is linux/arm64)'],
    ['darwin/arm64', 'darwin/amd64', 'darwin/amd64 programs need Rosetta 2 on this Mac (install it: softwareupdate --install-rosetta)'],
    ['darwin/amd64', 'darwin/arm64', 'no emulator runs darwin/arm64 programs on a darwin/amd64 Mac'],
    ['linux/amd64', 'windows/amd64', 'windows is not supported (this host is linux/amd64)'],
    ['darwin/arm64', 'freebsd/arm64', 'freebsd is not supported'],
  ])('on %s, a %s image is refused before anything starts', async (host, img, message) => {
    await expect(decide(on(host, image(img)))).rejects.toMatchObject({ code: 9, message: expect.stringContaining(message) });
  });

  test('darwin/amd64 on Apple silicon with Rosetta 2 runs natively', async () => {
    expect((await decide(on('darwin/arm64', image('darwin/amd64'), true))).executor).toBe('native');
  });

  test('the tandem config can send native linux images to the VM on a Linux host', async () => {
    const d = await decide(on('linux/amd64', { ...image('linux/amd64'), linuxOnLinux: 'vm' }));
    expect(d).toMatchObject({ executor: 'vm', reason: 'the image is linux/amd64, native to this host (config: vm)' });
  });
});

describe('annotation', () => {
  test('wins over the image, without asking containerd', async () => {
    let asked = 0;
    const d = await decide(
      on('linux/amd64', { spec: spec(['sh'], { 'io.containerd.tandem.runtime': 'vm' }), imagePlatform: async () => (asked++, undefined) }),
    );
    expect(d.executor).toBe('vm');
    expect(asked).toBe(0);
  });

  test('a bad value is InvalidArgument', async () => {
    await expect(decide(on('linux/amd64', { spec: spec(['sh'], { 'io.containerd.tandem.runtime': 'jail' }) }))).rejects.toMatchObject({
      code: 3,
    });
  });
});

describe('no image: the executable header decides', () => {
  const MACHO_ARM64 = Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0x0c, 0x00, 0x00, 0x01, 0, 0, 0, 0]);

  function bundleWith(files: (root: string) => void): string {
    const bundle = mkdtempSync('dispatch-');
    mkdirSync(join(bundle, 'rootfs/bin'), { recursive: true });
    files(join(bundle, 'rootfs'));
    return bundle;
  }

  test('an ELF program (symlinks resolved inside the root) runs natively here, in the VM on a Mac', async () => {
    const bundle = bundleWith((root) => {
      copyFileSync('/bin/busybox', join(root, 'bin/busybox'));
      symlinkSync('/bin/busybox', join(root, 'bin/sh')); // absolute: must resolve in the root
    });
    expect(await decide(on('linux/amd64', { bundle }))).toMatchObject({ executor: 'native', platform: parsePlatform('linux/amd64') });
    const d = await decide(on('darwin/arm64', { bundle }));
    expect(d).toMatchObject({ executor: 'vm', reason: 'the executable is linux/amd64: the guest VM runs it' });
  });

  test('a Mach-O program runs on a Mac and is refused on Linux, naming darwin', async () => {
    const bundle = bundleWith((root) => writeFileSync(join(root, 'bin/hello'), MACHO_ARM64));
    expect((await decide(on('darwin/arm64', { bundle, spec: spec(['/bin/hello']) }))).executor).toBe('native');
    await expect(decide(on('linux/amd64', { bundle, spec: spec(['hello']) }))).rejects.toMatchObject({
      code: 9,
      message: 'the executable is darwin/arm64: darwin containers run only on a darwin host (this host is linux/amd64)',
    });
  });

  test('a script: its interpreter decides', async () => {
    const bundle = bundleWith((root) => {
      writeFileSync(join(root, 'bin/hello'), MACHO_ARM64);
      writeFileSync(join(root, 'bin/run'), '#!/bin/hello -x\necho\n');
    });
    expect((await decide(on('darwin/arm64', { bundle, spec: spec(['run']) }))).executor).toBe('native');
  });

  test("containerd's overlay rootfs is read from its layers before it is mounted", async () => {
    const dir = mkdtempSync('dispatch-layers-');
    const [upper, top, base] = ['upper', 'l2', 'l1'].map((l) => join(dir, l));
    for (const l of [upper, top, base]) mkdirSync(join(l, 'bin'), { recursive: true });
    writeFileSync(join(base, 'bin/hello'), '#!/bin/busybox sh\n');
    copyFileSync('/bin/busybox', join(base, 'bin/busybox'));
    writeFileSync(join(top, 'bin/hello'), MACHO_ARM64); // the upper layer's file wins
    const rootfs = [{ type: 'overlay', source: 'overlay', options: [`lowerdir=${top}:${base}`, `upperdir=${upper}`, `workdir=${dir}/w`] }];
    expect(layersKey(rootfs)).toBe(`lowerdir=${top}:${base}`);
    await expect(decide(on('linux/amd64', { rootfs, spec: spec(['hello']) }))).rejects.toMatchObject({ code: 9 });
    execFileSync('mknod', [join(upper, 'bin/hello'), 'c', '0', '0']); // a whiteout deletes it
    expect(await decide(on('linux/amd64', { rootfs, spec: spec(['hello']) }))).toMatchObject({
      reason: expect.stringMatching(/nor the executable tells the platform/),
    });
    expect(await decide(on('linux/amd64', { rootfs, spec: spec(['busybox']) }))).toMatchObject({ platform: parsePlatform('linux/amd64') });
  });

  test('containerd cannot answer: the executable decides', async () => {
    const bundle = bundleWith((root) => writeFileSync(join(root, 'bin/hello'), MACHO_ARM64));
    const input = on('linux/amd64', { bundle, spec: spec(['/bin/hello']), imagePlatform: () => Promise.reject(new Error('down')) });
    await expect(decide(input)).rejects.toMatchObject({ message: /executable is darwin\/arm64/ });
  });

  test('nothing to read: native', async () => {
    expect((await decide(on('linux/amd64'))).executor).toBe('native');
  });
});

test('the decided platform reaches the executor', async () => {
  const seen: unknown[] = [];
  const e: Executor = {
    name: 'vm',
    create: async (req) => (seen.push(req.platform), undefined as never),
    cleanup: async () => {},
  };
  await withPlatform(e, parsePlatform('linux/arm64')).create({} as never);
  expect(seen).toEqual([{ os: 'linux', architecture: 'arm64' }]);
  expect(withPlatform(e, undefined)).toBe(e);
});
