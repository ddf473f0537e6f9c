// Networks as Docker clients expect to find them: `bridge`, `host` and `none` always exist, and
// user networks (Compose's `<project>_default`) can be created, connected and removed. tandem
// gives containers no network of their own: every container uses the host's network (the VM's
// for VM containers), and inspect says so (no addresses). A network here records membership
// and aliases; it does not isolate.
import { createHash, randomBytes } from 'node:crypto';
import { HttpError } from './api.js';
import { invalidArgument, notFound } from '../common/errdefs.js';
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
  };
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

  create(req: {
    Name?: string;
    Driver?: string;
    Labels?: Record<string, string>;
    Options?: Record<string, string>;
    Internal?: boolean;
    Attachable?: boolean;
  }): NetworkRecord {
    if (!req.Name) throw invalidArgument('network name is required');
    if (BUILTIN[req.Name]) throw new HttpError(403, `${req.Name} is a pre-defined network and cannot be created`);
    const driver = req.Driver || 'bridge';
    if (driver !== 'bridge') throw invalidArgument(`network driver ${driver} is not supported: only bridge networks can be created`);
    const n: NetworkRecord = {
      Id: randomBytes(32).toString('hex'),
      Name: req.Name,
      Driver: driver,
      Created: new Date().toISOString(),
      Labels: req.Labels ?? {},
      Options: req.Options ?? {},
      Internal: !!req.Internal,
      Attachable: !!req.Attachable,
    };
    this.store.insertNetwork(n);
    this.events.emit('network', 'create', n.Id, { name: n.Name, type: n.Driver });
    return n;
  }

  remove(ref: string, members: ContainerRecord[]): void {
    const n = this.get(ref);
    if (BUILTIN[n.Name]) throw new HttpError(403, `${n.Name} is a pre-defined network and cannot be removed`);
    const using = members.filter((c) => c.Networks[n.Name]);
    if (using.length) throw new HttpError(403, `error while removing network: network ${n.Name} id ${n.Id} has active endpoints`);
    this.store.deleteNetwork(n.Id);
    this.events.emit('network', 'destroy', n.Id, { name: n.Name, type: n.Driver });
  }

  /**
   * Records the container's membership of a network (with its aliases). Only a running
   * container's connect is an event: dockerd logs `network connect` when the endpoint joins the
   * container's sandbox (at start, or at once when it runs), not when a stopped one's settings change.
   */
  connect(c: ContainerRecord, ref: string, ep: EndpointSettings = {}, running = false): void {
    const n = this.get(ref);
    if (n.Name === 'none' || n.Name === 'host') {
      if (Object.keys(c.Networks).some((k) => k !== n.Name))
        throw new HttpError(403, `container cannot be disconnected from host network or connected to host network`);
    }
    c.Networks[n.Name] = { ...ep, Aliases: ep.Aliases ?? null, NetworkID: n.Id, EndpointID: '' };
    if (running) this.announce(c, 'connect', [n.Name]);
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

  /** At create: the NetworkMode network and those of NetworkingConfig. */
  attachOnCreate(c: ContainerRecord, body: CreateBody, save: (c: ContainerRecord) => void): void {
    const mode = body.HostConfig?.NetworkMode;
    // `container:X` has no network of its own, as in dockerd: the mode stays (checked at start).
    if (mode?.startsWith('container:')) return save(c);
    const eps = body.NetworkingConfig?.EndpointsConfig ?? {};
    const names = new Set<string>(Object.keys(eps).filter((n) => n !== 'default'));
    if (mode && mode !== 'default') names.add(mode);
    // The default network (and bridge, which tandem does not build) is the host's: say so.
    if (!names.size || (names.size === 1 && names.has('bridge'))) {
      names.clear();
      names.add('host');
      c.HostConfig.NetworkMode = 'host';
    }
    for (const name of names) this.connect(c, name, eps[name] ?? {});
    save(c);
  }

  view(n: NetworkRecord, members: ContainerRecord[]): object {
    const containers: Record<string, object> = {};
    for (const c of members) {
      if (!c.Networks[n.Name]) continue;
      containers[c.Id] = { Name: c.Name.slice(1), EndpointID: '', MacAddress: '', IPv4Address: '', IPv6Address: '' };
    }
    return {
      Name: n.Name,
      Id: n.Id,
      Created: n.Created,
      Scope: 'local',
      Driver: n.Driver,
      EnableIPv6: false,
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
