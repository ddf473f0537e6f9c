// Image routes: pull (POST /images/create), list, inspect, history, tag, remove. Image names
// carry slashes and a registry port (`127.0.0.1:5000/x/y:tag`) straight in the path, so the
// routes under /images/ take the rest of the path and split off the action at its end.
import { HttpError, checkFilters, lazyJsonStream, matchLabels, parseFilters, queryBool, type Ctx } from '../api.js';
import { Code, TandemError, errorMessage, invalidArgument, isCode } from '../../common/errdefs.js';
import type { Engine } from '../engine.js';
import { isStepImage } from '../build/step-images.js';
import { importImage } from '../build/import-image.js';
import { hostPlatform, parsePlatform, type Platform } from '../image/oci.js';
import { pullImage } from '../image/pull.js';
import { pushImage } from '../image/push.js';
import { loadImages, saveImages } from '../image/archive.js';
import { Repository, parseRegistryAuth } from '../image/registry.js';
import { noSuchImage, type ResolvedImage } from '../image/store.js';
import { untilTime } from '../prune-filters.js';
import { groupById, historyView, inspectView, isDangling, layerUsage, listView, type ImageGroup } from '../image/views.js';
import { manifestSummaries, type ManifestDeps } from '../image/manifests.js';
import { PlatformNotFoundError, decodePlatform, familiarImageName, platformImage, platformParam } from '../image/platform-param.js';
import { savedPlatform } from '../image/platform-ops.js';
import { removeImage } from '../image/remove.js';
import { familiarOf, fullName, parseReference, withDefaultTag } from '../reference.js';
import type { Route } from '../server.js';
import { atLeast } from '../version.js';

export function imageRoutes(e: Engine): Route[] {
  const manifestDeps = (): ManifestDeps => ({ cd: e.cd, snapshotterFor: (p) => e.snapshotterFor(p), containers: e.containers.list() });

  async function postImagesCreate(ctx: Ctx): Promise<void> {
    const from = ctx.query.get('fromImage');
    if (!from) {
      if (ctx.query.get('fromSrc')) return importFrom(ctx, ctx.query.get('fromSrc')!);
      throw invalidArgument('fromImage or fromSrc is required');
    }
    const tag = ctx.query.get('tag') ?? '';
    let ref = parseReference(from);
    if (tag) ref = tag.includes(':') ? { ...ref, tag: undefined, digest: tag } : { ...ref, tag };
    const platform = ctx.query.get('platform') ? parsePlatform(ctx.query.get('platform')!) : undefined;
    const auth = parseRegistryAuth(ctx.req.headers['x-registry-auth'] as string | undefined);
    const out = lazyJsonStream(ctx);
    const opts = {
      platform,
      auth,
      insecure: e.opts.insecureRegistries,
      snapshotterFor: (p: Platform) => e.snapshotterFor(p),
      progress: (m: object) => out.write(m),
    };
    try {
      // A name alone, no tag anywhere (`docker pull --all-tags`): every tag, as dockerd pulls it.
      const refs = ref.tag || ref.digest ? [ref] : (await new Repository(ref, opts).tags()).map((t) => ({ ...ref, tag: t }));
      for (const r of refs) {
        const pulled = await pullImage(e.cd, r, opts);
        e.events.emit('image', 'pull', familiarOf(pulled.name), { name: familiarOf(pulled.name) });
      }
    } catch (err) {
      e.log.info({ image: from, err: errorMessage(err) }, 'pull failed');
      out.fail(registryError(err));
    }
    out.end();
  }

  async function getImagesJSON(ctx: Ctx): Promise<void> {
    const f = parseFilters(ctx.query);
    checkFilters(f, ['reference', 'dangling', 'label', 'before', 'since', 'until']);
    const cs = e.containers.list();
    const refs = f.get('reference');
    const glob = (p: string) =>
      new RegExp(
        `^${p
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^/]*')
          .replace(/\?/g, '.')}$`,
      );
    // A reference filter keeps only the names that match (the CLI prints a row per name).
    const nameMatches = (n: string) => !refs?.length || refs.some((p) => glob(p).test(n) || glob(p).test(n.replace(/:[^:/]+$/, '')));
    // Build steps' images (made when their id is first used) are listed with -a only, as intermediates are.
    const withSteps = queryBool(ctx.query, 'all');
    const every = await e.images.all();
    const all = every.filter((r) => (withSteps || !isStepImage(r.record)) && nameMatches(familiarOf(r.record.name!)));
    // before/since name an image, until is a time or a Go duration: each compares the images'
    // creation times (their configs'), as dockerd's containerd store does.
    const createdOf = (r: ResolvedImage) => Date.parse(r.config.created ?? '') || 0;
    const refTime = async (k: string) => (f.get(k)?.length ? createdOf(await e.images.resolve(f.get(k)!.at(-1)!)) : undefined);
    const before = await refTime('before');
    const since = await refTime('since');
    const until = f.get('until')?.length ? untilTime(f.get('until')!.at(-1)!) : undefined;
    const groups = groupById(all).filter((g) => {
      const created = createdOf(g.main);
      if ((before !== undefined && created >= before) || (since !== undefined && created <= since)) return false;
      if (until !== undefined && created >= until) return false;
      if (!matchLabels(f.get('label'), g.main.config.config?.Labels)) return false;
      const dangling = f.get('dangling');
      if (dangling?.includes('true') && !isDangling(g)) return false;
      if (dangling?.includes('false') && isDangling(g)) return false;
      return true;
    });
    // shared-size=1: counted over every image, as dockerd does, not only the listed ones.
    const shared = queryBool(ctx.query, 'shared-size') ? layerUsage(groupById(every)).shared : undefined;
    // manifests=1 (1.47, `docker image ls --tree`): each image's manifests, its platforms.
    const manifests = atLeast(ctx.version, '1.47') && queryBool(ctx.query, 'manifests') ? manifestDeps() : undefined;
    const rows = [];
    for (const g of groups) {
      const row = listView(g, cs.filter((c) => c.Image === g.main.id).length, shared?.get(g.main.id), ctx.version);
      const ms =
        manifests &&
        (await manifestSummaries(
          manifests,
          g.names.map((r) => r.record),
        ));
      rows.push(ms?.length ? { ...row, Manifests: ms } : row);
    }
    ctx.json(200, rows);
  }

  /** The image named by the path (everything before the action). */
  const target = (ctx: Ctx, action: string) => {
    const rest = ctx.params['*'] ?? '';
    return action ? rest.slice(0, -(action.length + 1)) : rest;
  };

  async function group(ref: string) {
    const img = await e.images.resolve(ref);
    return { img, g: groupById((await e.images.all()).filter((r) => r.id === img.id))[0] ?? { main: img, names: [img] } };
  }

  async function getImagesByName(ctx: Ctx, name: string): Promise<void> {
    const manifests = atLeast(ctx.version, '1.48') && queryBool(ctx.query, 'manifests');
    const p = ctx.query.get('platform');
    const want = p && atLeast(ctx.version, '1.49') ? decodePlatform(p) : undefined;
    if (manifests && want) throw invalidArgument('conflicting options: manifests and platform options cannot both be set');
    const { img, g } = await group(name);
    // platform (1.49): the image as that platform's manifest has it, that manifest its Descriptor.
    const chosen = want ? await platformImage(e.images, img, want, name) : undefined;
    const view: ImageGroup = chosen ? { main: chosen.image, names: g.names } : g;
    ctx.json(
      200,
      inspectView(view, e.snapshotterFor(view.main.platform), {
        version: ctx.version,
        descriptor: chosen?.descriptor,
        manifests: manifests
          ? await manifestSummaries(
              manifestDeps(),
              g.names.map((r) => r.record),
            )
          : undefined,
      }),
    );
  }

  async function getImagesHistory(ctx: Ctx, name: string): Promise<void> {
    const want = platformParam(ctx.query, ctx.version, '1.48');
    const img = await e.images.resolve(name);
    ctx.json(200, historyView(want ? (await platformImage(e.images, img, want, familiarImageName(img))).image : img));
  }

  async function postImagesTag(ctx: Ctx, name: string): Promise<void> {
    const img = await e.images.resolve(name);
    const repo = ctx.query.get('repo');
    if (!repo) throw invalidArgument('repository name is required (repo)');
    const ref = withDefaultTag(parseReference(ctx.query.get('tag') ? `${repo}:${ctx.query.get('tag')}` : repo));
    const newName = fullName(ref);
    const image = { name: newName, target: img.record.target };
    await e.cd.call('images.Create', { image }).catch((err) => {
      if (!isCode(err, Code.AlreadyExists)) throw err;
      return e.cd.call('images.Update', { image, updateMask: { paths: ['target'] } });
    });
    e.events.emit('image', 'tag', img.id, { name: familiarOf(newName) });
    ctx.noContent(201);
  }

  async function postImagesPush(ctx: Ctx, name: string): Promise<void> {
    const tag = ctx.query.get('tag');
    const named = parseReference(tag ? `${name}:${tag}` : name);
    // A name alone (`docker push --all-tags`): every tag of the repository here, as dockerd pushes.
    const p = ctx.query.get('platform');
    const platform = p && atLeast(ctx.version, '1.46') ? decodePlatform(p) : undefined;
    const refs = named.tag || named.digest ? [named] : await e.images.tagsOf(named);
    if (!refs.length) throw new HttpError(404, `An image does not exist locally with the tag: ${familiarOf(fullName(named))}`);
    for (const ref of refs) await e.images.resolve(familiarOf(fullName(ref)));
    const out = lazyJsonStream(ctx);
    try {
      for (const ref of refs) {
        const r = await pushImage(e.cd, e.images, ref, {
          auth: parseRegistryAuth(ctx.req.headers['x-registry-auth'] as string | undefined),
          insecure: e.opts.insecureRegistries,
          progress: (m) => out.write(m),
          platform,
        });
        out.write({ progressDetail: {}, aux: { Tag: ref.tag, Digest: r.digest, Size: r.size } });
        e.events.emit('image', 'push', familiarOf(fullName(ref)), { name: familiarOf(fullName(ref)) });
      }
    } catch (err) {
      out.fail(registryError(err));
    }
    out.end();
  }

  /** docker save: the named images as one tar (OCI layout + manifest.json). */
  async function save(ctx: Ctx, names: string[]): Promise<void> {
    if (!names.length) throw invalidArgument('no image names given');
    // platform (1.48, `docker save --platform`): only that platform's manifest of each image.
    const want = platformParam(ctx.query, ctx.version, '1.48');
    const imgs: ResolvedImage[] = [];
    for (const n of names) {
      const img = await e.images.resolve(n);
      imgs.push(want ? await savedPlatform(e.images, img, want) : img);
    }
    const res = ctx.res!;
    res.writeHead(200, { 'Content-Type': 'application/x-tar' });
    await saveImages(e.cd, imgs, res);
    // dockerd logs a `save` for each image exported, by the name it was asked by.
    imgs.forEach((img, i) => e.events.emit('image', 'save', img.id, { name: names[i]! }));
  }

  async function getImagesGet(ctx: Ctx): Promise<void> {
    await save(ctx, ctx.query.getAll('names'));
  }

  /** `docker import` (build/import-image.ts): dockerd's stream, ending in the image id as a status. */
  async function importFrom(ctx: Ctx, src: string): Promise<void> {
    const q = ctx.query;
    const repo = q.get('repo');
    const names = repo ? [fullName(withDefaultTag(parseReference(q.get('tag') ? `${repo}:${q.get('tag')}` : repo)))] : [];
    const platform = q.get('platform') ? parsePlatform(q.get('platform')!) : hostPlatform();
    const req = { src, names, message: q.get('message') ?? '', changes: q.getAll('changes'), platform };
    const scratch = e.scratch;
    const out = ctx.jsonStream();
    try {
      const id = await importImage({ cd: e.cd, scratch, snapshotterFor: (p) => e.snapshotterFor(p) }, ctx.req, req);
      out.write({ status: id });
      e.events.emit('image', 'import', id, names[0] ? { name: familiarOf(names[0]) } : {});
    } catch (err) {
      const message = errorMessage(err);
      e.log.info({ src, err: message }, 'import failed');
      // A refusal before the tarball was read: read it away, so the client sees this, not a broken pipe.
      if (!ctx.req.readableEnded && !ctx.req.destroyed) await new Promise((r) => ctx.req.resume().once('end', r).once('error', r));
      out.write({ errorDetail: { message }, error: message });
    }
    out.end();
  }

  async function postImagesLoad(ctx: Ctx): Promise<void> {
    const quiet = queryBool(ctx.query, 'quiet');
    const platform = platformParam(ctx.query, ctx.version, '1.48'); // `docker load --platform`
    const out = ctx.jsonStream();
    try {
      const names = await loadImages(e.cd, e.images, ctx.req, (p) => e.snapshotterFor(p), platform);
      for (const n of names) {
        out.write({ stream: `Loaded image: ${n}\n` });
        e.events.emit('image', 'load', n, { name: n });
      }
      if (!names.length && !quiet) out.write({ stream: 'Loaded no named image\n' });
    } catch (err) {
      const message = errorMessage(err);
      out.write({ errorDetail: { message }, error: message });
    }
    out.end();
  }

  async function deleteImages(ctx: Ctx, ref: string): Promise<void> {
    // platforms (1.50, `docker rmi --platform`): only those platforms' content.
    const platforms = atLeast(ctx.version, '1.50') ? ctx.query.getAll('platforms').map(decodePlatform) : [];
    const deps = { cd: e.cd, images: e.images, containers: e.containers, emit: e.events.emit.bind(e.events, 'image') };
    ctx.json(200, await removeImage(deps, ref, queryBool(ctx.query, 'force'), platforms));
  }

  const ACTIONS: Record<string, Record<string, (ctx: Ctx, name: string) => Promise<void>>> = {
    GET: { json: getImagesByName, history: getImagesHistory, get: (ctx, name) => save(ctx, [name]) },
    POST: { tag: postImagesTag, push: postImagesPush },
  };

  /** GET|POST /images/{name}/{action} and DELETE /images/{name}, name with slashes. */
  async function byPath(ctx: Ctx): Promise<void> {
    const method = ctx.req.method === 'HEAD' ? 'GET' : ctx.req.method!;
    if (method === 'DELETE') return deleteImages(ctx, target(ctx, ''));
    const rest = ctx.params['*'] ?? '';
    const action = rest.slice(rest.lastIndexOf('/') + 1);
    const handler = ACTIONS[method]?.[action];
    if (handler && rest.includes('/')) {
      const name = target(ctx, action);
      try {
        return await handler(ctx, name);
      } catch (err) {
        const ours = err instanceof PlatformNotFoundError || (err instanceof TandemError && /^No such image/.test(err.message));
        if (isCode(err, Code.NotFound) && !ours) throw noSuchImage(name, err);
        throw err;
      }
    }
    if (method === 'GET' && action === 'get')
      throw new HttpError(501, 'tandem does not implement GET /images/{name}/get (docker save) yet');
    throw new HttpError(404, 'page not found');
  }

  return [
    { method: 'POST', path: '/images/create', handler: postImagesCreate },
    { method: 'GET', path: '/images/json', handler: getImagesJSON },
    { method: 'GET', path: '/images/get', handler: getImagesGet },
    { method: 'POST', path: '/images/load', handler: postImagesLoad },
    { method: 'GET', path: '/images/*', handler: byPath },
    { method: 'POST', path: '/images/*', handler: byPath },
    { method: 'DELETE', path: '/images/*', handler: byPath },
  ];
}

/**
 * A registry's refusal as dockerd's pull and push answer it before their stream: 404 for what is
 * not there, 500 for the rest, a 401 included (a 401 would have the CLI prompt for a login).
 */
function registryError(err: unknown): unknown {
  return isCode(err, Code.NotFound) ? err : new HttpError(500, errorMessage(err));
}
