import { mkdtempSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { identity, knownFailures, rememberFailure } from './accel-verdict.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-accel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('accelerator verdict', () => {
  it('is kept for the same boot and QEMU binary, per guest architecture', () => {
    const qemu = join(dir, 'qemu-system-x86_64');
    writeFileSync(qemu, 'v1');
    const on = identity(qemu, 'boot-1');
    expect(knownFailures(dir, 'amd64', on)).toEqual([]); // nothing remembered yet
    rememberFailure(dir, on, { accel: 'kvm', arch: 'amd64', why: 'failed to set MSR 0x10a' });
    rememberFailure(dir, on, { accel: 'kvm', arch: 'amd64', why: 'again' }); // replaces, not duplicates
    expect(knownFailures(dir, 'amd64', identity(qemu, 'boot-1'))).toEqual([{ accel: 'kvm', arch: 'amd64', why: 'again' }]);
    expect(knownFailures(dir, 'arm64', on)).toEqual([]);
  });

  it('is void after a reboot or with another QEMU binary, and a new failure starts it afresh', () => {
    const qemu = join(dir, 'qemu-system-x86_64');
    writeFileSync(qemu, 'v1');
    const on = identity(qemu, 'boot-1');
    rememberFailure(dir, on, { accel: 'kvm', arch: 'amd64', why: 'x' });
    expect(knownFailures(dir, 'amd64', identity(qemu, 'boot-2'))).toEqual([]);
    writeFileSync(qemu, 'v2, upgraded');
    utimesSync(qemu, new Date(), new Date(Date.now() + 5000));
    const upgraded = identity(qemu, 'boot-1');
    expect(upgraded).not.toBe(on);
    expect(knownFailures(dir, 'amd64', upgraded)).toEqual([]);
    rememberFailure(dir, upgraded, { accel: 'kvm', arch: 'arm64', why: 'y' });
    expect(knownFailures(dir, 'amd64', upgraded)).toEqual([]); // the old verdict's entries went with it
    expect(knownFailures(dir, 'arm64', upgraded)).toHaveLength(1);
  });

  it('a damaged file or an unwritable directory costs a probe, never an error', () => {
    writeFileSync(join(dir, 'accel-verdict.json'), '{not json');
    expect(knownFailures(dir, 'amd64', 'x')).toEqual([]);
    expect(() => rememberFailure(join(dir, 'missing', 'dir'), 'x', { accel: 'kvm', arch: 'amd64', why: 'z' })).not.toThrow();
    expect(identity('/nonexistent/qemu', 'b')).toContain('/nonexistent/qemu:absent');
  });
});
