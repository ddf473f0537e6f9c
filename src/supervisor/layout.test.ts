import { describe, expect, it } from 'vitest';
import { clientEnv, defaultStateDir, layout, LONGEST_SOCKET_SUFFIX, runDirFor, shellQuote, socketPathLimit } from './layout.js';
import { mentions } from './host.js';
import { parseMountinfo } from './host-linux.js';
import { parseMountOutput, parsePs } from './host-darwin.js';

describe('layout', () => {
  it('keeps sockets in the state dir while the longest fits, else a short dir named after it', () => {
    expect(runDirFor('/tmp/td-abc', 'linux')).toBe('/tmp/td-abc');
    const long = `/Users/someone/Library/Application Support/tandem/${'x'.repeat(40)}`;
    const r = runDirFor(long, 'darwin');
    expect(r).toMatch(/^\/tmp\/tandem-[0-9a-f]{12}$/);
    expect(r).toBe(runDirFor(long, 'darwin'));
    expect(r.length + LONGEST_SOCKET_SUFFIX).toBeLessThanOrEqual(socketPathLimit('darwin'));
    // The macOS default fits for an ordinary user name.
    expect(runDirFor('/Users/someone/Library/Application Support/tandem', 'darwin')).toBe(
      '/Users/someone/Library/Application Support/tandem',
    );
    const l = layout(long, 'darwin');
    expect(l.containerdRoot.startsWith(long)).toBe(true);
    expect(l.containerdSocket.startsWith(r)).toBe(true);
  });
  it('defaults to $TANDEM_STATE_DIR, else the data directory', () => {
    expect(defaultStateDir({ TANDEM_STATE_DIR: '/x/y' })).toBe('/x/y');
    expect(defaultStateDir({})).toMatch(/tandem$/);
  });
  it('tells clients where to go', () => {
    const env = Object.fromEntries(clientEnv(layout('/s', 'linux')));
    expect(env).toEqual({
      CONTAINERD_ADDRESS: '/s/containerd.sock',
      CONTAINERD_NAMESPACE: 'default',
      DOCKER_HOST: 'unix:///s/docker.sock',
      CONTAINER_RUNTIME_ENDPOINT: 'unix:///s/containerd.sock',
      DOCKER_BUILDKIT: '0',
    });
    expect(shellQuote("/a b/it's")).toBe(`'/a b/it'\\''s'`);
    expect(shellQuote('/plain/path')).toBe('/plain/path');
  });
});

describe('host', () => {
  it('matches a directory in a command line, not a longer name', () => {
    expect(mentions('containerd --config /tmp/td-a/containerd.toml', '/tmp/td-a')).toBe(true);
    expect(mentions('node main.js --state-dir /tmp/td-a', '/tmp/td-a')).toBe(true);
    expect(mentions('node main.js --state-dir /tmp/td-ab', '/tmp/td-a')).toBe(false);
  });
  it('parses mountinfo, ps and mount output', () => {
    expect(parseMountinfo('36 35 98:0 / /mnt/a\\040b rw - ext4 /dev/x rw\n')).toEqual(['/mnt/a b']);
    expect(parsePs('  12 /usr/bin/containerd --config x\n 7 node a.js\n')).toEqual([
      { pid: 12, command: '/usr/bin/containerd --config x' },
      { pid: 7, command: 'node a.js' },
    ]);
    expect(parseMountOutput('/dev/disk3s1 on / (apfs, local, journaled)\nbindfs on /private/tmp/x y (macfuse, nodev)\n')).toEqual([
      '/',
      '/private/tmp/x y',
    ]);
  });
});
