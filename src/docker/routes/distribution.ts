// GET /distribution/{name}/json (DistributionInspect): what the registry holds under a name,
// asked with the caller's X-Registry-Auth; the work is image/distribution.ts.
import { HttpError, type Ctx } from '../api.js';
import type { Engine } from '../engine.js';
import { inspectDistribution } from '../image/distribution.js';
import { parseRegistryAuth } from '../image/registry.js';
import { parseReference } from '../reference.js';
import type { Route } from '../server.js';

export function distributionRoutes(e: Engine): Route[] {
  async function getDistributionJSON(ctx: Ctx): Promise<void> {
    const rest = ctx.params['*'] ?? '';
    if (!rest.endsWith('/json')) throw new HttpError(404, 'page not found');
    const name = rest.slice(0, -'/json'.length);
    // A bare image id names nothing in a registry.
    if (/^(sha256:)?[0-9a-f]{64}$/.test(name)) throw new HttpError(500, 'no manifest found for full image ID');
    const ref = parseReference(name);
    const auth = parseRegistryAuth(ctx.req.headers['x-registry-auth'] as string | undefined);
    ctx.json(200, await inspectDistribution(ref, { auth, insecure: e.opts.insecureRegistries }));
  }

  return [{ method: 'GET', path: '/distribution/*', handler: getDistributionJSON }];
}
