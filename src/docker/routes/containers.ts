// Container routes (handlers named as in moby's container router).
import { CREATE_BODY, UPDATE_BODY } from '../shape.js';
import { updateContainer, type UpdateBody } from '../containers/update.js';
import { HttpError, parseFilters, queryBool, queryInt, type Ctx } from '../api.js';
import { Code, isCode } from '../../common/errdefs.js';
import type { Engine } from '../engine.js';
import { attach, logs, type AttachOptions } from '../containers/attach.js';
import { parseDetachKeys } from '../containers/detach-keys.js';
import { parseTime } from '../containers/logs.js';
import { readable } from '../containers/log-config.js';
import { MUX, RAW } from '../containers/stdio.js';
import type { ContainerRecord, CreateBody } from '../containers/types.js';
import { inspectView, psMatches, psView } from '../containers/views.js';
import { manifestDescriptor } from '../containers/manifest-descriptor.js';
import { adaptEndpoints } from '../endpoints.js';
import { ownFilePaths } from '../containers/own-files.js';
import { passwdNames, topTable } from '../containers/top.js';
import { withRootfs } from '../containers/rootfs-dir.js';
import { readInRoot } from '../../common/accounts.js';
import { formatPlatform, hostPlatform, parsePlatform } from '../image/oci.js';
import { familiarName, parseReference, withDefaultTag } from '../reference.js';
import type { Route } from '../server.js';

export function containerRoutes(e: Engine): Route[] {
  const m = e.containers;
  const id = (ctx: Ctx) => ctx.params.id ?? '';

  async function postContainersCreate(ctx: Ctx): Promise<void> {
    const body = await ctx.body<CreateBody>(CREATE_BODY);
    if (!body || typeof body !== 'object') throw new HttpError(400, 'config cannot be empty in order to create a container');
    if (!body.Image) throw new HttpError(400, 'No image specified: config.Image is required');
    const platform = ctx.query.get('platform') ? parsePlatform(ctx.query.get('platform')!) : undefined;
    let image;
    try {
      image = await e.images.resolve(body.Image, platform);
    } catch (err) {
      if (!isCode(err, Code.NotFound)) throw err;
      // The CLI pulls on this 404 and tries again.
      let shown = body.Image;
      try {
        shown = familiarName(withDefaultTag(parseReference(body.Image)));
      } catch {}
      throw new HttpError(404, /platform/.test(String(err)) ? String((err as Error).message) : `No such image: ${shown}`);
    }
    // The endpoints are checked (and adapted to the request's API version) first, as dockerd's router does.
    const netWarnings = adaptEndpoints(body, ctx.version, e.networks.exists);
    const r = await m.create(body, ctx.query.get('name') || null, image, ctx.version);
    r.Warnings.push(...netWarnings);
    // dockerd's warning for an image of another architecture run without --platform (emulated).
    const host = hostPlatform();
    if (!platform && image.platform.architecture !== host.architecture)
      r.Warnings.push(
        `The requested image's platform (${formatPlatform(image.platform)}) does not match the detected host platform (${formatPlatform(host)}) and no specific platform was requested`,
      );
    const made = m.get(r.Id);
    made.ImageManifest = await manifestDescriptor(e.cd, image).catch(() => undefined);
    e.networks.attachOnCreate(made, body, (c) => e.store.putContainer(c));
    await m.refreshHosts();
    ctx.json(201, r);
  }

  async function getContainersJSON(ctx: Ctx): Promise<void> {
    const all = queryBool(ctx.query, 'all');
    const f = parseFilters(ctx.query);
    let ancestors: Set<string> | undefined;
    if (f.get('ancestor')?.length) {
      ancestors = new Set();
      for (const a of f.get('ancestor')!)
        await e.images.resolve(a).then(
          (i) => ancestors!.add(i.id),
          () => {},
        );
    }
    const limit = queryInt(ctx.query, 'limit', -1);
    // `before`/`since` name a container (the last value counts, as in dockerd; an unknown one is
    // its 404); with them or a limit (`ps -n`, `-l`) stopped containers are listed too.
    const anchor = (k: string) => (f.get(k)?.length ? m.get(f.get(k)!.at(-1)!).Id : undefined);
    const before = anchor('before');
    const since = anchor('since');
    const everyState = all || f.has('status') || f.has('exited') || limit > 0 || !!before || !!since;
    let list = m.list().sort((a, b) => Date.parse(b.Created) - Date.parse(a.Created));
    if (before) list = list.slice(list.findIndex((c) => c.Id === before) + 1);
    if (since)
      list = list.slice(
        0,
        list.findIndex((c) => c.Id === since),
      );
    list = list.filter((c) => (everyState || m.isRunning(c)) && psMatches(c, f, ancestors));
    if (limit > 0) list = list.slice(0, limit);
    // `-s`: each container's size, measured one at a time (a walk each on a bind snapshot).
    const size = queryBool(ctx.query, 'size');
    const out: object[] = [];
    for (const c of list) out.push(size ? { ...psView(c, ctx.version), ...(await e.containerSize(c)) } : psView(c, ctx.version));
    ctx.json(200, out);
  }

  async function getContainersByName(ctx: Ctx): Promise<void> {
    const c = m.get(id(ctx));
    const view = inspectView(c, { log: m.logPath(c.Id), ...ownFilePaths(m.dir(c.Id)) }, false, ctx.version);
    ctx.json(200, queryBool(ctx.query, 'size') ? { ...view, ...(await e.containerSize(c)) } : view);
  }

  async function postContainersStart(ctx: Ctx): Promise<void> {
    await m.start(id(ctx));
    ctx.noContent();
  }

  async function postContainersStop(ctx: Ctx): Promise<void> {
    await m.stop(id(ctx), stopTimeout(ctx.query), ctx.query.get('signal') || undefined);
    ctx.noContent();
  }

  async function postContainersRestart(ctx: Ctx): Promise<void> {
    await m.restart(id(ctx), stopTimeout(ctx.query), ctx.query.get('signal') || undefined);
    ctx.noContent();
  }

  async function postContainersKill(ctx: Ctx): Promise<void> {
    await m.kill(id(ctx), ctx.query.get('signal') ?? undefined);
    ctx.noContent();
  }

  async function postContainersPause(ctx: Ctx): Promise<void> {
    await m.pause(id(ctx), true);
    ctx.noContent();
  }

  async function postContainersUnpause(ctx: Ctx): Promise<void> {
    await m.pause(id(ctx), false);
    ctx.noContent();
  }

  async function postContainerRename(ctx: Ctx): Promise<void> {
    const name = ctx.query.get('name');
    if (!name) throw new HttpError(400, 'name is required');
    m.rename(id(ctx), name);
    await m.refreshHosts();
    ctx.noContent();
  }

  async function deleteContainers(ctx: Ctx): Promise<void> {
    const c = m.get(id(ctx));
    await m.remove(c.Id, { force: queryBool(ctx.query, 'force'), volumes: queryBool(ctx.query, 'v') });
    e.execs.forget(c.Id);
    ctx.noContent();
  }

  /**
   * Headers go out at once (the CLI's wait call returns then, before it starts the container:
   * no exit can be missed); the body when the condition is met.
   */
  async function postContainersWait(ctx: Ctx): Promise<void> {
    const c = m.get(id(ctx));
    const condition = ctx.query.get('condition') || 'not-running';
    if (!['not-running', 'next-exit', 'removed'].includes(condition)) throw new HttpError(400, `invalid condition: "${condition}"`);
    let code: Promise<number>;
    if (condition === 'removed') {
      let last = c.State.ExitCode;
      const off = m.liveOf(c.Id).onExit(() => (last = m.list().find((x) => x.Id === c.Id)?.State.ExitCode ?? last));
      code = m.waitRemoved(c.Id).then(() => (off(), last));
    } else code = m.waitExit(c, condition === 'next-exit');
    const res = ctx.res!;
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.flushHeaders();
    const status = await code;
    const fresh = m.list().find((x) => x.Id === c.Id);
    res.end(JSON.stringify({ StatusCode: status, Error: fresh?.State.Error ? { Message: fresh.State.Error } : null }));
  }

  /** dockerd's ContainerAttach refusals, in its words. */
  function attachable(c: ContainerRecord, ref: string): void {
    if (c.State.Status === 'paused') throw new HttpError(409, `container ${ref} is paused, unpause the container before attach`);
    if (c.State.Status === 'restarting') throw new HttpError(409, `container ${ref} is restarting, wait until the container is running`);
  }

  async function postContainersAttach(ctx: Ctx): Promise<void> {
    const c = m.get(id(ctx));
    const q = ctx.query;
    // A stopped container is attached to as dockerd does: its next run's output comes
    // (`docker start -a` attaches, then starts); the CLI's `docker attach` refuses one itself.
    attachable(c, id(ctx));
    const o = attachQuery(q); // a bad query is refused before the connection is taken over
    attach(m, c, ctx.hijack(c.Config.Tty ? RAW : MUX), o);
  }

  /** The same over a WebSocket (what browser-based clients use): output unframed, messages in are stdin. */
  async function getContainersAttachWs(ctx: Ctx): Promise<void> {
    const c = m.get(id(ctx));
    attachable(c, id(ctx));
    const o = attachQuery(ctx.query);
    attach(m, c, await ctx.websocket(), { ...o, raw: true });
  }

  async function getContainersLogs(ctx: Ctx): Promise<void> {
    const c = m.get(id(ctx));
    const q = ctx.query;
    const tail = q.get('tail');
    const opts = {
      stdout: queryBool(q, 'stdout'),
      stderr: queryBool(q, 'stderr'),
      since: parseTime(q.get('since')),
      until: parseTime(q.get('until')),
      tail: parseTail(tail),
      follow: queryBool(q, 'follow'),
      timestamps: queryBool(q, 'timestamps'),
      details: queryBool(q, 'details'),
    };
    if (!opts.stdout && !opts.stderr) throw new HttpError(400, 'Bad parameters: you must choose at least one stream');
    if (!readable(c.HostConfig.LogConfig)) throw new HttpError(501, 'configured logging driver does not support reading');
    logs(m, c, ctx.hijack(c.Config.Tty ? RAW : MUX), opts);
  }

  async function postContainersResize(ctx: Ctx): Promise<void> {
    const c = m.get(id(ctx));
    if (!m.isRunning(c)) throw new HttpError(409, `Container ${c.Id} is not running`);
    const [width, height] = [queryInt(ctx.query, 'w', 80), queryInt(ctx.query, 'h', 24)];
    await e.cd.call('tasks.ResizePty', { containerId: c.Id, width, height });
    m.emit(c, 'resize', { height: String(height), width: String(width) });
    ctx.noContent(200);
  }

  async function postContainerUpdate(ctx: Ctx): Promise<void> {
    const body = (await ctx.body<UpdateBody>(UPDATE_BODY)) ?? {};
    ctx.json(200, await updateContainer(m, id(ctx), body));
  }

  async function getContainersTop(ctx: Ctx): Promise<void> {
    const c = m.get(id(ctx));
    if (!m.isRunning(c)) throw new HttpError(409, `Container ${c.Id} is not running`);
    const r = await e.cd.call('tasks.ListPids', { containerId: c.Id });
    const users = () => withRootfs(e.cd, c.Id, e.scratch, async (root) => passwdNames((await readInRoot(root, '/etc/passwd')) ?? ''));
    ctx.json(200, await topTable(ctx.query.get('ps_args') ?? '', r.processes ?? [], new Date(), users));
    m.emit(c, 'top');
  }

  return [
    { method: 'POST', path: '/containers/create', handler: postContainersCreate },
    { method: 'GET', path: '/containers/json', handler: getContainersJSON },
    { method: 'GET', path: '/containers/:id/json', handler: getContainersByName },
    { method: 'POST', path: '/containers/:id/start', handler: postContainersStart },
    { method: 'POST', path: '/containers/:id/stop', handler: postContainersStop },
    { method: 'POST', path: '/containers/:id/restart', handler: postContainersRestart },
    { method: 'POST', path: '/containers/:id/kill', handler: postContainersKill },
    { method: 'POST', path: '/containers/:id/pause', handler: postContainersPause },
    { method: 'POST', path: '/containers/:id/unpause', handler: postContainersUnpause },
    { method: 'POST', path: '/containers/:id/rename', handler: postContainerRename },
    { method: 'POST', path: '/containers/:id/wait', handler: postContainersWait },
    { method: 'POST', path: '/containers/:id/attach', handler: postContainersAttach },
    { method: 'GET', path: '/containers/:id/attach/ws', handler: getContainersAttachWs },
    { method: 'POST', path: '/containers/:id/resize', handler: postContainersResize },
    { method: 'GET', path: '/containers/:id/logs', handler: getContainersLogs },
    { method: 'GET', path: '/containers/:id/top', handler: getContainersTop },
    { method: 'POST', path: '/containers/:id/update', handler: postContainerUpdate },
    { method: 'DELETE', path: '/containers/:id', handler: deleteContainers },
  ];
}

/** `tail`: a number of lines; `all`, a negative number or anything else is every line (moby's Atoi fallback). */
function parseTail(v: string | null): number {
  const n = Number(v);
  return v && /^-?\d+$/.test(v) && n >= 0 ? n : -1;
}

/** stop's and restart's `t` (or its older name `timeout`): seconds, or undefined for the container's own. */
function stopTimeout(q: URLSearchParams): number | undefined {
  const name = q.has('t') ? 't' : 'timeout';
  return q.get(name) ? queryInt(q, name, 0) : undefined;
}

/** The streams an attach asks for (POST /attach and GET /attach/ws take the same query). */
function attachQuery(q: URLSearchParams): AttachOptions {
  return {
    stdin: queryBool(q, 'stdin'),
    stdout: queryBool(q, 'stdout'),
    stderr: queryBool(q, 'stderr'),
    stream: queryBool(q, 'stream'),
    logs: queryBool(q, 'logs'),
    ...(q.get('detachKeys') ? { detachKeys: parseDetachKeys(q.get('detachKeys')!) } : {}),
  };
}
