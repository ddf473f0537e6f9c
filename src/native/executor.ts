// The native executor: each container is a process tree in a chroot(2) of its root filesystem
// (darwin images on macOS, like rund; linux images on Linux through exactly the same path).
import { access, constants } from 'node:fs/promises';
import type { Logger } from 'pino';
import { failedPrecondition } from '../common/errdefs.js';
import { platformProfile } from '../common/platform-profile.js';
import type { ContainerCreateRequest, Executor } from '../executor/executor.js';
import { NativeContainer, unmountAll } from './container.js';
import { validateProcess } from './helper-args.js';
import { mountPlatform, mountTargets, type MountPlatform } from './mount.js';
import { nativeHelper } from './paths.js';
import { killUntilGone, processTable, type ProcessTable } from './procs.js';
import { locateRoot, planSpecMounts } from './rootfs.js';
import { namespacePlan, withoutOwn } from './namespaces.js';
import { readState, removeState, writeState, type NativeState } from './state.js';
import { unhonouredFields } from './unhonoured.js';

export interface NativeExecutorOptions {
  /** The tandem-enter binary (default: native/build/tandem-enter of this checkout). */
  helper?: string;
  platform?: NodeJS.Platform;
}

export class NativeExecutor implements Executor {
  readonly name = 'native' as const;
  private readonly helper: string;
  private readonly platform: NodeJS.Platform;
  private deps: Promise<{ mounts: MountPlatform; table: ProcessTable }> | null = null;

  constructor(opts: NativeExecutorOptions = {}) {
    this.helper = opts.helper ?? nativeHelper('tandem-enter');
    this.platform = opts.platform ?? platformProfile();
  }

  private platformDeps() {
    this.deps ??= Promise.all([mountPlatform(this.platform), processTable(this.platform)]).then(([mounts, table]) => ({ mounts, table }));
    return this.deps;
  }

  async create(req: ContainerCreateRequest): Promise<NativeContainer> {
    const { spec, bundle, log } = req;
    validateProcess(spec.process);
    await access(this.helper, constants.X_OK).catch(() => {
      throw failedPrecondition(`native helper ${this.helper} is missing (run make -C native)`);
    });
    const namespaces = await withoutOwn(namespacePlan(spec, this.platform));
    for (const why of namespaces.skipped) log.debug(`namespace skipped: ${why}`);
    const ignored = unhonouredFields(spec);
    if (ignored.length)
      log.warn({ ignored }, `the native executor cannot honour ${ignored.join(', ')} (no per-container hostname or cgroup): ignored`);
    const { mounts, table } = await this.platformDeps();
    const located = await locateRoot(bundle, spec, req.rootfs, mounts);
    // Recorded before anything is mounted, so a crash at any point can still be cleaned up.
    const state: NativeState = { version: 1, root: located.root, mounts: mountTargets(located.ops), pgids: [] };
    const container = new NativeContainer({
      id: req.id,
      namespace: req.namespace,
      bundle,
      helper: this.helper,
      mounts,
      table,
      state,
      log,
      namespaces,
    });
    try {
      await writeState(bundle, state);
      await mounts.apply(located.ops, log);
      const specOps = await planSpecMounts(located.root, spec, located.readonly, mounts, log);
      state.mounts.push(...mountTargets(specOps));
      await writeState(bundle, state);
      await mounts.apply(specOps, log);
      await container.createInit(spec.process, req.stdio, req.signal);
    } catch (err) {
      await container.destroy().catch((e: unknown) => log.warn({ err: e }, 'cleanup after a failed create'));
      throw err;
    }
    log.debug({ root: state.root, mounts: state.mounts.length, pid: container.init.pid }, 'native container created');
    return container;
  }

  async cleanup(bundle: string, log: Logger): Promise<void> {
    const state = await readState(bundle);
    if (!state) return;
    const { mounts, table } = await this.platformDeps();
    // Linux finds every process by its root; process groups are only needed (and only safe
    // enough, given pid reuse once the daemon is gone) where the root cannot be seen.
    const left = await killUntilGone(table, state.root, this.platform === 'linux' ? [] : state.pgids);
    if (left.length) log.warn({ pids: left }, 'container processes survived SIGKILL');
    await unmountAll(mounts, state, log);
    await removeState(bundle);
  }
}
