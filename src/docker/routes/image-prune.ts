// `docker image prune`: the dangling images (no tag), or with `-a` (filter dangling=false) every
// image no container uses, as dockerd does; `label` and `until` filters narrow the set. Each
// image's records go, then containerd's garbage collector takes its content and snapshots.
import { checkFilters, matchLabels, parseFilters, type Ctx } from '../api.js';
import { invalidArgument } from '../../common/errdefs.js';
import type { Engine } from '../engine.js';
import { DANGLING, groupById, isDangling } from '../image/views.js';
import { familiarOf } from '../reference.js';
import type { Route } from '../server.js';

export function imagePruneRoutes(e: Engine): Route[] {
  async function postImagesPrune(ctx: Ctx): Promise<void> {
    const f = parseFilters(ctx.query);
    checkFilters(f, ['dangling', 'label', 'until']);
    const danglingOnly = !['false', '0'].includes(f.get('dangling')?.[0] ?? 'true');
    const until = f.get('until')?.[0];
    const before = until ? untilTime(until) : Infinity;
    const used = new Set(e.containers.list().map((c) => c.Image));
    const deleted: object[] = [];
    let reclaimed = 0;
    for (const g of groupById(await e.images.all())) {
      if (used.has(g.main.id) || (danglingOnly && !isDangling(g))) continue;
      if (!matchLabels(f.get('label'), g.main.config.config?.Labels ?? undefined)) continue;
      if (Date.parse(g.main.config.created ?? '') >= before) continue;
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
function untilTime(v: string): number {
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  const d = /^(\d+)(s|m|h)$/.exec(v);
  if (d) return Date.now() - Number(d[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[d[2] as 's' | 'm' | 'h'];
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw invalidArgument(`invalid filter 'until=${v}': a Unix time, an RFC 3339 time or a duration such as 24h`);
  return t;
}
