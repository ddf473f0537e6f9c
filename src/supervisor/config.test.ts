import { describe, expect, it } from 'vitest';
import { clientDefaultRuntime, configVersion, parseContainerdVersion, shimBinaryName } from './containerd-bin.js';
import { mergeUnpackRules, privateConfig, tandemTables, type PrivateConfig } from './containerd-config.js';
import { deepMerge, parseToml, renderToml, type TomlTable } from './toml.js';

const base: PrivateConfig = {
  version: 2,
  minor: 6,
  platform: 'linux',
  arch: 'amd64',
  snapshotterAddress: '/s/snapshotter.sock',
  vmConfigPath: '/s/tandem-vm.json',
  root: '/s/containerd',
  state: '/s/state',
  address: '/s/containerd.sock',
  optDir: '/s/opt',
  cniConfDir: '/s/cni/net.d',
  cniBinDir: '/s/cni/bin',
};

const at = (t: TomlTable, ...path: string[]): unknown => path.reduce<unknown>((x, k) => (x as TomlTable | undefined)?.[k], t);

describe('containerd version', () => {
  it('reads Debian, upstream 1.x and 2.x version lines', () => {
    expect(parseContainerdVersion('containerd github.com/containerd/containerd 1.6.20~ds1 1.6.20~ds1-1+deb12u3\n')).toEqual({
      version: '1.6.20~ds1',
      major: 1,
      minor: 6,
    });
    expect(parseContainerdVersion('containerd containerd.io 1.7.27 05044ec0a9a7')).toMatchObject({ major: 1, minor: 7 });
    expect(parseContainerdVersion('containerd github.com/containerd/containerd/v2 v2.2.1 dea7da5')).toEqual({
      version: '2.2.1',
      major: 2,
      minor: 2,
    });
    expect(parseContainerdVersion('no version here')).toBeUndefined();
  });
  it('picks the config version and the runtime clients ask for by default', () => {
    expect(configVersion({ major: 1 })).toBe(2);
    expect(configVersion({ major: 2 })).toBe(3);
    expect(clientDefaultRuntime({ major: 1, minor: 6 }, 'linux')).toBe('io.containerd.runc.v2');
    expect(clientDefaultRuntime({ major: 2, minor: 2 }, 'darwin')).toBe('io.containerd.nerdbox.v1');
    expect(clientDefaultRuntime({ major: 2, minor: 1 }, 'darwin')).toBeUndefined();
    expect(shimBinaryName('io.containerd.runc.v2')).toBe('containerd-shim-runc-v2');
    expect(shimBinaryName('io.containerd.tandem.v1')).toBe('containerd-shim-tandem-v1');
  });
});

describe('containerd config', () => {
  it('version 2 (containerd 1.6/1.7): CRI handlers, default runtime, proxy snapshotter, private paths', () => {
    const c = parseToml(renderToml(privateConfig(base)));
    expect(c.version).toBe(2);
    expect(at(c, 'grpc', 'address')).toBe('/s/containerd.sock');
    expect(at(c, 'ttrpc', 'address')).toBe('/s/containerd.sock.ttrpc');
    const cri = at(c, 'plugins', 'io.containerd.grpc.v1.cri') as TomlTable;
    expect(at(cri, 'containerd', 'default_runtime_name')).toBe('tandem');
    expect(at(cri, 'containerd', 'runtimes', 'tandem', 'runtime_type')).toBe('io.containerd.tandem.v1');
    expect(at(cri, 'containerd', 'runtimes', 'tandem-vm', 'options')).toEqual({ ConfigPath: '/s/tandem-vm.json' });
    expect(cri.stream_server_port).toBe('0');
    expect(at(c, 'proxy_plugins', 'tandem')).toEqual({ type: 'snapshot', address: '/s/snapshotter.sock' });
    expect(at(c, 'plugins', 'io.containerd.transfer.v1.local')).toBeUndefined();
  });

  it('version 3 (containerd 2.x) on darwin: split CRI plugins, tandem snapshotter, unpack rules for both OSes', () => {
    const c = parseToml(renderToml(privateConfig({ ...base, version: 3, minor: 2, platform: 'darwin', arch: 'arm64' })));
    expect(c.version).toBe(3);
    const rt = at(c, 'plugins', 'io.containerd.cri.v1.runtime') as TomlTable;
    expect(at(rt, 'containerd', 'default_runtime_name')).toBe('tandem');
    expect(at(rt, 'containerd', 'runtimes', 'tandem-vm')).toEqual({
      runtime_type: 'io.containerd.tandem.v1',
      snapshotter: 'tandem',
      options: { ConfigPath: '/s/tandem-vm.json' },
    });
    expect(at(rt, 'cni', 'bin_dirs')).toEqual(['/s/cni/bin']);
    expect(at(c, 'plugins', 'io.containerd.cri.v1.images', 'snapshotter')).toBe('tandem');
    expect(at(c, 'plugins', 'io.containerd.transfer.v1.local', 'unpack_config')).toEqual([
      { platform: 'darwin/arm64', snapshotter: 'tandem', differ: 'walking' },
      { platform: 'linux/arm64', snapshotter: 'tandem', differ: 'walking' },
    ]);
    expect(at(c, 'plugins', 'io.containerd.grpc.v1.cri', 'stream_server_port')).toBe('0');
    expect(at(rt, 'restrict_oom_score_adj')).toBeUndefined();
  });

  it('version 3 on Linux: no unpack rules, CNI bin_dir before 2.1', () => {
    const c = parseToml(renderToml(privateConfig({ ...base, version: 3, minor: 0 })));
    expect(at(c, 'plugins', 'io.containerd.transfer.v1.local')).toBeUndefined();
    expect(at(c, 'plugins', 'io.containerd.cri.v1.runtime', 'cni', 'bin_dir')).toBe('/s/cni/bin');
    expect(at(c, 'plugins', 'io.containerd.cri.v1.runtime', 'containerd', 'runtimes', 'tandem', 'snapshotter')).toBeUndefined();
  });

  it('tandem tables carry nothing of a private instance', () => {
    const t = tandemTables({ ...base, version: 3, platform: 'darwin', arch: 'arm64' });
    expect(Object.keys(t).sort()).toEqual(['plugins', 'proxy_plugins']);
    expect(at(t, 'plugins', 'io.containerd.cri.v1.runtime', 'containerd', 'default_runtime_name')).toBeUndefined();
    expect(at(t, 'plugins', 'io.containerd.transfer.v1.local', 'unpack_config')).toEqual([
      { platform: 'darwin/arm64', snapshotter: 'tandem', differ: 'walking' },
    ]);
  });

  it('unpack rules: ours replace the same OS, others stay in order', () => {
    const existing = [
      { platform: 'linux/arm64', snapshotter: 'erofs', differ: 'erofs' },
      { platform: 'darwin/arm64', snapshotter: 'native' },
    ];
    expect(mergeUnpackRules(existing, [{ platform: 'darwin/arm64', snapshotter: 'tandem' }])).toEqual([
      { platform: 'darwin/arm64', snapshotter: 'tandem' },
      { platform: 'linux/arm64', snapshotter: 'erofs', differ: 'erofs' },
    ]);
  });
});

describe('toml', () => {
  it('renders only tables with values, quotes dotted keys, round-trips', () => {
    const t: TomlTable = { version: 2, a: { 'b.c': { d: { x: 'q"uote', n: 1, f: true, l: ['a', 'b'] } } }, e: { t: [{ k: 'v' }] } };
    const text = renderToml(t);
    expect(text).toContain('[a."b.c".d]');
    expect(text).not.toMatch(/^\[a\]$/m);
    expect(parseToml(text)).toEqual(t);
  });
  it('merges tables key by key', () => {
    expect(deepMerge({ a: { x: 1, y: { z: 2 } } }, { a: { y: { w: 3 } }, b: 'n' })).toEqual({ a: { x: 1, y: { z: 2, w: 3 } }, b: 'n' });
  });
});
