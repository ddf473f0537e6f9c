// Volumes with Docker's local driver semantics: each volume is a directory
// `<state>/volumes/<name>/_data`, its record in the store, or what its options name (a host
// directory bound, a tmpfs per container: volume-options.ts). A create request's mounts become
// the container's in containers/mounts-resolve.ts.
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { alreadyExists, invalidArgument, notFound } from '../common/errdefs.js';
import type { EventBus } from './events.js';
import type { Store, VolumeRecord } from './store.js';
import type { MountPoint } from './containers/types.js';
import { volumeKind } from './volume-options.js';

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export class Volumes {
  constructor(
    private readonly store: Store,
    private readonly root: string,
    private readonly events: EventBus,
    /** The endpoint's own socket: what a bind of a missing /var/run/docker.sock gives (containers/mounts-resolve.ts). */
    readonly engineSocket?: string,
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
