import { describe, expect, it } from 'vitest';
import { BEGIN, END, mergeContainerdConfig, mergeDaemonJson } from './install-merge.js';
import type { TandemEntries } from './containerd-config.js';
import { parseToml, type TomlTable } from './toml.js';

const linux: TandemEntries = {
  version: 2,
  minor: 7,
  platform: 'linux',
  arch: 'amd64',
  snapshotterAddress: '/run/tandem/s.sock',
  vmConfigPath: '/etc/tandem/vm.json',
};
const mac: TandemEntries = { ...linux, version: 3, minor: 2, platform: 'darwin', arch: 'arm64' };
const at = (t: TomlTable, ...path: string[]): unknown => path.reduce<unknown>((x, k) => (x as TomlTable | undefined)?.[k], t);

describe('containerd config merge', () => {
  it('appends one marked block and keeps the original text; a second merge changes nothing', () => {
    const original = '# mine\nversion = 2\n[grpc]\n  address = "/x.sock" # here\n';
    const a = mergeContainerdConfig(original, linux, 'c.toml');
    expect(a.how).toBe('appended');
    expect(a.text.startsWith(original)).toBe(true);
    expect(a.text).toContain(BEGIN);
    expect(a.text.trimEnd().endsWith(END)).toBe(true);
    expect(at(parseToml(a.text), 'plugins', 'io.containerd.grpc.v1.cri', 'containerd', 'runtimes', 'tandem-vm', 'options')).toEqual({
      ConfigPath: '/etc/tandem/vm.json',
    });
    const b = mergeContainerdConfig(a.text, linux, 'c.toml');
    expect(b.how).toBe('unchanged');
    expect(b.text).toBe(a.text);
    // A changed address replaces the block, not adds one.
    const c = mergeContainerdConfig(a.text, { ...linux, snapshotterAddress: '/other.sock' }, 'c.toml');
    expect(c.text.split(BEGIN)).toHaveLength(2);
    expect(at(parseToml(c.text), 'proxy_plugins', 'tandem', 'address')).toBe('/other.sock');
  });

  it('writes a new file in the containerd version of the host', () => {
    const r = mergeContainerdConfig(undefined, mac, 'c.toml');
    const t = parseToml(r.text);
    expect(t.version).toBe(3);
    expect(at(t, 'plugins', 'io.containerd.cri.v1.runtime', 'containerd', 'runtimes', 'tandem', 'snapshotter')).toBe('tandem');
    // Our darwin rule, and containerd's own default linux rule kept (a present list replaces the default).
    expect(at(t, 'plugins', 'io.containerd.transfer.v1.local', 'unpack_config')).toEqual([
      { platform: 'darwin/arm64', snapshotter: 'tandem', differ: 'walking' },
      { platform: 'linux/arm64', snapshotter: 'erofs', differ: 'erofs', optional: true },
    ]);
  });

  it('keeps the version a file is written in (containerd 2.x reads version 2)', () => {
    const r = mergeContainerdConfig('version = 2\n', mac, 'c.toml');
    expect(r.version).toBe(2);
    expect(at(parseToml(r.text), 'plugins', 'io.containerd.grpc.v1.cri', 'containerd', 'runtimes', 'tandem')).toBeDefined();
  });

  it('rewrites the tree when a table tandem needs is already defined (the transfer plugin), merging the rules', () => {
    const original = [
      'version = 3',
      "[plugins.'io.containerd.transfer.v1.local']",
      '  max_concurrent_downloads = 5',
      "  unpack_config = [{ platform = 'linux/arm64', snapshotter = 'erofs', differ = 'erofs' }, { platform = 'darwin/arm64', snapshotter = 'native' }]",
      '',
    ].join('\n');
    const r = mergeContainerdConfig(original, mac, 'c.toml');
    expect(r.how).toBe('rewritten');
    const t = parseToml(r.text);
    expect(at(t, 'plugins', 'io.containerd.transfer.v1.local', 'max_concurrent_downloads')).toBe(5);
    expect(at(t, 'plugins', 'io.containerd.transfer.v1.local', 'unpack_config')).toEqual([
      { platform: 'darwin/arm64', snapshotter: 'tandem', differ: 'walking' },
      { platform: 'linux/arm64', snapshotter: 'erofs', differ: 'erofs' },
    ]);
    expect(mergeContainerdConfig(r.text, mac, 'c.toml').how).toBe('unchanged');
  });

  it('takes over a [proxy_plugins.tandem] the user wrote by hand', () => {
    const r = mergeContainerdConfig('version = 2\n[proxy_plugins.tandem]\n  type = "snapshot"\n  address = "/old.sock"\n', linux, 'c.toml');
    expect(r.how).toBe('rewritten');
    expect(at(parseToml(r.text), 'proxy_plugins', 'tandem', 'address')).toBe('/run/tandem/s.sock');
  });

  it('refuses what it cannot merge, naming the cause and the fix', () => {
    expect(() => mergeContainerdConfig('root = "/x"\n', linux, '/etc/c.toml')).toThrow(/no "version = 2" line.*containerd config migrate/);
    expect(() => mergeContainerdConfig('version = 2\n[grpc\n', linux, '/etc/c.toml')).toThrow(/\/etc\/c.toml is not valid TOML/);
    expect(() => mergeContainerdConfig(`version = 2\n${BEGIN}\n`, linux, 'c.toml')).toThrow(/no "# END tandem" line/);
  });
});

describe('daemon.json merge', () => {
  it('adds the tandem runtime and keeps the rest; unchanged when present', () => {
    const out = mergeDaemonJson('{"debug":true,"runtimes":{"x":{"path":"/x"}}}', 'd.json');
    expect(JSON.parse(out)).toEqual({ debug: true, runtimes: { x: { path: '/x' }, tandem: { runtimeType: 'io.containerd.tandem.v1' } } });
    expect(mergeDaemonJson(out, 'd.json')).toBe(out);
    expect(JSON.parse(mergeDaemonJson(undefined, 'd.json'))).toEqual({ runtimes: { tandem: { runtimeType: 'io.containerd.tandem.v1' } } });
    expect(() => mergeDaemonJson('{', '/etc/docker/daemon.json')).toThrow(/daemon.json is not valid JSON/);
  });
});
