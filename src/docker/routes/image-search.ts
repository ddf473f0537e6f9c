// `docker search` (GET /images/search): the term, limit and filters as dockerd's image router
// reads them, the search itself in image/search.ts.
import { parseFilters, type Ctx } from '../api.js';
import { invalidArgument } from '../../common/errdefs.js';
import type { Engine } from '../engine.js';
import { parseRegistryAuth } from '../image/registry.js';
import { searchImages } from '../image/search.js';
import type { Route } from '../server.js';

export function imageSearchRoutes(e: Engine): Route[] {
  async function getImagesSearch(ctx: Ctx): Promise<void> {
    const raw = ctx.query.get('limit') ?? '';
    const limit = raw === '' ? 0 : Number(raw);
    if (!/^[+-]?\d+$/.test(raw || '0') || limit < 0) throw invalidArgument(`invalid limit specified: ${JSON.stringify(raw)}`);
    const results = await searchImages(ctx.query.get('term') ?? '', {
      limit,
      filters: parseFilters(ctx.query),
      auth: parseRegistryAuth(ctx.req.headers['x-registry-auth'] as string | undefined),
      insecure: e.opts.insecureRegistries,
    });
    ctx.json(200, results);
  }

  return [{ method: 'GET', path: '/images/search', handler: getImagesSearch }];
}
