import { describe, expect, it } from 'vitest';
import { Code } from '../common/errdefs.js';
import { guestId } from './executor.js';
import { parsePublish } from './publish.js';
import { backendOrder, vmSettings } from './settings.js';

describe('parsePublish', () => {
  it('reads comma lists and numbered keys, defaulting to 127.0.0.1 and tcp', () => {
    expect(
      parsePublish({
        'io.containerd.tandem.publish': '8080:80, 5353:53/udp',
        'io.containerd.tandem.publish.1': '0.0.0.0:9000:9000/tcp',
        'io.containerd.tandem.publisher': 'ignored',
        other: '1:2',
      }),
    ).toEqual([
      { proto: 'tcp', hostAddr: '127.0.0.1', hostPort: 8080, containerPort: 80 },
      { proto: 'udp', hostAddr: '127.0.0.1', hostPort: 5353, containerPort: 53 },
      { proto: 'tcp', hostAddr: '0.0.0.0', hostPort: 9000, containerPort: 9000 },
    ]);
    expect(parsePublish(undefined)).toEqual([]);
  });

  it('refuses malformed entries, bad ports and duplicates', () => {
    for (const bad of ['80', '80:0', '70000:80', 'a:b', '80:80/sctp', '8080:80,8080:81']) {
      expect(() => parsePublish({ 'io.containerd.tandem.publish': bad }), bad).toThrow(
        expect.objectContaining({ code: Code.InvalidArgument }),
      );
    }
  });
});

describe('settings', () => {
  it('has defaults and reads the environment', () => {
    const d = vmSettings({}, 'linux', 'x64');
    expect(d).toMatchObject({ stateDir: '/run/tandem', idleTimeoutMs: 60_000, arch: 'amd64', shareKind: 'virtiofs', memoryMiB: 1024 });
    expect(d.imageDir).toBeUndefined(); // the cache's current image (image/ensure.ts)
    const e = vmSettings(
      {
        TANDEM_STATE_DIR: '/s',
        TANDEM_VM_IDLE_TIMEOUT_MS: '5',
        TANDEM_VM_BACKEND: 'vfkit',
        TANDEM_GUEST_IMAGE: '/img',
        TANDEM_VM_SHARE: '9p',
      },
      'darwin',
      'arm64',
    );
    expect(e).toMatchObject({ stateDir: '/s', idleTimeoutMs: 5, backend: 'vfkit', arch: 'arm64', imageDir: '/img', shareKind: '9p' });
    expect(vmSettings({}, 'darwin', 'arm64').stateDir).toBe('/var/run/tandem');
    // A guest of another architecture than the host's (under TCG): its own image directory.
    expect(vmSettings({ TANDEM_VM_ARCH: 'arm64' }, 'linux', 'x64')).toMatchObject({ arch: 'arm64', imageDir: undefined }); // the cache's arm64 image
  });

  it('refuses bad values', () => {
    expect(() => vmSettings({ TANDEM_VM_IDLE_TIMEOUT_MS: '-1' }, 'linux', 'x64')).toThrow(/TANDEM_VM_IDLE_TIMEOUT_MS/);
    expect(() => vmSettings({ TANDEM_VM_BACKEND: 'xen' }, 'linux', 'x64')).toThrow(/TANDEM_VM_BACKEND/);
    expect(() => vmSettings({}, 'linux', 'ia32')).toThrow(/ia32/);
    expect(() => vmSettings({ TANDEM_VM_ARCH: 'riscv64' }, 'linux', 'x64')).toThrow(/TANDEM_VM_ARCH=riscv64: want amd64 or arm64/);
  });

  it('orders backends per platform', () => {
    expect(backendOrder({}, 'darwin')).toEqual(['vfkit', 'qemu']);
    expect(backendOrder({}, 'linux')).toEqual(['qemu']);
    expect(backendOrder({ backend: 'qemu' }, 'darwin')).toEqual(['qemu']);
  });
});

describe('guestId', () => {
  it('joins namespace and id unambiguously and refuses odd ids', () => {
    expect(guestId('default', 'web')).toBe('default--web');
    expect(() => guestId('default', '../x')).toThrow(expect.objectContaining({ code: Code.InvalidArgument }));
  });
});
