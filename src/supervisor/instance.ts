// The files of an instance that the supervisor writes before it starts anything (again at every
// start, so they always match the containerd found and this tandem): containerd's config, the two
// runtime configs the CRI handlers point at, and the runtime alias that makes tandem the runtime
// of clients that always name one (ctr names runc).
import { chmodSync, mkdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../linuxvm/image/ensure.js';
import { clientDefaultRuntime, configVersion, shimBinaryName, type ContainerdBinary } from './containerd-bin.js';
import { privateConfig } from './containerd-config.js';
import type { Layout } from './layout.js';
import { renderToml } from './toml.js';

/** The package root (checkout or installed package), from dist/supervisor/. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHIM_BINARY = join(PACKAGE_ROOT, 'bin', 'containerd-shim-tandem-v1');

export function hostArch(): 'amd64' | 'arm64' {
  return process.arch === 'arm64' ? 'arm64' : 'amd64';
}

export function containerdConfigText(l: Layout, c: ContainerdBinary, platform: NodeJS.Platform = process.platform): string {
  const toml = renderToml(
    privateConfig({
      version: configVersion(c),
      minor: c.minor,
      platform,
      arch: hostArch(),
      snapshotterAddress: l.snapshotterSocket,
      vmConfigPath: l.tandemVmConfig,
      root: l.containerdRoot,
      state: l.containerdState,
      address: l.containerdSocket,
      optDir: join(l.containerdRoot, 'opt'),
      cniConfDir: l.cniConfDir,
      cniBinDir: l.cniBinDir,
    }),
  );
  return `# Written by tandem up for containerd ${c.version} (${c.path}) at every start: changes here do not last.\n${toml}`;
}

export function writeInstanceFiles(l: Layout, c: ContainerdBinary): void {
  for (const d of [l.stateDir, l.containerdRoot, l.snapshotterRoot, l.logDir, l.cniConfDir, l.cniBinDir, l.aliasBinDir]) {
    mkdirSync(d, { recursive: true, mode: 0o700 });
  }
  // The run directory is traversed by containers' processes (FIFOs) and the VMM: not private.
  mkdirSync(l.runDir, { recursive: true, mode: 0o711 });
  chmodSync(l.runDir, 0o711);
  writeFileSync(l.containerdConfig, containerdConfigText(l, c));
  writeFileSync(l.tandemConfig, `${JSON.stringify({ linuxExecutor: 'native' })}\n`);
  writeFileSync(l.tandemVmConfig, `${JSON.stringify({ linuxExecutor: 'vm' })}\n`);
  const alias = clientDefaultRuntime(c, process.platform);
  if (alias) link(join(l.aliasBinDir, shimBinaryName(alias)), SHIM_BINARY);
}

function link(path: string, target: string): void {
  try {
    if (readlinkSync(path) === target) return;
  } catch {}
  rmSync(path, { force: true });
  symlinkSync(target, path);
}

/** The environment of containerd and so of every shim it starts (and their VM daemon). */
export function serviceEnv(l: Layout, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    PATH: [l.aliasBinDir, join(PACKAGE_ROOT, 'bin'), env.PATH || '/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin'].join(':'),
    TANDEM_STATE_DIR: l.runDir,
    TANDEM_CONFIG: l.tandemConfig,
    TANDEM_CACHE_DIR: cacheDir(env),
    // The shim binary is a small C program that execs node for its daemon: this node.
    TANDEM_NODE: env.TANDEM_NODE || process.execPath,
  };
}
