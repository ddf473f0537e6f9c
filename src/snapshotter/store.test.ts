import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { MetadataStore } from './store.js';
import { Kind } from './types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tstore-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A database as tandem wrote it before nanoseconds: times in ms, user_version 0. */
function writeMillisecondDb(file: string): void {
  const db = new Database(file);
  db.exec(`
    CREATE TABLE snapshots (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,
      parent_id INTEGER REFERENCES snapshots(id) ON DELETE RESTRICT, kind INTEGER NOT NULL,
      created INTEGER NOT NULL, updated INTEGER NOT NULL, labels TEXT NOT NULL DEFAULT '{}',
      size INTEGER, inodes INTEGER);
    CREATE INDEX snapshots_parent ON snapshots(parent_id);
    CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO counters VALUES ('next_id', 3);
    INSERT INTO snapshots VALUES (1, 'base', NULL, 3, 1700000000123, 1700000000456, '{"a":"b"}', 4096, 3);
    INSERT INTO snapshots VALUES (2, 'work', 1, 2, 1700000001789, 1700000001789, '{}', NULL, NULL);
  `);
  expect(db.pragma('user_version', { simple: true })).toBe(0);
  db.close();
}

test('a millisecond database is converted to nanoseconds once, losing nothing', () => {
  const file = join(dir, 'metadata.db');
  writeMillisecondDb(file);
  for (let open = 0; open < 2; open++) {
    const store = new MetadataStore(file);
    expect(store.get('base')).toMatchObject({
      id: 1,
      parentId: null,
      kind: Kind.Committed,
      created: 1_700_000_000_123_000_000n,
      updated: 1_700_000_000_456_000_000n,
      labels: { a: 'b' },
      usage: { size: 4096, inodes: 3 },
    });
    expect(store.get('work')).toMatchObject({
      id: 2,
      parentId: 1,
      parentKey: 'base',
      kind: Kind.Active,
      created: 1_700_000_001_789_000_000n,
    });
    expect(store.reserveId()).toBe(3 + open);
    store.close();
  }
});

test('nanoseconds are stored and read back exactly (beyond 2^53)', () => {
  const store = new MetadataStore(join(dir, 'metadata.db'));
  const now = 1_761_000_000_123_456_789n;
  store.insert({ id: store.reserveId(), key: 'k', parentId: null, kind: Kind.Active, labels: {}, now });
  expect(store.get('k')).toMatchObject({ created: now, updated: now });
  store.setLabels(store.get('k')!.id, { x: 'y' }, now + 1n);
  expect(store.all()[0]).toMatchObject({ created: now, updated: now + 1n, labels: { x: 'y' } });
  store.close();
});

test('a database of a newer layout is refused with the fix in the message', () => {
  const file = join(dir, 'metadata.db');
  new MetadataStore(file).close();
  const db = new Database(file);
  db.pragma('user_version = 99');
  db.close();
  expect(() => new MetadataStore(file)).toThrow(
    /metadata\.db was written by a newer tandem \(metadata layout 99, this one reads 1\): upgrade tandem/,
  );
});
