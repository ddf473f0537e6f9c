// The Docker endpoint's database holds every container's config, its environment included:
// only its owner may read it (the -wal and -shm files SQLite makes take the database's mode).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { Store } from './store.js';

const scratch = mkdtempSync(join(tmpdir(), 'docker-store-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('the database, its WAL and its directory are owner-only whatever the umask', () => {
  const old = process.umask(0o022);
  try {
    const file = join(scratch, 'docker', 'docker.db');
    const store = new Store(file);
    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(join(scratch, 'docker'))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    (store as unknown as { db: { close(): void } }).db.close();
  } finally {
    process.umask(old);
  }
});

test('a database made before the cache kept its entries’ use opens with its cached steps intact', async () => {
  const file = join(scratch, 'old', 'docker.db');
  const { default: Database } = await import('better-sqlite3');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(scratch, 'old'));
  const old = new Database(file);
  old.exec('CREATE TABLE build_cache (key TEXT PRIMARY KEY, data TEXT NOT NULL, created TEXT NOT NULL)');
  old.prepare('INSERT INTO build_cache VALUES (?, ?, ?)').run('k1', '{"id":"sha256:a"}', '2026-01-02T03:04:05.000Z');
  old.close();
  const store = new Store(file);
  expect(store.buildCacheRows()).toEqual([
    {
      key: 'k1',
      data: '{"id":"sha256:a"}',
      created: '2026-01-02T03:04:05.000Z',
      lastUsed: '2026-01-02T03:04:05.000Z',
      usageCount: 0,
      parent: '',
      size: 0,
      description: '',
    },
  ]);
  store.touchBuildCache('k1');
  const [row] = store.buildCacheRows();
  expect(row!.usageCount).toBe(1);
  expect(Date.parse(row!.lastUsed)).toBeGreaterThan(Date.parse(row!.created));
  store.putBuildCache('k2', '{}', { parent: 'sha256:a', size: 42, description: 'RUN x' });
  store.deleteBuildCache(['k1']);
  expect(store.buildCacheRows().map((r) => [r.key, r.parent, r.size, r.description, r.usageCount])).toEqual([
    ['k2', 'sha256:a', 42, 'RUN x', 1],
  ]);
  store.close();
  // Opened again: the columns are there, nothing is added twice.
  new Store(file).close();
});
