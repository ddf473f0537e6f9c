import { expect, test } from 'vitest';
import { runHostConfig, runSpecParts } from './run-options.js';

const q = (s: string) => new URLSearchParams(s);

test("the build query's RUN options, as the docker CLI sends them, checked before a step runs", () => {
  const h = runHostConfig(
    q(
      'extrahosts=a:1.2.3.4&extrahosts=b:host-gateway&memory=67108864&memswap=134217728&networkmode=none&shmsize=134217728&cpushares=512&ulimits=[{"Name":"nofile","Hard":200,"Soft":100}]',
    ),
  );
  expect(h).toMatchObject({
    ExtraHosts: ['a:1.2.3.4', 'b:host-gateway'],
    Memory: 64 << 20,
    MemorySwap: 128 << 20,
    NetworkMode: 'none',
    ShmSize: 128 << 20,
  });
  expect(() => runHostConfig(q('memory=lots'))).toThrow('invalid memory: "lots" is not an integer');
  expect(() => runHostConfig(q('ulimits={'))).toThrow(/invalid ulimits/);
  expect(() => runHostConfig(q('networkmode=mynet'))).toThrow(/only default, host and none/);
  expect(() => runHostConfig(q('memory=67108864&memswap=1'))).toThrow(/Minimum memoryswap limit/);
  expect(() => runHostConfig(q('isolation=hyperv'))).toThrow('--isolation hyperv is Windows-only');
});

test('a RUN in the VM gets the limits and a network of its own; natively, a warning and no --network none', () => {
  const host = { ExtraHosts: ['gw:host-gateway'], Memory: 64 << 20, NetworkMode: 'none' };
  const vm = runSpecParts(host, true, '');
  expect(vm.annotations).toEqual({ 'io.containerd.tandem.network': 'none' });
  expect(vm.hosts).toMatch(/^127\.0\.0\.1\tlocalhost\n[\s\S]*10\.0\.2\.2\tgw\n$/);
  expect([vm.warning, vm.options.seccomp]).toEqual([undefined, undefined]);
  expect(() => runSpecParts(host, false, '')).toThrow(/a native RUN shares the host's network/);
  const native = runSpecParts({ ...host, NetworkMode: undefined }, false, '127.0.0.1 localhost');
  expect(native.hosts).toBe('127.0.0.1 localhost\n127.0.0.1\tgw\n');
  expect(native.warning).toMatch(/not enforced for a native RUN/);
  // Without --add-host too: the host's file natively, localhost and the host in the VM.
  expect(runSpecParts({}, false, '127.0.0.1 localhost\n').hosts).toBe('127.0.0.1 localhost\n');
  expect(runSpecParts({}, false, '').hosts).toMatch(/^127\.0\.0\.1\tlocalhost\n/);
  expect(runSpecParts({}, true, '').hosts).toMatch(/^127\.0\.0\.1\tlocalhost\n[\s\S]*10\.0\.2\.2\thost\.docker\.internal\n$/);
});
