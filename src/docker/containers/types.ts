// The Docker API's container shapes (the parts tandem reads or reports) and the record the
// endpoint keeps per container in its store.
import type { Published } from './ports.js';

export interface ContainerConfig {
  Hostname?: string;
  Domainname?: string;
  User?: string;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  ExposedPorts?: Record<string, object> | null;
  Tty?: boolean;
  OpenStdin?: boolean;
  StdinOnce?: boolean;
  Env?: string[] | null;
  Cmd?: string[] | string | null;
  Entrypoint?: string[] | string | null;
  Image?: string;
  Volumes?: Record<string, object> | null;
  WorkingDir?: string;
  Labels?: Record<string, string> | null;
  StopSignal?: string;
  StopTimeout?: number;
  Healthcheck?: HealthConfig;
  [k: string]: unknown;
}

/** A health check (durations in nanoseconds, as the API has them; 0 takes the default). */
export interface HealthConfig {
  Test?: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

export interface HealthState {
  Status: 'starting' | 'healthy' | 'unhealthy';
  FailingStreak: number;
  Log: { Start: string; End: string; ExitCode: number; Output: string }[];
}

export interface MountSpec {
  Type?: 'bind' | 'volume' | 'tmpfs' | 'image' | string;
  Source?: string;
  Target?: string;
  ReadOnly?: boolean;
  Consistency?: string;
  /** `bind-propagation`, `bind-create-src`, `bind-recursive` (API 1.44: the read-only ones). */
  BindOptions?: {
    Propagation?: string;
    NonRecursive?: boolean;
    CreateMountpoint?: boolean;
    ReadOnlyNonRecursive?: boolean;
    ReadOnlyForceRecursive?: boolean;
  } | null;
  VolumeOptions?: {
    NoCopy?: boolean;
    Labels?: Record<string, string>;
    /** `--mount type=volume,volume-driver=…,volume-opt=k=v`: how a volume made by this mount is created. */
    DriverConfig?: { Name?: string; Options?: Record<string, string> };
    /** `volume-subpath` (API 1.45): only this directory or file of the volume is mounted. */
    Subpath?: string;
  } | null;
  /** Options: extra tmpfs options (API 1.46), each [name] or [name, value]; dockerd takes exec and noexec. */
  TmpfsOptions?: { SizeBytes?: number; Mode?: number; Options?: string[][] | null } | null;
  /** `image-subpath` (type image, API 1.48). */
  ImageOptions?: { Subpath?: string } | null;
}

export interface PortBinding {
  HostIp?: string;
  HostPort?: string;
}

export interface HostConfig {
  Binds?: string[] | null;
  Mounts?: MountSpec[] | null;
  Tmpfs?: Record<string, string> | null;
  PortBindings?: Record<string, PortBinding[] | null> | null;
  PublishAllPorts?: boolean;
  AutoRemove?: boolean;
  NetworkMode?: string;
  Runtime?: string;
  RestartPolicy?: { Name?: string; MaximumRetryCount?: number };
  ExtraHosts?: string[] | null;
  Memory?: number;
  NanoCpus?: number;
  CpuShares?: number;
  CpuPeriod?: number;
  CpuQuota?: number;
  CpusetCpus?: string;
  CpusetMems?: string;
  MemoryReservation?: number;
  MemorySwap?: number;
  MemorySwappiness?: number | null;
  OomKillDisable?: boolean | null;
  PidsLimit?: number | null;
  Ulimits?: { Name?: string; Soft?: number; Hard?: number }[] | null;
  CapAdd?: string[] | null;
  CapDrop?: string[] | null;
  SecurityOpt?: string[] | null;
  ShmSize?: number;
  Sysctls?: Record<string, string> | null;
  GroupAdd?: string[] | null;
  OomScoreAdj?: number;
  IpcMode?: string;
  PidMode?: string;
  UTSMode?: string;
  UsernsMode?: string;
  CgroupnsMode?: string;
  Isolation?: string;
  LogConfig?: { Type?: string; Config?: Record<string, string> | null } | null;
  Privileged?: boolean;
  ReadonlyRootfs?: boolean;
  Annotations?: Record<string, string> | null;
  Init?: boolean | null;
  Dns?: string[] | null;
  VolumesFrom?: string[] | null;
  Links?: string[] | null;
  DnsSearch?: string[] | null;
  DnsOptions?: string[] | null;
  /** [height, width] of the client's terminal (API 1.42): the pty's size from its first byte. */
  ConsoleSize?: number[] | null;
  [k: string]: unknown;
}

export interface EndpointSettings {
  IPAMConfig?: { IPv4Address?: string; IPv6Address?: string; LinkLocalIPs?: string[] | null } | null;
  Links?: string[] | null;
  /** As submitted (API 1.45): the short id and hostname older versions add are added by the view. */
  Aliases?: string[] | null;
  /** Asked for (API 1.44); tandem's containers have no interface of their own to give it to. */
  MacAddress?: string;
  DriverOpts?: Record<string, string> | null;
  /** Which endpoint gives the default gateway (API 1.48): kept and shown, no route follows it. */
  GwPriority?: number;
  NetworkID?: string;
  EndpointID?: string;
  /** Set when `network connect` configured the endpoint (dockerd computes DNS names then, or at start). */
  DNSNames?: string[] | null;
  [k: string]: unknown;
}

/** An OCI descriptor (the platform manifest a container's image resolved to: ImageManifestDescriptor). */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: { architecture: string; os: string; variant?: string; 'os.version'?: string; 'os.features'?: string[] };
}

export interface CreateBody extends ContainerConfig {
  HostConfig?: HostConfig;
  NetworkingConfig?: { EndpointsConfig?: Record<string, EndpointSettings> | null } | null;
}

/** A mount as `docker inspect` shows it (Mounts[]). */
export interface MountPoint {
  Type: 'bind' | 'volume' | 'tmpfs' | 'image';
  Name?: string;
  Source: string;
  Destination: string;
  Driver?: string;
  Mode: string;
  RW: boolean;
  Propagation: string;
}

export type Status = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface State {
  Status: Status;
  Pid: number;
  ExitCode: number;
  Error: string;
  StartedAt: string;
  FinishedAt: string;
  /** containerd reported the OOM killer in it since its start (oom-watch.ts). */
  OOMKilled?: boolean;
  Health?: HealthState;
}

export interface ContainerRecord {
  Id: string;
  /** With the leading slash, as Docker shows it. */
  Name: string;
  Created: string;
  Path: string;
  Args: string[];
  Config: ContainerConfig;
  HostConfig: HostConfig;
  /** The image id (config digest). */
  Image: string;
  /** The platform manifest the image resolved to at create (API 1.48's ImageManifestDescriptor). */
  ImageManifest?: Descriptor;
  Platform: { os: string; architecture: string; variant?: string };
  /** `tandem` or `tandem-vm`. */
  Runtime: string;
  Snapshotter: string;
  Mounts: MountPoint[];
  Networks: Record<string, EndpointSettings>;
  State: State;
  RestartCount: number;
  /** The host ports its running task publishes (chosen at its start); none while it is not running. */
  Ports?: Published[];
  /** The container's /etc/hosts is ours (user networks, --add-host): rewritten as members change. */
  HostsFile?: boolean;
  /** The container's /etc/resolv.conf is ours, written by the endpoint (ResolvConfPath). */
  ResolvFile?: boolean;
  /** The container's /etc/hostname is ours (VM containers): it names the container. */
  HostnameFile?: boolean;
  /** Set by stop/kill by the user: restart policies do not bring it back (unless-stopped). */
  StoppedByUser: boolean;
}

export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** A container event's attributes, as dockerd sets them: the labels, the image and the name. */
export function containerEventAttrs(c: ContainerRecord): Record<string, string> {
  return { ...(c.Config.Labels ?? {}), image: c.Config.Image ?? '', name: c.Name.slice(1) };
}
