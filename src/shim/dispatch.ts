// Chooses the executor for each container, and loads executors lazily (the VM code is only
// loaded when a VM container appears). In order:
//   1. the annotation io.containerd.tandem.runtime=native|vm;
//   2. the full platform (os/architecture/variant) of the image's manifest that containerd
//      unpacked for the container (image-platform.ts), or, with no image (ctr run --rootfs) or no
//      answer, of the program's file header (exec-format.ts);
//   3. a platform the host runs natively → native (a linux one on a Linux host: native unless
//      the tandem config says vm); linux of any other architecture → the VM (whose emulators run
//      it); any other OS → FailedPrecondition naming the platform, before anything starts.
import { join } from 'node:path';
import { failedPrecondition, invalidArgument } from '../common/errdefs.js';
import { readJson } from '../common/json-file.js';
import { ANNOTATION_RUNTIME, type Mount, type OciSpec } from '../common/oci.js';
import { formatPlatform, runsAs, type Platform } from '../common/platform.js';
import type { ContainerCreateRequest, Executor } from '../executor/executor.js';
import type { Logger } from '../common/log.js';
import { BUNDLE_STATE_FILE } from './paths.js';
import { executablePlatforms, rootViewFor } from './exec-format.js';

export type ExecutorName = Executor['name'];

const loaded = new Map<ExecutorName, Promise<Executor>>();
/** The executors loaded so far, once loaded (the daemon's idle timer asks them synchronously). */
const ready = new Set<Executor>();

export function loadExecutor(name: ExecutorName, log?: Logger): Promise<Executor> {
  let e = loaded.get(name);
  if (!e) {
    e =
      name === 'native'
        ? import('../native/index.js').then((m) => new m.NativeExecutor())
        : import('../linuxvm/executor.js').then((m) => new m.VmExecutor({ log }));
    void e.then((x) => ready.add(x)).catch(() => {});
    loaded.set(name, e);
  }
  return e;
}

/** How long the daemon should stay after its last container for the executors it loaded (0: its usual idle period). */
export function lingerMs(): number {
  return Math.max(0, ...[...ready].map((x) => x.lingerMs?.() ?? 0));
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
  host: Platform;
  /** What the host runs without emulation, its own platform first (common/platform.ts). */
  natives: Platform[];
  /** What the tandem config says linux images run in on a Linux host. */
  linuxOnLinux: ExecutorName;
  /** The platform of the container's image, if it has one; `layersKey` identifies its layers. */
  imagePlatform: (containerId: string, layersKey: string | undefined) => Promise<Platform | undefined>;
}

export interface DispatchDecision {
  executor: ExecutorName;
  /** The platform the container's program is built for, when known. */
  platform?: Platform;
  reason: string;
}

/** The rootfs mount's layer directories: containerd names one image layer chain by them. */
export function layersKey(rootfs: Mount[]): string | undefined {
  if (rootfs.length !== 1 || rootfs[0]!.type !== 'overlay') return undefined;
  return rootfs[0]!.options?.find((o) => o.startsWith('lowerdir='));
}

function byPlatform(d: DispatchInput, platforms: Platform[], what: string): DispatchDecision {
  const native = platforms.find((p) => runsAs(p, d.natives));
  if (native) {
    const name = formatPlatform(native);
    if (native.os === 'linux' && d.host.os === 'linux')
      return { executor: d.linuxOnLinux, platform: native, reason: `${what} is ${name}, native to this host (config: ${d.linuxOnLinux})` };
    return { executor: 'native', platform: native, reason: `${what} is ${name}, native to this host` };
  }
  const linux = platforms.find((p) => p.os === 'linux');
  if (linux) return { executor: 'vm', platform: linux, reason: `${what} is ${formatPlatform(linux)}: the guest VM runs it` };
  throw failedPrecondition(`${what} is ${platforms.map(formatPlatform).join(' + ')}: ${whyNot(platforms[0]!, d.host)}`);
}

function whyNot(p: Platform, host: Platform): string {
  const here = `this host is ${formatPlatform(host)}`;
  if (p.os === 'darwin' && host.os !== 'darwin') return `darwin containers run only on a darwin host (${here})`;
  if (p.os === 'darwin' && p.architecture === 'amd64' && host.architecture === 'arm64')
    return `darwin/amd64 programs need Rosetta 2 on this Mac (install it: softwareupdate --install-rosetta)`;
  if (p.os === 'darwin') return `no emulator runs ${formatPlatform(p)} programs on a darwin/${host.architecture} Mac (${here})`;
  return `tandem runs darwin containers on a Mac and linux containers everywhere; ${p.os} is not supported (${here})`;
}

export async function decide(d: DispatchInput, log?: Logger): Promise<DispatchDecision> {
  const wanted = d.spec.annotations?.[ANNOTATION_RUNTIME];
  if (wanted !== undefined) {
    if (wanted !== 'native' && wanted !== 'vm')
      throw invalidArgument(`annotation ${ANNOTATION_RUNTIME}=${wanted}: must be "native" or "vm"`);
    return { executor: wanted, reason: `annotation ${ANNOTATION_RUNTIME}=${wanted}` };
  }
  const image = await d.imagePlatform(d.containerId, layersKey(d.rootfs)).catch((err: unknown) => {
    log?.warn({ err }, 'could not read the image platform from containerd; reading the executable');
    return undefined;
  });
  if (image) return byPlatform(d, [image], 'the image');
  const root = rootViewFor(d.bundle, d.spec, d.rootfs);
  const exe = root ? await executablePlatforms(root, d.spec).catch(() => undefined) : undefined;
  if (exe?.length) return byPlatform(d, exe, 'the executable');
  return {
    executor: 'native',
    reason: 'neither the image (none, or containerd did not say) nor the executable tells the platform: running natively',
  };
}

/**
 * The executor with the container's platform attached to each create (the VM executor checks
 * its guest can run it); the Task service only sees an Executor.
 */
export function withPlatform(e: Executor, platform: Platform | undefined): Executor {
  if (!platform) return e;
  return {
    name: e.name,
    create: (req: ContainerCreateRequest) => e.create({ ...req, platform }),
    cleanup: (bundle, log) => e.cleanup(bundle, log),
    shutdown: e.shutdown && (() => e.shutdown!()),
  };
}

/** The executor recorded in a bundle by Create (for `delete` after the daemon is gone). */
export async function recordedExecutor(bundle: string): Promise<ExecutorName | undefined> {
  return (await readJson<{ executor?: ExecutorName }>(join(bundle, BUNDLE_STATE_FILE)))?.executor;
}

export function logDecision(log: Logger, d: DispatchDecision): void {
  log.info({ executor: d.executor, platform: d.platform && formatPlatform(d.platform), reason: d.reason }, 'executor chosen');
}
