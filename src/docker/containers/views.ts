// How a container record looks through the API: `docker ps` rows (GET /containers/json, with
// its filters) and `docker inspect` (GET /containers/{id}/json).
import { checkFilters, matchLabels, type Filters } from '../api.js';
import { invalidArgument } from '../../common/errdefs.js';
import { familiarOf } from '../reference.js';
import { logDriver } from './log-config.js';
import { portsView } from './ports.js';
import type { ContainerRecord } from './types.js';
import { endpointView, isUserDefined } from '../endpoints.js';
import { API_VERSION, atLeast } from '../version.js';

/** Docker's "About a minute", "3 hours" (go-units HumanDuration). */
export function humanDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 1) return 'Less than a second';
  if (s === 1) return '1 second';
  if (s < 60) return `${s} seconds`;
  const m = Math.round(s / 60);
  if (m === 1) return 'About a minute';
  if (m < 60) return `${m} minutes`;
  const h = Math.round(s / 3600);
  if (h === 1) return 'About an hour';
  if (h < 48) return `${h} hours`;
  if (h < 24 * 7 * 2) return `${Math.round(h / 24)} days`;
  if (h < 24 * 30 * 2) return `${Math.round(h / 24 / 7)} weeks`;
  if (h < 24 * 365 * 2) return `${Math.round(h / 24 / 30)} months`;
  return `${Math.round(h / 24 / 365)} years`;
}

export function statusText(c: ContainerRecord, now = Date.now()): string {
  const since = (t: string) => humanDuration(now - Date.parse(t));
  switch (c.State.Status) {
    case 'running': {
      const h = c.State.Health?.Status;
      return `Up ${since(c.State.StartedAt)}${h ? (h === 'starting' ? ' (health: starting)' : ` (${h})`) : ''}`;
    }
    case 'paused':
      return `Up ${since(c.State.StartedAt)} (Paused)`;
    case 'restarting':
      return `Restarting (${c.State.ExitCode}) ${since(c.State.FinishedAt)} ago`;
    case 'exited':
      return `Exited (${c.State.ExitCode}) ${since(c.State.FinishedAt)} ago`;
    default:
      return c.State.Status === 'created' ? 'Created' : c.State.Status;
  }
}

const command = (c: ContainerRecord) => [c.Path, ...c.Args].map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' ');
const unix = (t: string) => Math.floor(Date.parse(t) / 1000);

/** NetworkSettings.Networks; `summary`: as /containers/json has them (endpoints.ts). */
function networksOf(c: ContainerRecord, version: string, summary: boolean): Record<string, object> {
  const mode = c.HostConfig.NetworkMode && c.HostConfig.NetworkMode !== 'default' ? c.HostConfig.NetworkMode : 'host';
  // A container joined to another's network (`container:X`) has none of its own, as in dockerd.
  if (mode.startsWith('container:')) return {};
  const nets = Object.keys(c.Networks).length ? c.Networks : { [mode]: {} };
  const out: Record<string, object> = {};
  for (const [name, ep] of Object.entries(nets)) out[name] = endpointView(c, name, ep, version, summary);
  return out;
}

/** The platform manifest the image resolved to (API 1.48), when the record has it. */
const manifestOf = (c: ContainerRecord, version: string) =>
  atLeast(version, '1.48') && c.ImageManifest ? { ImageManifestDescriptor: c.ImageManifest } : {};

export function psView(c: ContainerRecord, version = API_VERSION): object {
  const annotations = c.HostConfig.Annotations;
  return {
    Id: c.Id,
    Names: [c.Name],
    Image: c.Config.Image ?? '',
    ImageID: c.Image,
    ...manifestOf(c, version),
    Command: command(c),
    Created: unix(c.Created),
    Ports: (c.Ports ?? []).flatMap((p) =>
      (p.dual ? [p.hostIp, '::'] : [p.hostIp]).map((ip) => ({ IP: ip, PrivatePort: p.container, PublicPort: p.host, Type: p.proto })),
    ),
    Labels: c.Config.Labels ?? {},
    State: c.State.Status,
    Status: statusText(c),
    HostConfig: {
      NetworkMode: c.HostConfig.NetworkMode ?? 'default',
      // API 1.46 lists them (omitted when there are none, as dockerd omits them).
      ...(atLeast(version, '1.46') && annotations && Object.keys(annotations).length ? { Annotations: annotations } : {}),
    },
    NetworkSettings: { Networks: networksOf(c, version, true) },
    Mounts: c.Mounts,
  };
}

/** Where a container's own files are: its log, and its hosts and hostname files when it has them. */
export interface ContainerFiles {
  log: string;
  hosts: string;
  hostname: string;
  resolv: string;
}

export function inspectView(c: ContainerRecord, files: ContainerFiles, restarting = false, version = API_VERSION): object {
  const s = c.State;
  // dockerd shows the NetworkMode network's MAC address as the deprecated Config.MacAddress.
  const mode = c.HostConfig.NetworkMode ?? '';
  const own = isUserDefined(mode) ? (c.Networks[mode]?.MacAddress ?? '') : '';
  const mac = typeof c.Config.MacAddress === 'string' && c.Config.MacAddress ? c.Config.MacAddress : own;
  return {
    Id: c.Id,
    Created: c.Created,
    Path: c.Path,
    Args: c.Args,
    State: {
      Status: s.Status,
      Running: s.Status === 'running' || s.Status === 'paused',
      Paused: s.Status === 'paused',
      Restarting: restarting || s.Status === 'restarting',
      OOMKilled: !!s.OOMKilled,
      Dead: s.Status === 'dead',
      Pid: s.Pid,
      ExitCode: s.ExitCode,
      Error: s.Error,
      StartedAt: s.StartedAt,
      FinishedAt: s.FinishedAt,
      ...(s.Health ? { Health: s.Health } : {}),
    },
    Image: c.Image,
    ResolvConfPath: c.ResolvFile ? files.resolv : '',
    HostnamePath: c.HostnameFile ? files.hostname : '',
    HostsPath: c.HostsFile ? files.hosts : '',
    // dockerd names the json-file driver's file only (local's is no API; none has none).
    LogPath: logDriver(c.HostConfig.LogConfig) === 'json-file' ? files.log : '',
    Name: c.Name,
    RestartCount: c.RestartCount,
    Driver: c.Snapshotter,
    Platform: c.Platform.os,
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: null,
    HostConfig: {
      Binds: null,
      NetworkMode: 'default',
      PortBindings: {},
      RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
      AutoRemove: false,
      Privileged: false,
      ReadonlyRootfs: false,
      Memory: 0,
      NanoCpus: 0,
      ...c.HostConfig,
    },
    GraphDriver: { Name: c.Snapshotter, Data: null },
    Mounts: c.Mounts,
    Config: { ...c.Config, Hostname: c.Config.Hostname || c.Id.slice(0, 12), ...(mac ? { MacAddress: mac } : {}) },
    NetworkSettings: {
      Bridge: '',
      SandboxID: '',
      HairpinMode: false,
      Ports: portsView(c.Config, c.Ports),
      SandboxKey: '',
      Networks: networksOf(c, version, false),
      // Containers share the host's network (native) or the VM's (tandem-vm): no own address.
      IPAddress: '',
      Gateway: '',
      MacAddress: '',
    },
    ...manifestOf(c, version),
    // tandem's own: where and how the container runs.
    Tandem: { Runtime: c.Runtime, Platform: c.Platform, Snapshotter: c.Snapshotter },
  };
}

const PS_FILTERS = [
  'status',
  'label',
  'name',
  'id',
  'ancestor',
  'exited',
  'before',
  'since',
  'network',
  'volume',
  'health',
  'is-task',
  'publish',
  'expose',
];

/** `docker ps` filters; `imageIdsOf(ref)` resolves an ancestor to image ids. */
export function psMatches(c: ContainerRecord, f: Filters, ancestorIds: Set<string> | undefined): boolean {
  checkFilters(f, PS_FILTERS);
  const any = (k: string, test: (v: string) => boolean) => !f.get(k)?.length || f.get(k)!.some(test);
  if (!any('status', (v) => v === c.State.Status)) return false;
  if (!matchLabels(f.get('label'), c.Config.Labels ?? undefined)) return false;
  if (!any('name', (v) => new RegExp(v).test(c.Name.slice(1)) || new RegExp(v).test(c.Name))) return false;
  if (!any('id', (v) => c.Id.startsWith(v))) return false;
  if (!any('exited', (v) => c.State.Status === 'exited' && c.State.ExitCode === Number(v))) return false;
  // dockerd: a container without a health check is `none`.
  if (!any('health', (v) => v === (c.State.Health?.Status ?? 'none'))) return false;
  if (
    f.get('ancestor')?.length &&
    !(ancestorIds?.has(c.Image) || f.get('ancestor')!.some((a) => familiarOf(a) === familiarOf(c.Config.Image ?? '')))
  )
    return false;
  if (!any('volume', (v) => c.Mounts.some((m) => m.Name === v || m.Destination === v))) return false;
  if (!any('network', (v) => Object.keys(c.Networks).includes(v) || c.HostConfig.NetworkMode === v)) return false;
  // No swarm here: no container is a task.
  if (f.get('is-task')?.includes('true')) return false;
  // publish and expose (dockerd's either-or): a host port published, or a container port
  // exposed or published, each `port[/proto]` or `start-end[/proto]`.
  if (f.has('publish') || f.has('expose')) {
    const wantPublish = portFilter(f, 'publish');
    const wantExpose = portFilter(f, 'expose');
    const published = (c.Ports ?? []).map((p) => `${p.host}/${p.proto}`);
    const exposed = [...Object.keys(c.Config.ExposedPorts ?? {}), ...(c.Ports ?? []).map((p) => `${p.container}/${p.proto}`)];
    if (!published.some((p) => wantPublish.has(p)) && !exposed.some((p) => wantExpose.has(p))) return false;
  }
  return true;
}

/** The ports a `publish` or `expose` filter names, as `port/proto`; dockerd's errors for bad ones. */
function portFilter(f: Filters, key: string): Set<string> {
  const out = new Set<string>();
  for (const v of f.get(key) ?? []) {
    if (v.includes(':')) throw invalidArgument(`filter for '${key}' should not contain ':': ${v}`);
    const [range, proto = 'tcp'] = v.split('/');
    const m = /^(\d+)(?:-(\d+))?$/.exec(range);
    const start = Number(m?.[1]);
    const end = Number(m?.[2] ?? m?.[1]);
    if (!m || start > end || end > 65535) throw invalidArgument(`error while looking up for ${key} ${v}: invalid port range: ${range}`);
    for (let p = start; p <= end; p++) out.add(`${p}/${proto}`);
  }
  return out;
}
