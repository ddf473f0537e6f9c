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
import { DANGLING, groupById, historyView, inspectView, isDangling, layerUsage, listView } from '../image/views.js';
import { familiarOf, fullName, normalizeName, parseReference, withDefaultTag } from '../reference.js';
import type { Route } from '../server.js';

const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

export function imageRoutes(e: Engine): Route[] {
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
    ctx.json(
      200,
      groups.map((g) => listView(g, cs.filter((c) => c.Image === g.main.id).length, shared?.get(g.main.id))),
    );
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
    const { img, g } = await group(name);
    ctx.json(200, inspectView(g, e.snapshotterFor(img.platform)));
  }

  async function getImagesHistory(ctx: Ctx, name: string): Promise<void> {
    ctx.json(200, historyView(await e.images.resolve(name)));
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
    const imgs: ResolvedImage[] = [];
    for (const n of names) imgs.push(await e.images.resolve(n));
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
    const out = ctx.jsonStream();
    try {
      const names = await loadImages(e.cd, e.images, ctx.req, (p) => e.snapshotterFor(p));
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
    const force = queryBool(ctx.query, 'force');
    const img = await e.images.resolve(ref);
    const names = (await e.images.all()).filter((r) => r.id === img.id);
    const users = e.containers.list().filter((c) => c.Image === img.id);
    const running = users.find((c) => e.containers.isRunning(c));
    let byName: ResolvedImage | undefined;
    try {
      const n = normalizeName(ref);
      byName = names.find((r) => r.record.name === n);
    } catch {}
    const result: object[] = [];
    const untag = async (r: ResolvedImage) => {
      await e.cd.call('images.Delete', { name: r.record.name });
      if (r.record.name!.startsWith(DANGLING)) return; // an untagged build's record is no tag
      result.push({ Untagged: familiarOf(r.record.name!) });
      e.events.emit('image', 'untag', img.id, { name: familiarOf(r.record.name!) });
    };
    if (byName && names.length > 1) {
      await untag(byName);
      return ctx.json(200, result);
    }
    if (byName && users.length && !force) {
      throw new HttpError(
        409,
        `conflict: unable to remove repository reference "${ref}" (must force) - container ${short(users[0].Id)} is using its referenced image ${short(img.id)}`,
      );
    }
    if (!byName) {
      if (names.length > 1 && !force) {
        throw new HttpError(
          409,
          `conflict: unable to delete ${short(img.id)} (must be forced) - image is referenced in multiple repositories`,
        );
      }
      if (running) {
        throw new HttpError(
          409,
          `conflict: unable to delete ${short(img.id)} (cannot be forced) - image is being used by running container ${short(running.Id)}`,
        );
      }
      if (users.length && !force) {
        throw new HttpError(
          409,
          `conflict: unable to delete ${short(img.id)} (must be forced) - image is being used by stopped container ${short(users[0].Id)}`,
        );
      }
    }
    for (const r of byName ? [byName] : names) await untag(r);
    result.push({ Deleted: img.id });
    e.events.emit('image', 'delete', img.id, { name: familiarOf(img.record.name!) });
    ctx.json(200, result);
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
        if (isCode(err, Code.NotFound) && !(err instanceof TandemError && /^No such image/.test(err.message))) throw noSuchImage(name, err);
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
