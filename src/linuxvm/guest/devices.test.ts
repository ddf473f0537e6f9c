import type { Stats } from 'node:fs';
import { expect, test } from 'vitest';
import type { OciSpec } from '../../common/oci.js';
import { devNumbers, parseDevices, withDevices } from './devices.js';

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
