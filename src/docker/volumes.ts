// Volumes with Docker's local driver semantics: each volume is a directory
// `<state>/volumes/<name>/_data`, its record in the store, or what its options name (a host
// directory bound, a tmpfs per container: volume-options.ts). Also the translation of a create
// request's Binds, Mounts, Tmpfs and the image's VOLUMEs into OCI mounts and the Mounts that
// `docker inspect` shows.
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { alreadyExists, invalidArgument, notFound } from '../common/errdefs.js';
import type { OciMount } from '../common/oci.js';
import type { EventBus } from './events.js';
import type { Store, VolumeRecord } from './store.js';
import type { ContainerConfig, HostConfig, MountPoint, MountSpec } from './containers/types.js';
import { volumeKind } from './volume-options.js';

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
/** Where Docker clients look for the daemon's socket. */
const ENGINE_SOCKET_PATHS = ['/var/run/docker.sock', '/run/docker.sock'];

function isSocket(p: string): boolean {
  try {
    return statSync(p).isSocket();
  } catch {
    return false;
  }
}

export class Volumes {
  constructor(
    private readonly store: Store,
    private readonly root: string,
    private readonly events: EventBus,
    /** The endpoint's own socket: what a bind of a missing /var/run/docker.sock gives (engineSocketBind). */
    private readonly engineSocket?: string,
  ) {}

  /** Where the volume's files are on the host: its directory, or the host directory it binds. */
  path(name: string): string {
    const k = volumeKind(this.store.volume(name)?.Options);
    return k.kind === 'bind' ? k.device : this.dataDir(name);
  }

  /** The volume's own directory (what removing it frees; a bound host directory is not its). */
  dataDir(name: string): string {
    return join(this.root, name, '_data');
  }

  async create(
    req: { Name?: string; Driver?: string; Labels?: Record<string, string>; DriverOpts?: Record<string, string> },
    anonymous = false,
  ): Promise<VolumeRecord> {
    const name = req.Name || randomBytes(32).toString('hex');
    if (!NAME.test(name))
      throw invalidArgument(
        `create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
      );
    if (req.Driver && req.Driver !== 'local') throw invalidArgument(`volume driver ${req.Driver} is not supported: only "local" is`);
    volumeKind(req.DriverOpts); // refused here, as dockerd refuses them at create
    const existing = this.store.volume(name);
    if (existing) return existing; // Docker: creating an existing volume returns it
    const v: VolumeRecord = {
      Name: name,
      Driver: 'local',
      CreatedAt: new Date().toISOString(),
      Labels: req.Labels ?? {},
      Options: req.DriverOpts ?? {},
      Anonymous: anonymous,
    };
    await mkdir(this.dataDir(name), { recursive: true, mode: 0o755 });
    this.store.putVolume(v);
    this.events.emit('volume', 'create', name, { driver: 'local' });
    return v;
  }

  get(name: string): VolumeRecord {
    const v = this.store.volume(name);
    if (!v) throw notFound(`get ${name}: no such volume`);
    return v;
  }

  list(): VolumeRecord[] {
    return this.store.volumes();
  }

  /** Removes a volume no container uses (`users` are the ids of those that do). */
  async remove(name: string, users: string[], force = false): Promise<void> {
    const v = this.store.volume(name);
    if (!v) {
      if (force) return;
      throw notFound(`get ${name}: no such volume`);
    }
    if (users.length) throw alreadyExists(`remove ${name}: volume is in use - [${users.join(', ')}]`);
    await rm(join(this.root, name), { recursive: true, force: true });
    this.store.deleteVolume(name);
    this.events.emit('volume', 'destroy', name, { driver: 'local' });
  }

  view(v: VolumeRecord): object {
    return {
      CreatedAt: v.CreatedAt,
      Driver: v.Driver,
      Labels: v.Labels,
      Mountpoint: this.dataDir(v.Name),
      Name: v.Name,
      Options: v.Options,
      Scope: 'local',
    };
  }

  /**
   * The mounts of a new container: -v/--mount/--tmpfs of the request, then an anonymous volume
   * for each image VOLUME that nothing else covers. Named volumes are created on first use.
   */
  /**
   * The container's mounts, and the volumes that get the image's content at their target
   * (Docker's copy-up: done at create when the volume is still empty, unless `nocopy`).
   */
  async resolveMounts(
    config: ContainerConfig,
    host: HostConfig,
    /** --volumes-from: the other containers' volumes and binds, each read-only or not. */
    from: { point: MountPoint; ro: boolean }[] = [],
  ): Promise<{ oci: OciMount[]; points: MountPoint[]; copyUp: { volume: string; target: string }[] }> {
    const oci: OciMount[] = [];
    const points: MountPoint[] = [];
    const copyUp: { volume: string; target: string }[] = [];
    const taken = new Set<string>();
    const add = async (
      type: 'bind' | 'volume' | 'tmpfs',
      source: string,
      target: string,
      ro: boolean,
      extra: string[] = [],
      noCopy = false,
      makeSource = false,
      /** `--mount`'s volume options: a volume this mount makes gets its driver options and labels. */
      made: NonNullable<MountSpec['VolumeOptions']> = {},
    ) => {
      if (!isAbsolute(target))
        throw invalidArgument(`invalid mount config for type "${type}": invalid mount path: '${target}' mount path must be absolute`);
      if (taken.has(target)) throw invalidArgument(`Duplicate mount point: ${target}`);
      taken.add(target);
      if (type === 'tmpfs') {
        oci.push({
          destination: target,
          type: 'tmpfs',
          source: 'tmpfs',
          options: ['nosuid', 'nodev', 'noexec', ...extra, ...(ro ? ['ro'] : [])],
        });
        points.push({ Type: 'tmpfs', Source: '', Destination: target, Mode: '', RW: !ro, Propagation: '' });
        return;
      }
      let hostPath = source;
      let name: string | undefined;
      if (type === 'volume') {
        const { DriverConfig: driver, Labels } = made;
        const v = await this.create({ Name: source || undefined, Driver: driver?.Name, DriverOpts: driver?.Options, Labels }, !source);
        name = v.Name;
        const kind = volumeKind(v.Options);
        if (kind.kind === 'tmpfs') {
          // Each container's own tmpfs, with the volume's options; nothing to copy up into.
          oci.push({ destination: target, type: 'tmpfs', source: 'tmpfs', options: [...kind.options, ...(ro ? ['ro'] : [])] });
          points.push({
            Type: 'volume',
            Name: name,
            Driver: 'local',
            Source: this.dataDir(name),
            Destination: target,
            Mode: ro ? 'ro' : 'z',
            RW: !ro,
            Propagation: '',
          });
          return;
        }
        hostPath = this.path(v.Name);
        if (kind.kind === 'bind') {
          ro ||= kind.ro;
          // dockerd's words when it mounts the volume at the container's start.
          if (!existsSync(kind.device))
            throw invalidArgument(
              `failed to mount local volume: mount ${kind.device}:${this.dataDir(name)}, flags: 0x1000: no such file or directory`,
            );
        }
        if (!noCopy) copyUp.push({ volume: hostPath, target });
      } else if (this.engineSocket && ENGINE_SOCKET_PATHS.includes(source) && !isSocket(source)) {
        // Docker-in-docker clients (testcontainers, a CI job's docker CLI) bind the daemon's socket
        // by its usual path; here no daemon listens there, so they get the endpoint's own socket,
        // as Docker Desktop gives its engine's (and dockerd would make an empty directory).
        hostPath = this.engineSocket;
      } else if (!existsSync(source)) {
        // `-v /host/path:/x` makes a missing host path, as a directory (dockerd does, and Compose's
        // `./data:/data` counts on it); `--mount type=bind` refuses it.
        if (!makeSource) throw invalidArgument(`invalid mount config for type "bind": bind source path does not exist: ${source}`);
        await mkdir(source, { recursive: true, mode: 0o755 });
      }
      oci.push({ destination: target, type: 'bind', source: hostPath, options: ['rbind', ro ? 'ro' : 'rw'] });
      points.push({
        Type: type,
        ...(name ? { Name: name, Driver: 'local' } : {}),
        Source: hostPath,
        Destination: target,
        Mode: type === 'volume' ? (ro ? 'ro' : 'z') : ro ? 'ro' : '',
        RW: !ro,
        Propagation: type === 'bind' ? 'rprivate' : '',
      });
    };
    for (const b of host.Binds ?? []) {
      const parts = b.split(':');
      if (parts.length < 2 || parts.length > 3) throw invalidArgument(`invalid volume specification: '${b}'`);
      const [src, dst, mode = ''] = parts;
      const ro = mode.split(',').includes('ro');
      await add(isAbsolute(src) ? 'bind' : 'volume', src, dst, ro, [], mode.split(',').includes('nocopy'), true);
    }
    for (const m of host.Mounts ?? []) {
      if (m.Type !== 'bind' && m.Type !== 'volume' && m.Type !== 'tmpfs') throw invalidArgument(`mount type ${m.Type} is not supported`);
      const t = m.TmpfsOptions;
      const tmpfs = [...(t?.SizeBytes ? [`size=${t.SizeBytes}`] : []), ...(t?.Mode ? [`mode=${t.Mode.toString(8)}`] : [])];
      await add(m.Type, m.Source ?? '', m.Target ?? '', !!m.ReadOnly, tmpfs, !!m.VolumeOptions?.NoCopy, false, m.VolumeOptions);
    }
    for (const [dst, opts] of Object.entries(host.Tmpfs ?? {})) await add('tmpfs', '', dst, false, opts ? opts.split(',') : []);
    // The container's own mounts win at a path: as in dockerd, --volumes-from fills the rest. A
    // shared volume keeps its content (no copy-up).
    for (const { point, ro } of from) {
      if (taken.has(point.Destination)) continue;
      if (point.Type === 'volume' && point.Name) await add('volume', point.Name, point.Destination, ro, [], true);
      else if (point.Type === 'bind') await add('bind', point.Source, point.Destination, ro);
    }
    for (const dst of Object.keys(config.Volumes ?? {})) if (!taken.has(dst)) await add('volume', '', dst, false);
    return { oci, points, copyUp };
  }

  /**
   * `volume mount` at a start and `volume unmount` at the exit, for each of the container's
   * volumes, with the attributes dockerd gives them (its setupMounts and UnmountVolumes).
   */
  announce(c: { Id: string; Mounts: MountPoint[] }, action: 'mount' | 'unmount'): void {
    for (const p of c.Mounts) {
      if (p.Type !== 'volume' || !p.Name) continue;
      const attrs: Record<string, string> = { driver: p.Driver || 'local', container: c.Id };
      if (action === 'mount') Object.assign(attrs, { destination: p.Destination, 'read/write': String(p.RW), propagation: p.Propagation });
      this.events.emit('volume', action, p.Name, attrs);
    }
  }

  /** Removes a container's anonymous volumes (rm -v). */
  async removeAnonymous(points: MountPoint[], stillUsed: (name: string) => string[]): Promise<void> {
    for (const p of points) {
      if (p.Type !== 'volume' || !p.Name) continue;
      const v = this.store.volume(p.Name);
      if (v?.Anonymous && !stillUsed(p.Name).length) await this.remove(p.Name, []);
    }
  }
}
