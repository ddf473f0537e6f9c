// Where everything of one `tandem up` instance lives. The state directory (default: the user's
// data directory) keeps what outlives a run: containerd's root (images), the snapshotter's root,
// the generated configs and the logs. The run directory holds sockets, locks and the run state
// of containerd, the shim daemons and the VM daemon (TANDEM_STATE_DIR for them). It is the state
// directory itself unless that path is too long for unix sockets (sun_path: 104 bytes on macOS,
// 108 on Linux, NUL included), then a short directory in /tmp named after it.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import envPaths from 'env-paths';

export interface Layout {
  stateDir: string;
  runDir: string;
  /** The containerd namespace `tandem env` points clients at (and the Docker endpoint serves). */
  namespace: string;
  containerdConfig: string;
  containerdRoot: string;
  containerdState: string;
  containerdSocket: string;
  snapshotterRoot: string;
  snapshotterSocket: string;
  dockerSocket: string;
  /** Links named after the runtime that clients ask for by default (ctr: runc), to tandem's shim. */
  aliasBinDir: string;
  /** Runtime configs handed to the shim: the `tandem` handler's and the `tandem-vm` one's. */
  tandemConfig: string;
  tandemVmConfig: string;
  cniConfDir: string;
  cniBinDir: string;
  logDir: string;
  supervisorLock: string;
  supervisorSocket: string;
  supervisorStatus: string;
}

export const DEFAULT_NAMESPACE = 'default';

/**
 * Longest socket path we create below the run directory: `vm/<generation>/vfs-tandem.sock`
 * (the VMM's virtiofsd socket), `s/<16 hex>.sock` (a shim daemon), `containerd.sock.ttrpc`,
 * with room for a five-digit VM generation.
 */
export const LONGEST_SOCKET_SUFFIX = '/vm/99999/vfs-tandem.sock'.length;

/** Usable bytes of sun_path (the NUL terminator excluded). */
export function socketPathLimit(platform: NodeJS.Platform): number {
  return platform === 'darwin' ? 103 : 107;
}

/**
 * The default state directory: $TANDEM_STATE_DIR, else the user's data directory
 * ($XDG_DATA_HOME/tandem or ~/.local/share/tandem on Linux, ~/Library/Application Support/tandem
 * on macOS).
 */
export function defaultStateDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.TANDEM_STATE_DIR || envPaths('tandem', { suffix: '' }).data);
}

export function runDirFor(stateDir: string, platform: NodeJS.Platform = process.platform): string {
  if (stateDir.length + LONGEST_SOCKET_SUFFIX <= socketPathLimit(platform)) return stateDir;
  const h = createHash('sha256').update(stateDir).digest('hex').slice(0, 12);
  return `/tmp/tandem-${h}`;
}

export function layout(stateDir: string, platform: NodeJS.Platform = process.platform): Layout {
  const s = resolve(stateDir);
  const r = runDirFor(s, platform);
  return {
    stateDir: s,
    runDir: r,
    namespace: DEFAULT_NAMESPACE,
    containerdConfig: join(s, 'containerd.toml'),
    containerdRoot: join(s, 'containerd'),
    containerdState: join(r, 'containerd-state'),
    containerdSocket: join(r, 'containerd.sock'),
    snapshotterRoot: join(s, 'snapshotter'),
    snapshotterSocket: join(r, 'snapshotter.sock'),
    dockerSocket: join(r, 'docker.sock'),
    aliasBinDir: join(s, 'bin'),
    tandemConfig: join(s, 'tandem.json'),
    tandemVmConfig: join(s, 'tandem-vm.json'),
    cniConfDir: join(s, 'cni', 'net.d'),
    cniBinDir: join(s, 'cni', 'bin'),
    logDir: join(s, 'logs'),
    supervisorLock: join(r, 'supervisor.lock'),
    supervisorSocket: join(r, 'supervisor.sock'),
    supervisorStatus: join(r, 'supervisor.json'),
  };
}

/** The environment variables that point clients at an instance (`tandem env`). */
export function clientEnv(l: Layout): [string, string][] {
  return [
    ['CONTAINERD_ADDRESS', l.containerdSocket],
    ['CONTAINERD_NAMESPACE', l.namespace],
    ['DOCKER_HOST', `unix://${l.dockerSocket}`],
    // containerd serves CRI on its own gRPC socket.
    ['CONTAINER_RUNTIME_ENDPOINT', `unix://${l.containerdSocket}`],
    // The docker CLI then uses the classic POST /build API that tandem's endpoint serves.
    ['DOCKER_BUILDKIT', '0'],
  ];
}

/** A value quoted for POSIX shells (`eval "$(tandem env)"`). */
export function shellQuote(v: string): string {
  return /^[\w@%+=:,./-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}
