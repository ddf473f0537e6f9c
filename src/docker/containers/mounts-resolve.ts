// A create request's Binds (-v), Mounts (--mount), Tmpfs (--tmpfs), --volumes-from and the
// image's VOLUMEs as the OCI mounts of the container and the Mounts[] `docker inspect` shows, in
// dockerd's order and words. Named volumes are made on first use (volumes.ts); a subpath is
// resolved again at each start (mounts-subpath.ts); an image's root is mounted at create
// (mounts-image.ts, which fills in the source left empty here).
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { invalidArgument } from '../../common/errdefs.js';
import type { OciMount } from '../../common/oci.js';
import type { Volumes } from '../volumes.js';
import { volumeKind } from '../volume-options.js';
import type { ResolvedImage } from '../image/store.js';
import type { ContainerConfig, HostConfig, MountPoint, MountSpec } from './types.js';
import type { CopyUp } from './copy-up.js';
import { bindReadOnly, checkMounts, mergeTmpfs, tmpfsData } from './mounts-check.js';
import { trySafeJoin } from './mounts-subpath.js';
import { atLeast } from '../version.js';

/** Where Docker clients look for the daemon's socket. */
const ENGINE_SOCKET_PATHS = ['/var/run/docker.sock', '/run/docker.sock'];

const isSocket = (p: string) => statSync(p, { throwIfNoEntry: false })?.isSocket() ?? false;
/** A missing source counts as a directory: `-v` makes one (a file bind's source must exist). */
const isDir = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? true;

export interface ResolveOptions {
  /** The client's API version: what its Mounts may hold, and how read-only binds are made. */
  version: string;
  /** Why this container's runtime cannot make a mount recursively read-only; undefined: it can. */
  noRecursiveReadOnly?: string;
  /** An image mount's image by the reference given (NotFound when there is none). */
  image: (ref: string) => Promise<ResolvedImage>;
}

/** An image mount whose source (the image's root on the host) mounts-image.ts fills in. */
export interface ImageMount {
  image: ResolvedImage;
  mount: OciMount;
  point: MountPoint;
}

export interface ResolvedMounts {
  oci: OciMount[];
  points: MountPoint[];
  /** The volumes that get the image's content at their target (Docker's copy-up, unless `nocopy`). */
  copyUp: CopyUp[];
  images: ImageMount[];
  warnings: string[];
}

interface Want {
  type: 'bind' | 'volume' | 'tmpfs' | 'image';
  source: string;
  target: string;
  ro: boolean;
  /** A tmpfs mount's options after dockerd's defaults. */
  tmpfs?: string[];
  noCopy?: boolean;
  /** `-v`: a missing host path is made, as a directory. */
  makeSource?: boolean;
  /** `--mount`'s request, when it came from one. */
  spec?: MountSpec;
  /** `-v`'s mode as written (dockerd shows it as the Mode); none: `z` for a volume, as dockerd's setBindModeIfNull. */
  mode?: string;
}

export async function resolveMounts(
  volumes: Volumes,
  config: ContainerConfig,
  host: HostConfig,
  /** --volumes-from: the other containers' volumes and binds, each read-only or not. */
  from: { point: MountPoint; ro: boolean }[],
  o: ResolveOptions,
): Promise<ResolvedMounts> {
  const out: ResolvedMounts = { oci: [], points: [], copyUp: [], images: [], warnings: checkMounts(host.Mounts, o.version) };
  const taken = new Set<string>();
  /** `rw`, `ro` or, where dockerd asks for it, `rro`; refused when the runtime cannot and the mount insists. */
  const readOnly = (w: Want, ro: boolean): string => {
    const want =
      w.spec?.Type === 'bind'
        ? bindReadOnly(w.spec, o.version)
        : { recursive: w.type !== 'bind' || atLeast(o.version, '1.44'), force: false };
    if (!ro) return 'rw';
    if (!want.recursive) return 'ro';
    if (o.noRecursiveReadOnly === undefined) return 'rro';
    if (want.force) throw invalidArgument(o.noRecursiveReadOnly);
    return 'ro'; // dockerd's fallback where the kernel or the runtime cannot
  };
  const add = async (w: Want) => {
    const { type, target } = w;
    if (!isAbsolute(target))
      throw invalidArgument(`invalid mount config for type "${type}": invalid mount path: '${target}' mount path must be absolute`);
    if (taken.has(target)) throw invalidArgument(`Duplicate mount point: ${target}`);
    taken.add(target);
    if (type === 'tmpfs') {
      out.oci.push({ destination: target, type: 'tmpfs', source: 'tmpfs', options: w.tmpfs ?? [] });
      out.points.push({ Type: 'tmpfs', Source: '', Destination: target, Mode: '', RW: !w.ro, Propagation: '' });
      return;
    }
    const bind = (source: string, ro = w.ro) => {
      const mode = readOnly(w, ro);
      out.oci.push({
        destination: target,
        type: 'bind',
        source,
        // A file or socket has no mounts under it, so `ro` is all `rro` could be; and the VM's
        // crun 1.8 fails `rro` on a non-directory target ("open mount target …: Not a directory").
        options: [w.spec?.BindOptions?.NonRecursive ? 'bind' : 'rbind', mode === 'rro' && source && !isDir(source) ? 'ro' : mode],
      });
    };
    if (type === 'image') {
      const image = await o.image(w.source);
      bind('', true);
      const point: MountPoint = {
        Type: 'image',
        Name: w.source,
        Source: '',
        Destination: target,
        Mode: '',
        RW: false,
        Propagation: 'rprivate',
      };
      out.points.push(point);
      out.images.push({ image, mount: out.oci.at(-1)!, point });
      return;
    }
    let hostPath = w.source;
    if (type === 'volume') {
      const { DriverConfig: driver, Labels, Subpath: sub } = w.spec?.VolumeOptions ?? {};
      const v = await volumes.create({ Name: w.source || undefined, Driver: driver?.Name, DriverOpts: driver?.Options, Labels }, !w.source);
      const name = v.Name;
      const kind = volumeKind(v.Options);
      const point: MountPoint = {
        Type: 'volume',
        Name: name,
        Driver: 'local',
        Source: volumes.path(name),
        Destination: target,
        Mode: w.mode || (w.spec ? 'z' : w.ro ? 'ro' : 'z'),
        RW: !w.ro,
        Propagation: '',
      };
      if (kind.kind === 'tmpfs') {
        if (sub) throw invalidArgument(`volume-subpath: volume ${name} is a tmpfs each container gets empty; it has no ${sub}`);
        // Each container's own tmpfs, with the volume's options; nothing to copy up into.
        out.oci.push({ destination: target, type: 'tmpfs', source: 'tmpfs', options: [...kind.options, ...(w.ro ? ['ro'] : [])] });
        out.points.push({ ...point, Source: volumes.dataDir(name) });
        return;
      }
      hostPath = point.Source;
      const ro = w.ro || (kind.kind === 'bind' && kind.ro);
      // dockerd's words when it mounts the volume at the container's start.
      if (kind.kind === 'bind' && !existsSync(kind.device))
        throw invalidArgument(
          `failed to mount local volume: mount ${kind.device}:${volumes.dataDir(name)}, flags: 0x1000: no such file or directory`,
        );
      // A subpath is checked (and followed) again at each start; its content is copied up when it
      // is there now, as dockerd's populateVolume does.
      const dir = sub ? trySafeJoin(hostPath, sub) : hostPath;
      if (!w.noCopy && dir) out.copyUp.push({ volume: dir, target });
      bind(sub ? join(hostPath, sub) : hostPath, ro);
      out.points.push({ ...point, RW: !ro });
      return;
    }
    if (volumes.engineSocket && ENGINE_SOCKET_PATHS.includes(w.source) && !isSocket(w.source)) {
      // Docker-in-docker clients (testcontainers, a CI job's docker CLI) bind the daemon's socket
      // by its usual path; here no daemon listens there, so they get the endpoint's own socket,
      // as Docker Desktop gives its engine's (and dockerd would make an empty directory).
      hostPath = volumes.engineSocket;
    } else if (!existsSync(w.source)) {
      // `-v /host/path:/x` makes a missing host path, as a directory (dockerd does, and Compose's
      // `./data:/data` counts on it), and so does `--mount type=bind,bind-create-src`; else refused.
      if (!w.makeSource && !w.spec?.BindOptions?.CreateMountpoint)
        throw invalidArgument(`invalid mount config for type "bind": bind source path does not exist: ${w.source}`);
      await mkdir(w.source, { recursive: true, mode: 0o755 });
    }
    bind(hostPath);
    const propagation = w.spec?.BindOptions?.Propagation || 'rprivate';
    const mode = w.mode ?? (w.ro && !w.spec ? 'ro' : '');
    out.points.push({ Type: 'bind', Source: hostPath, Destination: target, Mode: mode, RW: !w.ro, Propagation: propagation });
  };
  for (const b of host.Binds ?? []) {
    const parts = b.split(':');
    if (parts.length < 2 || parts.length > 3) throw invalidArgument(`invalid volume specification: '${b}'`);
    const [src, dst, mode = ''] = parts;
    const flags = mode.split(',');
    const ro = flags.includes('ro');
    await add({
      type: isAbsolute(src) ? 'bind' : 'volume',
      source: src,
      target: dst,
      ro,
      noCopy: flags.includes('nocopy'),
      makeSource: true,
      mode,
    });
  }
  for (const m of host.Mounts ?? []) {
    const ro = !!m.ReadOnly;
    // dockerd's tmpfs defaults, then the request's options; a later one of the same flag wins.
    const tmpfs = m.Type === 'tmpfs' ? mergeTmpfs(['noexec', 'nosuid', 'nodev', 'rprivate', ...tmpfsData(m.TmpfsOptions, ro)]) : undefined;
    await add({
      type: m.Type as Want['type'],
      source: m.Source ?? '',
      target: m.Target ?? '',
      ro,
      tmpfs,
      noCopy: !!m.VolumeOptions?.NoCopy,
      spec: m,
    });
  }
  for (const [dst, opts] of Object.entries(host.Tmpfs ?? {}))
    await add({
      type: 'tmpfs',
      source: '',
      target: dst,
      ro: false,
      tmpfs: ['nosuid', 'nodev', 'noexec', ...(opts ? opts.split(',') : [])],
    });
  // The container's own mounts win at a path: as in dockerd, --volumes-from fills the rest. A
  // shared volume keeps its content (no copy-up).
  for (const { point, ro } of from) {
    if (taken.has(point.Destination)) continue;
    if (point.Type === 'volume' && point.Name)
      await add({ type: 'volume', source: point.Name, target: point.Destination, ro, noCopy: true });
    else if (point.Type === 'bind') await add({ type: 'bind', source: point.Source, target: point.Destination, ro });
  }
  for (const dst of Object.keys(config.Volumes ?? {}))
    if (!taken.has(dst)) await add({ type: 'volume', source: '', target: dst, ro: false });
  return out;
}
