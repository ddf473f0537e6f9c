// Starting a Docker container's task: its FIFOs and log, the ports it publishes, the task's
// create and start in containerd, and on failure the error recorded as dockerd records it (the
// lifecycle around it is manager.ts).
import { mkdir } from 'node:fs/promises';
import { Code, TandemError, errorMessage } from '../../common/errdefs.js';
import { readInRoot } from '../../common/accounts.js';
import { ANNOTATION_PUBLISH } from '../../common/oci.js';
import { HttpError } from '../api.js';
import { openLog } from './log-config.js';
import { ProcessStdio } from './stdio.js';
import { ZERO_TIME, type ContainerRecord } from './types.js';
import { allFixed, allocatePorts, publishAnnotation, wantedPorts, type Published } from './ports.js';
import { additionalGids, gidsOf, namedGroups } from './groups.js';
import { withRootfs } from './rootfs-dir.js';
import { joinedContainer } from './names.js';
import { TASK_TIMEOUT_MS, editSpec, inGuest, type Containers } from './manager.js';
import { mountsAtStart } from './mounts-start.js';
import { endpointIdAt } from '../endpoints.js';

/**
 * `--network container:X`, refused at start as dockerd's getNetworkedContainer does: X must be
 * another container, and running; and run where this one does (tandem's containers share the
 * host's network, or the VM's: joining one changes nothing else, across the two it cannot be).
 */
function checkNetworkedContainer(m: Containers, c: ContainerRecord): void {
  const ref = joinedContainer(c.HostConfig.NetworkMode);
  if (ref === undefined) return;
  let other: ContainerRecord;
  try {
    other = m.get(ref);
  } catch {
    throw new HttpError(404, `No such container: ${ref}`);
  }
  if (other.Id === c.Id) throw new HttpError(400, 'cannot join own network');
  if (!m.isRunning(other)) throw new HttpError(409, `cannot join network of a non running container: ${ref}`);
  const where = (x: ContainerRecord) => (inGuest(x) ? 'in the VM' : 'natively');
  if (inGuest(other) !== inGuest(c))
    throw new HttpError(
      400,
      `cannot join network of container ${ref}: it runs ${where(other)} and this one ${where(c)}, whose networks differ; run both the same way`,
    );
}

/** Creates and starts the task; on failure records the error and exit code as dockerd does. */
export async function startTask(m: Containers, c: ContainerRecord): Promise<void> {
  const cd = m.d.cd;
  const id = c.Id;
  const live = m.liveOf(id);
  const paths = m.initFifos(c);
  let io: ProcessStdio | undefined;
  try {
    checkNetworkedContainer(m, c);
    await mountsAtStart(m, c);
    m.d.networks.checkAtStart(c);
    await mkdir(m.dir(id), { recursive: true, mode: 0o700 });
    // The FIFOs are opened only once a stale task is gone: its shim's writers closing would
    // otherwise end our fresh readers.
    const [{ mounts }] = await Promise.all([
      cd.call('snapshots.Mounts', { snapshotter: c.Snapshotter, key: id }),
      cd.call('tasks.Delete', { containerId: id }).catch(() => {}),
    ]);
    io = await ProcessStdio.open(paths);
    live.connect(io, openLog(m.logPath(id), c.HostConfig.LogConfig, m.logFailed(id)));
    const ports = await publishPorts(m, c);
    await resolveGroups(m, c);
    const create = () =>
      cd.call(
        'tasks.Create',
        {
          containerId: id,
          rootfs: mounts,
          stdin: paths.stdin,
          stdout: paths.stdout,
          stderr: paths.stderr,
          terminal: !!c.Config.Tty,
        },
        { timeoutMs: TASK_TIMEOUT_MS },
      );
    // This run's OOM kills are reported from the task's create on (oom-watch.ts), while the start
    // is still under way: the last run's flag goes now, not once the start returned.
    const stored = m.d.store.container(id);
    if (stored) m.d.store.putContainer({ ...stored, State: { ...stored.State, OOMKilled: false } });
    // A shim daemon that was leaving (idle) as containerd reached it closes the connection
    // before the task exists; a second Create starts a fresh daemon.
    const task = await create().catch(async (err) => {
      if (!/ttrpc: closed/.test(errorMessage(err))) throw err;
      m.d.log.info({ id, err: errorMessage(err) }, 'shim went away during create; creating again');
      await cd.call('tasks.Delete', { containerId: id }).catch(() => {});
      return create();
    });
    m.watch(id, io);
    await cd.call('tasks.Start', { containerId: id }, { timeoutMs: TASK_TIMEOUT_MS });
    // Onto the record as it is now: a stop that came during the start has marked it (StoppedByUser)
    // and waits for this start to end before it stops the task.
    c = m.d.store.container(id) ?? c;
    c.Ports = ports;
    c.State = {
      ...c.State,
      Status: 'running',
      Pid: task.pid ?? 0,
      ExitCode: 0,
      Error: '',
      StartedAt: new Date().toISOString(),
      FinishedAt: ZERO_TIME,
    };
    m.d.store.putContainer(c);
    live.running();
    // As dockerd logs a start: the sandbox joins the networks, the volumes are mounted, it runs.
    m.d.networks.announce(c, 'connect');
    m.d.volumes.announce(c, 'mount');
    m.emit(c, 'start');
  } catch (err) {
    await m.forwards.stop(id);
    io?.destroy();
    live.finish();
    // A port in use is dockerd's own error, not a task's: its words, the exit code 128.
    const own = err instanceof HttpError;
    const msg = own ? err.message : `failed to create task for container: ${errorMessage(err)}`;
    await cd.call('tasks.Delete', { containerId: id }).catch(() => {});
    const code = own
      ? 128
      : /executable file not found|no such file or directory/.test(msg)
        ? 127
        : /permission denied/.test(msg)
          ? 126
          : 128;
    const fresh = m.d.store.containers().find((x) => x.Id === id);
    if (fresh) {
      fresh.State = {
        ...fresh.State,
        Status: fresh.State.StartedAt === ZERO_TIME ? 'created' : 'exited',
        ExitCode: code,
        Error: msg,
        Pid: 0,
      };
      m.d.store.putContainer(fresh);
      // As dockerd: a --rm container that cannot start goes, with its anonymous volumes (the
      // CLI waits for that removal before it reports the error).
      if (fresh.HostConfig.AutoRemove) await m.remove(id, { force: true, volumes: true }).catch(() => {});
    }
    if (own) throw err;
    throw new TandemError(code === 128 ? Code.Unknown : Code.InvalidArgument, msg, { cause: err });
  }
}

/**
 * Chooses the host ports of this start (dockerd's -P, -p C, -p A-B:C) and publishes them: a
 * native container's by the endpoint's relays, a VM container's through its spec's annotation,
 * which the VM executor reads at the task's create.
 */
async function publishPorts(m: Containers, c: ContainerRecord): Promise<Published[]> {
  const wanted = wantedPorts(c.HostConfig, c.Config);
  const others = m.d.store.containers().flatMap((x) => (x.Id !== c.Id && m.isRunning(x) ? (x.Ports ?? []) : []));
  // dockerd's words for a port it cannot have: the bridge driver's reason, on this container's endpoint.
  const onEndpoint = (err: unknown) => {
    if (!(err instanceof HttpError)) return err;
    const net = Object.values(c.Networks ?? {})[0]?.NetworkID ?? '';
    const ep = endpointIdAt(c, net);
    const text = `failed to set up container networking: driver failed programming external connectivity on endpoint ${c.Name.slice(1)} (${ep}): ${err.message}`;
    return new HttpError(err.status, text);
  };
  const ports = await allocatePorts(wanted, others).catch((err) => Promise.reject(onEndpoint(err)));
  if (!inGuest(c)) await m.forwards.start(c.Id, ports).catch((err) => Promise.reject(onEndpoint(err)));
  else if (!allFixed(wanted)) {
    await editSpec(m.d.cd, c.Id, (spec) => {
      const annotations = { ...spec.annotations };
      delete annotations[ANNOTATION_PUBLISH];
      if (ports.length) annotations[ANNOTATION_PUBLISH] = publishAnnotation(ports).join(',');
      spec.annotations = annotations;
    });
  }
  return ports;
}

/** `--group-add NAME`: the names' gids in the container's own /etc/group, into its spec (groups.ts). */
async function resolveGroups(m: Containers, c: ContainerRecord): Promise<void> {
  const names = namedGroups(c.HostConfig.GroupAdd);
  if (!names.length) return;
  const group = await withRootfs(m.d.cd, c.Id, m.d.scratch, (root) => readInRoot(root, '/etc/group'));
  const gids = additionalGids(c.HostConfig.GroupAdd, gidsOf(names, group));
  await editSpec(m.d.cd, c.Id, (spec) => {
    if (spec.process) spec.process.user = { ...spec.process.user, additionalGids: gids };
  });
}
