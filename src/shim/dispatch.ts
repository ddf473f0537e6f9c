// Chooses the executor for each container, and loads executors lazily (the VM code is only
// loaded when a VM container appears). In order:
//   1. the annotation io.containerd.tandem.runtime=native|vm;
//   2. the image's platform, asked of containerd: the host's own OS runs natively (a linux image
//      on a Linux host runs natively unless the tandem config says vm), linux on a Mac → vm;
//   3. no image (ctr --rootfs): the format of the executable (ELF → linux, Mach-O → darwin).
import { isAbsolute, join } from 'node:path';
import { failedPrecondition, invalidArgument } from '../common/errdefs.js';
import { readJson } from '../common/json-file.js';
import { ANNOTATION_RUNTIME, type Mount, type OciSpec } from '../common/oci.js';
import type { Executor } from '../executor/executor.js';
import type { Logger } from '../common/log.js';
import { BUNDLE_STATE_FILE } from './paths.js';
import { inspectExecutable } from './exec-format.js';

export type ExecutorName = Executor['name'];

const loaded = new Map<ExecutorName, Promise<Executor>>();

export function loadExecutor(name: ExecutorName, log?: Logger): Promise<Executor> {
  let e = loaded.get(name);
  if (!e) {
    e =
      name === 'native'
        ? import('../native/index.js').then((m) => new m.NativeExecutor())
        : import('../linuxvm/executor.js').then((m) => new m.VmExecutor({ log }));
    loaded.set(name, e);
  }
  return e;
}

/** Lets every executor loaded so far release what it holds (the daemon is leaving). */
export async function shutdownExecutors(): Promise<void> {
  await Promise.all([...loaded.values()].map(async (e) => (await e).shutdown?.()));
}

export interface DispatchInput {
  containerId: string;
  bundle: string;
  spec: OciSpec;
  rootfs: Mount[];
  hostOs: string;
  /** What the tandem config says linux images run in on a Linux host. */
  linuxOnLinux: ExecutorName;
  imagePlatform: (containerId: string) => Promise<{ os: string } | undefined>;
}

export interface DispatchDecision {
  executor: ExecutorName;
  reason: string;
}

function byOs(os: string, hostOs: string, linuxOnLinux: ExecutorName, what: string): DispatchDecision {
  if (os === 'linux') {
    if (hostOs === 'linux') return { executor: linuxOnLinux, reason: `${what} is linux on a linux host (config: ${linuxOnLinux})` };
    return { executor: 'vm', reason: `${what} is linux on a ${hostOs} host` };
  }
  if (os === hostOs) return { executor: 'native', reason: `${what} is ${os}, the host's own OS` };
  throw failedPrecondition(`${what} is ${os}: tandem runs ${os} containers only on a ${os} host`);
}

export async function decide(d: DispatchInput): Promise<DispatchDecision> {
  const wanted = d.spec.annotations?.[ANNOTATION_RUNTIME];
  if (wanted !== undefined) {
    if (wanted !== 'native' && wanted !== 'vm')
      throw invalidArgument(`annotation ${ANNOTATION_RUNTIME}=${wanted}: must be "native" or "vm"`);
    return { executor: wanted, reason: `annotation ${ANNOTATION_RUNTIME}=${wanted}` };
  }
  // On a Linux host whose config runs linux natively, every image the host can run at all runs
  // natively: skip the round trips to containerd (and loading grpc-js) on this hot path.
  const asking = !(d.hostOs === 'linux' && d.linuxOnLinux === 'native');
  const platform = asking ? await d.imagePlatform(d.containerId) : undefined;
  if (platform?.os) return byOs(platform.os, d.hostOs, d.linuxOnLinux, 'the image');
  const root = d.rootfs.length === 1 && d.rootfs[0].type === 'bind' ? d.rootfs[0].source : resolveRoot(d.bundle, d.spec);
  const exe = root ? await inspectExecutable(root, d.spec) : { detail: 'no root filesystem path to inspect' };
  if (exe.os) return byOs(exe.os, d.hostOs, d.linuxOnLinux, 'the executable');
  const why = asking
    ? 'the image platform is unknown (no image, or containerd did not say)'
    : 'a linux host with linux containers native by config: the image platform is not looked up';
  return { executor: 'native', reason: `${why}; ${exe.detail}: running natively` };
}

function resolveRoot(bundle: string, spec: OciSpec): string | undefined {
  const p = spec.root?.path;
  if (!p) return undefined;
  return isAbsolute(p) ? p : join(bundle, p);
}

/** The executor recorded in a bundle by Create (for `delete` after the daemon is gone). */
export async function recordedExecutor(bundle: string): Promise<ExecutorName | undefined> {
  return (await readJson<{ executor?: ExecutorName }>(join(bundle, BUNDLE_STATE_FILE)))?.executor;
}

export function logDecision(log: Logger, d: DispatchDecision): void {
  log.info({ executor: d.executor, reason: d.reason }, 'executor chosen');
}
