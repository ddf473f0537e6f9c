// Exec routes: create (on a container), start (hijacked or detached), inspect, resize.
import { EXEC_CONFIG, EXEC_START } from '../shape.js';
import { HttpError, queryInt, type Ctx } from '../api.js';
import type { Engine } from '../engine.js';
import type { ExecConfig } from '../containers/exec.js';
import { MUX, RAW } from '../containers/stdio.js';
import type { Route } from '../server.js';

export function execRoutes(e: Engine): Route[] {
  async function postContainerExecCreate(ctx: Ctx): Promise<void> {
    const cfg = await ctx.body<ExecConfig>(EXEC_CONFIG);
    if (!cfg) throw new HttpError(400, 'exec config cannot be empty');
    ctx.json(201, { Id: e.execs.create(ctx.params.id ?? '', cfg) });
  }

  async function postContainerExecStart(ctx: Ctx): Promise<void> {
    const body = (await ctx.body<{ Detach?: boolean; Tty?: boolean; ConsoleSize?: number[] | null }>(EXEC_START)) ?? {};
    const id = ctx.params.id ?? '';
    const ex = e.execs.get(id);
    const tty = body.Tty ?? !!ex.config.Tty;
    await e.execs.start(id, { detach: !!body.Detach, tty, consoleSize: body.ConsoleSize }, () => ctx.hijack(tty ? RAW : MUX));
    if (body.Detach) ctx.noContent(200);
  }

  async function getExecByID(ctx: Ctx): Promise<void> {
    ctx.json(200, e.execs.inspect(ctx.params.id ?? ''));
  }

  async function postContainerExecResize(ctx: Ctx): Promise<void> {
    await e.execs.resize(ctx.params.id ?? '', queryInt(ctx.query, 'h', 24), queryInt(ctx.query, 'w', 80));
    ctx.noContent(200);
  }

  return [
    { method: 'POST', path: '/containers/:id/exec', handler: postContainerExecCreate },
    { method: 'POST', path: '/exec/:id/start', handler: postContainerExecStart },
    { method: 'GET', path: '/exec/:id/json', handler: getExecByID },
    { method: 'POST', path: '/exec/:id/resize', handler: postContainerExecResize },
  ];
}
