// The supervisor of one state directory (dist/supervisor/main.js, started detached by `tandem
// up`): one per state directory by lock. It writes the instance's files, cleans up after a
// predecessor that was killed, starts the services of services.ts in order and waits until each
// answers, restarts one that dies, and on SIGTERM (`tandem down`) stops everything in order
// (teardown.ts). Anyone can ask it what runs: it writes its status as one JSON line to each
// connection on its control socket.
import { createServer, type Server } from 'node:net';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLock } from '../common/pid-lock.js';
import { listenPrivate } from '../common/private-socket.js';
import { readJson, writeJsonAtomic } from '../common/json-file.js';
import { errorMessage } from '../common/errdefs.js';
import { processAlive } from '../common/process-alive.js';
import type { Logger } from '../common/log.js';
import { Supervised, type ServiceState } from './child.js';
import { configVersion, findContainerd, type ContainerdBinary } from './containerd-bin.js';
import { ContainerdApi } from './containerd-api.js';
import { PACKAGE_ROOT, serviceEnv, writeInstanceFiles } from './instance.js';
import type { Layout } from './layout.js';
import { SERVICES, type ServiceContext } from './services.js';
import { teardown, terminate } from './teardown.js';
import { host } from './host.js';

export type SupervisorState = 'starting' | 'running' | 'stopping' | 'failed';

export interface SupervisorStatus {
  pid: number;
  state: SupervisorState;
  error?: string;
  stateDir: string;
  runDir: string;
  startedAt: string;
  containerd?: { path: string; version: string; configVersion: number };
  /** Whether the CRI plugin answers on containerd's socket, and as what. */
  cri?: { ok: boolean; detail: string };
  services: ServiceState[];
}

export interface SuperviseOptions {
  containerd?: string;
  log: Logger;
}

export async function supervise(l: Layout, o: SuperviseOptions): Promise<number> {
  if (!(await acquireLock(l.supervisorLock, l.supervisorSocket))) return 0; // another one runs here
  const log = o.log;
  const status: SupervisorStatus = {
    pid: process.pid,
    state: 'starting',
    stateDir: l.stateDir,
    runDir: l.runDir,
    startedAt: new Date().toISOString(),
    services: [],
  };
  let children: Supervised[] = [];
  let writing = Promise.resolve();
  const changed = (): void => {
    status.services = children.map((c) => c.state);
    writing = writing.then(() => writeJsonAtomic(l.supervisorStatus, status)).catch(() => {});
  };
  const previous = await readJson<SupervisorStatus>(l.supervisorStatus);
  const server = await listen(l.supervisorSocket, () => JSON.stringify(status));
  changed();

  let stopRequested: (why: string) => void = () => {};
  const stop = new Promise<string>((resolve) => (stopRequested = resolve));
  process.on('SIGTERM', () => stopRequested('SIGTERM'));
  process.on('SIGINT', () => stopRequested('SIGINT'));
  process.on('SIGHUP', () => {}); // the terminal `tandem up` ran in may close

  const down = async (): Promise<void> => {
    status.state = status.state === 'failed' ? 'failed' : 'stopping';
    changed();
    const report = await teardown(
      l,
      {
        stopFrontends: async () => void (await Promise.all(children.filter((c) => c.spec.frontend).map((c) => c.stop()))),
        stopBackends: async () => {
          for (const c of children.filter((x) => !x.spec.frontend).reverse()) await c.stop();
        },
      },
      log,
    );
    log.info(report, 'stopped');
  };

  let exitCode = 0;
  try {
    await cleanUpAfter(previous, l, log);
    const containerd = await findContainerd(o.containerd);
    status.containerd = { path: containerd.path, version: containerd.version, configVersion: configVersion(containerd) };
    writeInstanceFiles(l, containerd);
    const ctx: ServiceContext = { layout: l, containerd, tandem: [process.execPath, join(PACKAGE_ROOT, 'dist', 'cli', 'main.js')] };
    const env = serviceEnv(l);
    children = SERVICES.map((s) => new Supervised(s, ctx, env, join(l.logDir, `${s.name}.log`), changed, log));
    changed();
    const aborted = stop.then((why) => Promise.reject(new StopRequested(why)));
    aborted.catch(() => {});
    for (const c of children) await Promise.race([c.start(), aborted]);
    status.cri = await checkCri(l, containerd);
    status.state = 'running';
    changed();
    log.info({ why: await stop }, 'stopping');
    await down();
  } catch (err) {
    if (err instanceof StopRequested) {
      log.info({ why: err.message }, 'stopping while starting');
      await down();
      return finish(0);
    }
    exitCode = 1;
    status.state = 'failed';
    status.error = errorMessage(err);
    log.error({ err: status.error }, 'start failed');
    changed();
    await down().catch((e: unknown) => log.error({ err: errorMessage(e) }, 'teardown failed'));
  }
  return finish(exitCode);

  async function finish(code: number): Promise<number> {
    await writing;
    // A failed start leaves its status for `tandem up` to read; a clean stop leaves nothing.
    if (code === 0) rmSync(l.supervisorStatus, { force: true });
    server.close();
    rmSync(l.supervisorSocket, { force: true });
    rmSync(l.supervisorLock, { force: true });
    return code;
  }
}

class StopRequested extends Error {}

function listen(socket: string, status: () => string): Promise<Server> {
  rmSync(socket, { force: true }); // we hold the lock: a socket here is stale
  const server = createServer((conn) => conn.end(`${status()}\n`));
  return listenPrivate(server, socket).then(() => server);
}

/** The CRI plugin loads with containerd (or fails alone, with its reason in containerd's log). */
async function checkCri(l: Layout, c: ContainerdBinary): Promise<SupervisorStatus['cri']> {
  const api = new ContainerdApi(l.containerdSocket);
  try {
    const v = await api.criVersion(10_000);
    return { ok: true, detail: `${v.runtimeName} ${v.runtimeVersion} (CRI ${v.runtimeApiVersion})` };
  } catch (err) {
    return {
      ok: false,
      detail: `containerd ${c.version} does not serve CRI: ${errorMessage(err)} (see ${join(l.logDir, 'containerd.log')})`,
    };
  }
}

/** A predecessor that was killed leaves its services running: stop them the ordered way first. */
async function cleanUpAfter(previous: SupervisorStatus | undefined, l: Layout, log: Logger): Promise<void> {
  if (!previous || processAlive(previous.pid)) return;
  // Only pids that are still this instance's (after a reboot a recorded pid may be anyone's).
  const ours = new Set((await host().processesUsing([l.stateDir, l.runDir])).map((p) => p.pid));
  const pids = previous.services.map((s) => s.pid).filter((p): p is number => !!p && ours.has(p));
  if (!pids.length) return;
  log.warn({ pids }, 'services of a supervisor that died are still running: stopping them first');
  await teardown(l, { stopFrontends: async () => {}, stopBackends: () => terminate(pids, 20_000) }, log);
}
