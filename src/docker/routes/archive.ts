// `docker cp` (HEAD/GET/PUT /containers/{id}/archive), `docker export` and `docker diff`, running containers
// or stopped ones, native or in the VM: the container's root filesystem reached on the host
// (containers/rootfs-dir.ts), and for a path in a volume or bind the mount's host directory, as
// dockerd does (a VM container's volumes are mounted in the guest, not in its rootfs on the host).
// export writes the root filesystem only, as dockerd does.
import { readInRoot } from '../../common/accounts.js';
import { resolveUser, type RootfsIndex } from '../build/rootfs.js';
import { HttpError, queryBool, type Ctx } from '../api.js';
import { invalidArgument } from '../../common/errdefs.js';
import { extractTar } from '../build/context.js';
import { locate, statHeader, writeTar, type MountedDir } from '../containers/archive.js';
import { changesBetween } from '../containers/changes.js';
import { withImageRootfs, withRootfs } from '../containers/rootfs-dir.js';
import type { ContainerRecord } from '../containers/types.js';
import type { Engine } from '../engine.js';
import type { Route } from '../server.js';

/** The container's passwd and group files, for a user lookup. */
async function accounts(root: string): Promise<RootfsIndex> {
  const files = new Map<string, string>();
  for (const f of ['etc/passwd', 'etc/group']) {
    const text = await readInRoot(root, `/${f}`);
    if (text !== undefined) files.set(f, text);
  }
  return { paths: new Map(), files };
}

export function archiveRoutes(e: Engine): Route[] {
  const m = e.containers;
  const scratch = e.scratch;
  const pathOf = (ctx: Ctx) => {
    const p = ctx.query.get('path');
    if (!p) throw invalidArgument('path is required (path)');
    return p;
  };
  const rootfs = <T>(id: string, fn: (dir: string) => Promise<T>) => withRootfs(e.cd, id, scratch, fn);
  // tmpfs mounts live in the container's own mount namespace (or the guest): not reachable here.
  const mounts = (c: ContainerRecord): MountedDir[] =>
    c.Mounts.filter((x) => x.Type !== 'tmpfs' && x.Source).map((x) => ({ destination: x.Destination, source: x.Source, readonly: !x.RW }));

  async function headContainersArchive(ctx: Ctx): Promise<void> {
    const c = m.get(ctx.params.id ?? '');
    const path = pathOf(ctx);
    const { stat: s } = await rootfs(c.Id, (dir) => locate(dir, path, ctx.params.id ?? c.Id, mounts(c)));
    ctx.res!.writeHead(200, { 'X-Docker-Container-Path-Stat': statHeader(s) });
    ctx.res!.end();
  }

  async function getContainersArchive(ctx: Ctx): Promise<void> {
    const c = m.get(ctx.params.id ?? '');
    const path = pathOf(ctx);
    await rootfs(c.Id, async (dir) => {
      const { host, stat: s } = await locate(dir, path, ctx.params.id ?? c.Id, mounts(c));
      ctx.res!.writeHead(200, { 'Content-Type': 'application/x-tar', 'X-Docker-Container-Path-Stat': statHeader(s) });
      m.emit(c, 'archive-path');
      await writeTar(host, s.name === '/' ? '.' : s.name, ctx.res!);
    });
  }

  async function putContainersArchive(ctx: Ctx): Promise<void> {
    const c = m.get(ctx.params.id ?? '');
    const path = pathOf(ctx);
    const archive = queryBool(ctx.query, 'copyUIDGID');
    await rootfs(c.Id, async (dir) => {
      const { host, st, mount } = await locate(dir, path.endsWith('/') ? path : `${path}/`, ctx.params.id ?? c.Id, mounts(c));
      if (mount?.readonly) throw new HttpError(400, 'mounted volume is marked read-only');
      if (!st.isDirectory()) throw new HttpError(400, `extraction point is not a directory: ${path}`);
      // `-a`: owned by the container's user (looked up in its own passwd and group, as moby's
      // tarCopyOptions does), or, with none, as the tar says. Without it: root, the copier.
      const owner = archive ? (c.Config.User ? resolveUser(await accounts(dir), c.Config.User) : 'headers') : undefined;
      await extractTar(ctx.req, host, { owner });
    });
    m.emit(c, 'extract-to-dir');
    ctx.noContent(200);
  }

  async function getContainersExport(ctx: Ctx): Promise<void> {
    const c = m.get(ctx.params.id ?? '');
    await rootfs(c.Id, async (dir) => {
      ctx.res!.writeHead(200, { 'Content-Type': 'application/x-tar' });
      m.emit(c, 'export');
      await writeTar(dir, '', ctx.res!);
    });
  }

  /** `docker diff`: the container's root filesystem against its image's (containers/changes.ts). */
  async function getContainersChanges(ctx: Ctx): Promise<void> {
    const c = m.get(ctx.params.id ?? '');
    const changes = await withImageRootfs(e.cd, c.Id, scratch, (image) => rootfs(c.Id, (dir) => changesBetween(image, dir)));
    ctx.json(200, changes);
  }

  return [
    { method: 'GET', path: '/containers/:id/changes', handler: getContainersChanges },
    { method: 'HEAD', path: '/containers/:id/archive', handler: headContainersArchive },
    { method: 'GET', path: '/containers/:id/archive', handler: getContainersArchive },
    { method: 'PUT', path: '/containers/:id/archive', handler: putContainersArchive },
    { method: 'GET', path: '/containers/:id/export', handler: getContainersExport },
  ];
}
