// Snapshot metadata in SQLite (better-sqlite3, WAL). Every change is one transaction, so a
// SIGKILL leaves the database either before or after it. The store never touches the
// filesystem trees: the snapshotter orders tree moves and these transactions so that a row
// exists only for a complete directory (see snapshotter.ts).
import Database from 'better-sqlite3';
import { failedPrecondition, notFound, alreadyExists } from '../common/errdefs.js';
import { Kind, type Info, type Labels, type Usage } from './types.js';

export interface Row {
  id: number;
  key: string;
  parentId: number | null;
  parentKey: string | null;
  kind: Kind;
  created: bigint;
  updated: bigint;
  labels: Labels;
  usage: Usage | null;
}

/** A row as SELECT reads it: integers as bigint (safeIntegers), since nanoseconds exceed 2^53. */
interface RawRow {
  id: bigint;
  key: string;
  parent_id: bigint | null;
  parent_key: string | null;
  kind: bigint;
  created: bigint;
  updated: bigint;
  labels: string;
  size: bigint | null;
  inodes: bigint | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS snapshots (
  id        INTEGER PRIMARY KEY,          -- directory name under <root>/snapshots
  key       TEXT NOT NULL UNIQUE,         -- the key, or the name once committed
  parent_id INTEGER REFERENCES snapshots(id) ON DELETE RESTRICT,
  kind      INTEGER NOT NULL,
  created   INTEGER NOT NULL,             -- ns since the epoch (ms before user_version 1)
  updated   INTEGER NOT NULL,
  labels    TEXT NOT NULL DEFAULT '{}',
  size      INTEGER,                      -- usage, cached when committed
  inodes    INTEGER
);
CREATE INDEX IF NOT EXISTS snapshots_parent ON snapshots(parent_id);
-- ids are handed out before a tree is built and never reused, even after a crash, so a
-- leftover directory can never be mistaken for a new snapshot's.
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO counters VALUES ('next_id', 1);
`;

/**
 * PRAGMA user_version of the layout this code writes. 1: created/updated in nanoseconds (they
 * were milliseconds before, which containerd's own snapshotter tests reject); opening an older
 * database converts it once, exactly (ms × 10^6), in one transaction.
 */
const USER_VERSION = 1;

const SELECT = `SELECT s.*, p.key AS parent_key FROM snapshots s LEFT JOIN snapshots p ON p.id = s.parent_id`;

function toRow(r: RawRow): Row {
  return {
    id: Number(r.id),
    key: r.key,
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    parentKey: r.parent_key,
    kind: Number(r.kind) as Kind,
    created: r.created,
    updated: r.updated,
    labels: JSON.parse(r.labels) as Labels,
    usage: r.size === null || r.inodes === null ? null : { size: Number(r.size), inodes: Number(r.inodes) },
  };
}

export function rowInfo(r: Row): Info {
  return { name: r.key, parent: r.parentKey ?? '', kind: r.kind, created: r.created, updated: r.updated, labels: { ...r.labels } };
}

export class MetadataStore {
  private readonly db: Database.Database;
  private closed = false;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // FULL: each commit is fsync'd, so a row that was acknowledged survives power loss too.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    try {
      this.db.exec(SCHEMA);
      this.migrate(file);
    } catch (err) {
      this.db.close();
      throw err;
    }
  }

  private migrate(file: string): void {
    this.db.transaction(() => {
      const version = this.db.pragma('user_version', { simple: true }) as number;
      if (version > USER_VERSION)
        throw failedPrecondition(
          `${file} was written by a newer tandem (metadata layout ${version}, this one reads ${USER_VERSION}): upgrade tandem`,
        );
      if (version === USER_VERSION) return;
      if (version < 1) this.db.exec('UPDATE snapshots SET created = created * 1000000, updated = updated * 1000000');
      this.db.pragma(`user_version = ${USER_VERSION}`);
    })();
  }

  get(key: string): Row | undefined {
    const r = this.db.prepare(`${SELECT} WHERE s.key = ?`).safeIntegers().get(key) as RawRow | undefined;
    return r && toRow(r);
  }

  all(): Row[] {
    return (this.db.prepare(SELECT).safeIntegers().all() as RawRow[]).map(toRow);
  }

  ids(): Set<number> {
    return new Set((this.db.prepare('SELECT id FROM snapshots').all() as { id: number }[]).map((r) => r.id));
  }

  reserveId(): number {
    return (
      this.db.prepare(`UPDATE counters SET value = value + 1 WHERE name = 'next_id' RETURNING value - 1 AS id`).get() as { id: number }
    ).id;
  }

  insert(r: { id: number; key: string; parentId: number | null; kind: Kind; labels: Labels; now: bigint }): void {
    try {
      this.db
        .prepare('INSERT INTO snapshots (id, key, parent_id, kind, created, updated, labels) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(r.id, r.key, r.parentId, r.kind, r.now, r.now, JSON.stringify(r.labels));
    } catch (err) {
      throw mapConstraint(err, r.key);
    }
  }

  /** Active `key` becomes committed `name`, keeping its id (and so its directory). */
  commit(key: string, name: string, labels: Labels, usage: Usage, now: bigint): void {
    this.db.transaction(() => {
      const row = this.get(key);
      if (!row) throw notFound(`snapshot ${key} does not exist`);
      if (row.kind !== Kind.Active) throw failedPrecondition(`snapshot ${key} is not active`);
      try {
        this.db
          .prepare('UPDATE snapshots SET key = ?, kind = ?, labels = ?, created = ?, updated = ?, size = ?, inodes = ? WHERE id = ?')
          .run(name, Kind.Committed, JSON.stringify(labels), now, now, usage.size, usage.inodes, row.id);
      } catch (err) {
        throw mapConstraint(err, name);
      }
    })();
  }

  setLabels(id: number, labels: Labels, now: bigint): void {
    this.db.prepare('UPDATE snapshots SET labels = ?, updated = ? WHERE id = ?').run(JSON.stringify(labels), now, id);
  }

  /** Deletes the row of `key`, refusing while it has children. Returns the freed id. */
  remove(key: string): number {
    return this.db.transaction(() => {
      const row = this.get(key);
      if (!row) throw notFound(`snapshot ${key} does not exist`);
      const children = (this.db.prepare('SELECT count(*) AS n FROM snapshots WHERE parent_id = ?').get(row.id) as { n: number }).n;
      if (children > 0) throw failedPrecondition(`cannot remove snapshot ${key}: it has ${children} child snapshot(s)`);
      this.db.prepare('DELETE FROM snapshots WHERE id = ?').run(row.id);
      return row.id;
    })();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}

function mapConstraint(err: unknown, key: string): unknown {
  const code = (err as { code?: string }).code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
    return alreadyExists(`snapshot ${key}: already exists`, err);
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return notFound(`parent of ${key} no longer exists`, err);
  return err;
}
