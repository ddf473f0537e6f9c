// POST /build: the classic builder API the docker CLI uses with DOCKER_BUILDKIT=0 (the context
// tar as the body, options in the query), answered with Docker's JSON progress stream.
import { HttpError, parseFilters, queryBool, type Ctx } from '../api.js';
import { errorMessage, invalidArgument } from '../../common/errdefs.js';
import type { Engine } from '../engine.js';
import { prepareBuild } from '../build/index.js';
import { RunFailed } from '../build/run.js';
import { runHostConfig } from '../build/run-options.js';
import { pruneCache } from '../build/cache.js';
import { cacheFilters } from '../build/cache-select.js';
import { parsePlatform } from '../image/oci.js';
import { parseRegistryConfig } from '../image/registry.js';
import { familiarOf, fullName, parseReference, withDefaultTag } from '../reference.js';
import type { Route } from '../server.js';

function jsonParam<T>(ctx: Ctx, name: string): T | undefined {
  const raw = ctx.query.get(name);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    throw invalidArgument(`invalid ${name}: ${JSON.stringify(raw)} is not JSON`);
  }
}

export function buildRoutes(e: Engine): Route[] {
  async function postBuild(ctx: Ctx): Promise<void> {
    const q = ctx.query;
    if (q.get('version') === '2')
      throw invalidArgument('BuildKit is not supported by tandem: build with DOCKER_BUILDKIT=0 (the classic builder)');
    if (q.get('remote')) throw new HttpError(501, 'tandem does not implement builds from a remote context (remote=) yet; send the context');
    if (queryBool(q, 'squash')) throw invalidArgument('squash is only supported with experimental mode');
    const tags = q
      .getAll('t')
      .filter(Boolean)
      .map((t) => fullName(withDefaultTag(parseReference(t))));
    const buildArgs = new Map<string, string>();
    for (const [k, v] of Object.entries(jsonParam<Record<string, string | null>>(ctx, 'buildargs') ?? {}))
      if (v !== null) buildArgs.set(k, v);
    const quiet = queryBool(q, 'q');
    const prepared = await prepareBuild(
      {
        cd: e.cd,
        store: e.store,
        images: e.images,
        snapshotterFor: (p) => e.snapshotterFor(p),
        insecureRegistries: e.opts.insecureRegistries,
        stateDir: e.opts.stateDir,
        log: e.log,
      },
      {
        dockerfile: q.get('dockerfile') || 'Dockerfile',
        tags,
        buildArgs,
        target: q.get('target') || undefined,
        platform: q.get('platform') ? parsePlatform(q.get('platform')!) : undefined,
        labels: jsonParam<Record<string, string>>(ctx, 'labels') ?? {},
        nocache: queryBool(q, 'nocache'),
        pull: queryBool(q, 'pull'),
        registryAuth: parseRegistryConfig(ctx.req.headers['x-registry-config'] as string | undefined),
        runHost: runHostConfig(q),
      },
      ctx.req,
    );
    const stream = ctx.jsonStream();
    const cancel = new AbortController();
    stream.onClose(() => cancel.abort());
    const held: object[] = [];
    const write = (m: object) => (quiet ? held.push(m) : stream.write(m));
    try {
      const id = await prepared.run({
        stream: (text) => write({ stream: text }),
        progress: (m) => write(m),
        aux: (a) => write({ aux: a }),
        signal: cancel.signal,
        created: (id) => e.events.emit('image', 'create', id, { name: id }),
      });
      if (quiet) stream.write({ stream: `${id}\n` });
      else {
        stream.write({ stream: `Successfully built ${id.slice(7, 19)}\n` });
        for (const t of tags) stream.write({ stream: `Successfully tagged ${familiarOf(t)}\n` });
      }
      for (const t of tags) e.events.emit('image', 'tag', id, { name: familiarOf(t) });
    } catch (err) {
      for (const m of held) stream.write(m);
      const message = errorMessage(err);
      e.log.info({ err: message }, 'build failed');
      stream.write({ errorDetail: { ...(err instanceof RunFailed ? { code: err.exitCode } : {}), message }, error: message });
    } finally {
      await prepared.dispose();
    }
    stream.end();
  }
  /** docker builder prune: entries chosen as dockerd's BuildKit chooses them (build/cache-select.ts). */
  async function postBuildPrune(ctx: Ctx): Promise<void> {
    const q = ctx.query;
    const bytes = (name: string) => {
      const v = q.get(name);
      if (!v) return 0;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw invalidArgument(`invalid ${name} ${JSON.stringify(v)}: want a number of bytes`);
      return n;
    };
    if (bytes('min-free-space'))
      throw invalidArgument(
        'builder prune: min-free-space is not supported by tandem; use --keep-storage (or reserved-space, max-used-space)',
      );
    // keep-storage is the older name of reserved-space; max-used-space caps the cache the same way.
    const limits = ['keep-storage', 'reserved-space', 'max-used-space'].map(bytes).filter((n) => n > 0);
    const inUse = new Set(e.containers.list().map((c) => c.Image));
    const result = await pruneCache(
      e.cacheDeps(),
      { all: queryBool(q, 'all'), keepBytes: limits.length ? Math.min(...limits) : 0, ...cacheFilters(parseFilters(q)) },
      inUse,
    );
    ctx.json(200, result);
  }

  return [
    { method: 'POST', path: '/build', handler: postBuild },
    { method: 'POST', path: '/build/prune', handler: postBuildPrune },
  ];
}
