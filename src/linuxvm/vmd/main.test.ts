// The vmd process itself (dist/linuxvm/vmd/main.js, built by the test command's set-up): one
// per state directory by lock, a second one steps aside while the first answers, and one with
// nothing to serve leaves by itself, taking its socket, lock and share mount with it. No VM is
// booted here (that is test/integration/shim-vm.test.ts).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { TtrpcClient } from '../../ttrpc/client.js';
import { PACKAGE_ROOT } from '../settings.js';
import { vmdPaths } from './paths.js';

const state = mkdtempSync(join(tmpdir(), 'tandem-vmd-'));
const paths = vmdPaths(state);
const mounted = () => readFileSync('/proc/self/mountinfo', 'utf8').includes(` ${paths.dir}/share `);

function startVmd() {
  const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'dist/linuxvm/vmd/main.js'), '--state-dir', state], { stdio: 'ignore' });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, exited };
}

afterAll(() => {
  if (!mounted()) rmSync(state, { recursive: true, force: true });
});

it('one vmd per state directory; it leaves when it has nothing to serve', async () => {
  const first = startVmd();
  await expect.poll(() => existsSync(paths.socket), { timeout: 10_000 }).toBe(true);
  const conn = await TtrpcClient.connect(paths.socket); // a client between connect and Attach keeps it
  expect(mounted()).toBe(true); // the share directory is set up before anything attaches
  const second = startVmd();
  expect(await second.exited).toBe(0); // stepped aside: the first one answers
  expect(first.child.exitCode).toBeNull();
  await new Promise((r) => setTimeout(r, 2_500));
  expect(first.child.exitCode).toBeNull();
  conn.close();
  expect(await first.exited).toBe(0);
  expect(existsSync(paths.socket)).toBe(false);
  expect(existsSync(paths.lock)).toBe(false);
  expect(mounted()).toBe(false);
}, 30_000);
