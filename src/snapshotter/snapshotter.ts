// The clone snapshotter: every snapshot is a plain directory tree under <root>/snapshots/<id>,
// made by cloning its committed parent's tree (clone.ts), with metadata in SQLite (store.ts).
//
// Crash safety comes from ordering, not from locks:
//   create: build the tree in <root>/tmp/<id> → rename to snapshots/<id> → insert the row.
//   remove: delete the row (one transaction) → rename the tree into trash/ → delete it.
// A row therefore only ever names a complete tree. Whatever a SIGKILL leaves behind (tmp/,
// trash/, a snapshots/<id> without a row) has no row and is deleted at start and by Cleanup.
// The rename and the insert run in the same synchronous step, so Cleanup (also synchronous
// in its decision) can never see the directory without its row. With the btrfs backend a tree
// is a subvolume, sealed read-only once committed; such a tree is unsealed in the same
// synchronous step as the rename that moves it out (subvolume.ts), and deleted with the
// subvolume ioctl.
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { wallClockNs } from '../common/clock.js';
import { alreadyExists, failedPrecondition, invalidArgument, notFound } from '../common/errdefs.js';
import { chooseBackend, type BackendName, type CloneBackend } from './clone.js';
import { compileFilters } from './filters.js';
import { MetadataStore, rowInfo, type Row } from './store.js';
import { makeMovableSync, removeTree } from './subvolume.js';
import { Kind, MAX_LABEL_BYTES, type Info, type Labels, type Mount, type Snapshotter, type Usage } from './types.js';

export interface SnapshotterOptions {
  backend?: BackendName | 'auto';
  log?: (msg: string) => void;
}

export class CloneSnapshotter implements Snapshotter {
  /** Keys (and commit target names) with an operation in flight: a second one is refused. */
  private readonly busy = new Set<string>();
  /** Ids of committed snapshots being cloned from, with a count: they cannot be removed. */
  private readonly pins = new Map<number, number>();
  /** Entries of tmp/ and trash/ that an operation in flight owns. */
  private readonly inFlight = new Set<string>();

  private constructor(
    readonly root: string,
    private readonly store: MetadataStore,
    readonly backend: CloneBackend,
    private readonly log: (msg: string) => void,
  ) {}

  static async open(root: string, opts: SnapshotterOptions = {}): Promise<CloneSnapshotter> {
    root = resolve(root);
    for (const d of ['', 'snapshots', 'tmp', 'trash']) mkdirSync(join(root, d), { recursive: true, mode: 0o700 });
    const backend = await chooseBackend(root, opts.backend ?? 'auto');
    opts.log?.(`clone backend for ${root}: ${backend.name} (${backend.reason})`);
    const sn = new CloneSnapshotter(root, new MetadataStore(join(root, 'metadata.db')), backend, opts.log ?? (() => {}));
    await sn.cleanup();
    return sn;
  }

  private dir(id: number): string {
    return join(this.root, 'snapshots', String(id));
  }

  prepare(key: string, parent: string, labels: Labels = {}): Promise<Mount[]> {
    return this.create(Kind.Active, key, parent, labels);
  }

  view(key: string, parent: string, labels: Labels = {}): Promise<Mount[]> {
    return this.create(Kind.View, key, parent, labels);
  }

  private async create(kind: Kind, key: string, parent: string, labels: Labels): Promise<Mount[]> {
    checkKey(key);
    labels = checkLabels(labels);
    if (this.busy.has(key) || this.store.get(key)) throw alreadyExists(`snapshot ${key}: already exists`);
    let from: Row | undefined;
    if (parent) {
      from = this.store.get(parent);
      if (!from) throw notFound(`parent snapshot ${parent} does not exist`);
      if (from.kind !== Kind.Committed) throw invalidArgument(`parent ${parent} is not a committed snapshot`);
    }
    const id = this.store.reserveId();
    const tmp = join(this.root, 'tmp', String(id));
    this.busy.add(key);
    this.inFlight.add(`tmp/${id}`);
    if (from) this.pins.set(from.id, (this.pins.get(from.id) ?? 0) + 1);
    try {
      if (from) await this.backend.cloneTree(this.dir(from.id), tmp);
      else await this.backend.makeEmpty(tmp);
      // No await between these two: see the header comment.
      renameSync(tmp, this.dir(id));
      try {
        this.store.insert({ id, key, parentId: from?.id ?? null, kind, labels, now: wallClockNs() });
      } catch (err) {
        await this.discard(id);
        throw err;
      }
      // A view is read-only at the source too where the filesystem can (btrfs), not only through
      // its ro mount. After the rename (a sealed subvolume cannot be moved), and still busy.
      if (kind === Kind.View)
        await this.backend.seal(this.dir(id)).catch((err: unknown) => this.log(`cannot seal view ${key}: ${String(err)}`));
    } catch (err) {
      await removeTree(tmp);
      throw err;
    } finally {
      this.busy.delete(key);
      this.inFlight.delete(`tmp/${id}`);
      if (from) this.unpin(from.id);
    }
    return this.mountsOf(id, kind);
  }

  private unpin(id: number): void {
    const n = (this.pins.get(id) ?? 1) - 1;
    if (n > 0) this.pins.set(id, n);
    else this.pins.delete(id);
  }

  private mountsOf(id: number, kind: Kind): Mount[] {
    // One bind mount of the tree itself: Linux mounts it, containerd 2.x on darwin extracts
    // straight into the source, and the tandem shim can chroot into it in place.
    return [{ type: 'bind', source: this.dir(id), options: ['rbind', kind === Kind.View ? 'ro' : 'rw'] }];
  }

  async mounts(key: string): Promise<Mount[]> {
    const row = this.mustGet(key);
    if (row.kind === Kind.Committed) throw failedPrecondition(`snapshot ${key} is committed: only active snapshots and views have mounts`);
    return this.mountsOf(row.id, row.kind);
  }

  async commit(name: string, key: string, labels: Labels = {}): Promise<void> {
    checkKey(name);
    labels = checkLabels(labels);
    const row = this.mustGet(key);
    if (row.kind !== Kind.Active) throw failedPrecondition(`snapshot ${key} is not active: only active snapshots can be committed`);
    if (this.busy.has(key)) throw failedPrecondition(`snapshot ${key} is busy`);
    if (this.busy.has(name) || this.store.get(name)) throw alreadyExists(`snapshot ${name}: already exists`);
    this.busy.add(key);
    this.busy.add(name);
    try {
      // Measured once here: a committed tree never changes again, so Usage can use the cache.
      const usage = await this.backend.usage(this.dir(row.id));
      this.store.commit(key, name, labels, usage, wallClockNs());
      // After the row: a crash in between leaves a committed tree that is merely writable.
      // Still busy here, so a Remove cannot race the seal for the same tree.
      await this.backend.seal(this.dir(row.id)).catch((err: unknown) => this.log(`cannot seal committed snapshot ${name}: ${String(err)}`));
    } finally {
      this.busy.delete(key);
      this.busy.delete(name);
    }
  }

  async remove(key: string): Promise<void> {
    const row = this.mustGet(key);
    if (this.pins.has(row.id)) throw failedPrecondition(`cannot remove snapshot ${key}: a child snapshot is being created from it`);
    if (this.busy.has(key)) throw failedPrecondition(`snapshot ${key} is busy`);
    this.store.remove(key);
    await this.discard(row.id, row.kind !== Kind.Active);
  }

  /**
   * Moves a tree that has no row out of snapshots/ and deletes it. Once the row is gone the
   * removal has happened: a failure to delete the files is logged and left to Cleanup.
   */
  private async discard(id: number, sealed = false): Promise<void> {
    const name = `trash/${id}-${randomBytes(4).toString('hex')}`;
    try {
      if (sealed) makeMovableSync(this.dir(id));
      renameSync(this.dir(id), join(this.root, name));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      this.log(`cannot move snapshot tree ${id} to trash (Cleanup will retry): ${String(err)}`);
      return;
    }
    this.inFlight.add(name);
    try {
      await removeTree(join(this.root, name));
    } catch (err) {
      this.log(`cannot delete ${name} (Cleanup will retry): ${String(err)}`);
    } finally {
      this.inFlight.delete(name);
    }
  }

  async stat(key: string): Promise<Info> {
    return rowInfo(this.mustGet(key));
  }

  async update(info: Pick<Info, 'name' | 'labels'> & Partial<Info>, fieldpaths: string[] = []): Promise<Info> {
    const row = this.mustGet(info.name);
    let labels: Labels = { ...row.labels };
    const given = info.labels ?? {};
    if (fieldpaths.length === 0) labels = { ...given };
    for (const path of fieldpaths) {
      if (path === 'labels') labels = { ...given };
      else if (path.startsWith('labels.')) {
        const k = path.slice('labels.'.length);
        if (given[k]) labels[k] = given[k];
        else delete labels[k];
      } else throw invalidArgument(`cannot update ${JSON.stringify(path)} field on snapshot ${info.name}: only labels are mutable`);
    }
    labels = checkLabels(labels);
    this.store.setLabels(row.id, labels, wallClockNs());
    return rowInfo(this.mustGet(info.name));
  }

  async list(filters: string[] = []): Promise<Info[]> {
    const match = compileFilters(filters);
    return this.store.all().map(rowInfo).filter(match);
  }

  async usage(key: string): Promise<Usage> {
    const row = this.mustGet(key);
    if (row.kind === Kind.Committed && row.usage) return row.usage;
    return this.backend.usage(this.dir(row.id));
  }

  /** Deletes every tree without a row, and leftovers in tmp/ and trash/ no operation owns. */
  async cleanup(): Promise<void> {
    const known = this.store.ids();
    const doomed: string[] = [];
    for (const e of readdirSync(join(this.root, 'snapshots'))) {
      if (!known.has(Number(e)) || String(Number(e)) !== e) doomed.push(`snapshots/${e}`);
    }
    for (const d of ['tmp', 'trash'])
      for (const e of readdirSync(join(this.root, d))) if (!this.inFlight.has(`${d}/${e}`)) doomed.push(`${d}/${e}`);
    // Orphans leave snapshots/ at once (synchronously), then are deleted from trash/.
    const moved = doomed.map((p) => {
      if (!p.startsWith('snapshots/')) return p;
      const to = `trash/orphan-${p.slice('snapshots/'.length)}-${randomBytes(4).toString('hex')}`;
      makeMovableSync(join(this.root, p));
      renameSync(join(this.root, p), join(this.root, to));
      return to;
    });
    if (moved.length) this.log(`cleanup: removing ${moved.length} leftover(s) without metadata: ${doomed.slice(0, 10).join(', ')}`);
    moved.forEach((p) => this.inFlight.add(p));
    try {
      await Promise.all(moved.map((p) => removeTree(join(this.root, p))));
    } finally {
      moved.forEach((p) => this.inFlight.delete(p));
    }
  }

  async close(): Promise<void> {
    this.store.close();
  }

  private mustGet(key: string): Row {
    const row = key ? this.store.get(key) : undefined;
    if (!row) throw notFound(`snapshot ${key} does not exist`);
    return row;
  }
}

function checkKey(key: string): void {
  if (!key) throw invalidArgument('snapshot key must not be empty');
}

/** Drops empty values (containerd does not store them) and enforces the size limit. */
function checkLabels(labels: Labels): Labels {
  const out: Labels = {};
  for (const [k, v] of Object.entries(labels)) {
    if (!v) continue;
    if (Buffer.byteLength(k) + Buffer.byteLength(v) > MAX_LABEL_BYTES) {
      throw invalidArgument(`label ${JSON.stringify(k.slice(0, 64))}: key and value are longer than ${MAX_LABEL_BYTES} bytes`);
    }
    out[k] = v;
  }
  return out;
}
