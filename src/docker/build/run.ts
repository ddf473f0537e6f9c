// A RUN step: the same path `docker run` takes, without a Docker record. A snapshot is prepared
// on the parent's top layer, a containerd container with tandem's runtime runs the command
// (native for the host's platform; annotated for the VM when the build is for another OS or
// architecture), its output goes to the build stream, and on exit 0 containerd's diff service
// turns the snapshot's changes into a gzip layer, committed as the next chain id. Whatever
// happens, the task, the container and the scratch snapshots are removed.
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readFile, realpath, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { Code, TandemError, errorMessage, isCode } from '../../common/errdefs.js';
import { ANNOTATION_RESOLV_CONF, ANNOTATION_RUNTIME } from '../../common/oci.js';
import type { ContainerdClient } from '../containerd.js';
import { SHIM_RUNTIME, TASK_TIMEOUT_MS } from '../containers/manager.js';
import { buildSpec } from '../containers/spec.js';
import type { HostConfig } from '../containers/types.js';
import { runSpecParts } from './run-options.js';
import { ProcessStdio, fifoPaths } from '../containers/stdio.js';
import { hostPlatform, type OciDescriptor, type Platform } from '../image/oci.js';
import { chainIds } from '../image/unpack.js';
import { diffSnapshot } from './commit.js';
import { withSnapshotDir } from '../containers/rootfs-dir.js';
import { resolveInImage, type RootfsIndex } from './rootfs.js';

const SPEC_TYPE = 'types.containerd.io/opencontainers/runtime-spec/1/Spec';
export const LABEL_BUILD = 'io.containerd.tandem.docker.build';

export interface RunInput {
  cd: ContainerdClient;
  snapshotter: string;
  lease: string;
  /** The parent's top chain id ('' for scratch). */
  parent: string;
  parentDiffIds: string[];
  platform: Platform;
  args: string[];
  env: string[];
  cwd: string;
  user: { uid: number; gid: number };
  /** Host files bound read-only over the image's own (resolv.conf, hosts), native RUN only. */
  hostFiles: string[];
  /** The parent's filesystem as its layers list it (rootfs.ts). */
  parentIndex: RootfsIndex;
  /** The image has its own /etc/resolv.conf: a RUN in the VM gets the guest's resolver over it. */
  hasResolvConf: boolean;
  /** What the build asked for its RUN containers (run-options.ts). */
  host: HostConfig;
  /** Where the FIFOs go (the build's private directory). */
  dir: string;
  /** Kills the command when aborted (the client went away). */
  signal: AbortSignal;
  /** The command as Docker prints it in the failure message. */
  shown: string;
  output: (text: string) => void;
  /** The 12-hex container id, once created (for ` ---> Running in`). */
  started: (id: string) => void;
}

const bindRo = (source: string, destination: string) => ({ destination, type: 'bind', source, options: ['rbind', 'ro'] });

export interface RunResult {
  desc: OciDescriptor;
  diffId: string;
  containerId: string;
}

/** The error of a RUN that exited non-zero: the Docker message, and the code the CLI exits with. */
export class RunFailed extends TandemError {
  constructor(
    readonly shown: string,
    readonly exitCode: number,
  ) {
    super(Code.Unknown, `The command '${shown}' returned a non-zero code: ${exitCode}`);
  }
}

export async function runStep(r: RunInput): Promise<RunResult> {
  const { cd, snapshotter, lease } = r;
  const id = randomBytes(32).toString('hex');
  const key = `tandem-build-${id}`;
  const host = hostPlatform();
  const vm = r.platform.os !== host.os || r.platform.architecture !== host.architecture;
  const parts = runSpecParts(r.host, vm, vm ? '' : await readFile('/etc/hosts', 'utf8').catch(() => ''));
  const fifoDir = join(r.dir, 'run', id.slice(0, 12));
  // As dockerd does for build containers: the host's resolver over a resolv.conf the image has (a
  // bind onto a missing file would leave an empty mount point in the layer), and a hosts file of
  // the RUN's own whether the image has one or not (without one `localhost` does not resolve; the
  // mount point it leaves is removed before the diff). A darwin RUN resolves through
  // mDNSResponder: a hosts file only for --add-host.
  const hosts = vm || host.os === 'linux' || !!r.host.ExtraHosts?.length ? parts.hosts : undefined;
  const mounts = (vm ? [] : r.hostFiles.filter((f) => f !== '/etc/hosts')).map((f) => bindRo(f, f));
  if (hosts !== undefined) {
    await mkdir(fifoDir, { recursive: true, mode: 0o700 });
    await writeFile(join(fifoDir, 'hosts'), hosts, { mode: 0o644 });
    mounts.push(bindRo(join(fifoDir, 'hosts'), '/etc/hosts'));
  }
  if (parts.warning) r.output(` ---> [Warning] ${parts.warning}\n`);
  const spec = buildSpec({
    id,
    namespace: cd.namespace,
    config: { Env: r.env, Cmd: r.args, Entrypoint: null, WorkingDir: r.cwd, User: `${r.user.uid}:${r.user.gid}` },
    // In the VM: the guest's resolver (ANNOTATION_RESOLV_CONF), over a file the image has, as natively.
    hostConfig: {
      ...r.host,
      NetworkMode: undefined,
      Annotations: {
        ...(vm ? { [ANNOTATION_RUNTIME]: 'vm', ...(r.hasResolvConf ? { [ANNOTATION_RESOLV_CONF]: '' } : {}) } : {}),
        ...parts.annotations,
      },
    },
    options: parts.options,
    mounts,
    runtime: 'tandem',
    publish: [],
  });
  let io: ProcessStdio | undefined;
  let created = false;
  let onAbort: (() => void) | undefined;
  try {
    const { mounts } = await cd.call('snapshots.Prepare', { snapshotter, key, parent: r.parent }, { lease });
    await cd.call('containers.Create', {
      container: {
        id,
        labels: { [LABEL_BUILD]: 'true' },
        runtime: { name: SHIM_RUNTIME },
        spec: { type_url: SPEC_TYPE, value: Buffer.from(JSON.stringify(spec)) },
        snapshotter,
        snapshotKey: key,
      },
    });
    created = true;
    r.started(id.slice(0, 12));
    await mkdir(fifoDir, { recursive: true, mode: 0o700 });
    io = await ProcessStdio.open(fifoPaths(fifoDir, 'run', { stdin: false, tty: false }));
    io.onOutput((_s, chunk) => r.output(chunk.toString('utf8')));
    await cd.call(
      'tasks.Create',
      { containerId: id, rootfs: mounts, stdout: io.paths.stdout, stderr: io.paths.stderr, terminal: false },
      { timeoutMs: TASK_TIMEOUT_MS },
    );
    await cd.call('tasks.Start', { containerId: id }, { timeoutMs: TASK_TIMEOUT_MS });
    onAbort = () => void cd.call('tasks.Kill', { containerId: id, signal: 9, all: true }).catch(() => {});
    if (r.signal.aborted) onAbort();
    else r.signal.addEventListener('abort', onAbort, { once: true });
    const waited = await cd.call('tasks.Wait', { containerId: id }, { timeoutMs: 0 });
    await cd.call('tasks.Delete', { containerId: id }).catch(() => {});
    // The shim has let go of the FIFOs: the rest of the output arrives, then EOF.
    await Promise.race([io.done, new Promise((res) => setTimeout(res, 5000))]);
    const code = waited.exitStatus ?? 0;
    if (r.signal.aborted) throw new TandemError(Code.Canceled, 'Build cancelled');
    if (code !== 0) throw new RunFailed(r.shown, code);
    // A hosts file bound where the image has none left its mount point (and /etc, where the image
    // has none): out of the snapshot before the diff, which reads both trees, so neither the
    // layer nor the snapshot committed beside it has them. (Read out of the diffed layer instead,
    // a RUN that wrote 100 MB took 4.7 s longer.)
    if (hosts !== undefined) await removeHostsMountPoint(r, key, mounts);
    return { ...(await diffAndCommit(r, key)), containerId: id };
  } catch (err) {
    if (err instanceof RunFailed || isCode(err, Code.Canceled)) throw err;
    throw new TandemError(isCode(err, Code.NotFound) ? Code.NotFound : Code.Unknown, `RUN ${r.shown}: ${errorMessage(err)}`, {
      cause: err,
    });
  } finally {
    if (onAbort) r.signal.removeEventListener('abort', onAbort);
    io?.destroy();
    if (created) {
      await cd.call('tasks.Delete', { containerId: id }).catch(() => {});
      await cd.call('containers.Delete', { id }).catch(() => {});
    }
    await cd.call('snapshots.Remove', { snapshotter, key }).catch(() => {});
    await rm(fifoDir, { recursive: true, force: true });
  }
}

/**
 * Removes the empty file the runtime made to bind /etc/hosts where the image has none (and the
 * /etc it made for it), found as the runtime found it: through the image's symlinks (a darwin
 * image's /etc is `private/etc`). Only a path inside the snapshot with no symlink on the way.
 */
async function removeHostsMountPoint(
  r: RunInput,
  key: string,
  mounts: { type?: string | null; options?: string[] | null }[] | null | undefined,
): Promise<void> {
  const rel = resolveInImage(r.parentIndex, '/etc/hosts');
  if (r.parentIndex.paths.has(rel)) return;
  const edit = async (snapshotDir: string) => {
    const dir = await realpath(snapshotDir);
    const file = join(dir, rel);
    if ((await realpath(dirname(file)).catch(() => '')) !== dirname(file)) return;
    const st = await lstat(file).catch(() => undefined);
    if (!st?.isFile() || st.size !== 0) return;
    await rm(file);
    const parent = posix.dirname(rel);
    if (parent !== '.' && !r.parentIndex.paths.has(parent)) await rmdir(dirname(file)).catch(() => {});
  };
  // An overlay snapshot's new files are its upper directory's: edited there, unmounted (the
  // image's lower layers have no such file, so no whiteout is owed), it costs no mount.
  const only = mounts?.length === 1 ? mounts[0] : undefined;
  const upper = only?.type === 'overlay' ? only.options?.find((o) => o.startsWith('upperdir='))?.slice('upperdir='.length) : undefined;
  if (upper) await edit(upper);
  else await withSnapshotDir(r.cd, { snapshotter: r.snapshotter, key }, r.dir, edit);
}

/** The snapshot's changes against its parent as a gzip layer; the snapshot committed as its chain id. */
async function diffAndCommit(r: RunInput, key: string): Promise<{ desc: OciDescriptor; diffId: string }> {
  const { cd, snapshotter, lease } = r;
  const { desc, diffId } = await diffSnapshot(
    cd,
    { snapshotter, key, parent: r.parent, viewKey: `${key}-parent`, ref: `tandem-build-${key}`, lease },
    'RUN',
  );
  const chain = chainIds([...r.parentDiffIds, diffId]);
  await cd.call('snapshots.Commit', { snapshotter, name: chain[chain.length - 1], key }, { lease }).catch((err) => {
    // The same layer on the same parent exists already (a RUN that made the same changes).
    if (!isCode(err, Code.AlreadyExists)) throw err;
  });
  return { desc, diffId };
}
