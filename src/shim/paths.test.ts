import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { daemonKey, daemonPaths } from './paths.js';

test('daemon key is FNV-1a 64 of address/namespace (shared with native/tandem-shim.c)', () => {
  // FNV-1a 64 of "a/b", computed independently with Python.
  const expected = execFileSync(
    'python3',
    ['-c', 'h=0xcbf29ce484222325\nfor b in b"a/b": h=((h^b)*0x100000001b3)&(2**64-1)\nprint("%016x"%h)'],
    { encoding: 'utf8' },
  ).trim();
  expect(daemonKey('a', 'b')).toBe(expected);
  expect(daemonKey('/run/containerd/containerd.sock', 'default')).toHaveLength(16);
});

test('socket paths stay short enough for darwin sun_path (104 bytes)', () => {
  const p = daemonPaths('/var/run/containerd/containerd.sock', 'k8s.io', { TANDEM_STATE_DIR: '/var/run/tandem' });
  expect(p.socket.length).toBeLessThan(104);
});
