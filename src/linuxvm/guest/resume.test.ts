// The restored guest's first-Hello steps, with the commands recorded instead of run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseDeferredShares, resumeGuest } from './resume.js';

test('deferred shares parse as /init wrote them; anything else is refused', () => {
  expect(parseDeferredShares('tandem:9p  ro-one:9p:ro')).toEqual([
    { tag: 'tandem', kind: '9p', readonly: false },
    { tag: 'ro-one', kind: '9p', readonly: true },
  ]);
  expect(parseDeferredShares('')).toEqual([]);
  expect(() => parseDeferredShares('x:nfs')).toThrow(/want tag:9p\|virtiofs\[:ro\]/);
  expect(() => parseDeferredShares('x:9p:rw')).toThrow(/deferred share "x:9p:rw"/);
});

test('clock (whole seconds), then the mounts; a failing step names itself', async () => {
  const calls: string[] = [];
  const exec = async (file: string, args: string[]) => (calls.push([file, ...args].join(' ')), { stdout: '', stderr: '' });
  const dir = mkdtempSync(join(tmpdir(), 'resume-'));
  const share = { tag: 'a', kind: '9p' as const, readonly: true };
  const done = await resumeGuest(
    { clockUnixMs: 1_700_000_000_600, entropy: new Uint8Array(0), shares: [share], sharesDir: dir },
    exec as never,
  );
  rmSync(dir, { recursive: true });
  expect(done).toEqual(['clock', 'share a']);
  expect(calls).toEqual([
    'date -u -s @1700000001',
    `mount -t 9p -o trans=virtio,version=9p2000.L,msize=262144,cache=none,access=client,ro a ${dir}/a`,
  ]);

  const failing = async () => Promise.reject(Object.assign(new Error('x'), { stderr: 'date: cannot set date: Operation not permitted\n' }));
  await expect(resumeGuest({ clockUnixMs: 1, entropy: new Uint8Array(0), shares: [], sharesDir: '/' }, failing as never)).rejects.toThrow(
    'restored guest: cannot set the clock: date: cannot set date: Operation not permitted',
  );
  // Nothing asked for, nothing done.
  expect(await resumeGuest({ clockUnixMs: 0, entropy: new Uint8Array(0), shares: [], sharesDir: '/' }, failing as never)).toEqual([]);
});
