import type { Stats } from 'node:fs';
import { expect, test } from 'vitest';
import type { OciSpec } from '../../common/oci.js';
import { devNumbers, guestDevices, parseDevices, withAllDevices, withDevices } from './devices.js';

const device = (kind: 'c' | 'b', rdev: number) =>
  ({ isCharacterDevice: () => kind === 'c', isBlockDevice: () => kind === 'b', rdev, mode: 0o20666 }) as unknown as Stats;

test("dev_t as glibc splits it (Linux's 12-bit major, 20-bit minor)", () => {
  expect(devNumbers((10 << 8) | 229)).toEqual({ major: 10, minor: 229 }); // /dev/fuse
  expect(devNumbers(0x12310345)).toEqual({ major: 259, minor: 0x12345 }); // a 20-bit minor's high bits above the major
});

test('the annotation is checked', () => {
  expect(parseDevices('[{"path":"/dev/fuse","container":"/dev/fuse","access":"rwm"}]')).toHaveLength(1);
  expect(() => parseDevices('{')).toThrow(/not JSON/);
  expect(() => parseDevices('[{"path":"dev/fuse","container":"/x","access":"rwm"}]')).toThrow(/absolute paths/);
  expect(() => parseDevices('[{"path":"/dev/fuse","container":"/x","access":"x"}]')).toThrow(/access of rwm/);
});

test('a guest device becomes a node and an allow rule after the deny-all; anything else fails the create', () => {
  const spec: OciSpec = { ociVersion: '1.0.2', linux: { resources: { devices: [{ allow: false, access: 'rwm' }] } } };
  const out = withDevices(spec, [{ path: '/dev/fuse', container: '/dev/myfuse', access: 'rw' }], () => device('c', (10 << 8) | 229));
  expect(out.linux?.devices).toEqual([{ path: '/dev/myfuse', type: 'c', major: 10, minor: 229, fileMode: 0o666, uid: 0, gid: 0 }]);
  expect((out.linux?.resources as { devices: unknown[] }).devices).toEqual([
    { allow: false, access: 'rwm' },
    { allow: true, type: 'c', major: 10, minor: 229, access: 'rw' },
  ]);
  expect(() => withDevices(spec, [{ path: '/dev/nosuch', container: '/dev/nosuch', access: 'rwm' }], () => undefined)).toThrow(
    /--device \/dev\/nosuch: the guest VM has no such device/,
  );
});

test("--privileged: every device of the guest's /dev as runc walks it, added once at its own path, owner and mode", () => {
  const dir = (name: string) => ({ name, isDirectory: () => true });
  const file = (name: string) => ({ name, isDirectory: () => false });
  const tree: Record<string, { name: string; isDirectory(): boolean }[]> = {
    '/dev': [file('fuse'), file('vda'), file('console'), file('stdin'), dir('pts'), dir('shm'), dir('input'), file('initctl')],
    '/dev/input': [file('event0')],
  };
  const stats: Record<string, Stats> = {
    '/dev/fuse': device('c', (10 << 8) | 229),
    '/dev/vda': device('b', (254 << 8) | 0),
    '/dev/console': device('c', (5 << 8) | 1),
    '/dev/input/event0': device('c', (13 << 8) | 64),
    // a symbolic link and a FIFO are no devices
    '/dev/stdin': { isCharacterDevice: () => false, isBlockDevice: () => false, rdev: 0 } as unknown as Stats,
  };
  const seen: string[] = [];
  const nodes = guestDevices('/dev', {
    readdir: (d) => (seen.push(d), tree[d] ?? []),
    lstat: (p) => stats[p],
  });
  expect(nodes.map((n) => n.path)).toEqual(['/dev/fuse', '/dev/vda', '/dev/input/event0']);
  expect(seen).toEqual(['/dev', '/dev/input']); // pts and shm are not walked

  const spec: OciSpec = {
    ociVersion: '1.0.2',
    linux: { devices: [{ path: '/dev/fuse', type: 'c', major: 10, minor: 229 }] } as OciSpec['linux'],
  };
  const out = withAllDevices(spec, nodes);
  expect(
    (out.linux as { devices: { path: string; type: string; major: number; minor: number }[] }).devices.map((d) => [
      d.path,
      d.type,
      d.major,
      d.minor,
    ]),
  ).toEqual([
    ['/dev/fuse', 'c', 10, 229],
    ['/dev/vda', 'b', 254, 0],
    ['/dev/input/event0', 'c', 13, 64],
  ]);
});
