// From a Docker create request to what containerd runs: the image config merged with the
// request (Cmd, Entrypoint, Env, WorkingDir, User, Labels, ...), and the OCI runtime spec with
// containerd's defaults (the same as `ctr run`), the process, mounts and annotations. Pure.
import { invalidArgument } from '../../common/errdefs.js';
import {
  ANNOTATION_PUBLISH,
  ANNOTATION_RUNTIME,
  MASKED_PATHS,
  READONLY_PATHS,
  type OciMount,
  type OciSpec,
  type OciUser,
} from '../../common/oci.js';
import type { ImageConfig } from '../image/oci.js';
import type { ContainerConfig, CreateBody, HealthConfig, HostConfig } from './types.js';
import { mergeHealth } from './health.js';
import { INIT_PATH } from './init.js';
import { ALL_CAPS, hostSpec, type HostSpec } from './host-options.js';
import { resources } from './resources.js';

const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const asList = (v: string[] | string | null | undefined): string[] | undefined =>
  v === undefined || v === null ? undefined : Array.isArray(v) ? v : [v];

/** Env lists merged by name, later entries winning (image first, then the request). */
export function mergeEnv(...lists: (string[] | null | undefined)[]): string[] {
  const byName = new Map<string, string>();
  for (const list of lists) {
    for (const kv of list ?? []) {
      const eq = kv.indexOf('=');
      byName.set(eq < 0 ? kv : kv.slice(0, eq), kv);
    }
  }
  return [...byName.values()].filter((kv) => kv.includes('='));
}

/**
 * A process's environment as dockerd's CreateDaemonEnvironment makes it, for the container and
 * for each exec: PATH, HOSTNAME (the container's hostname) and, with a terminal, TERM=xterm,
 * under the container's Env and then the exec's (a later one wins; a bare NAME unsets).
 */
export function daemonEnv(config: ContainerConfig, id: string, tty: boolean, execEnv?: string[] | null): string[] {
  const own = [DEFAULT_PATH, `HOSTNAME=${config.Hostname || id.slice(0, 12)}`, ...(tty ? ['TERM=xterm'] : [])];
  return mergeEnv(own, config.Env, execEnv);
}

/** The container's Config as Docker stores it: the request over the image's defaults. */
export function mergeConfig(body: CreateBody, image: ImageConfig): ContainerConfig {
  const entrypoint = asList(body.Entrypoint);
  const cmd = asList(body.Cmd);
  // Docker: a request Entrypoint drops the image's Cmd unless the request has its own.
  const merged: ContainerConfig = {
    Hostname: body.Hostname ?? '',
    Domainname: body.Domainname ?? '',
    User: body.User || image.User || '',
    AttachStdin: !!body.AttachStdin,
    AttachStdout: !!body.AttachStdout,
    AttachStderr: !!body.AttachStderr,
    ExposedPorts: { ...(image.ExposedPorts ?? {}), ...(body.ExposedPorts ?? {}) },
    Tty: !!body.Tty,
    OpenStdin: !!body.OpenStdin,
    StdinOnce: !!body.StdinOnce,
    Env: mergeEnv(image.Env, body.Env),
    Cmd: cmd?.length ? cmd : entrypoint?.length ? null : (image.Cmd ?? null),
    Image: body.Image,
    Volumes: { ...(image.Volumes ?? {}), ...(body.Volumes ?? {}) },
    WorkingDir: body.WorkingDir || image.WorkingDir || '',
    Entrypoint: entrypoint?.length ? entrypoint : (image.Entrypoint ?? null),
    Labels: { ...(image.Labels ?? {}), ...(body.Labels ?? {}) },
    StopSignal: body.StopSignal || image.StopSignal || undefined,
    StopTimeout: body.StopTimeout,
    Healthcheck: mergeHealth(body.Healthcheck, image.Healthcheck as HealthConfig | undefined),
  };
  if (!merged.Env!.some((e) => e.startsWith('PATH='))) merged.Env = [DEFAULT_PATH, ...merged.Env!];
  // `--entrypoint ""` ([""]): no entrypoint at all, and no image Cmd either, as dockerd resets it.
  if (merged.Entrypoint?.length === 1 && merged.Entrypoint[0] === '') merged.Entrypoint = null;
  return merged;
}

export function processArgs(cfg: ContainerConfig): string[] {
  const args = [...(asList(cfg.Entrypoint) ?? []), ...(asList(cfg.Cmd) ?? [])];
  if (!args.length) throw invalidArgument('no command specified');
  return args;
}

/**
 * `-u`: uid:gid as numbers is taken as is; anything else (name, uid, name:group, uid:group) is
 * passed as `username` for the executor to resolve in the image's passwd and group, as dockerd
 * does (common/accounts.ts): a uid the passwd knows gets its primary group there.
 */
export function parseUser(user: string | undefined): OciUser {
  if (!user) return { uid: 0, gid: 0 };
  const m = /^(\d+):(\d+)$/.exec(user);
  if (m) return { uid: Number(m[1]), gid: Number(m[2]) };
  return { uid: 0, gid: 0, username: user };
}

function defaultMounts(shmSize: number, privileged: boolean): OciMount[] {
  return [
    { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
    { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
    {
      destination: '/dev/pts',
      type: 'devpts',
      source: 'devpts',
      options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'],
    },
    {
      destination: '/dev/shm',
      type: 'tmpfs',
      source: 'shm',
      options: ['nosuid', 'noexec', 'nodev', 'mode=1777', `size=${Math.ceil(shmSize / 1024)}k`],
    },
    { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
    // Writable for --privileged, as dockerd mounts it.
    { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', ...(privileged ? [] : ['ro'])] },
  ];
}

export interface SpecInput {
  id: string;
  namespace: string;
  config: ContainerConfig;
  hostConfig: HostConfig;
  /** Volume, bind and tmpfs mounts, already resolved to host paths. */
  mounts: OciMount[];
  /** `tandem-vm` puts the container in the VM whatever its platform. */
  runtime: string;
  /** [HOSTADDR:]HOSTPORT:CONTAINERPORT[/proto] entries for VM containers. */
  publish: string[];
  /** --init: the command runs under the init at INIT_PATH with these arguments first (initArgs; its mount is in `mounts`, or the guest's own). */
  init?: string[];
  /** Annotations of tandem's own (the guest's init), over the request's. */
  annotations?: Record<string, string>;
  /** The process and security options of the HostConfig (host-options.ts); the defaults without. */
  options?: HostSpec;
}

export function buildSpec(input: SpecInput): OciSpec {
  const { id, config, hostConfig } = input;
  const o = input.options ?? hostSpec(hostConfig, false);
  const caps = o.caps;
  const annotations: Record<string, string> = { ...(hostConfig.Annotations ?? {}) };
  if (input.runtime === 'tandem-vm') annotations[ANNOTATION_RUNTIME] = 'vm';
  if (input.publish.length) annotations[ANNOTATION_PUBLISH] = input.publish.join(',');
  Object.assign(annotations, input.annotations);
  const destinations = new Set(input.mounts.map((m) => m.destination));
  const size = consoleSize(hostConfig.ConsoleSize, !!config.Tty);
  const user = parseUser(config.User);
  if (o.additionalGids) user.additionalGids = o.additionalGids;
  const mounts = defaultMounts(o.shmSize, o.privileged).filter(
    (m) => !destinations.has(m.destination) && !(o.noShm && m.destination === '/dev/shm'),
  );
  const spec: OciSpec = {
    ociVersion: '1.0.2-dev',
    root: { path: 'rootfs', readonly: !!hostConfig.ReadonlyRootfs },
    hostname: config.Hostname || id.slice(0, 12),
    process: {
      terminal: !!config.Tty,
      ...(size ? { consoleSize: size } : {}),
      user,
      args: input.init ? [INIT_PATH, ...input.init, ...processArgs(config)] : processArgs(config),
      env: daemonEnv(config, id, !!config.Tty),
      cwd: config.WorkingDir || '/',
      noNewPrivileges: o.noNewPrivileges,
      capabilities: capabilitySet(caps),
      ...(o.rlimits.length ? { rlimits: o.rlimits } : {}),
      ...(o.oomScoreAdj !== undefined ? { oomScoreAdj: o.oomScoreAdj } : {}),
    },
    mounts: [...mounts, ...input.mounts],
    annotations,
    linux: {
      cgroupsPath: `/${input.namespace}/${id}`,
      resources: {
        // --privileged may use every device, as dockerd's; else only the runtime's defaults.
        devices: [{ allow: o.privileged, access: 'rwm' }],
        ...resources(hostConfig),
      },
      // No network namespace: containers use the host's network (the VM's for VM containers).
      namespaces: ['pid', 'ipc', 'uts', 'mount'].filter((t) => !o.shared.includes(t)).map((type) => ({ type })),
      ...(o.sysctl ? { sysctl: o.sysctl } : {}),
      maskedPaths: o.systemPaths ? [] : MASKED_PATHS,
      readonlyPaths: o.systemPaths ? [] : READONLY_PATHS,
    },
  };
  return spec;
}

/** The process of an exec, from the container's spec and the exec request. */
/**
 * The OCI consoleSize of a client's [height, width] (HostConfig.ConsoleSize, an exec's): only
 * for a terminal, and only a real size (the CLI sends [0, 0] when its output is no terminal).
 */
export function consoleSize(size: number[] | null | undefined, tty: boolean): { height: number; width: number } | undefined {
  if (!tty || !size) return undefined;
  if (size.length !== 2 || !size.every((n) => Number.isInteger(n) && n >= 0 && n <= 0xffff))
    throw invalidArgument(`invalid console size ${JSON.stringify(size)}: want [height, width]`);
  const [height, width] = size;
  return height && width ? { height, width } : undefined;
}

/** A process's bounding, permitted and effective sets, all `caps` (as dockerd writes them). */
function capabilitySet(caps: readonly string[]): { bounding: string[]; permitted: string[]; effective: string[] } {
  return { bounding: [...caps], permitted: [...caps], effective: [...caps] };
}

export function execProcess(
  base: OciSpec['process'],
  container: { Id: string; Config: ContainerConfig },
  req: {
    Cmd?: string[];
    Env?: string[] | null;
    User?: string;
    WorkingDir?: string;
    Tty?: boolean;
    Privileged?: boolean;
    ConsoleSize?: number[] | null;
  },
): NonNullable<OciSpec['process']> {
  if (!req.Cmd?.length) throw invalidArgument('No exec command specified');
  const { consoleSize: _base, ...p } = base!;
  const size = consoleSize(req.ConsoleSize, !!req.Tty);
  return {
    ...p,
    ...(size ? { consoleSize: size } : {}),
    terminal: !!req.Tty,
    args: req.Cmd,
    env: daemonEnv(container.Config, container.Id, !!req.Tty, req.Env),
    cwd: req.WorkingDir || p.cwd,
    user: req.User ? parseUser(req.User) : p.user,
    // `docker exec --privileged`: every capability for this process, as dockerd gives it.
    ...(req.Privileged ? { capabilities: capabilitySet(ALL_CAPS) } : {}),
  };
}
