// `tandem install` into a containerd config a person already has: --dry-run prints the diff and
// writes nothing; the real merge keeps every line of the original (and a backup), adds tandem's
// entries, and the real containerd then loads the result and serves with it: the proxy
// snapshotter and runtime run a container, and the CRI plugin has both handlers.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BIN, BUSYBOX, BUSYBOX_TAR, REPO, removeTree } from '../helpers/containerd.js';
import { run, waitFor, type RunResult } from '../helpers/run.js';
import { ContainerdApi, grpcAnswers } from '../../src/supervisor/containerd-api.js';
import { leftovers } from '../../src/supervisor/teardown.js';
import { layout } from '../../src/supervisor/layout.js';

const dir = mkdtempSync('/tmp/ti-');
const cfg = join(dir, 'config.toml');
const ns = `tandem-install-${randomBytes(4).toString('hex')}`;
const original = `# my containerd: the comments and layout stay
version = 2
root = "${dir}/root"
state = "${dir}/state"
disabled_plugins = []

[grpc]
  address = "${dir}/c.sock"   # where ctr goes
[ttrpc]
  address = "${dir}/c.sock.ttrpc"
[plugins."io.containerd.internal.v1.opt"]
  path = "${dir}/opt"
[plugins."io.containerd.grpc.v1.cri"]
  restrict_oom_score_adj = true
[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
  runtime_type = "io.containerd.runc.v2"
`;
const daemonJson = '{ "log-level": "warn", "runtimes": { "other": { "runtimeType": "io.example.other.v1" } } }\n';
const flags = [
  '--containerd-config',
  cfg,
  '--containerd',
  '/usr/bin/containerd',
  '--dockerd-config',
  join(dir, 'daemon.json'),
  '--service-dir',
  join(dir, 'units'),
  '--snapshotter-root',
  join(dir, 'snapshots'),
  '--snapshotter-address',
  join(dir, 'snapshotter.sock'),
  '--vm-config',
  join(dir, 'vm.json'),
];
const tandem = (args: string[]): Promise<RunResult> =>
  run(process.execPath, [join(REPO, 'dist/cli/main.js'), ...args], { timeoutMs: 60_000 });
const procs: ChildProcess[] = [];
const env = { ...process.env, PATH: `${BIN}:${process.env.PATH}`, TANDEM_STATE_DIR: join(dir, 'tandem') };
const ctr = (args: string[], timeoutMs = 60_000) => run('ctr', ['--address', join(dir, 'c.sock'), '-n', ns, ...args], { env, timeoutMs });

beforeAll(() => {
  writeFileSync(cfg, original);
  writeFileSync(join(dir, 'daemon.json'), daemonJson);
});

afterAll(async () => {
  for (const p of procs.reverse()) {
    const gone = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    await gone;
  }
  await waitFor(async () => (await leftovers(layout(dir))).processes.length === 0, 30_000, 'the shim daemon to leave').catch(() => {});
  removeTree(dir);
}, 60_000);

test('--dry-run prints the exact diff and writes nothing', async () => {
  const r = await tandem(['install', '--dry-run', ...flags]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('+[proxy_plugins.tandem]');
  expect(r.stdout).toContain('+[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.tandem-vm.options]');
  expect(r.stdout).toContain(`+ConfigPath = "${join(dir, 'vm.json')}"`);
  expect(r.stdout).toContain('+      "runtimeType": "io.containerd.tandem.v1"');
  expect(r.stdout).toContain('+++ ' + join(dir, 'units', 'tandem-snapshotter.service'));
  expect(readFileSync(cfg, 'utf8')).toBe(original);
  expect(readFileSync(join(dir, 'daemon.json'), 'utf8')).toBe(daemonJson);
  expect(existsSync(join(dir, 'units'))).toBe(false);
  expect(readdirSync(dir).filter((n) => n.includes('backup'))).toEqual([]);
});

test('install merges (the original kept, a backup beside it); a second install changes nothing', async () => {
  const r = await tandem(['install', ...flags]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const merged = readFileSync(cfg, 'utf8');
  expect(merged.startsWith(original)).toBe(true);
  expect(merged).toContain('[proxy_plugins.tandem]');
  const backups = readdirSync(dir).filter((n) => n.startsWith('config.toml.tandem-backup-'));
  expect(backups).toHaveLength(1);
  expect(readFileSync(join(dir, backups[0]!), 'utf8')).toBe(original);
  expect(JSON.parse(readFileSync(join(dir, 'daemon.json'), 'utf8'))).toEqual({
    'log-level': 'warn',
    runtimes: { other: { runtimeType: 'io.example.other.v1' }, tandem: { runtimeType: 'io.containerd.tandem.v1' } },
  });
  expect(JSON.parse(readFileSync(join(dir, 'vm.json'), 'utf8'))).toEqual({ linuxExecutor: 'vm' });
  expect(readFileSync(join(dir, 'units', 'tandem-snapshotter.service'), 'utf8')).toContain(`snapshotter --root ${join(dir, 'snapshots')}`);
  const again = await tandem(['install', ...flags]);
  expect(again.stdout).toContain('nothing to change');
  expect(readFileSync(cfg, 'utf8')).toBe(merged);
});

test('containerd loads the merged config and serves with it', async () => {
  // What the service would run, then containerd with the merged file.
  const snapLog = openSync(join(dir, 'snapshotter.log'), 'a');
  procs.push(
    spawn(
      process.execPath,
      [join(REPO, 'dist/cli/main.js'), 'snapshotter', '--root', join(dir, 'snapshots'), '--address', join(dir, 'snapshotter.sock')],
      {
        stdio: ['ignore', snapLog, snapLog],
      },
    ),
  );
  await waitFor(() => grpcAnswers(join(dir, 'snapshotter.sock')), 60_000, 'the snapshotter to answer');
  mkdirSync(join(dir, 'tandem'));
  const log = openSync(join(dir, 'containerd.log'), 'a');
  procs.push(spawn('containerd', ['--config', cfg], { env, stdio: ['ignore', log, log] }));
  await waitFor(async () => (await ctr(['version'])).code === 0, 60_000, 'containerd to serve');
  const plugins = (await ctr(['plugins', 'ls'])).stdout;
  expect(plugins).toMatch(/io\.containerd\.snapshotter\.v1\s+tandem\s+.*ok/);
  expect(plugins).toMatch(/io\.containerd\.grpc\.v1\s+cri\s+.*ok/);
  // The CRI plugin took both handlers, tandem-vm with its config path.
  const cdLog = readFileSync(join(dir, 'containerd.log'), 'utf8');
  expect(cdLog).toContain('tandem:{Type:io.containerd.tandem.v1');
  expect(cdLog).toContain(
    `tandem-vm:{Type:io.containerd.tandem.v1 Path: Engine: PodAnnotations:[] ContainerAnnotations:[] Root: Options:map[ConfigPath:${join(dir, 'vm.json')}]`,
  );
  const api = new ContainerdApi(join(dir, 'c.sock'));
  expect((await api.criVersion()).runtimeName).toBe('containerd');
  api.close();
  // A container through the proxy snapshotter and the tandem runtime.
  expect((await ctr(['images', 'import', '--snapshotter', 'tandem', BUSYBOX_TAR])).code).toBe(0);
  const r = await ctr(
    ['run', '--rm', '--snapshotter', 'tandem', '--runtime', 'io.containerd.tandem.v1', BUSYBOX, 'c1', 'echo', 'served'],
    120_000,
  );
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe('served\n');
}, 180_000);
