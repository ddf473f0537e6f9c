// containerd configuration for tandem, for containerd 1.6/1.7 (config version 2) and 2.x
// (version 3, where the CRI plugin is split into io.containerd.cri.v1.runtime/.images and the
// transfer service's unpack_config decides which snapshotter unpacks which platform).
//   tandemTables(): what tandem adds to any containerd (`tandem install` merges it): the proxy
//     snapshotter, the CRI runtime handlers `tandem` and `tandem-vm`, and on darwin with 2.x the
//     unpack rule that sends darwin images to the tandem snapshotter.
//   privateConfig(): a whole config for the containerd of `tandem up`: its own root, state and
//     sockets, tandem the default CRI runtime, CRI streaming on a loopback port of its own.
import type { TomlTable, TomlValue } from './toml.js';
import { deepMerge } from './toml.js';

export const RUNTIME_TYPE = 'io.containerd.tandem.v1';
export const SNAPSHOTTER = 'tandem';
export const HANDLERS = ['tandem', 'tandem-vm'] as const;

const CRI_V2 = 'io.containerd.grpc.v1.cri';
const CRI_RUNTIME_V3 = 'io.containerd.cri.v1.runtime';
const CRI_IMAGES_V3 = 'io.containerd.cri.v1.images';
const TRANSFER_V3 = 'io.containerd.transfer.v1.local';

export interface TandemEntries {
  version: 2 | 3;
  /** containerd's minor version (2.x: CNI `bin_dirs` from 2.1 on). */
  minor: number;
  platform: NodeJS.Platform;
  arch: 'amd64' | 'arm64';
  snapshotterAddress: string;
  /** The `tandem-vm` handler's runtime options carry this path to {"linuxExecutor":"vm"} (shim: src/shim/config.ts). */
  vmConfigPath: string;
}

function runtimes(e: TandemEntries): TomlTable {
  // On darwin every image is unpacked by the tandem snapshotter (stock containerd cannot mount there).
  const snapshotter = e.version === 3 && e.platform === 'darwin' ? SNAPSHOTTER : undefined;
  return {
    tandem: { runtime_type: RUNTIME_TYPE, snapshotter },
    'tandem-vm': { runtime_type: RUNTIME_TYPE, snapshotter, options: { ConfigPath: e.vmConfigPath } },
  };
}

/** The darwin unpack rule of containerd 2.x (walking differ: applies a layer into a single bind mount without mounting). */
export function darwinUnpackRule(arch: string): TomlTable {
  return { platform: `darwin/${arch}`, snapshotter: SNAPSHOTTER, differ: 'walking' };
}

/** containerd's own default rule on darwin 2.2.1+, kept when ours is added (a present unpack_config replaces the default). */
export function darwinDefaultLinuxRule(arch: string): TomlTable {
  return { platform: `linux/${arch}`, snapshotter: 'erofs', differ: 'erofs', optional: true };
}

const ruleOs = (r: TomlValue): string => String((r as TomlTable).platform ?? '').split('/')[0]!;

/** Merges unpack rules: ours replace the rules for the same OS, the others stay in their order. */
export function mergeUnpackRules(existing: TomlValue[], ours: TomlValue[]): TomlValue[] {
  const oses = new Set(ours.map(ruleOs));
  return [...ours, ...existing.filter((r) => !oses.has(ruleOs(r)))];
}

export const MERGE_ARRAYS = { unpack_config: mergeUnpackRules };

export function tandemTables(e: TandemEntries): TomlTable {
  const t: TomlTable = { proxy_plugins: { [SNAPSHOTTER]: { type: 'snapshot', address: e.snapshotterAddress } } };
  if (e.version === 2) {
    t.plugins = { [CRI_V2]: { containerd: { runtimes: runtimes(e) } } };
    return t;
  }
  t.plugins = { [CRI_RUNTIME_V3]: { containerd: { runtimes: runtimes(e) } } };
  if (e.platform === 'darwin') {
    (t.plugins as TomlTable)[TRANSFER_V3] = { unpack_config: [darwinUnpackRule(e.arch)] };
  }
  return t;
}

export interface PrivateConfig extends TandemEntries {
  root: string;
  state: string;
  address: string;
  optDir: string;
  cniConfDir: string;
  cniBinDir: string;
}

export function privateConfig(p: PrivateConfig): TomlTable {
  const base: TomlTable = {
    version: p.version,
    root: p.root,
    state: p.state,
    grpc: { address: p.address },
    ttrpc: { address: `${p.address}.ttrpc` },
    // Otherwise containerd creates /opt/containerd.
    plugins: { 'io.containerd.internal.v1.opt': { path: p.optDir } },
  };
  const linux = p.platform === 'linux';
  // The stream server (exec/attach/port-forward of CRI) on a free loopback port, so it never
  // collides with the host's own containerd (default 10010 in older releases).
  const stream = { stream_server_address: '127.0.0.1', stream_server_port: '0' };
  let cri: TomlTable;
  if (p.version === 2) {
    cri = {
      [CRI_V2]: {
        ...stream,
        // runc refuses the sandbox's oom_score_adj of -998 on hosts like ours (machine notes).
        restrict_oom_score_adj: linux ? true : undefined,
        containerd: { default_runtime_name: 'tandem' },
        cni: { conf_dir: p.cniConfDir, bin_dir: p.cniBinDir },
      },
    };
  } else {
    cri = {
      [CRI_RUNTIME_V3]: {
        restrict_oom_score_adj: linux ? true : undefined,
        containerd: { default_runtime_name: 'tandem' },
        cni: { conf_dir: p.cniConfDir, ...(p.minor >= 1 ? { bin_dirs: [p.cniBinDir] } : { bin_dir: p.cniBinDir }) },
      },
      [CRI_V2]: stream,
    };
    if (!linux) {
      cri[CRI_IMAGES_V3] = { snapshotter: SNAPSHOTTER };
      // Linux images too: the VM path shares a directory rootfs with the guest.
      cri[TRANSFER_V3] = {
        unpack_config: [darwinUnpackRule(p.arch), { platform: `linux/${p.arch}`, snapshotter: SNAPSHOTTER, differ: 'walking' }],
      };
    }
  }
  return deepMerge(deepMerge(base, { plugins: cri }), tandemTables(p), MERGE_ARRAYS);
}
