// Network routes: list, inspect, create, connect, disconnect, remove, prune.
import { NETWORK_CONNECT, NETWORK_CREATE } from '../shape.js';
import { HttpError, checkFilters, matchLabels, parseFilters, type Ctx } from '../api.js';
import type { Engine } from '../engine.js';
import type { EndpointSettings } from '../containers/types.js';
import type { Route } from '../server.js';
import { inSandbox } from '../endpoints.js';
import { pruneFilter } from '../prune-filters.js';

export function networkRoutes(e: Engine): Route[] {
  const members = () => e.containers.list();

  async function getNetworksList(ctx: Ctx): Promise<void> {
    const f = parseFilters(ctx.query);
    checkFilters(f, ['name', 'id', 'label', 'driver', 'type', 'scope', 'dangling']);
    const list = e.networks.list().filter((n) => {
      if (f.get('name')?.length && !f.get('name')!.some((v) => n.Name.includes(v))) return false;
      if (f.get('id')?.length && !f.get('id')!.some((v) => n.Id.startsWith(v))) return false;
      if (f.get('driver')?.length && !f.get('driver')!.includes(n.Driver)) return false;
      if (!matchLabels(f.get('label'), n.Labels)) return false;
      return true;
    });
    ctx.json(
      200,
      list.map((n) => e.networks.view(n, members())),
    );
  }

  async function getNetwork(ctx: Ctx): Promise<void> {
    ctx.json(200, e.networks.view(e.networks.get(ctx.params.id ?? ''), members()));
  }

  async function postNetworkCreate(ctx: Ctx): Promise<void> {
    const body = (await ctx.body<Parameters<typeof e.networks.create>[0]>(NETWORK_CREATE)) ?? {};
    const n = e.networks.create(body, ctx.version);
    ctx.json(201, { Id: n.Id, Warning: '' });
  }

  async function postNetworkConnect(ctx: Ctx): Promise<void> {
    const body = (await ctx.body<{ Container?: string; EndpointConfig?: EndpointSettings }>(NETWORK_CONNECT)) ?? {};
    const c = e.containers.get(body.Container ?? '');
    const n = e.networks.get(ctx.params.id ?? '');
    // A running container's endpoint exists already (libnetwork's refusal); a stopped one's
    // settings are replaced, as dockerd replaces them.
    if (c.Networks[n.Name] && e.containers.isRunning(c))
      throw new HttpError(403, `endpoint with name ${c.Name.slice(1)} already exists in network ${n.Name}`);
    e.networks.connect(c, n.Name, body.EndpointConfig ?? {}, inSandbox(c));
    e.store.putContainer(c);
    await e.containers.refreshHosts();
    ctx.noContent(200);
  }

  async function postNetworkDisconnect(ctx: Ctx): Promise<void> {
    const body = (await ctx.body<{ Container?: string; Force?: boolean }>(NETWORK_CONNECT)) ?? {};
    const c = e.containers.get(body.Container ?? '');
    e.networks.disconnect(c, ctx.params.id ?? '', inSandbox(c));
    e.store.putContainer(c);
    await e.containers.refreshHosts();
    ctx.noContent(200);
  }

  async function deleteNetwork(ctx: Ctx): Promise<void> {
    e.networks.remove(ctx.params.id ?? '', members());
    ctx.noContent();
  }

  async function postNetworksPrune(ctx: Ctx): Promise<void> {
    const pf = pruneFilter(parseFilters(ctx.query), ['until', 'label', 'label!']);
    const deleted: string[] = [];
    for (const n of e.networks.list()) {
      if (['bridge', 'host', 'none'].includes(n.Name) || members().some((c) => c.Networks[n.Name] && inSandbox(c))) continue;
      if (!pf.takes(Date.parse(n.Created), n.Labels)) continue;
      e.networks.remove(n.Id, []);
      deleted.push(n.Name);
    }
    // dockerd's words: a network frees no space.
    e.events.emit('network', 'prune', '', { reclaimed: '0' });
    ctx.json(200, { NetworksDeleted: deleted });
  }

  return [
    { method: 'GET', path: '/networks', handler: getNetworksList },
    { method: 'POST', path: '/networks/create', handler: postNetworkCreate },
    { method: 'POST', path: '/networks/prune', handler: postNetworksPrune },
    { method: 'GET', path: '/networks/:id', handler: getNetwork },
    { method: 'POST', path: '/networks/:id/connect', handler: postNetworkConnect },
    { method: 'POST', path: '/networks/:id/disconnect', handler: postNetworkDisconnect },
    { method: 'DELETE', path: '/networks/:id', handler: deleteNetwork },
  ];
}
