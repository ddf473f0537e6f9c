// `docker commit` (POST /commit): the container's changes as a new image, its config edited by
// the body and `--change` lines (build/commit-container.ts), then dockerd's commit event.
import { invalidArgument } from '../../common/errdefs.js';
import { queryBool, type Ctx } from '../api.js';
import { commitContainer } from '../build/commit-container.js';
import type { Engine } from '../engine.js';
import { familiarOf, fullName, parseReference, withDefaultTag } from '../reference.js';
import type { Route } from '../server.js';

export function commitRoutes(e: Engine): Route[] {
  /** `docker commit`: the container's changes as a new image (build/commit-container.ts). */
  async function postCommit(ctx: Ctx): Promise<void> {
    const q = ctx.query;
    const ref = q.get('container');
    if (!ref) throw invalidArgument('container is required: which container to commit');
    const c = e.containers.get(ref);
    const repo = q.get('repo');
    const names = repo ? [fullName(withDefaultTag(parseReference(q.get('tag') ? `${repo}:${q.get('tag')}` : repo)))] : [];
    const config = (await ctx.body<Record<string, unknown>>()) ?? null;
    const id = await commitContainer(e, c, {
      names,
      comment: q.get('comment') ?? '',
      author: q.get('author') ?? '',
      changes: q.getAll('changes'),
      config: config && typeof config === 'object' && !Array.isArray(config) ? config : null,
      pause: q.get('pause') === null ? true : queryBool(q, 'pause'),
    });
    // As dockerd: the new image, its tag, then the container's commit.
    e.events.emit('image', 'create', id, { name: id });
    for (const n of names) e.events.emit('image', 'tag', id, { name: familiarOf(n) });
    e.events.emit('container', 'commit', c.Id, {
      comment: q.get('comment') ?? '',
      imageID: id,
      imageRef: names[0] ? familiarOf(names[0]) : '',
      name: c.Name.slice(1),
    });
    ctx.json(201, { Id: id });
  }

  return [{ method: 'POST', path: '/commit', handler: postCommit }];
}
