import { describe, expect, test } from 'vitest';
import { DEFAULT_CAPS } from '../../common/oci.js';
import { ALL_CAPS, hostSpec } from './host-options.js';
import { discardedWarnings, resources } from './resources.js';
import { buildSpec } from './spec.js';

describe('hostSpec', () => {
  test("capabilities as dockerd's TweakCapabilities: names with or without CAP_, ALL both ways; unknown ones refused", () => {
    expect(hostSpec({}, true).caps).toEqual(DEFAULT_CAPS);
    const added = hostSpec({ CapAdd: ['net_admin', 'CAP_SYS_PTRACE'], CapDrop: ['MKNOD'] }, true).caps!;
    expect(added).toContain('CAP_NET_ADMIN');
    expect(added).toContain('CAP_SYS_PTRACE');
    expect(added).not.toContain('CAP_MKNOD');
    expect(hostSpec({ CapDrop: ['ALL'], CapAdd: ['CHOWN'] }, true).caps).toEqual(['CAP_CHOWN']);
    expect(hostSpec({ CapAdd: ['ALL'], CapDrop: ['SYS_ADMIN'] }, true).caps).toEqual(ALL_CAPS.filter((c) => c !== 'CAP_SYS_ADMIN'));
    expect(hostSpec({ Privileged: true, CapDrop: ['ALL'] }, true).caps).toEqual(ALL_CAPS);
    expect(() => hostSpec({ CapAdd: ['FLY'] }, true)).toThrow('unknown capability: "CAP_FLY"');
  });

  test('a native container is warned that capabilities and the OOM score are not enforced', () => {
    expect(hostSpec({ CapAdd: ['NET_ADMIN'], OomScoreAdj: 10 }, 'maybe').warnings).toEqual([
      expect.stringMatching(/Capabilities .* are not enforced for native containers/),
      expect.stringMatching(/--oom-score-adj is not applied/),
    ]);
    expect(hostSpec({ CapAdd: ['NET_ADMIN'] }, true).warnings).toEqual([]);
  });

  test('ulimits, /dev/shm, OOM score, extra groups', () => {
    const s = hostSpec(
      { Ulimits: [{ Name: 'nofile', Soft: 512, Hard: 1024 }], ShmSize: 128 << 20, OomScoreAdj: 500, GroupAdd: ['1234'] },
      true,
    );
    expect(s.rlimits).toEqual([{ type: 'RLIMIT_NOFILE', soft: 512, hard: 1024 }]);
    expect([s.shmSize, s.oomScoreAdj, s.additionalGids]).toEqual([128 << 20, 500, [1234]]);
    expect(() => hostSpec({ Ulimits: [{ Name: 'files', Soft: 1, Hard: 1 }] }, true)).toThrow('invalid ulimit type: files');
    expect(() => hostSpec({ Ulimits: [{ Name: 'nofile', Soft: 9, Hard: 1 }] }, true)).toThrow(
      /soft limit must be less than or equal to hard limit/,
    );
    expect(() => hostSpec({ OomScoreAdj: 2000 }, true)).toThrow(/range for oom score adj is \[-1000, 1000\]/);
    // A name is resolved at start (groups.ts): only the numbers are in the options.
    expect(hostSpec({ GroupAdd: ['audio', '7'] }, true).additionalGids).toEqual([7]);
  });

  test('security options: no-new-privileges, unconfined profiles and system paths; others refused', () => {
    expect(hostSpec({}, true).noNewPrivileges).toBe(false);
    expect(hostSpec({ SecurityOpt: ['no-new-privileges'] }, true).noNewPrivileges).toBe(true);
    expect(
      hostSpec({ SecurityOpt: ['no-new-privileges:true', 'seccomp=unconfined', 'apparmor=unconfined', 'label=disable'] }, true)
        .noNewPrivileges,
    ).toBe(true);
    expect(hostSpec({ SecurityOpt: ['systempaths=unconfined'] }, true).systemPaths).toBe(true);
    // seccomp: the guest's default unless unconfined or privileged; a profile's JSON as the CLI sends a file's.
    const profile = '{"defaultAction":"SCMP_ACT_ERRNO"}';
    expect(hostSpec({}, true).seccomp).toBe('default');
    expect(hostSpec({ SecurityOpt: ['seccomp=unconfined'] }, true).seccomp).toBeUndefined();
    expect(hostSpec({ Privileged: true }, true).seccomp).toBeUndefined();
    expect(hostSpec({ SecurityOpt: [`seccomp=${profile}`] }, true).seccomp).toBe(profile);
    expect(() => hostSpec({ SecurityOpt: ['seccomp={"syscalls":'] }, true)).toThrow(/^Decoding seccomp profile failed: /);
    expect(() => hostSpec({ SecurityOpt: ['seccomp={}'] }, true)).toThrow(
      'Decoding seccomp profile failed: the profile has no defaultAction',
    );
    expect(() => hostSpec({ SecurityOpt: [`seccomp=${profile}`] }, false)).toThrow(/a native container runs under no seccomp filter/);
    expect(() => hostSpec({ SecurityOpt: ['apparmor=docker-default'] }, true)).toThrow(/only apparmor=unconfined/);
    expect(() => hostSpec({ SecurityOpt: ['bogus'] }, true)).toThrow('invalid --security-opt: "bogus"');
  });

  test("namespaces: private or the host's; the rest refused by flag", () => {
    expect(hostSpec({ PidMode: 'host', IpcMode: 'shareable', UTSMode: 'host' }, true).shared).toEqual(['pid', 'uts']);
    expect(hostSpec({ IpcMode: 'none' }, true).noShm).toBe(true);
    expect(() => hostSpec({ PidMode: 'container:abc' }, true)).toThrow(/--pid container:abc: tandem supports private and host/);
    expect(() => hostSpec({ UsernsMode: 'private' }, true)).toThrow(/no user namespaces/);
    expect(() => hostSpec({ CgroupnsMode: 'host' }, true)).toThrow(/private cgroup namespace/);
  });

  test('--network none: a namespace of its own in the VM; refused natively', () => {
    expect(hostSpec({ NetworkMode: 'none' }, true).noNetwork).toBe(true);
    expect(hostSpec({ NetworkMode: 'bridge' }, true).noNetwork).toBe(false);
    expect(() => hostSpec({ NetworkMode: 'none' }, 'maybe')).toThrow(/native container shares the host's network/);
  });

  test('sysctls: IPC ones in the VM; none natively, none of the network', () => {
    expect(hostSpec({ Sysctls: { 'kernel.shmmax': '1000000', 'fs.mqueue.msg_max': '20' } }, true).sysctl).toEqual({
      'kernel.shmmax': '1000000',
      'fs.mqueue.msg_max': '20',
    });
    expect(() => hostSpec({ Sysctls: { 'kernel.shmmax': '1' } }, 'maybe')).toThrow(/native container has no kernel namespaces/);
    expect(() => hostSpec({ Sysctls: { 'net.ipv4.ip_forward': '1' } }, true)).toThrow(/share the VM's network namespace/);
    expect(() => hostSpec({ Sysctls: { 'vm.swappiness': '1' } }, true)).toThrow(/not whitelisted/);
  });

  test('what tandem lacks is refused by its flag; the log drivers are json-file, local and none', () => {
    expect(() => hostSpec({ DeviceRequests: [{ Count: -1 }], BlkioWeight: 300 }, true)).toThrow(
      'tandem does not support --blkio-weight, --gpus yet (docs/docker.md)',
    );
    expect(
      JSON.parse(hostSpec({ Devices: [{ PathOnHost: '/dev/fuse', PathInContainer: '', CgroupPermissions: 'rw' }] }, true).devices!),
    ).toEqual([{ path: '/dev/fuse', container: '/dev/fuse', access: 'rw' }]);
    expect(() => hostSpec({ Devices: [{ PathOnHost: '/dev/fuse' }] }, 'maybe')).toThrow(/native container cannot be given devices/);
    // The CLI sends every field, empty: nothing is refused for that.
    expect(() => hostSpec({ Devices: [], BlkioWeight: 0, Links: null, StorageOpt: {} }, true)).not.toThrow();
    expect(() => hostSpec({ LogConfig: { Type: 'syslog' } }, true)).toThrow(/json-file, local and none log drivers only/);
    expect(() => hostSpec({ LogConfig: { Type: 'json-file', Config: { 'max-bytes': '1' } } }, true)).toThrow(
      "unknown log opt 'max-bytes' for json-file log driver",
    );
    expect(hostSpec({ LogConfig: { Type: 'json-file', Config: { 'max-size': '10m', 'max-file': '3' } } }, true).warnings).toEqual([]);
    expect(() => hostSpec({ LogConfig: { Type: 'json-file', Config: { 'max-size': 'ten' } } }, true)).toThrow(/invalid max-size "ten"/);
  });
});

describe('resources', () => {
  test('every limit, in the OCI shape', () => {
    expect(
      resources({
        Memory: 64 << 20,
        MemoryReservation: 32 << 20,
        MemorySwap: 128 << 20,
        CpuShares: 512,
        CpuPeriod: 50000,
        CpuQuota: 25000,
        CpusetCpus: '0',
        PidsLimit: 50,
      }),
    ).toEqual({
      memory: { limit: 64 << 20, reservation: 32 << 20, swap: 128 << 20 },
      cpu: { shares: 512, quota: 25000, period: 50000, cpus: '0' },
      pids: { limit: 50 },
    });
    expect(resources({ PidsLimit: -1, MemorySwap: -1 })).toEqual({ memory: { swap: -1 } });
  });

  test("bad mixes get dockerd's words", () => {
    expect(() => resources({ Memory: 1024 })).toThrow('Minimum memory limit allowed is 6MB');
    expect(() => resources({ MemorySwap: 64 << 20 })).toThrow(/always set the Memory limit/);
    expect(() => resources({ Memory: 64 << 20, MemorySwap: 32 << 20 })).toThrow(/memoryswap limit should be larger/);
    expect(() => resources({ Memory: 64 << 20, MemoryReservation: 128 << 20 })).toThrow(/less than memory reservation/);
    expect(() => resources({ NanoCpus: 1e9, CpuQuota: 5000 })).toThrow('Conflicting options: Nano CPUs and CPU Quota cannot both be set');
    expect(() => resources({ CpuPeriod: 10 })).toThrow(/CPU cfs period/);
    expect(() => resources({ CpusetCpus: 'a-b' })).toThrow(/--cpuset-cpus/);
  });

  test('swappiness and oom-kill-disable are discarded with a warning, as dockerd on cgroup v2', () => {
    expect(discardedWarnings({ MemorySwappiness: 10, OomKillDisable: true })).toHaveLength(2);
    expect(discardedWarnings({ MemorySwappiness: -1 })).toEqual([]);
  });
});

test('the spec carries them', () => {
  const host = {
    Ulimits: [{ Name: 'nproc', Soft: 10, Hard: 20 }],
    ShmSize: 1 << 20,
    PidMode: 'host',
    Sysctls: { 'kernel.sem': '1 2 3 4' },
    PidsLimit: 7,
  };
  const spec = buildSpec({
    id: 'x',
    namespace: 'ns',
    config: { Cmd: ['true'], User: '1000' },
    hostConfig: host,
    mounts: [],
    runtime: 'tandem-vm',
    publish: [],
    options: { ...hostSpec(host, true), additionalGids: [5] },
  });
  expect(spec.process?.rlimits).toEqual([{ type: 'RLIMIT_NPROC', soft: 10, hard: 20 }]);
  expect(spec.process?.user.additionalGids).toEqual([5]);
  expect(spec.mounts?.find((m) => m.destination === '/dev/shm')?.options).toContain('size=1024k');
  expect((spec.linux?.namespaces as { type: string }[]).map((n) => n.type)).toEqual(['ipc', 'uts', 'mount']);
  expect((spec.linux as Record<string, unknown>).sysctl).toEqual({ 'kernel.sem': '1 2 3 4' });
  expect((spec.linux?.resources as Record<string, unknown>).pids).toEqual({ limit: 7 });
});
