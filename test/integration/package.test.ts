// tandem as a person installs it: `npm pack`, then `npm install -g` of the tarball into a temp
// prefix (the native helpers are built by the package's preinstall step). The installed
// `tandem --version` answers and the installed shim keeps its `start` contract (prints the
// daemon's address, writes ./address) from the package's own files, no path into this checkout.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { REPO, removeTree } from '../helpers/containerd.js';
import { run, waitFor } from '../helpers/run.js';
import { daemonKey } from '../../src/shim/paths.js';
import { processAlive } from '../../src/common/process-alive.js';

const dir = mkdtempSync('/tmp/tp-');
const prefix = join(dir, 'prefix');
const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
let daemonPid = 0;

afterAll(async () => {
  if (daemonPid && processAlive(daemonPid)) process.kill(daemonPid, 'SIGTERM');
  await waitFor(() => !processAlive(daemonPid), 10_000, 'the shim daemon to leave').catch(() => {});
  removeTree(dir);
});

test('npm pack + npm install -g: tandem --version and the shim start contract', async () => {
  const pack = await run('npm', ['pack', '--pack-destination', dir], { cwd: REPO, timeoutMs: 300_000 });
  expect(pack.code).toBe(0);
  const tgz = readdirSync(dir).find((n) => n.endsWith('.tgz'))!;
  // Building better-sqlite3 from source takes minutes on a busy two-core machine.
  const install = await run('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(dir, tgz)], {
    cwd: dir,
    timeoutMs: 1_500_000,
  });
  if (install.code !== 0) throw new Error(`npm install -g failed: ${install.stderr.slice(-2000)}`);
  const env = { ...process.env, PATH: `${join(prefix, 'bin')}:${process.env.PATH}` };
  const v = await run('tandem', ['--version'], { env, timeoutMs: 60_000 });
  expect(v.stdout).toBe(`${version}\n`);

  const bundle = join(dir, 'bundle');
  const state = join(dir, 'state');
  mkdirSync(bundle);
  writeFileSync(join(bundle, 'config.json'), '{}');
  const address = join(dir, 'containerd.sock');
  const start = await run('containerd-shim-tandem-v1', ['-namespace', 'tp', '-address', address, '-id', 'c1', 'start'], {
    env: { ...env, TANDEM_STATE_DIR: state },
    cwd: bundle,
    timeoutMs: 60_000,
  });
  const expected = `unix://${join(state, 's', `${daemonKey(address, 'tp')}.sock`)}`;
  expect(start.stderr).toBe('');
  expect(start.code).toBe(0);
  expect(start.stdout).toBe(expected);
  expect(readFileSync(join(bundle, 'address'), 'utf8')).toBe(expected);
  daemonPid = Number(readFileSync(join(state, 's', `${daemonKey(address, 'tp')}.lock`), 'utf8'));
  const cmdline = readFileSync(`/proc/${daemonPid}/cmdline`, 'utf8').split('\0');
  expect(cmdline.find((a) => a.endsWith('dist/shim/main.js'))).toBe(join(prefix, 'lib/node_modules/tandem/dist/shim/main.js'));
  expect(cmdline.join(' ')).not.toContain(REPO);
}, 1_800_000);
