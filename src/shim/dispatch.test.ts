import { mkdtempSync, mkdirSync, rmSync, writeFileSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { decide, type DispatchInput } from './dispatch.js';
import { osOfMagic } from './exec-format.js';
import type { OciSpec } from '../common/oci.js';

const scratch = mkdtempSync(join(tmpdir(), 'dispatch-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const spec = (args: string[], annotations?: Record<string, string>): OciSpec => ({
  ociVersion: '1.0.2',
  process: { args, cwd: '/', user: { uid: 0, gid: 0 }, env: ['PATH=/bin'] },
  root: { path: 'rootfs' },
  annotations,
});

function input(over: Partial<DispatchInput>): DispatchInput {
  return {
    containerId: 'c',
    bundle: '/nonexistent',
    spec: spec(['sh']),
    rootfs: [],
    hostOs: 'linux',
    linuxOnLinux: 'native',
    imagePlatform: async () => undefined,
    ...over,
  };
}

describe('decide', () => {
  test('the annotation wins over the image', async () => {
    const d = await decide(
      input({ spec: spec(['sh'], { 'io.containerd.tandem.runtime': 'vm' }), imagePlatform: async () => ({ os: 'linux' }) }),
    );
    expect(d.executor).toBe('vm');
  });

  test('a bad annotation value is InvalidArgument', async () => {
    await expect(decide(input({ spec: spec(['sh'], { 'io.containerd.tandem.runtime': 'jail' }) }))).rejects.toMatchObject({ code: 3 });
  });

  test('image platform: darwin host runs darwin natively and linux in the VM', async () => {
    expect((await decide(input({ hostOs: 'darwin', imagePlatform: async () => ({ os: 'darwin' }) }))).executor).toBe('native');
    expect((await decide(input({ hostOs: 'darwin', imagePlatform: async () => ({ os: 'linux' }) }))).executor).toBe('vm');
  });

  test('linux host: linux images run natively unless the config says vm; darwin images are refused', async () => {
    let asked = 0;
    const linux = async () => (asked++, { os: 'linux' });
    expect((await decide(input({ imagePlatform: linux }))).executor).toBe('native');
    expect(asked).toBe(0); // nothing to learn from containerd: every runnable image runs natively
    // …and the log says so, not "no image" (CRI containers have one; their rootfs is not mounted yet).
    expect((await decide(input({ imagePlatform: linux }))).reason).toMatch(
      /^a linux host with linux containers native by config: the image platform is not looked up; .*: running natively$/,
    );
    expect((await decide(input({ linuxOnLinux: 'vm', imagePlatform: linux }))).executor).toBe('vm');
    expect(asked).toBe(1);
    await expect(decide(input({ linuxOnLinux: 'vm', imagePlatform: async () => ({ os: 'darwin' }) }))).rejects.toMatchObject({ code: 9 });
  });

  test('no image: the executable format decides, symlinks resolved inside the root', async () => {
    const bundle = mkdtempSync(join(scratch, 'bundle-'));
    mkdirSync(join(bundle, 'rootfs/bin'), { recursive: true });
    copyFileSync('/bin/busybox', join(bundle, 'rootfs/bin/busybox'));
    symlinkSync('/bin/busybox', join(bundle, 'rootfs/bin/sh')); // absolute: must resolve in the root
    const d = await decide(input({ bundle, hostOs: 'darwin' }));
    expect(d).toMatchObject({ executor: 'vm' });
    expect(d.reason).toMatch(/executable/);
    writeFileSync(join(bundle, 'rootfs/bin/macho'), Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0, 0, 0, 0]));
    expect((await decide(input({ bundle, hostOs: 'darwin', spec: spec(['/bin/macho']) }))).executor).toBe('native');
  });
  test('the reason says what was decided and why: an image on a linux host is not "no image"', async () => {
    // ctr run with an image: the rootfs is an overlay from a snapshotter, mounted only at Create.
    const bundle = mkdtempSync(join(scratch, 'bundle-'));
    mkdirSync(join(bundle, 'rootfs'));
    const rootfs = [{ type: 'overlay', source: 'overlay', options: ['lowerdir=/a'] }];
    const d = await decide(input({ bundle, rootfs, imagePlatform: async () => ({ os: 'linux' }) }));
    expect(d.executor).toBe('native');
    expect(d.reason).not.toMatch(/no image/);
    expect(d.reason).toMatch(/image platform is not looked up/);
    expect(d.reason).toMatch(/executable sh not found/);
    // With a lookup that found nothing, the reason says so.
    const none = await decide(input({ bundle, rootfs, hostOs: 'darwin' }));
    expect(none.reason).toMatch(/image platform is unknown/);
  });
});

test('magic numbers', () => {
  expect(osOfMagic(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))).toBe('linux');
  expect(osOfMagic(Buffer.from([0xcf, 0xfa, 0xed, 0xfe]))).toBe('darwin');
  expect(osOfMagic(Buffer.from([0xca, 0xfe, 0xba, 0xbe]))).toBe('darwin');
  expect(osOfMagic(Buffer.from('#!/b'))).toBeUndefined();
});
