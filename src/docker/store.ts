// The endpoint's own durable state, one SQLite file in the state directory (better-sqlite3,
// WAL): containers (Docker name unique, the whole record as JSON), volumes, networks and the
// build cache (a step's key → the image state it produced).
// Each write is committed before the API answers, so a restart of the endpoint loses nothing.
import Database from 'better-sqlite3';
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { alreadyExists } from '../common/errdefs.js';
import type { ContainerRecord } from './containers/types.js';

export interface VolumeRecord {
  Name: string;
  Driver: 'local';
  CreatedAt: string;
  Labels: Record<string, string>;
  Options: Record<string, string>;
  /** Created for an image VOLUME or an unnamed -v: removed with the container by rm -v. */
  Anonymous: boolean;
}

export interface NetworkRecord {
  Id: string;
  Name: string;
  Driver: string;
  Created: string;
  Labels: Record<string, string>;
  Options: Record<string, string>;
  Internal: boolean;
  Attachable: boolean;
  /** As created (API 1.48; absent on records made before: true). */
  EnableIPv4?: boolean;
  EnableIPv6?: boolean;
}

/** What `docker system df` and `builder prune` know of a cached step beside its state. */
export interface BuildCacheMeta {
  /** The id of the state the step started from (its parent entry's state). */
  parent: string;
  /** Bytes of the layer the step added (0 for a step that changed only the config). */
  size: number;
  description: string;
}

export interface BuildCacheRow extends BuildCacheMeta {
  key: string;
  data: string;
  created: string;
  lastUsed: string;
  usageCount: number;
}

const BUILD_CACHE_COLUMNS: [string, string][] = [
  ['last_used', 'TEXT'],
  ['usage_count', 'INTEGER NOT NULL DEFAULT 0'],
  ['parent', "TEXT NOT NULL DEFAULT ''"],
  ['size', 'INTEGER NOT NULL DEFAULT 0'],
  ['description', "TEXT NOT NULL DEFAULT ''"],
];

export class Store {
  private readonly db: Database.Database;

  constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // 0600 before SQLite opens it (its -wal and -shm files take the database's mode): the rows
    // hold every container's config, environment included.
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS containers (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS volumes (name TEXT PRIMARY KEY, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS networks (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS build_cache (key TEXT PRIMARY KEY, data TEXT NOT NULL, created TEXT NOT NULL);
    `);
    // Columns the cache's entries gained for `docker system df` and a partial `builder prune`;
    // rows of an older database read as never used since made, parentless, of size 0.
    const have = new Set((this.db.prepare('PRAGMA table_info(build_cache)').all() as { name: string }[]).map((c) => c.name));
    for (const [col, decl] of BUILD_CACHE_COLUMNS) if (!have.has(col)) this.db.exec(`ALTER TABLE build_cache ADD COLUMN ${col} ${decl}`);
  }

  /** Inserts a new container; a taken name is AlreadyExists with Docker's message. */
  insertContainer(c: ContainerRecord): void {
    try {
      this.db.prepare('INSERT INTO containers (id, name, data) VALUES (?, ?, ?)').run(c.Id, c.Name, JSON.stringify(c));
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw nameInUse(c.Name, this.containerByName(c.Name)?.Id ?? '');
      throw err;
    }
  }

  putContainer(c: ContainerRecord): void {
    this.db.prepare('UPDATE containers SET name = ?, data = ? WHERE id = ?').run(c.Name, JSON.stringify(c), c.Id);
  }

  renameContainer(c: ContainerRecord, name: string): void {
    const other = this.containerByName(name);
    if (other && other.Id !== c.Id) throw nameInUse(name, other.Id);
    c.Name = name;
    this.putContainer(c);
  }

  deleteContainer(id: string): void {
    this.db.prepare('DELETE FROM containers WHERE id = ?').run(id);
  }

  containers(): ContainerRecord[] {
    return (this.db.prepare('SELECT data FROM containers').all() as { data: string }[]).map((r) => JSON.parse(r.data) as ContainerRecord);
  }

  container(id: string): ContainerRecord | undefined {
    const row = this.db.prepare('SELECT data FROM containers WHERE id = ?').get(id) as { data: string } | undefined;
    return row && (JSON.parse(row.data) as ContainerRecord);
  }

  containerByName(name: string): ContainerRecord | undefined {
    const row = this.db.prepare('SELECT data FROM containers WHERE name = ?').get(name) as { data: string } | undefined;
    return row && (JSON.parse(row.data) as ContainerRecord);
  }

  putVolume(v: VolumeRecord): void {
    this.db.prepare('INSERT OR REPLACE INTO volumes (name, data) VALUES (?, ?)').run(v.Name, JSON.stringify(v));
  }

  volume(name: string): VolumeRecord | undefined {
    const row = this.db.prepare('SELECT data FROM volumes WHERE name = ?').get(name) as { data: string } | undefined;
    return row && (JSON.parse(row.data) as VolumeRecord);
  }

  volumes(): VolumeRecord[] {
    return (this.db.prepare('SELECT data FROM volumes').all() as { data: string }[]).map((r) => JSON.parse(r.data) as VolumeRecord);
  }

  deleteVolume(name: string): void {
    this.db.prepare('DELETE FROM volumes WHERE name = ?').run(name);
  }

  insertNetwork(n: NetworkRecord): void {
    try {
      this.db.prepare('INSERT INTO networks (id, name, data) VALUES (?, ?, ?)').run(n.Id, n.Name, JSON.stringify(n));
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw alreadyExists(`network with name ${n.Name} already exists`);
      throw err;
    }
  }

  networks(): NetworkRecord[] {
    return (this.db.prepare('SELECT data FROM networks').all() as { data: string }[]).map((r) => JSON.parse(r.data) as NetworkRecord);
  }

  deleteNetwork(id: string): void {
    this.db.prepare('DELETE FROM networks WHERE id = ?').run(id);
  }

  /** The build step stored under a cache key (parent, instruction, inputs), as JSON. */
  buildCache(key: string): string | undefined {
    return (this.db.prepare('SELECT data FROM build_cache WHERE key = ?').get(key) as { data: string } | undefined)?.data;
  }

  /** Every cached build step's state, as JSON (to find a step's image by its id). */
  buildStates(): string[] {
    return (this.db.prepare('SELECT data FROM build_cache').all() as { data: string }[]).map((r) => r.data);
  }

  putBuildCache(key: string, data: string, meta: BuildCacheMeta): void {
    const now = new Date().toISOString();
    this.db
      .prepare(
        'INSERT OR REPLACE INTO build_cache (key, data, created, last_used, usage_count, parent, size, description) VALUES (?, ?, ?, ?, 1, ?, ?, ?)',
      )
      .run(key, data, now, now, meta.parent, meta.size, meta.description);
  }

  /** A cache hit: the entry's last use and count, which `builder prune --filter until=` and `--keep-storage` go by. */
  touchBuildCache(key: string): void {
    this.db.prepare('UPDATE build_cache SET last_used = ?, usage_count = usage_count + 1 WHERE key = ?').run(new Date().toISOString(), key);
  }

  buildCacheRows(): BuildCacheRow[] {
    const rows = this.db.prepare('SELECT key, data, created, last_used, usage_count, parent, size, description FROM build_cache').all() as {
      key: string;
      data: string;
      created: string;
      last_used: string | null;
      usage_count: number;
      parent: string;
      size: number;
      description: string;
    }[];
    return rows.map((r) => ({
      key: r.key,
      data: r.data,
      created: r.created,
      lastUsed: r.last_used ?? r.created,
      usageCount: r.usage_count,
      parent: r.parent,
      size: r.size,
      description: r.description,
    }));
  }

  /** Forgets these cached steps. */
  deleteBuildCache(keys: string[]): void {
    const del = this.db.prepare('DELETE FROM build_cache WHERE key = ?');
    this.db.transaction(() => {
      for (const k of keys) del.run(k);
    })();
  }

  close(): void {
    this.db.close();
  }
}

export function nameInUse(name: string, id: string) {
  return alreadyExists(
    `Conflict. The container name "${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`,
  );
}
