// The JSON shape of the request bodies the endpoint reads, checked once where the body is parsed:
// a field of the wrong type is a 400 in the words Docker's Go decoder uses ("json: cannot
// unmarshal number into Go struct field HostConfig.Mounts of type []mount.Mount"), never a
// TypeError deep in a handler answered as a 500. null is any field's zero value, as in Go; fields
// not listed pass through unchecked.
import { HttpError } from './api.js';

export type Shape =
  'string' | 'number' | 'boolean' | 'object' | 'string|string[]' | { list: Shape } | { map: Shape } | { fields: Record<string, Shape> };

const goType = (s: Shape): string =>
  typeof s === 'string'
    ? { string: 'string', number: 'int64', boolean: 'bool', object: 'struct', 'string|string[]': 'strslice.StrSlice' }[s]
    : 'list' in s
      ? `[]${goType(s.list)}`
      : 'map' in s
        ? `map[string]${goType(s.map)}`
        : 'struct';

const jsonType = (v: unknown) => (Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v);

export function checkShape(v: unknown, shape: Shape, path: string): void {
  if (v === null || v === undefined) return;
  const bad = () => new HttpError(400, `json: cannot unmarshal ${jsonType(v)} into Go struct field ${path} of type ${goType(shape)}`);
  const isObj = typeof v === 'object' && !Array.isArray(v);
  if (typeof shape === 'string') {
    if (shape === 'string|string[]') {
      if (typeof v === 'string') return;
      if (!Array.isArray(v)) throw bad();
      v.forEach((x, i) => checkShape(x, 'string', `${path}[${i}]`));
      if (v.some((x) => x === null)) throw bad();
      return;
    }
    if (shape === 'object' ? !isObj : typeof v !== shape) throw bad();
    return;
  }
  if ('list' in shape) {
    if (!Array.isArray(v) || v.some((x) => x === null)) throw bad();
    v.forEach((x, i) => checkShape(x, shape.list, `${path}[${i}]`));
    return;
  }
  if (!isObj) throw bad();
  const o = v as Record<string, unknown>;
  // A null inside a list or a map would reach the handlers as one: refused like a wrong type.
  if ('map' in shape) {
    const nullable = shape.map === 'object' || (typeof shape.map === 'object' && 'list' in shape.map);
    if (!nullable && Object.values(o).some((x) => x === null)) throw bad();
    for (const [k, x] of Object.entries(o)) checkShape(x, shape.map, `${path}.${k}`);
  } else if ('fields' in shape) for (const [k, s] of Object.entries(shape.fields)) checkShape(o[k], s, path ? `${path}.${k}` : k);
}

const strings = { list: 'string' } as const;
const stringMap = { map: 'string' } as const;
const objectMap = { map: 'object' } as const;
/** A network endpoint's settings (NetworkingConfig.EndpointsConfig[n], a connect's EndpointConfig). */
const ENDPOINT: Shape = {
  fields: {
    IPAMConfig: { fields: { IPv4Address: 'string', IPv6Address: 'string', LinkLocalIPs: strings } },
    Links: strings,
    Aliases: strings,
    MacAddress: 'string',
    DriverOpts: stringMap,
    GwPriority: 'number',
    NetworkID: 'string',
    DNSNames: strings,
  },
};

export const CREATE_BODY: Shape = {
  fields: {
    Hostname: 'string',
    Domainname: 'string',
    User: 'string',
    AttachStdin: 'boolean',
    AttachStdout: 'boolean',
    AttachStderr: 'boolean',
    ExposedPorts: objectMap,
    Tty: 'boolean',
    OpenStdin: 'boolean',
    StdinOnce: 'boolean',
    Env: strings,
    Cmd: 'string|string[]',
    Entrypoint: 'string|string[]',
    Image: 'string',
    Volumes: objectMap,
    WorkingDir: 'string',
    Labels: stringMap,
    StopSignal: 'string',
    StopTimeout: 'number',
    Healthcheck: 'object',
    HostConfig: {
      fields: {
        Binds: strings,
        Mounts: {
          list: {
            fields: {
              Type: 'string',
              Source: 'string',
              Target: 'string',
              ReadOnly: 'boolean',
              Consistency: 'string',
              BindOptions: {
                fields: {
                  Propagation: 'string',
                  NonRecursive: 'boolean',
                  CreateMountpoint: 'boolean',
                  ReadOnlyNonRecursive: 'boolean',
                  ReadOnlyForceRecursive: 'boolean',
                },
              },
              VolumeOptions: {
                fields: {
                  NoCopy: 'boolean',
                  Labels: stringMap,
                  DriverConfig: { fields: { Name: 'string', Options: stringMap } },
                  Subpath: 'string',
                },
              },
              TmpfsOptions: { fields: { SizeBytes: 'number', Mode: 'number', Options: { list: strings } } },
              ImageOptions: { fields: { Subpath: 'string' } },
            },
          },
        },
        Tmpfs: stringMap,
        PortBindings: { map: { list: { fields: { HostIp: 'string', HostPort: 'string' } } } },
        PublishAllPorts: 'boolean',
        AutoRemove: 'boolean',
        NetworkMode: 'string',
        Runtime: 'string',
        RestartPolicy: { fields: { Name: 'string', MaximumRetryCount: 'number' } },
        ExtraHosts: strings,
        Memory: 'number',
        NanoCpus: 'number',
        CpuShares: 'number',
        CpuPeriod: 'number',
        CpuQuota: 'number',
        CpusetCpus: 'string',
        CpusetMems: 'string',
        MemoryReservation: 'number',
        MemorySwap: 'number',
        MemorySwappiness: 'number',
        OomKillDisable: 'boolean',
        PidsLimit: 'number',
        Ulimits: { list: { fields: { Name: 'string', Soft: 'number', Hard: 'number' } } },
        ShmSize: 'number',
        Sysctls: stringMap,
        GroupAdd: strings,
        OomScoreAdj: 'number',
        IpcMode: 'string',
        PidMode: 'string',
        UTSMode: 'string',
        UsernsMode: 'string',
        CgroupnsMode: 'string',
        Isolation: 'string',
        Privileged: 'boolean',
        ReadonlyRootfs: 'boolean',
        Annotations: stringMap,
        Init: 'boolean',
        Dns: strings,
        Links: strings,
        Devices: { list: { fields: { PathOnHost: 'string', PathInContainer: 'string', CgroupPermissions: 'string' } } },
        VolumesFrom: strings,
        DnsSearch: strings,
        DnsOptions: strings,
        CapAdd: strings,
        CapDrop: strings,
        SecurityOpt: strings,
        LogConfig: { fields: { Type: 'string', Config: stringMap } },
        ConsoleSize: { list: 'number' },
      },
    },
    NetworkingConfig: { fields: { EndpointsConfig: { map: ENDPOINT } } },
  },
};

export const EXEC_CONFIG: Shape = {
  fields: {
    User: 'string',
    Privileged: 'boolean',
    Tty: 'boolean',
    AttachStdin: 'boolean',
    AttachStdout: 'boolean',
    AttachStderr: 'boolean',
    DetachKeys: 'string',
    Env: strings,
    WorkingDir: 'string',
    Cmd: strings,
    ConsoleSize: { list: 'number' },
  },
};
export const UPDATE_BODY: Shape = {
  fields: {
    Memory: 'number',
    NanoCpus: 'number',
    MemoryReservation: 'number',
    MemorySwap: 'number',
    CpuShares: 'number',
    CpuPeriod: 'number',
    CpuQuota: 'number',
    CpusetCpus: 'string',
    CpusetMems: 'string',
    PidsLimit: 'number',
    RestartPolicy: { fields: { Name: 'string', MaximumRetryCount: 'number' } },
  },
};
export const AUTH_CONFIG: Shape = {
  fields: {
    username: 'string',
    password: 'string',
    auth: 'string',
    serveraddress: 'string',
    email: 'string',
    identitytoken: 'string',
    registrytoken: 'string',
  },
};
export const EXEC_START: Shape = { fields: { Detach: 'boolean', Tty: 'boolean', ConsoleSize: { list: 'number' } } };
export const NETWORK_CREATE: Shape = {
  fields: {
    Name: 'string',
    Driver: 'string',
    Labels: stringMap,
    Options: stringMap,
    Internal: 'boolean',
    Attachable: 'boolean',
    EnableIPv4: 'boolean',
    EnableIPv6: 'boolean',
  },
};
export const NETWORK_CONNECT: Shape = { fields: { Container: 'string', Force: 'boolean', EndpointConfig: ENDPOINT } };
export const VOLUME_CREATE: Shape = { fields: { Name: 'string', Driver: 'string', Labels: stringMap, DriverOpts: stringMap } };
