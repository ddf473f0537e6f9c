// `docker image prune`: the dangling images (no tag), or with `-a` (filter dangling=false) every
// image no container uses, as dockerd does; `label`, `label!` and `until` narrow the set. Each
// image's records go, then containerd's garbage collector takes its content and snapshots.
import { parseFilters, type Ctx } from '../api.js';
import { pruneFilter } from '../prune-filters.js';
import type { Engine } from '../engine.js';
import { DANGLING, groupById, isDangling } from '../image/views.js';
import { familiarOf } from '../reference.js';
import type { Route } from '../server.js';

export function imagePruneRoutes(e: Engine): Route[] {
  async function postImagesPrune(ctx: Ctx): Promise<void> {
    const f = parseFilters(ctx.query);
    const pf = pruneFilter(f, ['dangling', 'label', 'label!', 'until']);
    const danglingOnly = !['false', '0'].includes(f.get('dangling')?.[0] ?? 'true');
    const used = new Set(e.containers.list().map((c) => c.Image));
    const deleted: object[] = [];
    let reclaimed = 0;
    for (const g of groupById(await e.images.all())) {
      if (used.has(g.main.id) || (danglingOnly && !isDangling(g))) continue;
      // An image without a creation time counts as old (the epoch).
      if (!pf.takes(Date.parse(g.main.config.created ?? '') || 0, g.main.config.config?.Labels)) continue;
      for (const r of g.names) {
        await e.cd.call('images.Delete', { name: r.record.name });
        if (r.record.name!.startsWith(DANGLING)) continue;
        deleted.push({ Untagged: familiarOf(r.record.name!) });
        e.events.emit('image', 'untag', g.main.id, { name: familiarOf(r.record.name!) });
      }
      deleted.push({ Deleted: g.main.id });
      e.events.emit('image', 'delete', g.main.id, { name: familiarOf(g.main.record.name!) });
      reclaimed += g.main.size;
    }
    e.events.emit('image', 'prune', '', { reclaimed: String(reclaimed) });
    ctx.json(200, { ImagesDeleted: deleted.length ? deleted : null, SpaceReclaimed: reclaimed });
  }

  return [{ method: 'POST', path: '/images/prune', handler: postImagesPrune }];
}

/** `until`: a Unix time, an RFC 3339 time or a duration before now (10m, 24h), as the CLI sends. */
