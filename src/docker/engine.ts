// The Docker endpoint's parts wired together: containerd client, store, events, images,
// volumes, networks, containers and execs; then the routes of every group served on the
// socket. `tandem docker serve` (src/cli/commands/docker.ts) only parses flags and calls
// startEngine.
import { watchOom } from './containers/oom-watch.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { daemonLogger, type Logger } from '../common/log.js';
import { errorMessage } from '../common/errdefs.js';
import { ContainerdClient } from './containerd.js';
import { Containers } from './containers/manager.js';
import { Execs } from './containers/exec.js';
import { sizeRw, sizes, type SizeDeps } from './containers/size.js';
import type { ContainerRecord } from './containers/types.js';
import { EventBus } from './events.js';
import { stepImages } from './build/step-images.js';
import type { CacheDeps } from './build/cache.js';
import { ImageStore } from './image/store.js';
import type { Platform } from './image/oci.js';
import { Networks } from './networks.js';
import { DockerServer, type Route } from './server.js';
import { Store } from './store.js';
import { Volumes } from './volumes.js';
import { systemRoutes } from './routes/system.js';
import { imageRoutes } from './routes/images.js';
import { imageSearchRoutes } from './routes/image-search.js';
import { commitRoutes } from './routes/commit.js';
import { distributionRoutes } from './routes/distribution.js';
import { containerRoutes } from './routes/containers.js';
import { execRoutes } from './routes/exec.js';
import { volumeRoutes } from './routes/volumes.js';
import { networkRoutes } from './routes/networks.js';
import { notImplementedRoutes } from './routes/not-implemented.js';
import { archiveRoutes } from './routes/archive.js';
import { imagePruneRoutes } from './routes/image-prune.js';
import { statsRoutes } from './routes/stats.js';
import { buildRoutes } from './routes/build.js';
import { sweepBuilds } from './build/index.js';
import { HealthMonitor } from './containers/health.js';

export interface EngineOptions {
  socket: string;
  containerd: string;
  namespace: string;
  stateDir: string;
  /** Snapshotter for images of the host's own OS when it is linux (containerd's default). */
  snapshotter?: string;
  /** Snapshotter for darwin images (the tandem proxy snapshotter). */
  darwinSnapshotter?: string;
  insecureRegistries?: string[];
  logFile?: string;
  debug?: boolean;
  /**
   * Running containers outlive the endpoint (dockerd's --live-restore), the default: it can be
   * restarted alone. false: closing stops them as dockerd's shutdown does (`tandem up` runs it so,
   * and `tandem down` closes it before the rest of the stack).
   */
  liveRestore?: boolean;
}

export class Engine {
  readonly cd: ContainerdClient;
  readonly store: Store;
  readonly events = new EventBus();
  readonly images: ImageStore;
  readonly volumes: Volumes;
  readonly networks: Networks;
  readonly containers: Containers;
  readonly execs: Execs;
  readonly health: HealthMonitor;
  readonly version: string;
  /** The commit built and when (`docker version`). */
  readonly build: { commit: string; time: string };
  readonly startedAt = new Date();
  /** Scratch mount points and files of a moment (a rootfs read, a copy-up, an import). */
  readonly scratch: string;

  constructor(
    readonly opts: EngineOptions,
    readonly log: Logger,
  ) {
    this.cd = new ContainerdClient(opts.containerd, opts.namespace);
    this.scratch = join(opts.stateDir, 'tmp');
    this.store = new Store(join(opts.stateDir, 'docker.db'));
    this.images = new ImageStore(this.cd);
    this.images.setIdFallback(stepImages({ cd: this.cd, store: this.store, snapshotterFor: (p) => this.snapshotterFor(p) }));
    this.volumes = new Volumes(this.store, join(opts.stateDir, 'volumes'), this.events, opts.socket);
    this.networks = new Networks(this.store, this.events);
    this.containers = new Containers({
      cd: this.cd,
      store: this.store,
      images: this.images,
      volumes: this.volumes,
      networks: this.networks,
      events: this.events,
      stateDir: opts.stateDir,
      scratch: this.scratch,
      snapshotterFor: (p) => this.snapshotterFor(p),
      log,
    });
    this.execs = new Execs(this.containers);
    this.health = new HealthMonitor({
      get: (id) => this.store.container(id),
      save: (c) => this.store.putContainer(c),
      probe: (id, cmd, timeoutMs) => this.execs.probe(id, cmd, timeoutMs),
      events: this.events,
      log,
    });
    this.version = packageVersion();
    this.build = buildInfo();
  }

  /** A container's SizeRw and SizeRootFs (`ps -s`, `inspect -s`, `system df`; containers/size.ts). */
  containerSize(c: ContainerRecord): Promise<{ SizeRw: number; SizeRootFs: number }> {
    return sizes(this.sizeDeps(), c);
  }

  /** SizeRw alone (a prune's reclaimed space): no image lookup. */
  containerSizeRw(c: ContainerRecord): Promise<number> {
    return sizeRw(this.sizeDeps(), c);
  }

  private sizeDeps(): SizeDeps {
    return {
      cd: this.cd,
      scratch: this.scratch,
      log: this.log,
      imageSize: async (x) => (await this.images.resolve(x.Image, x.Platform)).size,
    };
  }

  /** What the build cache's listing and prune need (build/cache.ts). */
  cacheDeps(): CacheDeps {
    return { cd: this.cd, store: this.store, images: this.images, snapshotterFor: (p) => this.snapshotterFor(p) };
  }

  snapshotterFor(p: Platform): string {
    if (p.os === 'darwin') return this.opts.darwinSnapshotter ?? 'tandem';
    return this.opts.snapshotter ?? (process.platform === 'darwin' ? 'tandem' : 'overlayfs');
  }

  routes(): Route[] {
    return [
      ...systemRoutes(this),
      ...imageRoutes(this),
      ...containerRoutes(this),
      ...statsRoutes(this),
      ...execRoutes(this),
      ...volumeRoutes(this),
      ...networkRoutes(this),
      ...buildRoutes(this),
      ...archiveRoutes(this),
      ...imagePruneRoutes(this),
      ...imageSearchRoutes(this),
      ...commitRoutes(this),
      ...distributionRoutes(this),
      ...notImplementedRoutes(),
    ];
  }
}

/** The stamp `npm run build` leaves in dist/ (scripts/post-build.mjs): the commit built and when. */
function buildInfo(): { commit: string; time: string } {
  try {
    const b = JSON.parse(readFileSync(new URL('../build-info.json', import.meta.url), 'utf8')) as { commit?: string; time?: string };
    return { commit: b.commit ?? '', time: b.time ?? '' };
  } catch {
    return { commit: '', time: '' };
  }
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

export interface RunningEngine {
  engine: Engine;
  close(): Promise<void>;
}

/** Opens the store, follows containers that were running, then serves the socket. */
export async function startEngine(opts: EngineOptions): Promise<RunningEngine> {
  const log = daemonLogger(opts.logFile, !!opts.debug);
  // A request's stray failure is logged, not the end of the endpoint and every client's calls
  // (Go's HTTP server recovers a handler's panic the same way); the shim and the vmd do the same.
  process.on('uncaughtException', (err) => log.error({ err: errorMessage(err) }, 'uncaught exception; still serving'));
  process.on('unhandledRejection', (err) => log.error({ err: errorMessage(err) }, 'unhandled rejection; still serving'));
  const engine = new Engine(opts, log);
  await engine.containers.recover();
  // Containers that kept running while the endpoint was away: their checks go on where they were.
  for (const c of engine.containers.list()) if (c.State.Status === 'running') engine.health.begin(c.Id, false);
  await sweepBuilds({ cd: engine.cd, stateDir: opts.stateDir, log });
  const oom = watchOom(engine.cd, opts.namespace, (id) => engine.containers.oomKilled(id), log);
  const server = new DockerServer(engine.routes(), log);
  await server.listen(opts.socket);
  log.info({ socket: opts.socket, containerd: opts.containerd, namespace: opts.namespace }, 'docker endpoint serving');
  return {
    engine,
    close: async () => {
      await server.close();
      oom.close();
      if (opts.liveRestore === false) await engine.containers.shutdown();
      engine.cd.close();
      engine.store.close();
    },
  };
}
