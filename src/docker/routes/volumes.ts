// Volume routes: create, list, inspect, remove, prune (local driver only).
import { VOLUME_CREATE } from '../shape.js';
import { checkFilters, matchLabels, parseFilters, queryBool, type Ctx } from '../api.js';
import type { Engine } from '../engine.js';
import type { Route } from '../server.js';
import { pruneFilter } from '../prune-filters.js';
import { treeSize } from '../../common/tree-size.js';

export function volumeRoutes(e: Engine): Route[] {
  const users = (name: string) => e.containers.volumeUsers(name);

  async function postVolumesCreate(ctx: Ctx): Promise<void> {
    const body =
      (await ctx.body<{ Name?: string; Driver?: string; Labels?: Record<string, string>; DriverOpts?: Record<string, string> }>(
        VOLUME_CREATE,
      )) ?? {};
    ctx.json(201, e.volumes.view(await e.volumes.create(body)));
  }

  async function getVolumesList(ctx: Ctx): Promise<void> {
    const f = parseFilters(ctx.query);
    checkFilters(f, ['name', 'label', 'dangling', 'driver']);
    const list = e.volumes.list().filter((v) => {
      if (f.get('name')?.length && !f.get('name')!.some((n) => v.Name.includes(n))) return false;
      if (!matchLabels(f.get('label'), v.Labels)) return false;
      const dangling = f.get('dangling')?.[0];
      if (dangling !== undefined && (dangling === 'true' || dangling === '1') !== (users(v.Name).length === 0)) return false;
      return true;
    });
    ctx.json(200, { Volumes: list.map((v) => e.volumes.view(v)), Warnings: [] });
  }

  async function getVolumeByName(ctx: Ctx): Promise<void> {
    ctx.json(200, e.volumes.view(e.volumes.get(ctx.params.name ?? '')));
  }

  async function deleteVolumes(ctx: Ctx): Promise<void> {
    const name = ctx.params.name ?? '';
    await e.volumes.remove(name, users(name), queryBool(ctx.query, 'force'));
    ctx.noContent();
  }

  async function postVolumesPrune(ctx: Ctx): Promise<void> {
    const f = parseFilters(ctx.query);
    const pf = pruneFilter(f, ['label', 'label!', 'all']);
    const all = ['true', '1'].includes(f.get('all')?.[0] ?? '');
    const deleted: string[] = [];
    let reclaimed = 0;
    for (const v of e.volumes.list()) {
      if (users(v.Name).length || (!all && !v.Anonymous) || !pf.takes(0, v.Labels)) continue;
      const size = await treeSize(e.volumes.dataDir(v.Name));
      await e.volumes.remove(v.Name, []);
      deleted.push(v.Name);
      reclaimed += size;
    }
    e.events.emit('volume', 'prune', '', { reclaimed: String(reclaimed) });
    ctx.json(200, { VolumesDeleted: deleted, SpaceReclaimed: reclaimed });
  }

  return [
    { method: 'POST', path: '/volumes/create', handler: postVolumesCreate },
    { method: 'GET', path: '/volumes', handler: getVolumesList },
    { method: 'POST', path: '/volumes/prune', handler: postVolumesPrune },
    { method: 'GET', path: '/volumes/:name', handler: getVolumeByName },
    { method: 'DELETE', path: '/volumes/:name', handler: deleteVolumes },
  ];
}
