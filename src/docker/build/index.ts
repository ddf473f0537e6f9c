// One docker build from the request body to the image: the context streamed into a private
// directory (removed afterwards, whatever happens), the Dockerfile read and planned (errors
// here answer as HTTP errors, before any output), then the build streaming its progress.
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Build, plan } from './builder.js';
import { openContext, receiveContext } from './context.js';
import { LABEL_BUILD } from './run.js';
import type { BuildDeps, BuildOptions, BuildOutput } from './types.js';

export type { BuildDeps, BuildOptions, BuildOutput };

export interface PreparedBuild {
  /** Runs the build; resolves to the image id. */
  run(out: BuildOutput): Promise<string>;
  /** Removes the build's directory. */
  dispose(): Promise<void>;
}

export async function prepareBuild(d: BuildDeps, opts: BuildOptions, body: Readable): Promise<PreparedBuild> {
  const dir = join(d.stateDir, 'build', randomBytes(8).toString('hex'));
  const contextDir = join(dir, 'context');
  await mkdir(contextDir, { recursive: true, mode: 0o700 });
  try {
    await receiveContext(body, contextDir);
    const ctx = await openContext(contextDir, opts.dockerfile);
    const df = plan(ctx.dockerfile, opts);
    return {
      run: (out) => new Build(d, opts, df, dir, contextDir, out).run(),
      dispose: () => rm(dir, { recursive: true, force: true }),
    };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

/**
 * What an endpoint that stopped mid-build left: the build directories, and the RUN containers
 * (their tasks and scratch snapshots; the build's lease expires on its own).
 */
export async function sweepBuilds(d: Pick<BuildDeps, 'cd' | 'stateDir' | 'log'>): Promise<void> {
  await rm(join(d.stateDir, 'build'), { recursive: true, force: true });
  const { containers } = await d.cd.call('containers.List', { filters: [`labels."${LABEL_BUILD}"==true`] });
  for (const c of containers ?? []) {
    d.log.info({ id: c.id }, 'removing a build container left by an earlier run');
    await d.cd.call('tasks.Kill', { containerId: c.id, signal: 9, all: true }).catch(() => {});
    await d.cd.call('tasks.Delete', { containerId: c.id }).catch(() => {});
    await d.cd.call('containers.Delete', { id: c.id }).catch(() => {});
    if (c.snapshotKey) await d.cd.call('snapshots.Remove', { snapshotter: c.snapshotter, key: c.snapshotKey }).catch(() => {});
  }
}
