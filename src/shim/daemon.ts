// The long-running shim daemon: one per (containerd address, namespace), serving the Task API
// for every tandem container of that namespace on one unix socket. It leaves when it has served
// no container for TANDEM_SHIM_IDLE_EXIT_MS (default 3 s, so back-to-back `ctr run --rm` reuse it).
import { mkdirSync, rmSync } from 'node:fs';
import { unavailable } from '../common/errdefs.js';
import { acquireLockWaiting, releaseLock } from '../common/pid-lock.js';
import type { containerd } from '../generated/protos.js';
import { TtrpcServer } from '../ttrpc/server.js';
import { timestamp, Publisher } from './events.js';
import type { ShimFlags } from './flags.js';
import { daemonLogger, type Logger } from '../common/log.js';
import { daemonPaths } from './paths.js';
import { TaskService } from './task-service.js';
import { MANAGER, TASK_V2, TASK_V3, logCalls } from './task-rpc.js';
import { decide, lingerMs, loadExecutor, logDecision, recordedExecutor, shutdownExecutors, withPlatform } from './dispatch.js';
import { ContainerdImages } from './image-platform.js';
import { configPathFromOptions, loadConfig } from './config.js';
import { criSandbox } from './cri-sandbox-check.js';
import { hostPlatforms } from './host-platform.js';

export const VERSION = '0.1.0';
/** How long a new daemon waits for one on its way out to let go of the lock. */
const LOCK_WAIT_MS = 30_000;

export async function serve(flags: ShimFlags): Promise<void> {
  const paths = daemonPaths(flags.address, flags.namespace);
  mkdirSync(paths.dir, { recursive: true, mode: 0o711 });
  // A daemon on its way out removed its socket first and lets go of the lock within a second or so.
  if (!(await acquireLockWaiting(paths.lock, paths.socket, LOCK_WAIT_MS, 100))) return; // another daemon for this pair serves
  const log = daemonLogger(paths.log, flags.debug).child({ ns: flags.namespace });
  const idleMs = Number(process.env.TANDEM_SHIM_IDLE_EXIT_MS ?? 3000);
  let idleTimer: NodeJS.Timeout | undefined;
  const publisher = new Publisher(process.env.TTRPC_ADDRESS || `${flags.address}.ttrpc`, flags.namespace, log);
  const server = new TtrpcServer();
  const images = new ContainerdImages(flags.address, flags.namespace);
  const { host, natives } = hostPlatforms();

  let exiting = false;
  const exit = async (why: string) => {
    if (exiting) return;
    exiting = true;
    // No new connection from here on, before anything is awaited: a Create can no longer
    // arrive at a daemon that is on its way out (the next `start` starts a new one).
    server.stopAccepting();
    rmSync(paths.socket, { force: true });
    log.info({ why }, 'daemon exiting');
    await publisher.flushed();
    await shutdownExecutors().catch((err: unknown) => log.error({ err }, 'executor shutdown'));
    releaseLock(paths.lock);
    await server.close();
    publisher.close();
    images.close();
    log.flush();
    process.exit(0);
  };
  const svc = new TaskService({
    publisher,
    log,
    chooseExecutor: async (req, clog) => {
      const config = loadConfig(configPathFromOptions(req.options));
      const d = await decide(
        {
          containerId: req.id,
          bundle: req.bundle,
          spec: req.spec,
          rootfs: req.rootfs,
          host,
          natives,
          linuxOnLinux: config.linuxExecutor,
          imagePlatform: (id, layers) => images.platformOf(id, layers),
        },
        clog,
      );
      logDecision(clog, d);
      await criSandbox(req.id, req.spec, d.executor, process.platform, async () => images, clog);
      return withPlatform(await loadExecutor(d.executor, log), d.platform);
    },
    version: VERSION,
    onContainersChanged: (count) => {
      if (count > 0) awaiting = false;
      armIdle();
    },
  });
  // Idle means no container (a Create under way counts) and no open connection: containerd
  // holds one per task. `start` calls Hold right before containerd connects to create a
  // container, so after it (or a connection that sent nothing, as `start` once probed), as for
  // a daemon that has not served yet, the wait is the longer one for a container that was
  // announced but has not arrived: a containerd slower than idleMs to connect must not find the
  // daemon gone.
  let awaiting = true; // no container yet, or a probe announced one that has not arrived
  const armIdle = () => {
    clearTimeout(idleTimer);
    if (exiting || svc.size > 0 || server.connectionCount > 0) return;
    const base = awaiting ? Math.max(idleMs, 30_000) : idleMs;
    const linger = lingerMs();
    if (linger > base) log.info({ ms: linger }, 'no containers left: staying while the VM may be up');
    idleTimer = setTimeout(
      () => svc.size === 0 && server.connectionCount === 0 && void exit(awaiting ? 'no container arrived' : 'no containers left'),
      Math.max(base, linger),
    );
  };
  server.onConnectionsChanged = (_open, closed) => {
    if (closed?.frames === 0) awaiting = true;
    armIdle();
  };
  server.serve(TASK_V2, svc, logCalls(log));
  server.serve(TASK_V3, svc, logCalls(log));
  server.serve(MANAGER, {
    Delete: (r) => deleteFor(svc, r.id, r.bundle, log),
    // `start` announces a container: wait for it as for a daemon that has not served yet. Refused
    // once the daemon is leaving (and a connect still queued then is dropped unanswered).
    Hold: async () => {
      if (exiting) throw unavailable('the shim daemon is leaving');
      awaiting = true;
      armIdle();
      return {};
    },
  });

  process.on('uncaughtException', (err) => log.error({ err }, 'uncaught exception; still serving'));
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection; still serving'));
  process.on('SIGTERM', () => void exit('SIGTERM'));
  process.on('SIGPIPE', () => {});

  rmSync(paths.socket, { force: true }); // we hold the lock, so any socket here is stale
  await server.listen(paths.socket);
  images.warm(); // the Create that started this daemon asks containerd for its image's platform
  armIdle();
  log.info({ socket: paths.socket, version: VERSION }, 'serving');
}

/** The `delete` action's fast path: a live daemon kills and forgets the container. */
async function deleteFor(svc: TaskService, id: string, bundle: string, log: Logger): Promise<containerd.task.v2.IDeleteResponse> {
  const res = await svc.forceDelete(id);
  if (res) return res;
  const name = await recordedExecutor(bundle);
  if (name) await (await loadExecutor(name, log)).cleanup(bundle, log);
  return { exitStatus: 128 + 9, exitedAt: timestamp(new Date()) };
}
