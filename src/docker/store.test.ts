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
