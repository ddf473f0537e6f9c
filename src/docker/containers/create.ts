// `docker create`: a Docker container as a containerd container (its OCI spec, tandem's runtime,
// a snapshot of its image) and the endpoint's record. Every request field is checked before
// anything is written; what is written (the record, the container's directory, its snapshot)
// is removed again if a later step fails.
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { Code, invalidArgument, isCode } from '../../common/errdefs.js';
import {
  ANNOTATION_DEVICES,
  ANNOTATION_NETWORK,
  ANNOTATION_PRIVILEGED,
  ANNOTATION_RESOLV_CONF,
  ANNOTATION_SECCOMP,
} from '../../common/oci.js';
import type { ContainerdClient } from '../containerd.js';
import type { ResolvedImage } from '../image/store.js';
import { snapshotExists, unpack } from '../image/unpack.js';
import { setLabels } from '../image/content.js';
import { withLease } from '../image/pull.js';
import { toDescriptor } from '../image/oci.js';
import { nameInUse } from '../store.js';
import { checkName, freeName } from './names.js';
import { buildSpec, consoleSize, mergeConfig, processArgs } from './spec.js';
import { ZERO_TIME, type ContainerRecord, type CreateBody, type MountPoint } from './types.js';
import { copyUp } from './copy-up.js';
import { linkEnv } from './links.js';
import { allFixed, fixedPorts, publishAnnotation, wantedPorts } from './ports.js';
import { runsInGuest, writeOwnFiles } from './own-files.js';
import { resolvPlan } from './resolv.js';
import { hostSpec } from './host-options.js';
import { discardedWarnings, hasLimits, withDefaultSwap } from './resources.js';
import { INIT_PATH, findInit, guestInit, initArgs, initMount } from './init.js';
import { LABEL_NAME, RUNTIMES, SHIM_RUNTIME, SPEC_TYPE, inGuest, inVm, type Containers } from './manager.js';
import { VM_HOST_GATEWAY } from './hosts.js';
import { API_VERSION } from '../version.js';
import { resolveMounts } from './mounts-resolve.js';
import { noRecursiveReadOnly } from './mounts-check.js';
import { mountImage, mountImages, releaseImages } from './mounts-image.js';

export async function createContainer(
  m: Containers,
  body: CreateBody,
  nameIn: string | null,
  image: ResolvedImage,
  /** The client's API version: what its Mounts may hold (mounts-check.ts). */
  version: string = API_VERSION,
): Promise<{ Id: string; Warnings: string[] }> {
  const host = withDefaultSwap(body.HostConfig ?? {});
  const runtime = host.Runtime || 'tandem';
  if (!(RUNTIMES as readonly string[]).includes(runtime)) throw invalidArgument(`unknown or invalid runtime name: ${runtime}`);
  const id = randomBytes(32).toString('hex');
  const name = nameIn ? checkName(nameIn) : freeName(id, (n) => !!m.d.store.containerByName(n));
  const existing = m.d.store.containerByName(name);
  if (existing) throw nameInUse(name, existing.Id);
  const config = mergeConfig(body, image.config.config ?? {});
  const args = processArgs(config);
  const warnings: string[] = [];
  const vm = inVm(runtime, host);
  const guest = runsInGuest(vm, image.platform);
  // Every option is checked before anything is written (host-options.ts, resources.ts).
  const options = hostSpec(host, guest);
  const resolv = resolvPlan(host, { guest, os: image.platform.os });
  warnings.push(...options.warnings, ...discardedWarnings(host));
  const limited = hasLimits(host);
  if (guest !== true && limited) {
    warnings.push(
      'Memory and CPU limits are not enforced for native containers (they run without cgroups); use --runtime tandem-vm to have them honoured.',
    );
  }
  const ports = wantedPorts(host, config);
  // Refused before anything is written: a bad console size, --init without an init binary.
  consoleSize(host.ConsoleSize, !!config.Tty);
  // dockerd's --init (HostConfig.Init; null or false: none).
  const init = !!host.Init;
  // A linux container on a Mac is always in the VM: the guest's init serves it there too.
  const initInGuest = init && (vm || (process.platform === 'darwin' && image.platform.os === 'linux'));
  const initAnnotation = initInGuest ? guestInit(image.platform) : undefined;
  const initBind = init && !initInGuest ? initMount(image.platform, findInit()) : undefined;
  // In the VM (whoever binds the init) tini is the container's pid 1; natively it is not.
  const initArgv = init ? initArgs(guest !== true) : undefined;
  const { links, env: linkedEnv } = linksOf(m, host.Links, name, guest === true);
  const mounts = await resolveMounts(m.d.volumes, config, host, volumesFrom(m, host.VolumesFrom), {
    version,
    noRecursiveReadOnly: noRecursiveReadOnly(guest, runtime),
    image: (ref) => mountImage((r) => m.d.images.resolve(r), ref),
  });
  warnings.push(...mounts.warnings);
  const own = await writeOwnFiles(m.dir(id), {
    id,
    body,
    taken: mounts.oci,
    vm: guest,
    resolv,
  });
  mounts.oci.push(...own.mounts);
  if (initBind) mounts.oci.push(initBind);
  // The links' variables come first and give way to the container's own (dockerd's order).
  const setHere = new Set((config.Env ?? []).map((kv) => kv.slice(0, kv.indexOf('='))));
  const withLinks = linkedEnv.length
    ? { ...config, Env: [...linkedEnv.filter((kv) => !setHere.has(kv.slice(0, kv.indexOf('=')))), ...(config.Env ?? [])] }
    : config;
  const spec = buildSpec({
    id,
    namespace: m.d.cd.namespace,
    config: withLinks,
    hostConfig: host,
    mounts: mounts.oci,
    runtime,
    // Ports chosen at start go into the spec then (publishPorts).
    publish: guest === true && allFixed(ports) ? publishAnnotation(fixedPorts(ports)) : [],
    init: initArgv,
    options,
    annotations: {
      ...initAnnotation,
      ...(own.guestResolv !== undefined ? { [ANNOTATION_RESOLV_CONF]: own.guestResolv } : {}),
      ...(options.devices ? { [ANNOTATION_DEVICES]: options.devices } : {}),
      ...(options.noNetwork ? { [ANNOTATION_NETWORK]: 'none' } : {}),
      ...(options.privileged ? { [ANNOTATION_PRIVILEGED]: 'true' } : {}),
      ...(options.seccomp !== undefined ? { [ANNOTATION_SECCOMP]: options.seccomp } : {}),
    },
  });
  const snapshotter = m.d.snapshotterFor(image.platform);
  const imageDeps = {
    cd: m.d.cd,
    snapshotterFor: m.d.snapshotterFor,
    unpacked: (i: ResolvedImage, s: string, lease: string) => ensureUnpacked(m.d.cd, i, s, lease),
  };
  const record: ContainerRecord = {
    Id: id,
    Name: name,
    Created: new Date().toISOString(),
    Path: init ? INIT_PATH : args[0],
    Args: initArgv ? [...initArgv, ...args] : args.slice(1),
    Config: config,
    HostConfig: { NetworkMode: 'default', ...host, Runtime: runtime, ...(links.length ? { Links: links } : {}) },
    Image: image.id,
    Platform: image.platform,
    Runtime: runtime,
    Snapshotter: snapshotter,
    Mounts: mounts.points,
    Networks: {},
    HostsFile: own.hosts,
    HostnameFile: own.hostname,
    ResolvFile: own.resolv,
    State: { Status: 'created', Pid: 0, ExitCode: 0, Error: '', StartedAt: ZERO_TIME, FinishedAt: ZERO_TIME },
    RestartCount: 0,
    StoppedByUser: false,
  };
  m.d.store.insertContainer(record);
  try {
    await mkdir(m.dir(id), { recursive: true, mode: 0o700 });
    // The init FIFOs are made now, beside containerd's round trips, rather than at start.
    await settleAll([
      m.fifos.make(m.initFifos(record)),
      withLease(m.d.cd, async (lease) => {
        await ensureUnpacked(m.d.cd, image, snapshotter, lease);
        // Image mounts (mounts-image.ts) have a lease of their own: they live as long as the container.
        const subpaths = new Map(
          (host.Mounts ?? []).filter((x) => x.ImageOptions?.Subpath).map((x) => [x.Target!, x.ImageOptions!.Subpath!]),
        );
        await mountImages(imageDeps, id, m.dir(id), mounts.images, subpaths);
        await m.d.cd.call('snapshots.Prepare', { snapshotter, key: id, parent: image.chainId }, { lease });
        await copyUp(m.d.cd, { snapshotter, key: id }, m.d.scratch, mounts.copyUp);
        await m.d.cd.call('containers.Create', {
          container: {
            id,
            labels: { [LABEL_NAME]: name.slice(1), ...(config.Labels ?? {}) },
            image: image.record.name,
            runtime: { name: SHIM_RUNTIME },
            spec: { type_url: SPEC_TYPE, value: Buffer.from(JSON.stringify(spec)) },
            snapshotter,
            snapshotKey: id,
          },
        });
      }),
    ]);
  } catch (err) {
    await m.d.cd.call('snapshots.Remove', { snapshotter, key: id }).catch(() => {});
    await releaseImages(m.d.cd, id, m.dir(id)).catch(() => {});
    m.d.store.deleteContainer(id);
    await rm(m.dir(id), { recursive: true, force: true });
    throw err;
  }
  // The image mounts' sources are known once mounted (mounts-image.ts).
  if (mounts.images.length) m.d.store.putContainer(record);
  m.emit(record, 'create');
  return { Id: id, Warnings: warnings };
}

/**
 * An image pulled for one snapshotter and run with another is unpacked there first. Its top
 * snapshot is leased before it is looked at: an image imported by `ctr import` and unpacked here
 * had nothing else holding it, and a garbage collection between the Stat and the Prepare took it
 * (the Prepare's NotFound reached the CLI as a 404, "Unable to find image"). What is unpacked here
 * is then kept by the image's config, as a pull keeps it.
 */
async function ensureUnpacked(cd: ContainerdClient, image: ResolvedImage, snapshotter: string, lease: string): Promise<void> {
  if (!image.chainId) return;
  await cd.call('leases.AddResource', { id: lease, resource: { id: image.chainId, type: `snapshots/${snapshotter}` } });
  if (await snapshotExists(cd, snapshotter, image.chainId)) return;
  const chain = await unpack(cd, {
    snapshotter,
    layers: image.manifest.layers.map(toDescriptor),
    diffIds: image.config.rootfs.diff_ids,
    lease,
  });
  await setLabels(cd, image.id, { [`containerd.io/gc.ref.snapshot.${snapshotter}`]: chain });
}

/**
 * A container another one names. Not a 404: the docker CLI takes a 404 from create for a missing
 * image and tries to pull it.
 */
function other(m: Containers, ref: string, flag: string): ContainerRecord {
  try {
    return m.get(ref);
  } catch (err) {
    if (isCode(err, Code.NotFound)) throw invalidArgument(`${flag} ${ref}: No such container: ${ref}`);
    throw err;
  }
}

/** --volumes-from NAME[:ro|:rw]: that container's volumes and binds, read-only as it has them unless the mode says. */
function volumesFrom(m: Containers, list: string[] | null | undefined): { point: MountPoint; ro: boolean }[] {
  return (list ?? []).flatMap((spec) => {
    const [ref, mode = '', ...rest] = spec.split(':');
    if (rest.length || !['', 'ro', 'rw'].includes(mode))
      throw invalidArgument(`invalid --volumes-from mode: ${JSON.stringify(spec)} (want NAME[:ro|:rw])`);
    return other(m, ref, '--volumes-from')
      .Mounts.filter((p) => p.Type === 'volume' || p.Type === 'bind')
      .map((point) => ({ point, ro: mode ? mode === 'ro' : !point.RW }));
  });
}

/** `--link NAME[:ALIAS]`: as dockerd keeps them (`/NAME:/this/ALIAS`), and the environment they give (links.ts). */
function linksOf(m: Containers, list: string[] | null | undefined, name: string, vm: boolean): { links: string[]; env: string[] } {
  const out = { links: [] as string[], env: [] as string[] };
  for (const spec of list ?? []) {
    const [target, alias = target.replace(/^\//, ''), ...rest] = spec.split(':').map((x) => x.replace(/^\/(.*\/)?/, ''));
    if (rest.length || !target || !alias) throw invalidArgument(`invalid --link: ${JSON.stringify(spec)} (want NAME[:ALIAS])`);
    const linked = other(m, target, '--link');
    out.links.push(`${linked.Name}:${name}/${alias}`);
    out.env.push(...linkEnv(alias, name.slice(1), linked, vm && !inGuest(linked) ? VM_HOST_GATEWAY : undefined));
  }
  return out;
}

/** Waits for every promise (none is left running), then fails with the first failure. */
async function settleAll(ps: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(ps)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}
