// Networks as Docker clients expect to find them: `bridge`, `host` and `none` always exist, and
// user networks (Compose's `<project>_default`) can be created, connected and removed. tandem
// gives containers no network of their own: every container uses the host's network (the VM's
// for VM containers), and inspect says so (no addresses). A network here records membership
// and each endpoint's settings (aliases, MAC address, gateway priority: endpoints.ts); it does
// not isolate.
import { createHash, randomBytes } from 'node:crypto';
import { HttpError, goBool } from './api.js';
import { invalidArgument, notFound } from '../common/errdefs.js';
import { atLeast } from './version.js';
import { dnsNames, endpointError, endpointId, inSandbox, isUserDefined } from './endpoints.js';
import type { EventBus } from './events.js';
import type { NetworkRecord, Store } from './store.js';
import type { ContainerRecord, CreateBody, EndpointSettings } from './containers/types.js';

const BUILTIN: Record<string, string> = { bridge: 'bridge', host: 'host', none: 'null' };

function builtin(name: string): NetworkRecord {
  return {
    Id: createHash('sha256').update(`tandem-network-${name}`).digest('hex'),
    Name: name,
    Driver: BUILTIN[name],
    Created: new Date(0).toISOString(),
    Labels: {},
    Options: {},
    Internal: false,
    Attachable: false,
    // As dockerd shows its own: only the bridge network has IPv4 addresses.
    EnableIPv4: name === 'bridge',
    EnableIPv6: false,
  };
}

/** A bool driver option (`-o com.docker.network.enable_ipv4=false`), in dockerd's words when it is none. */
function boolOption(options: Record<string, string> | undefined, key: string): boolean | undefined {
  const v = options?.[key];
  if (v === undefined) return undefined;
  const b = goBool(v);
  if (b !== undefined) return b;
  throw invalidArgument(`driver-opt "${key}" is not a valid bool`);
}

export class Networks {
  constructor(
    private readonly store: Store,
    private readonly events: EventBus,
  ) {}

  list(): NetworkRecord[] {
    return [...Object.keys(BUILTIN).map(builtin), ...this.store.networks()];
  }

  /** By name, full id or unique id prefix. */
  get(ref: string): NetworkRecord {
    const all = this.list();
    const hit = all.find((n) => n.Name === ref) ?? all.find((n) => n.Id === ref);
    if (hit) return hit;
    const pre = all.filter((n) => ref && n.Id.startsWith(ref));
    if (pre.length === 1) return pre[0];
    throw notFound(`network ${ref} not found`);
  }

  create(
    req: {
      Name?: string;
      Driver?: string;
      Labels?: Record<string, string>;
      Options?: Record<string, string>;
      Internal?: boolean;
      Attachable?: boolean;
      EnableIPv4?: boolean | null;
      EnableIPv6?: boolean | null;
    },
    version: string,
  ): NetworkRecord {
    if (!req.Name) throw invalidArgument('network name is required');
    if (BUILTIN[req.Name]) throw new HttpError(403, `${req.Name} is a pre-defined network and cannot be created`);
    const driver = req.Driver || 'bridge';
    if (driver !== 'bridge') throw invalidArgument(`network driver ${driver} is not supported: only bridge networks can be created`);
    // EnableIPv4 came with API 1.48 (older requests' is ignored, as dockerd ignores it); dockerd 28's
    // bridge driver refuses a network with neither family.
    const v4 = (atLeast(version, '1.48') ? req.EnableIPv4 : undefined) ?? boolOption(req.Options, 'com.docker.network.enable_ipv4');
    const v6 = req.EnableIPv6 ?? boolOption(req.Options, 'com.docker.network.enable_ipv6');
    if (v4 === false && !v6) throw invalidArgument('IPv4 or IPv6 must be enabled');
    const n: NetworkRecord = {
      Id: randomBytes(32).toString('hex'),
      Name: req.Name,
      Driver: driver,
      Created: new Date().toISOString(),
      Labels: req.Labels ?? {},
      Options: req.Options ?? {},
      Internal: !!req.Internal,
      Attachable: !!req.Attachable,
      EnableIPv4: v4 ?? true,
      EnableIPv6: !!v6,
    };
    this.store.insertNetwork(n);
    this.events.emit('network', 'create', n.Id, { name: n.Name, type: n.Driver });
    return n;
  }

  remove(ref: string, members: ContainerRecord[]): void {
    const n = this.get(ref);
    if (BUILTIN[n.Name]) throw new HttpError(403, `${n.Name} is a pre-defined network and cannot be removed`);
    // Only running containers hold endpoints: a stopped one's settings do not keep it (dockerd's
    // libnetwork), and its next start fails for the network gone.
    const using = members.filter((c) => c.Networks[n.Name] && inSandbox(c));
    if (using.length) {
      const eps = using.map((c) => `name:"${c.Name.slice(1)}" id:"${endpointId(c, n.Id).slice(0, 12)}"`);
      throw new HttpError(403, `error while removing network: network ${n.Name} has active endpoints (${eps.join(', ')})`);
    }
    this.store.deleteNetwork(n.Id);
    this.events.emit('network', 'destroy', n.Id, { name: n.Name, type: n.Driver });
  }

  /**
   * `network connect`: the endpoint's settings checked as dockerd checks them (every problem at
   * once), then recorded; on a user network its DNS names are set then, as dockerd sets them.
   * Only a running container's connect is an event: dockerd logs `network connect` when the
   * endpoint joins the container's sandbox (at start, or at once when it runs), not when a
   * stopped one's settings change.
   */
  connect(c: ContainerRecord, ref: string, ep: EndpointSettings = {}, running = false): void {
    const n = this.get(ref);
    if (c.HostConfig.NetworkMode?.startsWith('container:'))
      throw invalidArgument('container sharing network namespace with another container or host cannot be connected to any other network');
    const bad = endpointError(n.Name, ep, true);
    if (bad) throw invalidArgument(bad);
    this.join(c, n, { ...ep, DNSNames: isUserDefined(n.Name) ? dnsNames(c, ep.Aliases) : null });
    if (running) this.announce(c, 'connect', [n.Name]);
  }

  private join(c: ContainerRecord, n: NetworkRecord, ep: EndpointSettings): void {
    if (n.Name === 'none' || n.Name === 'host') {
      if (Object.keys(c.Networks).some((k) => k !== n.Name))
        throw new HttpError(403, `container cannot be disconnected from host network or connected to host network`);
    }
    c.Networks[n.Name] = { ...ep, Aliases: ep.Aliases ?? null, NetworkID: n.Id, EndpointID: '' };
  }

  disconnect(c: ContainerRecord, ref: string, running = false): void {
    const n = this.get(ref);
    if (!c.Networks[n.Name]) throw new HttpError(403, `container ${c.Id} is not connected to network ${n.Name}`);
    if (running) this.announce(c, 'disconnect', [n.Name]);
    delete c.Networks[n.Name];
  }

  /**
   * `network connect`/`disconnect` for each of the container's networks, as dockerd logs them
   * when a start joins its sandbox and when its exit releases it (`--network container:X` has
   * none of its own). A network removed since is skipped.
   */
  announce(c: ContainerRecord, action: 'connect' | 'disconnect', names = Object.keys(c.Networks)): void {
    const all = this.list();
    for (const name of names) {
      const n = all.find((x) => x.Name === name);
      if (n) this.events.emit('network', action, n.Id, { container: c.Id, name: n.Name, type: n.Driver });
    }
  }

  /**
   * At create (the settings checked by adaptEndpoints): the NetworkMode network and those of
   * NetworkingConfig, all of them joined now (API 1.44). A network that does not exist is
   * recorded by the name given, as dockerd records it, and refused at start (checkAtStart).
   */
  attachOnCreate(c: ContainerRecord, body: CreateBody, save: (c: ContainerRecord) => void): void {
    const mode = body.HostConfig?.NetworkMode;
    // `container:X` has no network of its own, as in dockerd: the mode stays (checked at start).
    if (mode?.startsWith('container:')) return save(c);
    const eps = body.NetworkingConfig?.EndpointsConfig ?? {};
    const names = new Set<string>(Object.keys(eps).filter((n) => n !== 'default'));
    if (mode && mode !== 'default') names.add(mode);
    // The default network (and bridge, which tandem does not build) is the host's: say so, with
    // the settings asked for the default one.
    if (!names.size || (names.size === 1 && names.has('bridge'))) {
      this.join(c, this.get('host'), eps.bridge ?? eps.default ?? {});
      c.HostConfig.NetworkMode = 'host';
      return save(c);
    }
    for (const name of names) {
      const n = this.find(name);
      if (n) this.join(c, n, eps[name] ?? {});
      else c.Networks[name] = { ...eps[name], Aliases: eps[name]?.Aliases ?? null, NetworkID: '', EndpointID: '' };
    }
    save(c);
  }

  private find(ref: string): NetworkRecord | undefined {
    try {
      return this.get(ref);
    } catch {
      return undefined;
    }
  }

  /** Whether `ref` names a network (a create's endpoints are checked against those that exist). */
  exists = (ref: string): boolean => this.find(ref) !== undefined;

  /** dockerd's refusal at start of a network recorded at create that does not exist (any more). */
  checkAtStart(c: ContainerRecord): void {
    for (const name of Object.keys(c.Networks))
      if (!this.find(name)) throw new HttpError(404, `failed to set up container networking: network ${name} not found`);
  }

  view(n: NetworkRecord, members: ContainerRecord[]): object {
    const containers: Record<string, object> = {};
    // As dockerd: the containers with an endpoint in it now, the running ones.
    for (const c of members) {
      if (!c.Networks[n.Name] || !inSandbox(c)) continue;
      containers[c.Id] = {
        Name: c.Name.slice(1),
        EndpointID: endpointId(c, n.Id),
        MacAddress: c.Networks[n.Name].MacAddress ?? '',
        IPv4Address: '',
        IPv6Address: '',
      };
    }
    return {
      Name: n.Name,
      Id: n.Id,
      Created: n.Created,
      Scope: 'local',
      Driver: n.Driver,
      EnableIPv4: n.EnableIPv4 ?? true,
      EnableIPv6: !!n.EnableIPv6,
      IPAM: { Driver: 'default', Options: null, Config: [] },
      Internal: n.Internal,
      Attachable: n.Attachable,
      Ingress: false,
      ConfigFrom: { Network: '' },
      ConfigOnly: false,
      Containers: containers,
      Options: n.Options,
      Labels: n.Labels,
    };
  }
}
