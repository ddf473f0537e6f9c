// Debian's docker-compose 1.29 against the Docker endpoint: a two-service project with a named
// volume comes up, is listed, logs, and goes down leaving nothing behind; a service that waits
// for another's health check.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Containerd, removeTree } from '../helpers/containerd.js';
import { DockerEndpoint } from '../helpers/docker.js';
import { run, waitFor } from '../helpers/run.js';

let cd: Containerd;
let d: DockerEndpoint;
let dir: string;

const COMPOSE = `version: "3.7"
services:
  web:
    image: tandem/busybox
    command: ["sh", "-c", "echo web-started; echo hello > /data/greeting; while true; do sleep 1; done"]
    volumes:
      - shared:/data
    labels:
      tier: front
  worker:
    image: tandem/busybox
    command: ["sh", "-c", "echo worker-started; while true; do sleep 1; done"]
    volumes:
      - shared:/data
    depends_on:
      - web
    # Options Compose files carry, as the endpoint now honours them: a port of the ephemeral
    # range, a rotated log, a ulimit.
    ports:
      - "18080"
    logging:
      driver: json-file
      options:
        max-size: "1m"
        max-file: "2"
    ulimits:
      nofile: { soft: 512, hard: 1024 }
volumes:
  shared: {}
`;

beforeAll(async () => {
  cd = await Containerd.start();
  await cd.importBusybox();
  d = await DockerEndpoint.start(cd);
  dir = mkdtempSync('/tmp/tdc-');
  writeFileSync(join(dir, 'docker-compose.yml'), COMPOSE);
});
afterAll(async () => {
  await d?.dispose();
  await cd?.dispose();
  if (dir) removeTree(dir);
});

const compose = (args: string[]) =>
  run('docker-compose', ['-p', 'proj', '-f', join(dir, 'docker-compose.yml'), ...args], {
    env: { ...d.env, COMPOSE_INTERACTIVE_NO_CLI: '1' },
    cwd: dir,
    timeoutMs: 180_000,
  });

test('up -d, ps, logs, a shared named volume, compose labels, down -v', async () => {
  const up = await compose(['up', '-d']);
  expect(up.stderr + up.stdout).toMatch(/Creating proj_web_1/);
  expect(up.code).toBe(0);
  const ps = await compose(['ps']);
  expect(ps.code).toBe(0);
  expect(ps.stdout).toMatch(/proj_web_1\s.*Up/);
  expect(ps.stdout).toMatch(/proj_worker_1\s.*Up/);
  await waitFor(async () => (await compose(['logs', '--no-color'])).stdout.includes('worker-started'), 30_000, 'the worker to log');
  const logs = await compose(['logs', '--no-color']);
  expect(logs.stdout).toMatch(/web_1\s+\| web-started/);
  expect(logs.stdout).toMatch(/worker_1\s+\| worker-started/);
  // Both services see the one named volume.
  await waitFor(
    async () => (await d.docker(['exec', 'proj_worker_1', 'cat', '/data/greeting'])).stdout === 'hello\n',
    20_000,
    'the volume to be shared',
  );
  // Services find each other by name (and Compose's aliases) through /etc/hosts.
  const hosts = await d.dockerOk(['exec', 'proj_worker_1', 'cat', '/etc/hosts']);
  expect(hosts).toMatch(/^127\.0\.0\.1\t.*\bweb\b/m);
  expect(hosts).toMatch(/^127\.0\.0\.1\t.*\bproj_web_1\b/m);
  expect(await d.dockerOk(['exec', 'proj_web_1', 'cat', '/etc/hosts'])).toMatch(/\bworker\b/);
  const [lo, hi] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
  const port = Number((await compose(['port', 'worker', '18080'])).stdout.trim().split(':')[1]);
  expect(port >= lo && port <= hi).toBe(true);
  expect(await d.dockerOk(['exec', 'proj_worker_1', 'sh', '-c', 'ulimit -n'])).toBe('512\n');
  const worker = JSON.parse(await d.dockerOk(['inspect', 'proj_worker_1']))[0].HostConfig.LogConfig;
  expect(worker).toEqual({ Type: 'json-file', Config: { 'max-size': '1m', 'max-file': '2' } });
  const labels = JSON.parse(await d.dockerOk(['inspect', 'proj_web_1']))[0].Config.Labels;
  expect(labels['com.docker.compose.project']).toBe('proj');
  expect(labels['com.docker.compose.service']).toBe('web');
  expect(labels.tier).toBe('front');
  expect(await d.dockerOk(['volume', 'ls', '-q'])).toContain('proj_shared');
  expect(await d.dockerOk(['network', 'ls', '--format', '{{.Name}}'])).toContain('proj_default');
  const down = await compose(['down', '-v', '-t', '1']);
  expect(down.code).toBe(0);
  expect(await d.dockerOk(['ps', '-aq'])).toBe('');
  expect(await d.dockerOk(['volume', 'ls', '-q'])).not.toContain('proj_shared');
  expect(await d.dockerOk(['network', 'ls', '--format', '{{.Name}}'])).not.toContain('proj_default');
  expect(await cd.ctrOk(['containers', 'ls', '-q'])).toBe('');
});

test('depends_on with condition: service_healthy waits for the health check, then starts the dependent service', async () => {
  const file = join(dir, 'healthy.yml');
  writeFileSync(
    file,
    `version: "2.4"
services:
  db:
    image: tandem/busybox
    command: ["sh", "-c", "sleep 3; touch /tmp/up; exec sleep 600"]
    healthcheck:
      test: ["CMD-SHELL", "test -f /tmp/up"]
      interval: 1s
      retries: 30
  app:
    image: tandem/busybox
    command: ["sh", "-c", "echo app-started; exec sleep 600"]
    depends_on:
      db:
        condition: service_healthy
`,
  );
  const c = (args: string[]) =>
    run('docker-compose', ['-p', 'hp', '-f', file, ...args], {
      env: { ...d.env, COMPOSE_INTERACTIVE_NO_CLI: '1' },
      cwd: dir,
      timeoutMs: 180_000,
    });
  const up = await c(['up', '-d']);
  expect(up.code, up.stderr).toBe(0);
  // Compose started app only once db was healthy: db's health was healthy before app's start.
  const [db, app] = await Promise.all(['hp_db_1', 'hp_app_1'].map(async (n) => JSON.parse(await d.dockerOk(['inspect', n]))[0]));
  expect(db.State.Health.Status).toBe('healthy');
  const firstHealthy = db.State.Health.Log.find((l: { ExitCode: number }) => l.ExitCode === 0);
  expect(Date.parse(app.State.StartedAt)).toBeGreaterThanOrEqual(Date.parse(firstHealthy.End));
  const down = await c(['down', '-t', '1']);
  expect(down.code).toBe(0);
  expect(await d.dockerOk(['ps', '-aq'])).toBe('');
});

test("volumes with the local driver's options (driver_opts): a host directory bound, a tmpfs; another type refused with the cause", async () => {
  const host = join(dir, 'hostdata');
  mkdirSync(host);
  writeFileSync(join(host, 'seed.txt'), 'from-the-host\n');
  const file = join(dir, 'opts.yml');
  writeFileSync(
    file,
    `version: "3.7"
services:
  app:
    image: tandem/busybox
    command: ["sh", "-c", "cat /bound/seed.txt; echo written > /bound/out.txt; echo scratch > /scratch/s; grep -c ' /scratch tmpfs ' /proc/mounts"]
    volumes:
      - bound:/bound
      - scratch:/scratch
volumes:
  bound:
    driver_opts: { type: none, o: bind, device: ${host} }
  scratch:
    driver_opts: { type: tmpfs, device: tmpfs, o: "size=8m" }
`,
  );
  const c = (args: string[]) => run('docker-compose', ['-p', 'opts', '-f', file, ...args], { env: d.env, cwd: dir, timeoutMs: 180_000 });
  const up = await c(['up', '--no-color', '--abort-on-container-exit']);
  expect(up.code, up.stderr).toBe(0);
  expect(up.stdout).toMatch(/app_1 +\| from-the-host\n/);
  expect(up.stdout).toMatch(/app_1 +\| 1\n/); // /scratch is a tmpfs
  expect(readFileSync(join(host, 'out.txt'), 'utf8')).toBe('written\n');
  const inspect = JSON.parse(await d.dockerOk(['volume', 'inspect', 'opts_bound']))[0];
  expect(inspect.Options).toEqual({ type: 'none', o: 'bind', device: host });
  expect((await c(['down', '-v'])).code).toBe(0);
  // Removing the volume leaves the host directory it bound as it was.
  expect(readFileSync(join(host, 'seed.txt'), 'utf8')).toBe('from-the-host\n');
  const nfs = await d.docker(['volume', 'create', '-o', 'type=nfs', '-o', 'o=addr=127.0.0.1', '-o', 'device=:/x', 'nfsvol']);
  expect(nfs.code).toBe(1);
  expect(nfs.stderr).toMatch(/volume type "nfs" \(o=addr=127\.0\.0\.1\) is not supported: .* mount it on the host and bind that directory/);
  const bad = await d.docker(['volume', 'create', '-o', 'foo=bar', 'badvol']);
  expect(bad.stderr).toContain('invalid option: "foo"');
  expect(await d.dockerOk(['volume', 'ls', '-q'])).not.toMatch(/nfsvol|badvol/);
  // `docker run --mount type=volume,volume-opt=…` makes its volume with them (they were dropped),
  // and `tmpfs-mode` is the tmpfs's mode.
  const mounted = await d.dockerOk([
    'run',
    '--rm',
    '--mount',
    'type=volume,src=mountopts,dst=/v,volume-opt=type=tmpfs,volume-opt=device=tmpfs,volume-opt=o=size=1m,volume-label=made=by-mount',
    '--mount',
    'type=tmpfs,dst=/t,tmpfs-mode=1770',
    'tandem/busybox',
    'sh',
    '-c',
    "grep -c ' /v tmpfs ' /proc/mounts; stat -c %a /t",
  ]);
  expect(mounted).toBe('1\n1770\n');
  const made = JSON.parse(await d.dockerOk(['volume', 'inspect', 'mountopts']))[0];
  expect([made.Options, made.Labels]).toEqual([{ type: 'tmpfs', device: 'tmpfs', o: 'size=1m' }, { made: 'by-mount' }]);
  await d.dockerOk(['volume', 'rm', 'mountopts']);
});
