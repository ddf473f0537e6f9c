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
  expect(done).toEqual(['clock', 'share a (9p)']);
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

test('the clock, the reseed and the mounts run side by side, and say so in order', async () => {
  // Each step waits until all three processes have started: run one after another, they would
  // never finish (the bound names that).
  const started: string[] = [];
  let all!: () => void;
  const allStarted = new Promise<void>((r) => (all = r));
  const exec = async (file: string) => {
    started.push(file);
    if (started.length === 3) all();
    await allStarted;
    return { stdout: '', stderr: '' };
  };
  const dir = mkdtempSync(join(tmpdir(), 'resume-'));
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`only ${started.join(', ')} started`)), 10_000)));
  const done = await Promise.race([
    resumeGuest(
      { clockUnixMs: 1_700_000_000_000, entropy: new Uint8Array(16), shares: [{ tag: 't', kind: '9p', readonly: false }], sharesDir: dir },
      exec as never,
    ),
    bound,
  ]).finally(() => clearTimeout(timer));
  rmSync(dir, { recursive: true });
  expect(done).toEqual(['clock', 'entropy', 'share t (9p)']);
  expect([...started].sort()).toEqual(['date', 'mount', 'socat']);
});

test('virtiofs shares wait for their plugged-in devices, and a device that never comes fails the step by name', async () => {
  const calls: string[] = [];
  const exec = async (file: string, args: string[]) => (calls.push([file, ...args].join(' ')), { stdout: '', stderr: '' });
  const dir = mkdtempSync(join(tmpdir(), 'resume-'));
  const shares = [
    { tag: 'v', kind: 'virtiofs' as const, readonly: false },
    { tag: 'w', kind: 'virtiofs' as const, readonly: true },
  ];
  // The second device binds on the third look: nothing is mounted before both are there.
  let looks = 0;
  const virtiofsDevices = async () => (++looks >= 3 ? 2 : 1);
  const input = { clockUnixMs: 0, entropy: new Uint8Array(0), shares, sharesDir: dir };
  expect(await resumeGuest({ ...input, virtiofsDevices }, exec as never)).toEqual(['share v (virtiofs)', 'share w (virtiofs)']);
  expect(looks).toBe(3);
  expect(calls).toEqual([`mount -t virtiofs v ${dir}/v`, `mount -t virtiofs -o ro w ${dir}/w`]);

  calls.length = 0;
  await expect(resumeGuest({ ...input, virtiofsDevices: async () => 1, plugWaitMs: 50 }, exec as never)).rejects.toThrow(
    'restored guest: cannot find the virtiofs devices: 1 of 2 appeared within 50 ms (the host plugs them in after the restore)',
  );
  expect(calls).toEqual([]);
  rmSync(dir, { recursive: true });
});
