// Start-up paths wait for the readiness signal, not for a fixed few seconds: a shim daemon that
// is slow to come up (a loaded host) is waited for, and one that dies says why at once, in its
// own words. (virtiofsd: src/linuxvm/backends/virtiofsd.test.ts.)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { daemonPaths } from '../../src/shim/paths.js';
import { REPO, removeTree } from '../helpers/containerd.js';
import { run, waitFor } from '../helpers/run.js';

const dir = mkdtempSync('/tmp/tstart-');
const started: number[] = [];
afterAll(async () => {
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {}
  }
  await waitFor(() => started.every((p) => !alive(p)), 30_000, 'the test daemons to leave');
  removeTree(dir);
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** `containerd-shim-tandem-v1 start` for a containerd address of our own (no containerd needed). */
function shimStart(ns: string, env: Record<string, string>) {
  const address = join(dir, 'containerd.sock');
  const bundle = mkdtempSync(join(dir, 'bundle-'));
  const args = [
    join(REPO, 'dist/shim/main.js'),
    '-namespace',
    ns,
    '-address',
    address,
    '-id',
    'c1',
    '-publish-binary',
    '/bin/true',
    'start',
  ];
  const state = { TANDEM_STATE_DIR: join(dir, 'state') };
  return {
    paths: daemonPaths(address, ns, state),
    result: run(process.execPath, args, { cwd: bundle, env: { ...process.env, ...state, ...env }, timeoutMs: 120_000 }),
  };
}

test('a shim daemon that takes longer than 10 s to answer is waited for', { timeout: 120_000 }, async () => {
  // Holds only the daemon (argv has "serve") for 12 s before it starts.
  const slow = join(dir, 'slow.cjs');
  writeFileSync(slow, `if (process.argv.includes('serve')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 12000);\n`);
  const { paths, result } = shimStart('slow', { NODE_OPTIONS: `--require ${slow}` });
  const r = await result;
  expect(r.stderr).toBe('');
  expect(r).toMatchObject({ code: 0, stdout: `unix://${paths.socket}` });
  started.push(Number(readFileSync(paths.lock, 'utf8')));
});

test('a shim daemon that dies at start-up fails start at once with its own error', async () => {
  const { paths, result } = shimStart('broken', { TANDEM_LOG_LEVEL: 'bogus' });
  const r = await result;
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('shim daemon exited with status 1');
  expect(r.stderr).toContain('default level:bogus must be included in custom levels');
  expect(r.stderr).toContain(paths.log);
});
