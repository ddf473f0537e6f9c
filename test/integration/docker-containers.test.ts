// Containers through the Docker endpoint, driven by the real docker CLI 28 against a real
// containerd running the freshly built tandem shim (native path): run and its exit codes,
// stdio, detached containers, logs, ps, inspect, exec, stop/kill/restart/pause/rename/rm,
// volumes, and a restart of the endpoint that loses nothing.
import { execFileSync, spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Containerd, removeTree } from '../helpers/containerd.js';
import { DockerEndpoint, freePort, request } from '../helpers/docker.js';
import { run, waitFor } from '../helpers/run.js';
import { processesRootedUnder } from '../helpers/leaks.js';

let cd: Containerd;
let d: DockerEndpoint;
const IMG = 'tandem/busybox';

beforeAll(async () => {
  cd = await Containerd.start();
  await cd.importBusybox();
  d = await DockerEndpoint.start(cd);
});
afterAll(async () => {
  await d?.dispose();
  await cd?.dispose();
});

const inspect = async (name: string) => JSON.parse(await d.dockerOk(['inspect', name]))[0];

describe('docker run', () => {
  test('exit codes, stdout and stderr apart, --rm leaves nothing behind', async () => {
    const r = await d.docker(['run', '--rm', IMG, 'sh', '-c', 'echo out; echo err >&2; exit 3']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('out\n');
    expect(r.stderr).toBe('err\n');
    expect((await d.docker(['run', '--rm', IMG, 'true'])).code).toBe(0);
    expect(await d.dockerOk(['ps', '-aq'])).toBe('');
    expect(await cd.ctrOk(['containers', 'ls', '-q'])).toBe('');
    expect(await cd.ctrOk(['snapshots', '--snapshotter', 'overlayfs', 'ls'])).not.toMatch(/Active/);
  });

  test('125 for an unknown image, 127 for a missing program, 126 for one that cannot run', async () => {
    const noImage = await d.docker(['run', '--rm', 'nosuch/image:v9', 'true']);
    expect(noImage.code).toBe(125);
    const missing = await d.docker(['run', '--rm', IMG, 'nosuchprogram']);
    expect(missing.code).toBe(127);
    expect(missing.stderr).toMatch(/executable file not found/);
    const notExec = await d.docker(['run', '--rm', IMG, '/etc/passwd']);
    expect(notExec.code).toBe(126);
    expect(notExec.stderr).toMatch(/permission denied/);
    expect(await d.dockerOk(['ps', '-aq'])).toBe('');
    expect((await request(d.socket, 'GET', '/_ping')).body).toBe('OK');
  });

  test('-i passes stdin through and its EOF; -e, -w, -u and the image env', async () => {
    const r = await d.docker(['run', '--rm', '-i', IMG, 'sh', '-c', 'while read l; do echo "got:$l"; done; echo eof'], { input: 'a\nb\n' });
    expect(r.stdout).toBe('got:a\ngot:b\neof\n');
    const env = await d.dockerOk([
      'run',
      '--rm',
      '-e',
      'FOO=bar',
      '-w',
      '/tmp',
      '-u',
      '1000',
      IMG,
      'sh',
      '-c',
      'echo "$FOO|$(pwd)|$(id -u)|$PATH"',
    ]);
    expect(env.trim()).toMatch(/^bar\|\/tmp\|1000\|\/usr\/local\/sbin:/);
    const named = await d.dockerOk(['run', '--rm', '-u', 'user', IMG, 'sh', '-c', 'id -un; id -g; id -G']);
    expect(named).toBe('user\n1000\n1000 50\n'); // its primary group and the group that lists it (staff), as under dockerd
    // A group by name, and a uid the image's passwd knows (its group from there), as dockerd resolves them.
    expect(await d.dockerOk(['run', '--rm', '-u', 'user:staff', IMG, 'sh', '-c', 'id -u; id -g'])).toBe('1000\n50\n');
    expect(await d.dockerOk(['run', '--rm', '-u', '1000', IMG, 'id', '-g'])).toBe('1000\n');
    const noGroup = await d.docker(['run', '--rm', '-u', 'user:ghosts', IMG, 'true']);
    expect(noGroup.code).not.toBe(0);
    expect(noGroup.stderr).toContain('unable to find group ghosts: no matching entries in group file');
    // A working directory the image lacks is made (root's, 0755), as runc makes it.
    expect(await d.dockerOk(['run', '--rm', '-w', '/made/here', IMG, 'sh', '-c', 'pwd; stat -c "%u %a" .'])).toBe('/made/here\n0 755\n');
    // `--entrypoint ""` resets the entrypoint: the command alone runs; with none, dockerd's refusal.
    expect(await d.dockerOk(['run', '--rm', '--entrypoint', '', IMG, 'echo', 'no-entrypoint'])).toBe('no-entrypoint\n');
    const nothing = await d.docker(['run', '--rm', '--entrypoint', '', IMG]);
    expect(nothing).toMatchObject({ code: 125, stderr: expect.stringContaining('no command specified') });
  });

  test('health checks: --health-cmd runs in the container; starting, healthy, unhealthy after the retries; ps, inspect, filters and events show it', async () => {
    const since = Math.floor(Date.now() / 1000);
    await d.dockerOk([
      'run',
      '-d',
      '--name',
      'hc',
      '--health-cmd',
      'test -f /tmp/ready && echo ready',
      '--health-interval',
      '1s',
      '--health-retries',
      '2',
      '--health-start-period',
      '120s',
      IMG,
      'sh',
      '-c',
      'sleep 2; touch /tmp/ready; exec sleep 600',
    ]);
    try {
      const health = async () =>
        JSON.parse(await d.dockerOk(['inspect', 'hc']))[0].State.Health as {
          Status: string;
          FailingStreak: number;
          Log: { ExitCode: number; Output: string }[];
        };
      // Failures in the start period do not count: it goes from starting to healthy.
      await waitFor(async () => (await health()).Status === 'healthy', 120_000, 'the container to become healthy');
      const healthy = await health();
      expect(healthy.FailingStreak).toBe(0);
      expect(healthy.Log.at(-1)).toMatchObject({ ExitCode: 0, Output: 'ready\n' });
      expect(await d.dockerOk(['ps', '--filter', 'name=hc', '--format', '{{.Status}}'])).toMatch(/^Up .* \(healthy\)\n$/);
      expect(await d.dockerOk(['ps', '-q', '--filter', 'health=healthy', '--filter', 'name=hc'])).not.toBe('');
      // Once healthy, failures count: two in a row make it unhealthy.
      await d.dockerOk(['exec', 'hc', 'rm', '/tmp/ready']);
      await waitFor(async () => (await health()).Status === 'unhealthy', 120_000, 'the container to become unhealthy');
      const sick = await health();
      expect(sick.FailingStreak).toBeGreaterThanOrEqual(2);
      expect(sick.Log.at(-1)?.ExitCode).toBe(1);
      const events = await d.events(since, ['container=hc', 'event=health_status'], '{{.Action}}');
      expect(events).toEqual(['health_status: healthy', 'health_status: unhealthy']);
      // A container without a check has no Health, and `--no-healthcheck` turns an image's off.
      const plain = JSON.parse(await d.dockerOk(['inspect', (await d.dockerOk(['create', '--no-healthcheck', IMG, 'true'])).trim()]))[0];
      expect(plain.State.Health).toBeUndefined();
      expect(plain.Config.Healthcheck).toEqual({ Test: ['NONE'] });
      await d.dockerOk(['rm', plain.Id]);
    } finally {
      await d.dockerOk(['rm', '-f', 'hc']);
    }
  }, 300_000);

  test('health checks in the start period run every --health-start-interval (API 1.44), 5 s unless set, not every --health-interval', async () => {
    const check = ['--health-cmd', 'test -f /tmp/ready', '--health-interval', '1h', '--health-start-period', '10m'];
    const sleeper = ['sh', '-c', 'sleep 2; touch /tmp/ready; exec sleep 600'];
    await d.dockerOk(['run', '-d', '--name', 'hsi', ...check, '--health-start-interval', '1s', IMG, ...sleeper]);
    await d.dockerOk(['run', '-d', '--name', 'hsd', ...check, IMG, ...sleeper]);
    try {
      const status = async (n: string) => JSON.parse(await d.dockerOk(['inspect', n]))[0].State.Health.Status;
      // An hour's interval would leave both starting for the bound's whole length.
      await waitFor(async () => (await status('hsi')) === 'healthy', 120_000, 'hsi to become healthy');
      await waitFor(async () => (await status('hsd')) === 'healthy', 120_000, 'hsd to become healthy');
      const cfg = JSON.parse(await d.dockerOk(['inspect', 'hsi']))[0].Config.Healthcheck;
      expect(cfg).toMatchObject({ Interval: 3600e9, StartPeriod: 600e9, StartInterval: 1e9 });
    } finally {
      await d.dockerOk(['rm', '-f', 'hsi', 'hsd']);
    }
  }, 300_000);

  test("docker diff and docker commit: a running container's changes, and as an image with --change, -m and -a; the container goes on running", async () => {
    await d.dockerOk([
      'run',
      '-d',
      '--name',
      'cm',
      IMG,
      'sh',
      '-c',
      'echo made > /made; mkdir -p /d && echo x > /d/f; rm /bin/true; exec sleep 600',
    ]);
    try {
      await waitFor(async () => (await d.docker(['exec', 'cm', 'cat', '/d/f'])).stdout === 'x\n', 30_000, 'cm to write its files');
      // As dockerd lists them: the parent of a change Modified, the files the endpoint puts in
      // every container (/etc/hosts, /etc/hostname, /etc/resolv.conf) not at all.
      expect(await d.dockerOk(['diff', 'cm'])).toBe('C /bin\nD /bin/true\nA /d\nA /d/f\nA /made\n');
      expect((await d.docker(['diff', 'no-such-container'])).stderr).toContain('No such container: no-such-container');
      // Its size: the bytes of the files its own layer holds ("made\n" and "x\n"; not directories,
      // nor the empty files the endpoint's mounts need, as dockerd counts), and that plus its image
      // (ps -s, inspect -s, system df).
      const [sized] = JSON.parse(await d.dockerOk(['inspect', '-s', 'cm']));
      expect(sized.SizeRw).toBe(7);
      expect(sized.SizeRootFs).toBeGreaterThan(sized.SizeRw);
      expect(await d.dockerOk(['ps', '-s', '--filter', 'name=^cm$', '--format', '{{.Size}}'])).toMatch(/^7B \(virtual [\d.]+[kMG]?B\)\n$/);
      const df = JSON.parse(await d.dockerOk(['system', 'df', '-v', '--format', '{{json .}}']));
      expect(df.Containers.find((x: { Names: string }) => x.Names === 'cm')).toBeDefined();
      // The images' reclaimable space, as the CLI works it out (their total less what the images
      // in use take): never below zero (it read -305B when an image's config was left out of the total).
      const imagesRow = (await d.dockerOk(['system', 'df', '--format', '{{.Type}}|{{.Reclaimable}}']))
        .split('\n')
        .find((l) => l.startsWith('Images|'));
      expect(imagesRow).toMatch(/^Images\|[\d.]+[kMG]?B \(\d+%\)$/);
      const bad = await d.docker(['commit', '-c', 'RUN true', 'cm', 'committed/img:bad']);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('run is not a valid change command');
      const t0 = Date.now() / 1000;
      const out = await d.dockerOk([
        'commit',
        '-m',
        'snapshot',
        '-a',
        'Dev <dev@example.com>',
        '-c',
        'CMD ["cat", "/made"]',
        '-c',
        'ENV COMMITTED=1',
        'cm',
        'committed/img:v1',
      ]);
      expect(out.trim()).toMatch(/^sha256:[0-9a-f]{64}$/);
      // Logged as dockerd logs a commit: the new image (API 1.46+), its tag, the container's commit.
      const format = '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}';
      const logged = await d.events(t0, ['event=create', 'event=tag', 'event=commit', 'type=image', 'type=container'], format);
      expect(logged).toEqual([`image create ${out.trim()}`, 'image tag committed/img:v1', 'container commit cm']);
      const old = await request(d.socket, 'GET', `/v1.45/events?since=${t0}&until=${Math.ceil(Date.now() / 1000) + 1}`);
      const oldActions = old.body
        .split('\n')
        .filter(Boolean)
        .map((l) => `${JSON.parse(l).Type} ${JSON.parse(l).Action}`);
      expect(oldActions).toContain('container commit');
      expect(oldActions).not.toContain('image create');
      expect(await d.dockerOk(['run', '--rm', 'committed/img:v1'])).toBe('made\n');
      expect(await d.dockerOk(['run', '--rm', 'committed/img:v1', 'sh', '-c', 'echo $COMMITTED; cat /d/f'])).toBe('1\nx\n');
      const info = JSON.parse(await d.dockerOk(['inspect', 'committed/img:v1']))[0];
      expect(info).toMatchObject({ Id: out.trim(), Author: 'Dev <dev@example.com>', Comment: 'snapshot' });
      expect(info.Config.Cmd).toEqual(['cat', '/made']);
      expect(info.RootFS.Layers.length).toBe(JSON.parse(await d.dockerOk(['inspect', IMG]))[0].RootFS.Layers.length + 1);
      // system df: the image's layers under it are shared with IMG; its own layer is its unique size.
      const images = JSON.parse(await d.dockerOk(['system', 'df', '-v', '--format', '{{json .Images}}'])) as Record<string, string>[];
      const row = images.find((x) => x.Repository === 'committed/img' && x.Tag === 'v1')!;
      expect(row.SharedSize).not.toBe('N/A');
      expect(row.UniqueSize).toMatch(/^\d+(\.\d+)?k?B$/);
      // The environment dockerd gives every process: HOSTNAME, and TERM with a terminal (the exec's own).
      expect(await d.dockerOk(['exec', 'cm', 'sh', '-c', 'echo $HOSTNAME-${TERM:-none}'])).toBe(`${sized.Id.slice(0, 12)}-none\n`);
      expect(await d.dockerOk(['exec', '-t', '-e', 'HOSTNAME=mine', 'cm', 'sh', '-c', 'echo $HOSTNAME-$TERM'])).toBe('mine-xterm\r\n');
      // Its layer: the container's changes, not the empty /etc/resolv.conf the runtime made to
      // bind tandem's over (the image has none; dockerd keeps such files in its init layer), nor
      // /etc, which only that file's making touched.
      const saved = join(mkdtempSync(join(d.stateDir, 'commit-')), 'img.tar');
      await d.dockerOk(['save', '-o', saved, 'committed/img:v1']);
      const top = (await run('sh', ['-c', `tar -xOf ${saved} manifest.json`], {})).stdout;
      const layer = (JSON.parse(top) as { Layers: string[] }[])[0].Layers.at(-1)!;
      const listed = await run('sh', ['-c', `tar -xOf ${saved} ${layer} | tar -tz`], {});
      expect(listed.stdout.split('\n').filter(Boolean).sort()).toEqual(['bin/', 'bin/.wh.true', 'd/', 'd/f', 'made']);
      expect(await d.dockerOk(['run', '--rm', 'committed/img:v1', 'sh', '-c', 'test -e /bin/true || echo gone'])).toBe('gone\n');
      const history = await d.dockerOk(['history', '--no-trunc', '--format', '{{.Comment}}|{{.CreatedBy}}', 'committed/img:v1']);
      expect(history.split('\n')[0]).toMatch(/^snapshot\|sh -c echo made > \/made/);
      // It was paused for the diff and is running again.
      expect(JSON.parse(await d.dockerOk(['inspect', 'cm']))[0].State.Status).toBe('running');
      expect((await d.dockerOk(['exec', 'cm', 'echo', 'alive'])).trim()).toBe('alive');
      expect((await d.docker(['commit', 'no-such-container'])).stderr).toContain('No such container: no-such-container');
    } finally {
      await d.dockerOk(['rm', '-f', 'cm']);
      await d.docker(['rmi', 'committed/img:v1']);
    }
  });

  test("--init: the command runs under tini (a native container shares the host's pid namespace: tini is its parent, the command's orphans' subreaper); stop goes through it", async () => {
    const out = await d.dockerOk(['run', '--rm', '--init', IMG, 'sh', '-c', 'tr "\\0" " " < /proc/$PPID/cmdline']);
    expect(out).toBe('/sbin/docker-init -s -- sh -c tr "\\0" " " < /proc/$PPID/cmdline ');
    // Not pid 1, tini reaps only as the subreaper (-s); without it, it warned on every run.
    const orphan = await d.docker([
      'run',
      '--rm',
      '--init',
      IMG,
      'sh',
      '-c',
      '(sleep 3141 & echo $! > /tmp/o); sleep 0.5; o=$(cat /tmp/o); grep PPid /proc/$o/status | cut -f2; echo $PPID; kill $o',
    ]);
    const [parent, tini] = orphan.stdout.trim().split('\n');
    expect(parent).toBe(tini);
    expect(orphan.stderr).not.toMatch(/Tini is not running as PID 1/);
    await d.dockerOk(['run', '-d', '--init', '--name', 'withinit', IMG, 'sleep', '600']);
    const info = JSON.parse(await d.dockerOk(['inspect', 'withinit']))[0];
    expect([info.Path, ...info.Args]).toEqual(['/sbin/docker-init', '-s', '--', 'sleep', '600']);
    await d.dockerOk(['stop', '-t', '30', 'withinit']);
    // tini passed SIGTERM on to sleep and exits with its status.
    expect(JSON.parse(await d.dockerOk(['inspect', 'withinit']))[0].State.ExitCode).toBe(143);
    await d.dockerOk(['rm', 'withinit']);
  });

  test('docker update: the restart policy and limits are kept (a native container is warned they are not enforced); what tandem cannot change is refused', async () => {
    await d.dockerOk(['run', '-d', '--name', 'upd', IMG, 'sleep', '600']);
    try {
      // A memory limit above the swap limit set (none: 0) is refused, as dockerd refuses it.
      const above = await d.docker(['update', '--memory', '64m', 'upd']);
      expect(above.code).toBe(1);
      expect(above.stderr).toMatch(
        /Cannot update container [0-9a-f]{64}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time/,
      );
      const r = await d.docker(['update', '--restart', 'on-failure:3', '--memory', '64m', '--memory-swap', '128m', 'upd']);
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')).toContain('upd');
      expect(r.stdout + r.stderr).toMatch(/not enforced for native containers/);
      const host = JSON.parse(await d.dockerOk(['inspect', 'upd']))[0].HostConfig;
      expect(host.RestartPolicy).toEqual({ Name: 'on-failure', MaximumRetryCount: 3 });
      expect(host.Memory).toBe(64 << 20);
      const id = JSON.parse(await d.dockerOk(['inspect', 'upd']))[0].Id;
      expect(JSON.parse(await cd.ctrOk(['containers', 'info', id])).Spec.linux.resources.memory).toEqual({
        limit: 64 << 20,
        swap: 128 << 20,
      });
      await d.dockerOk(['update', '--cpu-shares', '512', '--pids-limit', '40', 'upd']);
      expect(JSON.parse(await cd.ctrOk(['containers', 'info', id])).Spec.linux.resources).toMatchObject({
        memory: { limit: 64 << 20, swap: 128 << 20 },
        cpu: { shares: 512 },
        pids: { limit: 40 },
      });
      const bad = await d.docker(['update', '--blkio-weight', '300', 'upd']);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('docker update: tandem cannot change --blkio-weight');
      await d.dockerOk(['run', '-d', '--rm', '--name', 'updrm', IMG, 'sleep', '600']);
      const rm = await d.docker(['update', '--restart', 'always', 'updrm']);
      expect(rm.stderr).toContain('Restart policy cannot be updated because AutoRemove is enabled for the container');
      await d.dockerOk(['rm', '-f', 'updrm']);
    } finally {
      await d.dockerOk(['rm', '-f', 'upd']);
    }
  });

  test("/etc/resolv.conf is the container's own, the host's with --dns, --dns-search and --dns-option over it, as dockerd gives with the host network; a bind of the user's wins", async () => {
    const host = readFileSync('/etc/resolv.conf', 'utf8');
    const servers = host.split('\n').filter((l) => l.startsWith('nameserver'));
    await d.dockerOk(['create', '--name', 'dns1', IMG, 'cat', '/etc/resolv.conf']);
    const own = await inspect('dns1');
    expect(own.ResolvConfPath).toBe(join(d.stateDir, 'containers', own.Id, 'resolv.conf'));
    const out = await d.dockerOk(['start', '-a', 'dns1']);
    for (const l of servers) expect(out).toContain(l.replace(/\s+/g, ' ').trim());
    const flags = await d.dockerOk([
      'run',
      '--rm',
      '--dns',
      '192.0.2.53',
      '--dns-search',
      'corp.test',
      '--dns-option',
      'ndots:3',
      IMG,
      'cat',
      '/etc/resolv.conf',
    ]);
    expect(flags).toBe('nameserver 192.0.2.53\nsearch corp.test\noptions ndots:3\n');
    const mine = join(mkdtempSync(join(d.stateDir, 'resolv-')), 'resolv.conf');
    writeFileSync(mine, 'nameserver 198.51.100.1\n');
    expect(await d.dockerOk(['run', '--rm', '-v', `${mine}:/etc/resolv.conf:ro`, IMG, 'cat', '/etc/resolv.conf'])).toBe(
      'nameserver 198.51.100.1\n',
    );
    // The CLI checks --dns itself; another client's bad address is refused by the endpoint.
    const bad = await request(
      d.socket,
      'POST',
      '/v1.43/containers/create',
      JSON.stringify({ Image: IMG, Cmd: ['true'], HostConfig: { Dns: ['not-an-ip'], Binds: ['dnsvol:/data'] } }),
    );
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).message).toBe('not-an-ip is not an ip address');
    // Refused before anything was made: not the named volume its -v names either.
    expect(await d.dockerOk(['volume', 'ls', '-q', '--filter', 'name=dnsvol'])).toBe('');
    await d.dockerOk(['rm', 'dns1']);
  });

  test("/etc/hosts of a native container is the host's, as dockerd gives with the host network: localhost resolves, --add-host's lines follow", async () => {
    const hosts = readFileSync('/etc/hosts', 'utf8');
    await d.dockerOk([
      'create',
      '--name',
      'hosts1',
      '--add-host',
      'api.test:192.0.2.7',
      IMG,
      'sh',
      '-c',
      'cat /etc/hosts; ping -c1 -W5 localhost >/dev/null && echo resolved',
    ]);
    expect((await inspect('hosts1')).HostsPath).toMatch(/\/hosts$/);
    expect(await d.dockerOk(['start', '-a', 'hosts1'])).toBe(`${hosts}${hosts.endsWith('\n') ? '' : '\n'}192.0.2.7\tapi.test\nresolved\n`);
    await d.dockerOk(['rm', 'hosts1']);
  });

  test('create options natively: --ulimit, --group-add and no-new-privileges apply; capabilities are warned about; what would change the host or tandem lacks is refused by name', async () => {
    const out = await d.docker([
      'run',
      '--rm',
      '--ulimit',
      'nofile=512:1024',
      '--group-add',
      '1234',
      '--security-opt',
      'no-new-privileges',
      '--cap-add',
      'NET_ADMIN',
      IMG,
      'sh',
      '-c',
      'ulimit -n; ulimit -Hn; id -G; grep NoNewPrivs /proc/self/status',
    ]);
    expect(out.stdout).toMatch(/^512\n1024\n0 1234\nNoNewPrivs:\s+1\n$/);
    expect(out.stderr).toMatch(/WARNING: Capabilities \(--cap-add, --cap-drop\) are not enforced for native containers/);
    // dockerd's default: setuid programs keep working.
    expect(await d.dockerOk(['run', '--rm', IMG, 'grep', 'NoNewPrivs', '/proc/self/status'])).toMatch(/NoNewPrivs:\s+0/);
    for (const [args, message] of [
      [['--sysctl', 'kernel.shmmax=1000000'], /native container has no kernel namespaces of its own/],
      [['--device', '/dev/null:/dev/xnull'], /native container cannot be given devices; use --runtime tandem-vm/],
      [['--gpus', 'all'], /tandem does not support --gpus yet/],
      [['--network', 'none'], /--network none: a native container shares the host's network; use --runtime tandem-vm/],
      [['--log-driver', 'syslog'], /--log-driver syslog: tandem has the json-file, local and none log drivers only/],
      [['--cap-add', 'FLY'], /unknown capability: "CAP_FLY"/],
      [['--memory', '64m', '--memory-swap', '32m'], /Minimum memoryswap limit should be larger than memory limit/],
    ] as [string[], RegExp][]) {
      const r = await d.docker(['run', '--rm', ...args, IMG, 'true']);
      expect(r.code, args.join(' ')).toBe(125);
      expect(r.stderr).toMatch(message);
    }
    // Nothing of the refused ones was kept.
    expect((await d.dockerOk(['ps', '-aq', '--filter', `ancestor=${IMG}`, '--filter', 'status=created'])).trim()).toBe('');
  });

  test("--group-add by name: looked up in the container's own /etc/group at each start; a missing group fails the start naming it", async () => {
    await d.dockerOk(['create', '--name', 'ga1', '--group-add', 'audio', '--group-add', '1234', IMG, 'id', '-G']);
    const missing = await d.docker(['start', '-a', 'ga1']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/Unable to find group audio: no matching entries in group file/);
    expect((await inspect('ga1')).State.Status).toBe('created');
    // The group comes with the container's own layer, as dockerd reads it at start.
    const group = join(mkdtempSync(join(d.stateDir, 'group-')), 'group');
    writeFileSync(group, 'root:x:0:\naudio:x:29:\n');
    await d.dockerOk(['cp', group, 'ga1:/etc/group']);
    expect((await d.dockerOk(['start', '-a', 'ga1'])).trim()).toBe('0 29 1234');
    await d.dockerOk(['rm', 'ga1']);
  });

  test("--volumes-from shares a container's volumes and binds (read-only with :ro); --link names it in /etc/hosts by its alias and sets dockerd's link variables", async () => {
    await d.dockerOk([
      'run',
      '-d',
      '--name',
      'vf1',
      '-v',
      '/data',
      '--expose',
      '6379',
      '-e',
      'SECRET=s3',
      IMG,
      'sh',
      '-c',
      'echo shared > /data/f; exec sleep 600',
    ]);
    await waitFor(async () => (await d.docker(['exec', 'vf1', 'cat', '/data/f'])).stdout === 'shared\n', 60_000, 'the file in the volume');
    const r = await d.docker([
      'run',
      '--rm',
      '--volumes-from',
      'vf1:ro',
      '--link',
      'vf1:database',
      IMG,
      'sh',
      '-c',
      'cat /data/f; grep -w database /etc/hosts; touch /data/x || echo read-only; env | grep ^DATABASE_ | sort',
    ]);
    expect(r.stdout).toMatch(
      new RegExp(
        [
          '^shared',
          '127\\.0\\.0\\.1\tdatabase vf1 [0-9a-f]{12}',
          'read-only',
          'DATABASE_ENV_SECRET=s3',
          'DATABASE_NAME=/[a-z_]+/database',
          'DATABASE_PORT=tcp://127\\.0\\.0\\.1:6379',
          'DATABASE_PORT_6379_TCP=tcp://127\\.0\\.0\\.1:6379',
          'DATABASE_PORT_6379_TCP_ADDR=127\\.0\\.0\\.1',
          'DATABASE_PORT_6379_TCP_PORT=6379',
          'DATABASE_PORT_6379_TCP_PROTO=tcp\n$',
        ].join('\n'),
      ),
    );
    // Without a mode: as vf1 has it (read-write); the volume is vf1's, not a new one.
    await d.dockerOk(['run', '--rm', '--volumes-from', 'vf1', IMG, 'sh', '-c', 'echo more >> /data/f']);
    expect(await d.dockerOk(['exec', 'vf1', 'cat', '/data/f'])).toBe('shared\nmore\n');
    await d.dockerOk(['create', '--name', 'vf2', '--link', 'vf1', IMG, 'true']);
    expect((await inspect('vf2')).HostConfig.Links).toEqual(['/vf1:/vf2/vf1']);
    const missing = await d.docker(['run', '--rm', '--volumes-from', 'nosuch', IMG, 'true']);
    expect(missing.code).toBe(125);
    expect(missing.stderr).toMatch(/No such container: nosuch/);
    await d.dockerOk(['rm', '-f', '-v', 'vf1', 'vf2']);
  });

  test('-t gives a terminal (through script)', async () => {
    const r = await run('script', ['-qec', `docker run --rm -t ${IMG} sh -c 'tty; stty size'`, '/dev/null'], { env: d.env });
    expect(r.stdout).toMatch(/\/dev\/pts\/\d+/);
    expect(r.code).toBe(0);
  });

  test('-it: the detach keys and a client that goes away leave the container running with its stdin; attach takes it back', async () => {
    const inspectRunning = async () => (await d.dockerOk(['inspect', '-f', '{{.State.Running}}', 'dt1'])).trim();
    /** `docker <args>` on a terminal (script), its output gathered. */
    const onTty = (args: string) => {
      const p = spawn('script', ['-qefc', `docker ${args}`, '/dev/null'], { env: d.env, stdio: ['pipe', 'pipe', 'inherit'] });
      const o = { p, out: '' };
      p.stdout.on('data', (c: Buffer) => (o.out += c.toString()));
      return o;
    };
    const exited = (p: ReturnType<typeof spawn>) =>
      new Promise((r) => (p.exitCode !== null || p.signalCode !== null ? r(p.exitCode) : p.once('exit', r)));
    // ctrl-x as the keys: one byte, so the CLI reads it alone (two keys written at once are text).
    const first = onTty(`run -it --detach-keys ctrl-x --name dt1 ${IMG} sh`);
    await waitFor(() => first.out.includes('/ #'), 60_000, `the shell's prompt (output: ${first.out})`);
    first.p.stdin!.write('echo one-$((20+3))\r');
    await waitFor(() => first.out.includes('one-23'), 60_000, `the first echo (output: ${first.out})`);
    first.p.stdin!.write('\x18');
    await exited(first.p);
    expect(await inspectRunning()).toBe('true');
    // A client on a terminal that is killed: the shell keeps its stdin (dockerd closes it only without a tty).
    const second = onTty('attach dt1');
    second.p.stdin!.write('\r');
    await waitFor(() => second.out.includes('/ #'), 60_000, `the prompt through attach (output: ${second.out})`);
    await run('pkill', ['-KILL', '-f', 'docker attach dt1'], { timeoutMs: 30_000 });
    await exited(second.p);
    // (What follows proves it: a shell whose stdin was closed would have exited.)
    // A client that is not the CLI: the endpoint itself sees the keys (?detachKeys=) and ends the attach.
    const sock = connect(d.socket);
    let raw = '';
    sock.on('data', (c: Buffer) => (raw += c.toString()));
    const closed = new Promise((r) => sock.once('close', r));
    sock.write(
      'POST /containers/dt1/attach?stream=1&stdin=1&stdout=1&detachKeys=ctrl-x HTTP/1.1\r\nHost: d\r\nUpgrade: tcp\r\nConnection: Upgrade\r\n\r\n',
    );
    await waitFor(() => raw.includes('101 UPGRADED'), 60_000, `the upgrade (got: ${raw})`);
    sock.write('echo two-$((40+2))\r');
    await waitFor(() => raw.includes('two-42'), 60_000, `the echo through the raw attach (got: ${raw})`);
    sock.write('\x18');
    await closed;
    expect(await inspectRunning()).toBe('true');
    const bad = await request(d.socket, 'POST', '/containers/dt1/attach?stream=1&stdin=1&detachKeys=shift-x');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('Invalid detach keys (shift-x) provided');
    // An exec on a terminal, detached: the process runs on, still reading its stdin.
    const ex = onTty(`exec -it --detach-keys ctrl-x dt1 sh -c 'echo exec-ready; read x; echo got-$x'`);
    await waitFor(() => ex.out.includes('exec-ready'), 60_000, `the exec to start (output: ${ex.out})`);
    ex.p.stdin!.write('\x18');
    await exited(ex.p); // (the CLI itself exits 1 on an exec's detach: its escape error is returned)
    expect(await d.dockerOk(['top', 'dt1'])).toContain('echo exec-ready; read x');
    // The same shell, its stdin still open: attach again and end it.
    const third = onTty('attach dt1');
    third.p.stdin!.write('exit 7\r');
    expect(await exited(third.p)).toBe(7);
    expect((await d.dockerOk(['inspect', '-f', '{{.State.ExitCode}}', 'dt1'])).trim()).toBe('7');
    await d.dockerOk(['rm', 'dt1']);
  });

  test('a name in use is refused with Docker’s message; names are unique', async () => {
    await d.dockerOk(['create', '--name', 'taken', IMG, 'true']);
    const r = await d.docker(['create', '--name', 'taken', IMG, 'true']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Conflict. The container name "\/taken" is already in use by container "[0-9a-f]{64}"/);
    const bad = await d.docker(['create', '--name', 'no/slash', IMG, 'true']);
    expect(bad.stderr).toMatch(/Invalid container name/);
    await d.dockerOk(['rm', 'taken']);
  });

  test('--annotation, labels and --runtime reach the containerd container', async () => {
    const id = (
      await d.dockerOk(['create', '--annotation', 'org.example/a=1', '--label', 'team=blue', '--runtime', 'tandem', IMG, 'true'])
    ).trim();
    const info = JSON.parse(await cd.ctrOk(['containers', 'info', id]));
    expect(info.Runtime.Name).toBe('io.containerd.tandem.v1');
    expect(info.Spec.annotations['org.example/a']).toBe('1');
    expect(info.Labels.team).toBe('blue');
    const bad = await d.docker(['create', '--runtime', 'runc', IMG, 'true']);
    expect(bad.stderr).toMatch(/unknown or invalid runtime name: runc/);
    await d.dockerOk(['rm', id]);
  });
});

describe('detached containers', () => {
  test('-d, logs, ps with filters, inspect, stop (SIGKILL after -t), rm', async () => {
    const id = (
      await d.dockerOk([
        'run',
        '-d',
        '--name',
        'd1',
        '--label',
        'role=web',
        IMG,
        'sh',
        '-c',
        'trap "" TERM; echo started; echo warn >&2; while true; do sleep 1; done',
      ])
    ).trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    await waitFor(async () => (await d.dockerOk(['logs', 'd1'])).includes('started'), 20_000, 'd1 to log');
    const logs = await d.docker(['logs', 'd1']);
    expect(logs.stdout).toBe('started\n');
    expect(logs.stderr).toBe('warn\n');
    const tail = await d.docker(['logs', '--tail', '1', '-t', 'd1']);
    expect(tail.stdout).toBe('');
    // The time as Docker prints it: RFC 3339 with nine fraction digits.
    expect(tail.stderr.trim()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z warn$/);
    expect((await d.dockerOk(['ps', '--filter', 'label=role=web', '--format', '{{.Names}} {{.Status}}'])).trim()).toMatch(/^d1 Up /);
    expect(await d.dockerOk(['ps', '--filter', 'label=role=db', '-q'])).toBe('');
    expect((await d.dockerOk(['ps', '--filter', 'name=d1', '-q'])).trim()).toBe(id.slice(0, 12));
    const info = await inspect('d1');
    expect(info.Name).toBe('/d1');
    expect(info.State.Running).toBe(true);
    expect(info.State.Pid).toBeGreaterThan(0);
    expect(info.Config.Labels.role).toBe('web');
    expect(info.HostConfig.NetworkMode).toBe('host');
    expect(info.NetworkSettings.Networks.host).toBeDefined();
    const t0 = Date.now();
    await d.dockerOk(['stop', '-t', '1', 'd1']);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    const after = await inspect('d1');
    expect(after.State.Status).toBe('exited');
    expect(after.State.ExitCode).toBe(137);
    expect((await d.dockerOk(['ps', '-a', '--filter', 'status=exited', '--format', '{{.Names}}'])).split('\n')).toContain('d1');
    expect((await d.docker(['logs', 'd1'])).stdout).toBe('started\n');
    // --details: the attributes the log options name (none here: the separating space alone).
    expect((await d.docker(['logs', '--details', 'd1'])).stdout).toBe(' started\n');
    await d.dockerOk([
      'run',
      '--name',
      'd1a',
      '--label',
      'role=web',
      '-e',
      'STAGE=a b',
      '--log-opt',
      'labels=role',
      '--log-opt',
      'env=STAGE',
      IMG,
      'echo',
      'hi',
    ]);
    expect((await d.docker(['logs', '--details', '-t', 'd1a'])).stdout).toMatch(/^\S+Z STAGE=a\+b,role=web hi\n$/);
    await d.dockerOk(['rm', 'd1a']);
    const again = await request(d.socket, 'POST', `/v1.43/containers/${id}/stop`);
    expect(again.status).toBe(304);
    await d.dockerOk(['rm', 'd1']);
    expect(processesRootedUnder(cd.dir)).toEqual([]);
  });

  test('ps -l and -n include stopped containers; --filter before= and since= name a container; expose and is-task filter, as dockerd does', async () => {
    await d.dockerOk(['run', '-d', '--name', 'o1', IMG, 'sleep', '300']);
    await d.dockerOk(['run', '--name', 'o2', IMG, 'true']);
    await d.dockerOk(['run', '-d', '--name', 'o3', IMG, 'sleep', '300']);
    await d.dockerOk(['run', '--name', 'o4', IMG, 'true']);
    const names = async (args: string[]) => (await d.dockerOk(['ps', ...args, '--format', '{{.Names}}'])).trim().split('\n');
    expect(await names(['-l'])).toEqual(['o4']);
    expect(await names(['-n', '2'])).toEqual(['o4', 'o3']);
    expect(await names(['--filter', 'before=o3'])).toEqual(expect.arrayContaining(['o2', 'o1']));
    expect(await names(['--filter', 'before=o3'])).not.toContain('o3');
    expect(await names(['--filter', 'since=o2'])).toEqual(['o4', 'o3']);
    expect(await names(['--filter', 'since=o1', '--filter', 'status=running'])).toEqual(['o3']);
    await d.dockerOk(['run', '-d', '--name', 'o5', '--expose', '9123', IMG, 'sleep', '300']);
    expect(await names(['--filter', 'expose=9120-9130/tcp'])).toEqual(['o5']);
    expect(await names(['--filter', 'is-task=true'])).toEqual(['']);
    const unknown = await d.docker(['ps', '--filter', 'before=nosuch']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No such container: nosuch/);
    await d.dockerOk(['rm', '-f', 'o1', 'o2', 'o3', 'o4', 'o5']);
  });

  test('stop and restart with --signal send that signal first (a trap sees it); a timeout that is no number is a 400', async () => {
    const script = 'trap "echo got-usr1; exit 0" USR1; echo ready; while true; do sleep 1; done';
    await d.dockerOk(['run', '-d', '--name', 'sig1', IMG, 'sh', '-c', script]);
    const logs = async () => (await d.docker(['logs', 'sig1'])).stdout;
    await waitFor(async () => (await logs()).includes('ready'), 60_000, 'the trap to be set');
    await d.dockerOk(['restart', '--signal', 'USR1', '-t', '60', 'sig1']);
    await waitFor(async () => (await logs()).split('ready').length === 3, 60_000, 'the restarted shell to be ready');
    expect(await logs()).toBe('ready\ngot-usr1\nready\n');
    await d.dockerOk(['stop', '--signal', 'USR1', '-t', '60', 'sig1']);
    expect(await logs()).toBe('ready\ngot-usr1\nready\ngot-usr1\n');
    expect((await d.dockerOk(['inspect', '-f', '{{.State.ExitCode}}', 'sig1'])).trim()).toBe('0');
    const bad = await request(d.socket, 'POST', '/containers/sig1/restart?t=soon');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('invalid value for t: \\"soon\\"');
    await d.dockerOk(['rm', 'sig1']);
  });

  test('docker start -a and -ai run a stopped container again attached, as often as asked: its output, its exit code, stdin with -i', async () => {
    await d.dockerOk(['create', '--name', 'again', IMG, 'sh', '-c', 'echo run; exit 3']);
    await d.dockerOk(['create', '-i', '--name', 'againi', IMG, 'sh', '-c', 'read l; echo "got:$l"']);
    try {
      for (let i = 0; i < 2; i++) {
        const r = await d.docker(['start', '-a', 'again']);
        expect({ code: r.code, out: r.stdout, err: r.stderr }).toEqual({ code: 3, out: 'run\n', err: '' });
      }
      for (const word of ['one', 'two']) expect(await d.dockerOk(['start', '-ai', 'againi'], { input: `${word}\n` })).toBe(`got:${word}\n`);
      // The CLI's `docker attach` refuses a stopped container itself, in its words.
      const att = await d.docker(['attach', 'again']);
      expect(att.code).toBe(1);
      expect(att.stderr).toContain('You cannot attach to a stopped container, start it first');
    } finally {
      await d.dockerOk(['rm', '-f', 'again', 'againi']);
    }
  });

  test('events: the lifecycle of a container in Docker’s format, filtered, between since and until', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    await d.dockerOk(['run', '--rm', '--name', 'ev1', '--tmpfs', '/scratch', IMG, 'sh', '-c', 'touch /scratch/x && ls /scratch']);
    const out = await d.events(since, ['container=ev1'], '{{.Type}} {{.Action}}');
    // An attached `docker run` attaches before the start, as dockerd logs it.
    expect(out).toEqual(['container create', 'container attach', 'container start', 'container die', 'container destroy']);
  });

  test('events: a start joins the networks and mounts the volumes, the exit leaves them; exec, top, cp, export and the prunes are logged as dockerd logs them', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    await d.dockerOk(['network', 'create', '--label', 'evtest', 'evnet']);
    await d.dockerOk(['volume', 'create', 'evvol']);
    const id = (
      await d.dockerOk(['run', '-d', '--label', 'evtest', '--network', 'evnet', '-v', 'evvol:/data:ro', IMG, 'sleep', '300'])
    ).trim();
    const netId = (await d.dockerOk(['network', 'inspect', '-f', '{{.Id}}', 'evnet'])).trim();
    const dir = mkdtempSync(join(d.stateDir, 'events-'));
    writeFileSync(join(dir, 'in.txt'), 'x');
    await d.dockerOk(['exec', id, 'true']);
    await d.dockerOk(['top', id]);
    await d.dockerOk(['cp', `${id}:/etc/passwd`, join(dir, 'passwd')]);
    await d.dockerOk(['cp', join(dir, 'in.txt'), `${id}:/tmp/`]);
    await d.dockerOk(['export', '-o', join(dir, 'fs.tar'), id]);
    await d.dockerOk(['stop', '-t', '5', id]);
    // A stopped container's network settings change without an event (it has no sandbox).
    await d.dockerOk(['network', 'disconnect', 'evnet', id]);
    await d.dockerOk(['container', 'prune', '-f', '--filter', 'label=evtest']);
    await d.dockerOk(['network', 'prune', '-f', '--filter', 'label=evtest']);
    await d.dockerOk(['volume', 'rm', 'evvol']);
    const all = (await d.events(since, [], '{{json .}}')).map(
      (l) => JSON.parse(l) as { Type: string; Action: string; Actor: { ID: string; Attributes: Record<string, string> } },
    );
    const mine = all.filter(
      (e) =>
        e.Actor.ID === id || e.Actor.Attributes.container === id || e.Actor.ID === netId || e.Actor.ID === 'evvol' || e.Action === 'prune',
    );
    expect(mine.map((e) => `${e.Type} ${e.Action}`)).toEqual([
      'network create',
      'volume create',
      'container create',
      'network connect',
      'volume mount',
      'container start',
      'container exec_create: true ',
      'container exec_start: true ',
      'container exec_die',
      'container top',
      'container archive-path',
      'container extract-to-dir',
      'container export',
      'container kill',
      'network disconnect',
      'volume unmount',
      'container die',
      'container stop',
      'container destroy',
      'container prune',
      'network destroy',
      'network prune',
      'volume destroy',
    ]);
    const attrs = (type: string, action: string) => mine.find((e) => e.Type === type && e.Action === action)!.Actor.Attributes;
    expect(attrs('network', 'connect')).toEqual({ container: id, name: 'evnet', type: 'bridge' });
    expect(attrs('volume', 'mount')).toEqual({
      container: id,
      destination: '/data',
      driver: 'local',
      propagation: '',
      'read/write': 'false',
    });
    expect(attrs('volume', 'unmount')).toEqual({ container: id, driver: 'local' });
    expect(attrs('container', 'kill').signal).toBe('15');
    expect(attrs('container', 'die')).toMatchObject({ exitCode: '143', execDuration: expect.stringMatching(/^\d+$/) });
    expect(attrs('network', 'prune')).toEqual({ reclaimed: '0' });
    expect(Number(attrs('container', 'prune').reclaimed)).toBeGreaterThanOrEqual(0);
  });

  test('--log-opt max-size and max-file rotate the json-file log as dockerd does; docker logs reads across the files', async () => {
    const id = (
      await d.dockerOk([
        'run',
        '-d',
        '--log-opt',
        'max-size=1k',
        '--log-opt',
        'max-file=2',
        IMG,
        'sh',
        '-c',
        'i=0; while [ $i -lt 200 ]; do echo "line $i"; i=$((i+1)); done',
      ])
    ).trim();
    expect(await d.dockerOk(['wait', id])).toBe('0\n');
    const log = (await inspect(id)).LogPath;
    expect(existsSync(`${log}.1`)).toBe(true);
    expect(existsSync(`${log}.2`)).toBe(false);
    for (const f of [log, `${log}.1`]) expect(statSync(f).size).toBeLessThanOrEqual(1024);
    const lines = (await d.dockerOk(['logs', id])).trim().split('\n');
    expect(lines.at(-1)).toBe('line 199');
    expect(lines.length).toBeLessThan(200);
    expect(lines).toEqual(lines.map((_, k) => `line ${200 - lines.length + k}`));
    await d.dockerOk(['rm', id]);
    expect(existsSync(`${log}.1`)).toBe(false);
    // compress: the rotated files gzipped (.N.gz), as dockerd keeps them; docker logs reads through them.
    const gz = (
      await d.dockerOk([
        'run',
        '-d',
        ...['--log-opt', 'max-size=1k', '--log-opt', 'max-file=3', '--log-opt', 'compress=true'],
        IMG,
        'sh',
        '-c',
        'i=0; while [ $i -lt 200 ]; do echo "line $i"; i=$((i+1)); done',
      ])
    ).trim();
    expect(await d.dockerOk(['wait', gz])).toBe('0\n');
    const gzLog = (await inspect(gz)).LogPath;
    await waitFor(() => existsSync(`${gzLog}.2.gz`) && !existsSync(`${gzLog}.1`), 60_000, 'the rotated log files to be compressed');
    const kept = (await d.dockerOk(['logs', gz])).trim().split('\n');
    expect(kept.at(-1)).toBe('line 199');
    expect(kept).toEqual(kept.map((_, k) => `line ${200 - kept.length + k}`));
    expect(kept.length).toBeGreaterThan(20);
    const refused = await d.docker(['run', '--rm', '--log-opt', 'max-size=1k', '--log-opt', 'compress=true', IMG, 'true']);
    expect(refused.stderr).toMatch(/compress cannot be true when max-file is less than 2/);
    await d.dockerOk(['rm', gz]);
  });

  test('--log-driver none: an attached run still prints, docker logs is refused as dockerd refuses it and nothing is kept; local: docker logs reads it', async () => {
    expect(await d.dockerOk(['run', '--rm', '--log-driver', 'none', IMG, 'echo', 'shown'])).toBe('shown\n');
    const none = (await d.dockerOk(['run', '-d', '--log-driver', 'none', IMG, 'echo', 'unkept'])).trim();
    expect(await d.dockerOk(['wait', none])).toBe('0\n');
    const refused = await d.docker(['logs', none]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe('Error response from daemon: configured logging driver does not support reading');
    const info = await inspect(none);
    expect([info.HostConfig.LogConfig.Type, info.LogPath]).toEqual(['none', '']);
    const local = (await d.dockerOk(['run', '-d', '--log-driver', 'local', '--log-opt', 'max-file=2', IMG, 'echo', 'kept'])).trim();
    expect(await d.dockerOk(['wait', local])).toBe('0\n');
    expect(await d.dockerOk(['logs', local])).toBe('kept\n');
    expect((await inspect(local)).LogPath).toBe('');
    const syslog = await d.docker(['run', '--rm', '--log-driver', 'syslog', IMG, 'true']);
    expect(syslog.code).toBe(125);
    expect(syslog.stderr).toMatch(/--log-driver syslog: tandem has the json-file, local and none log drivers only/);
    await d.dockerOk(['rm', none, local]);
  });

  test('logs -f follows until the container exits; wait returns its code', async () => {
    await d.dockerOk(['run', '-d', '--name', 'f1', IMG, 'sh', '-c', 'for i in 1 2 3; do echo line$i; sleep 0.3; done; exit 4']);
    const follow = await d.docker(['logs', '-f', 'f1']);
    expect(follow.stdout).toBe('line1\nline2\nline3\n');
    const future = await d.docker(['logs', '--since', String(Math.ceil(Date.now() / 1000) + 60), 'f1']);
    expect(future.stdout).toBe('');
    expect((await d.dockerOk(['wait', 'f1'])).trim()).toBe('4');
    await d.dockerOk(['rm', 'f1']);
  });

  test('exec: output, exit code, stdin, env, a missing program; top; kill; restart; pause', async () => {
    await d.dockerOk(['run', '-d', '--name', 'e1', '-e', 'BASE=1', IMG, 'sleep', '600']);
    expect(await d.dockerOk(['exec', 'e1', 'sh', '-c', 'echo "$BASE $X"'])).toBe('1 \n');
    expect(await d.dockerOk(['exec', '-e', 'X=2', '-w', '/tmp', 'e1', 'sh', '-c', 'echo "$X $(pwd)"'])).toBe('2 /tmp\n');
    expect((await d.docker(['exec', 'e1', 'sh', '-c', 'exit 5'])).code).toBe(5);
    const piped = await d.docker(['exec', '-i', 'e1', 'sh', '-c', 'cat; echo done'], { input: 'in\n' });
    expect(piped.stdout).toBe('in\ndone\n');
    const missing = await d.docker(['exec', 'e1', 'nosuch']);
    expect(missing.code).toBe(127);
    const stats = await d.dockerOk(['stats', '--no-stream', '--format', '{{.Name}} {{.PIDs}} {{.MemUsage}}', 'e1']);
    expect(stats.trim()).toMatch(/^e1 1 [\d.]+[KMG]i?B \/ /);
    const top = await d.dockerOk(['top', 'e1']);
    expect(top).toMatch(/sleep 600/);
    await d.dockerOk(['pause', 'e1']);
    expect((await inspect('e1')).State.Status).toBe('paused');
    expect((await d.docker(['exec', 'e1', 'true'])).code).not.toBe(0);
    await d.dockerOk(['unpause', 'e1']);
    expect((await inspect('e1')).State.Status).toBe('running');
    const pid = (await inspect('e1')).State.Pid;
    await d.dockerOk(['restart', '-t', '0', 'e1']);
    const restarted = await inspect('e1');
    expect(restarted.State.Running).toBe(true);
    expect(restarted.State.Pid).not.toBe(pid);
    await d.dockerOk(['rename', 'e1', 'e2']);
    expect((await inspect('e2')).Name).toBe('/e2');
    await d.dockerOk(['kill', 'e2']);
    await waitFor(async () => (await inspect('e2')).State.Status === 'exited', 20_000, 'e2 to exit after kill');
    expect((await inspect('e2')).State.ExitCode).toBe(137);
    const killStopped = await d.docker(['kill', 'e2']);
    expect(killStopped.stderr).toMatch(/is not running/);
    await d.dockerOk(['rm', 'e2']);
  });

  test('restart policies: on-failure:2 restarts twice, then stays exited; --add-host', async () => {
    await d.dockerOk(['run', '-d', '--name', 'rp', '--restart', 'on-failure:2', IMG, 'sh', '-c', 'echo try; exit 1']);
    await waitFor(
      async () => {
        const s = await inspect('rp');
        return s.RestartCount === 2 && s.State.Status === 'exited';
      },
      60_000,
      'rp to be restarted twice and stay exited',
    );
    expect((await d.dockerOk(['logs', 'rp'])).trim().split('\n')).toEqual(['try', 'try', 'try']);
    await d.dockerOk(['rm', 'rp']);
    const hosts = await d.dockerOk(['run', '--rm', '--add-host', 'db.local:10.1.2.3', IMG, 'cat', '/etc/hosts']);
    expect(hosts).toMatch(/^10\.1\.2\.3\tdb\.local$/m);
  });

  test('container prune removes what is not running, as its filters select, and says what it reclaimed', async () => {
    await d.dockerOk(['run', '-d', '--name', 'p-run', IMG, 'sleep', '600']);
    await d.dockerOk(['create', '--name', 'p-created', IMG, 'true']);
    await d.docker(['run', '--name', 'p-exited', IMG, 'true']);
    // Filters narrow it as in dockerd: label, label!, until; an unknown one is refused, never ignored.
    await d.docker(['run', '--name', 'p-kept', '--label', 'keep=yes', IMG, 'sh', '-c', 'head -c 100000 /dev/zero > /big']);
    expect((await d.docker(['container', 'prune', '-f', '--filter', 'nosuch=1'])).stderr).toContain("invalid filter 'nosuch'");
    expect((await d.dockerOk(['container', 'prune', '-f', '--filter', 'until=2000-01-01T00:00:00Z'])).match(/^[0-9a-f]{64}$/gm)).toBeNull();
    const labelled = await d.dockerOk(['container', 'prune', '-f', '--filter', 'label=keep=yes']);
    expect(labelled.match(/^[0-9a-f]{64}$/gm)?.length).toBe(1);
    // What it held is reclaimed: its 100 kB file at least.
    expect(labelled).toMatch(/Total reclaimed space: (\d{3}(\.\d+)?kB|\d+(\.\d+)?MB)/);
    const out = await d.dockerOk(['container', 'prune', '-f', '--filter', 'label!=keep', '--filter', 'until=2100-01-01T00:00:00Z']);
    expect(out.match(/^[0-9a-f]{64}$/gm)?.length).toBe(2);
    expect((await d.dockerOk(['ps', '-a', '--format', '{{.Names}}'])).trim()).toBe('p-run');
    await d.dockerOk(['rm', '-f', 'p-run']);
  });

  test('rm refuses a running container, rm -f removes it', async () => {
    await d.dockerOk(['run', '-d', '--name', 'r1', IMG, 'sleep', '600']);
    const r = await d.docker(['rm', 'r1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /You cannot remove a running container [0-9a-f]{64}. Stop the container before attempting removal or force remove/,
    );
    await d.dockerOk(['rm', '-f', 'r1']);
    expect(await d.dockerOk(['ps', '-aq'])).toBe('');
    expect(await cd.ctrOk(['tasks', 'ls', '-q'])).toBe('');
  });
});

describe('volumes', () => {
  test('--rm takes the anonymous volumes with it; a --rm container that cannot start (its port taken) is removed and the CLI returns', async () => {
    const volumes = async () => (await d.dockerOk(['volume', 'ls', '-q'])).trim().split('\n').filter(Boolean).sort();
    const before = await volumes();
    await d.dockerOk(['run', '--rm', '-v', '/anon-data', IMG, 'sh', '-c', 'echo x > /anon-data/f']);
    expect(await volumes()).toEqual(before);
    const port = await freePort();
    await d.dockerOk(['run', '-d', '--name', 'holder', '-p', `${port}:80`, IMG, 'sleep', '300']);
    const taken = await d.docker(['run', '--rm', '--name', 'refused', '-v', '/anon-data', '-p', `${port}:80`, IMG, 'true'], {
      timeoutMs: 120_000,
    });
    expect(taken.code).toBe(125);
    expect(taken.stderr).toContain(`Bind for 0.0.0.0:${port} failed: port is already allocated`);
    expect(await d.dockerOk(['ps', '-a', '--filter', 'name=refused', '-q'])).toBe('');
    expect(await volumes()).toEqual(before);
    // Without --rm it stays, created, the error on its record (dockerd's exit code 128).
    const kept = await d.docker(['run', '--name', 'refused2', '-p', `${port}:80`, IMG, 'true']);
    expect(kept.code).toBe(125);
    // dockerd 28's words: the networking set-up, the endpoint, its driver's port allocator.
    expect((await d.dockerOk(['inspect', '-f', '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}', 'refused2'])).trim()).toMatch(
      new RegExp(
        `^created 128 failed to set up container networking: driver failed programming external connectivity on endpoint refused2 \\([0-9a-f]{64}\\): Bind for 0\\.0\\.0\\.0:${port} failed: port is already allocated$`,
      ),
    );
    await d.dockerOk(['rm', '-f', 'holder', 'refused2']);
  });

  test('a named volume is created on first use and outlives its container; a bind mount shows host files', async () => {
    await d.dockerOk(['run', '--rm', '-v', 'data1:/data', IMG, 'sh', '-c', 'echo kept > /data/f']);
    expect((await d.dockerOk(['run', '--rm', '-v', 'data1:/data:ro', IMG, 'cat', '/data/f'])).trim()).toBe('kept');
    const ro = await d.docker(['run', '--rm', '-v', 'data1:/data:ro', IMG, 'sh', '-c', 'echo x > /data/g']);
    expect(ro.code).not.toBe(0);
    const vols = await d.dockerOk(['volume', 'ls', '--format', '{{.Name}} {{.Driver}}']);
    expect(vols).toContain('data1 local');
    const v = JSON.parse(await d.dockerOk(['volume', 'inspect', 'data1']))[0];
    expect(readFileSync(join(v.Mountpoint, 'f'), 'utf8')).toBe('kept\n');
    const host = mkdtempSync('/tmp/tdb-');
    try {
      writeFileSync(join(host, 'h'), 'from host\n');
      expect(await d.dockerOk(['run', '--rm', '-v', `${host}:/h`, IMG, 'cat', '/h/h'])).toBe('from host\n');
      // -v makes a missing host path as a directory (Compose's `./data:/data` counts on it); --mount refuses it.
      const made = join(host, 'new', 'sub');
      await d.dockerOk(['run', '--rm', '-v', `${made}:/m`, IMG, 'sh', '-c', 'echo written > /m/f']);
      expect(statSync(made).mode & 0o7777).toBe(0o755);
      expect(readFileSync(join(made, 'f'), 'utf8')).toBe('written\n');
      const refused = await d.docker(['run', '--rm', '--mount', `type=bind,src=${join(host, 'absent')},dst=/m`, IMG, 'true']);
      expect(refused.code).toBe(125);
      expect(refused.stderr).toContain(`invalid mount config for type "bind": bind source path does not exist: ${join(host, 'absent')}`);
    } finally {
      removeTree(host);
    }
    await d.dockerOk(['create', '--name', 'user1', '-v', 'data1:/data', IMG, 'true']);
    const inUse = await d.docker(['volume', 'rm', 'data1']);
    expect(inUse.stderr).toMatch(/volume is in use/);
    await d.dockerOk(['rm', 'user1']);
    await d.dockerOk(['volume', 'rm', 'data1']);
    expect(await d.dockerOk(['volume', 'ls', '-q'])).not.toContain('data1');
  });
});

describe('the daemon socket in a container', () => {
  // No daemon listens at /var/run/docker.sock here; where one does, that bind is its own.
  const hostHasDaemon = (() => {
    try {
      return statSync('/var/run/docker.sock').isSocket();
    } catch {
      return false;
    }
  })();
  test.skipIf(hostHasDaemon)(
    "-v /var/run/docker.sock with no daemon there binds the endpoint's own socket, as Docker Desktop does: the docker CLI in the container lists the container; nothing is made on the host",
    async () => {
      const existed = existsSync('/var/run/docker.sock');
      const cli = realpathSync(execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim());
      const args = ['-v', '/var/run/docker.sock:/var/run/docker.sock', '-v', `${cli}:/usr/local/bin/docker:ro`, '-e', 'HOME=/tmp'];
      const out = await d.dockerOk(['run', '--rm', '--name', 'dind1', ...args, IMG, 'docker', 'ps', '--format', '{{.Names}}']);
      expect(out.split('\n')).toContain('dind1');
      // dockerd would have made an empty directory there for the -v.
      if (!existed) expect(existsSync('/var/run/docker.sock')).toBe(false);
    },
  );
});

describe('housekeeping', () => {
  test('rm -v and volume prune (anonymous volumes; -a every unused one), networks connected, inspected, disconnected and pruned, system df, streaming stats', async () => {
    const vols = async () => (await d.dockerOk(['volume', 'ls', '-q'])).trim().split('\n').filter(Boolean);
    const before = new Set(await vols());
    const fresh = async () => (await vols()).filter((v) => !before.has(v));
    // rm -v removes the container's anonymous volume; without -v it stays until a prune.
    await d.dockerOk(['run', '-d', '--name', 'hk1', '-v', '/anon1', IMG, 'sleep', '600']);
    expect(await fresh()).toHaveLength(1);
    await d.dockerOk(['rm', '-f', '-v', 'hk1']);
    expect(await fresh()).toEqual([]);
    await d.dockerOk(['create', '--name', 'hk2', '-v', '/anon2', IMG, 'true']);
    await d.dockerOk(['rm', 'hk2']);
    await d.dockerOk(['volume', 'create', 'hknamed']);
    await d.dockerOk(['run', '--rm', '-v', 'hknamed:/v', IMG, 'sh', '-c', 'head -c 300000 /dev/zero > /v/f']);
    expect(await fresh()).toHaveLength(2);
    expect(await d.dockerOk(['volume', 'prune', '-f'])).toMatch(/Deleted Volumes:\n[0-9a-f]{64}\n/);
    expect(await fresh()).toEqual(['hknamed']);
    // system df counts a volume's bytes; a prune says what it reclaimed.
    const dfv = await d.dockerOk(['system', 'df', '-v', '--format', '{{range .Volumes}}{{.Name}}={{.Size}} {{end}}']);
    expect(dfv).toContain('hknamed=300kB');
    expect(await d.dockerOk(['volume', 'prune', '-a', '-f', '--filter', 'label!=nosuch'])).toMatch(
      /hknamed[\s\S]*Total reclaimed space: 300kB/,
    );
    expect(await fresh()).toEqual([]);

    await d.dockerOk(['network', 'create', 'hknet']);
    await d.dockerOk(['run', '-d', '--name', 'hk3', IMG, 'sleep', '600']);
    await d.dockerOk(['network', 'connect', '--alias', 'web', 'hknet', 'hk3']);
    const net = JSON.parse(await d.dockerOk(['network', 'inspect', 'hknet']))[0];
    expect(Object.values(net.Containers as Record<string, { Name: string }>).map((c) => c.Name)).toEqual(['hk3']);
    expect((await inspect('hk3')).NetworkSettings.Networks.hknet.Aliases).toContain('web');
    // Connected again while running: libnetwork's refusal, the first alias kept.
    const twice = await d.docker(['network', 'connect', '--alias', 'other', 'hknet', 'hk3']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('endpoint with name hk3 already exists in network hknet');
    expect((await inspect('hk3')).NetworkSettings.Networks.hknet.Aliases).toEqual(['web']);
    // --network container:X as dockerd checks it at start (it started anyway, before).
    const joins = await d.docker(['run', '--rm', '--network', 'container:hk3', IMG, 'sh', '-c', 'echo joined; cat /etc/hosts']);
    expect([joins.code, joins.stdout]).toEqual([0, `joined\n${await d.dockerOk(['exec', 'hk3', 'cat', '/etc/hosts'])}`]); // X's names
    await d.dockerOk(['create', '--name', 'hk-joined', '--network', 'container:hk3', IMG, 'true']);
    expect((await inspect('hk-joined')).NetworkSettings.Networks).toEqual({}); // none of its own, as in dockerd
    await d.dockerOk(['rm', 'hk-joined']);
    const missing = await d.docker(['run', '--rm', '--network', 'container:no-such-ctr', IMG, 'true']);
    expect(missing.code).toBe(125);
    expect(missing.stderr).toContain('No such container: no-such-ctr');
    await d.dockerOk(['create', '--name', 'hk-stopped', IMG, 'true']);
    const stopped = await d.docker(['run', '--rm', '--network', 'container:hk-stopped', IMG, 'true']);
    expect(stopped.stderr).toContain('cannot join network of a non running container: hk-stopped');
    await d.dockerOk(['rm', 'hk-stopped']);
    const inUse = await d.docker(['network', 'rm', 'hknet']);
    expect(inUse.code).toBe(1);
    expect(inUse.stderr).toMatch(/has active endpoints/);
    await d.dockerOk(['network', 'disconnect', 'hknet', 'hk3']);
    expect(JSON.parse(await d.dockerOk(['network', 'inspect', 'hknet']))[0].Containers).toEqual({});
    // Filters as dockerd takes them: one that selects nothing leaves it.
    expect(await d.dockerOk(['network', 'prune', '-f', '--filter', 'label=nosuch'])).not.toContain('hknet');
    expect(await d.dockerOk(['network', 'prune', '-f', '--filter', 'until=2100-01-01T00:00:00Z'])).toContain('hknet');
    expect(await d.dockerOk(['network', 'ls', '--format', '{{.Name}}'])).not.toContain('hknet');

    const df = await d.dockerOk(['system', 'df']);
    expect(df).toMatch(/^TYPE\s+TOTAL\s+ACTIVE\s+SIZE\s+RECLAIMABLE\n/);
    for (const row of ['Images', 'Containers', 'Local Volumes', 'Build Cache']) expect(df).toContain(row);
    expect(await d.dockerOk(['system', 'df', '-v', '--format', '{{json .}}'])).toContain('"Containers"');

    // docker stats without --no-stream: a frame per second until the client goes away.
    const stats = spawn('docker', ['stats', '--format', '{{.Name}} {{.PIDs}}', 'hk3'], { env: d.env });
    let out = '';
    stats.stdout.on('data', (b: Buffer) => (out += b.toString()));
    try {
      await waitFor(async () => (out.match(/hk3 \d+/g) ?? []).length >= 2, 60_000, 'two frames of docker stats');
    } finally {
      stats.kill();
    }
    await d.dockerOk(['rm', '-f', 'hk3']);
  });

  test('--restart unless-stopped: brought back after each exit until the user stops it', async () => {
    await d.dockerOk(['run', '-d', '--name', 'us1', '--restart', 'unless-stopped', IMG, 'sh', '-c', 'sleep 2; exit 3']);
    // Stopped while running, not while a restart is starting it again (a stop then is not yet
    // seen by the start in flight: see the session note).
    await waitFor(
      async () => {
        const c = await inspect('us1');
        return c.RestartCount >= 2 && c.State.Status === 'running';
      },
      60_000,
      'two restarts, then running',
    );
    await d.dockerOk(['stop', '-t', '1', 'us1']);
    const stopped = await inspect('us1');
    expect(stopped.State.Status).toBe('exited');
    await new Promise((r) => setTimeout(r, 2000));
    const later = await inspect('us1');
    expect([later.State.Status, later.RestartCount]).toEqual(['exited', stopped.RestartCount]);
    await d.dockerOk(['rm', 'us1']);
  });

  test('a stop while the restart policy is starting the container again holds: it stays exited', async () => {
    // Restarted every ~0.5 s, so that a stop of a `restarting` container often lands while the
    // endpoint's start is under way (its task being created); that start used to finish after the
    // stop returned and record the container running again.
    await d.dockerOk(['create', '--name', 'us2', '--restart', 'unless-stopped', IMG, 'sh', '-c', 'sleep 0.3; exit 3']);
    for (let i = 0; i < 6; i++) {
      await d.dockerOk(['start', 'us2']);
      await waitFor(
        async () => {
          const c = await inspect('us2');
          return c.RestartCount >= 1 && c.State.Status === 'restarting';
        },
        60_000,
        `us2 restarting (round ${i})`,
      );
      await d.dockerOk(['stop', '-t', '1', 'us2']);
      const stopped = await inspect('us2');
      expect(stopped.State.Status, `round ${i}`).toBe('exited');
      await new Promise((r) => setTimeout(r, 1000));
      const later = await inspect('us2');
      expect([later.State.Status, later.RestartCount], `round ${i}`).toEqual(['exited', stopped.RestartCount]);
    }
    await d.dockerOk(['rm', '-f', 'us2']);
    expect(await d.dockerOk(['ps', '-a', '--filter', 'name=us2', '--format', '{{.Names}}'])).toBe('');
  });

  test('docker start and docker restart set the restart count back to 0, as dockerd does', async () => {
    // Fails once (its first run leaves a mark in its own layer), is brought back, then runs on.
    const once = 'test -e /failed-once || { touch /failed-once; exit 3; }; sleep 600';
    await d.dockerOk(['run', '-d', '--name', 'us3', '--restart', 'on-failure', IMG, 'sh', '-c', once]);
    await waitFor(
      async () => {
        const c = await inspect('us3');
        return c.RestartCount === 1 && c.State.Status === 'running';
      },
      60_000,
      'one restart, then running',
    );
    await d.dockerOk(['stop', '-t', '1', 'us3']);
    await d.dockerOk(['start', 'us3']);
    expect((await inspect('us3')).RestartCount).toBe(0);
    await d.dockerOk(['rm', '-f', 'us3']);
  });
});

describe('state', () => {
  test('a restart of the endpoint loses nothing: names, running containers, exits, logs', async () => {
    await d.dockerOk(['run', '-d', '--name', 'keep-running', IMG, 'sh', '-c', 'echo before; while true; do sleep 1; done']);
    await d.dockerOk(['run', '--name', 'keep-exited', IMG, 'sh', '-c', 'echo bye; exit 2']).catch(() => {});
    await waitFor(async () => (await d.dockerOk(['logs', 'keep-running'])).includes('before'), 20_000, 'keep-running to log');
    await d.stop();
    await d.launch();
    const ps = await d.dockerOk(['ps', '-a', '--format', '{{.Names}} {{.State}}']);
    expect(ps).toContain('keep-running running');
    expect(ps).toContain('keep-exited exited');
    expect((await inspect('keep-exited')).State.ExitCode).toBe(2);
    expect(await d.dockerOk(['logs', 'keep-exited'])).toBe('bye\n');
    // The running one is followed again: its exit is seen, its output still logged.
    await d.dockerOk(['kill', '--signal', 'KILL', 'keep-running']);
    expect((await d.dockerOk(['wait', 'keep-running'])).trim()).toBe('137');
    expect(await d.dockerOk(['logs', 'keep-running'])).toBe('before\n');
    await d.dockerOk(['rm', 'keep-running', 'keep-exited']);
  });
});

describe('restart policies across a restart of the endpoint', () => {
  test('a --restart always container whose process died while the endpoint was down runs again when it is back', async () => {
    await d.dockerOk(['run', '-d', '--name', 'phoenix', '--restart', 'always', IMG, 'sh', '-c', 'echo up; exec sleep 600']);
    await waitFor(async () => (await d.dockerOk(['logs', 'phoenix'])) === 'up\n', 30_000, 'phoenix to log');
    const id = (await inspect('phoenix')).Id as string;
    await d.stop();
    await cd.ctrOk(['tasks', 'kill', '--signal', 'SIGKILL', id]);
    await waitFor(
      async () => new RegExp(`^${id}\\s+\\d+\\s+STOPPED`, 'm').test(await cd.ctrOk(['tasks', 'ls'])),
      30_000,
      'the task to stop',
    );
    await d.launch();
    await waitFor(
      async () => {
        const st = await inspect('phoenix');
        return st.State.Running === true && st.RestartCount >= 1;
      },
      60_000,
      'phoenix to be restarted by its policy',
    );
    await waitFor(async () => (await d.dockerOk(['logs', 'phoenix'])) === 'up\nup\n', 30_000, 'the second run to log');
    await d.dockerOk(['rm', '-f', 'phoenix']);
  });
});

describe('published ports on a native container (it shares the host network)', () => {
  test('-p H:C is forwarded to its C while it runs; a host port in use fails the start (125) as in dockerd', async () => {
    const [h, c] = [await freePort(), await freePort()];
    await d.dockerOk([
      'run',
      '-d',
      '--name',
      'web1',
      '-p',
      `${h}:${c}`,
      IMG,
      'sh',
      '-c',
      `mkdir -p /www && echo hello > /www/index.html && exec httpd -f -p 127.0.0.1:${c} -h /www`,
    ]);
    const get = () => fetch(`http://127.0.0.1:${h}/index.html`).then((r) => r.text());
    await waitFor(async () => (await get().catch(() => '')) === 'hello\n', 60_000, `the container's page through host port ${h}`);
    expect(await d.dockerOk(['port', 'web1'])).toContain(`${c}/tcp -> 0.0.0.0:${h}`);
    // No address given: IPv6 as well, as dockerd 28 publishes and lists it (this host has IPv6).
    expect(await d.dockerOk(['port', 'web1'])).toContain(`${c}/tcp -> [::]:${h}`);
    expect(await fetch(`http://[::1]:${h}/index.html`).then((r) => r.text())).toBe('hello\n');
    // A restart gives the port back before it asks for it again.
    await d.dockerOk(['restart', '-t', '1', 'web1']);
    await waitFor(async () => (await get().catch(() => '')) === 'hello\n', 60_000, `the page through host port ${h} after a restart`);
    const taken = await d.docker(['run', '-d', '--name', 'web2', '-p', `${h}:${c + 1}`, IMG, 'sleep', '100']);
    expect(taken.code).toBe(125);
    expect(taken.stderr).toContain(`Bind for 0.0.0.0:${h} failed: port is already allocated`);
    expect((await inspect('web2')).State.Status).toBe('created');
    await d.dockerOk(['rm', '-f', 'web1', 'web2']);
    // A port another program holds: the bind fails, in dockerd 28's words, whether the endpoint
    // relays it (host port ≠ container port) or the container would bind it itself.
    const other = createServer();
    await new Promise<void>((r) => other.listen(h, '0.0.0.0', r));
    try {
      for (const [name, c2] of [
        ['web3', c + 2],
        ['web4', h],
      ] as const) {
        const held = await d.docker(['run', '-d', '--name', name, '-p', `${h}:${c2}`, IMG, 'sleep', '100']);
        expect(held.code).toBe(125);
        expect(held.stderr).toMatch(
          new RegExp(
            `^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint ${name} \\([0-9a-f]{64}\\): failed to bind host port for 0\\.0\\.0\\.0:${h}:${c2}/tcp: address already in use\n`,
          ),
        );
        await d.dockerOk(['rm', '-f', name]);
      }
    } finally {
      other.close();
    }
    await expect(get()).rejects.toThrow();
  });

  test('-P and -p C take a free host port at each start, as dockerd does; a range -p A-B:C one of its ports; a stopped container publishes none', async () => {
    const [c, c2, busy] = [await freePort(), await freePort(), await freePort()];
    const [lo, hi] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    await d.dockerOk([
      'run',
      '-d',
      '--name',
      'eph',
      '--expose',
      String(c),
      '-P',
      '-p',
      `127.0.0.1:${busy}-${busy + 5}:${c2}`,
      IMG,
      'sh',
      '-c',
      `mkdir -p /www && echo eph > /www/index.html && httpd -p 127.0.0.1:${c2} -h /www && exec httpd -f -p 127.0.0.1:${c} -h /www`,
    ]);
    const ports = () =>
      d.dockerOk(['port', 'eph']).then((out) =>
        out
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => l.replace(/^.* -> /, '')),
      );
    const all = await ports();
    // The IPv6 line of -P's binding has its port; a binding with an address has none.
    const first = all.filter((p) => !p.startsWith('[::]:'));
    expect(first).toHaveLength(2);
    expect(all.filter((p) => p.startsWith('[::]:')).map((p) => p.slice(4))).toEqual(
      first.filter((p) => p.startsWith('0.0.0.0:')).map((p) => p.slice(7)),
    );
    const eph = first.find((p) => p.startsWith('0.0.0.0:'))!;
    const ranged = first.find((p) => p.startsWith('127.0.0.1:'))!;
    const ephPort = Number(eph.split(':')[1]);
    expect(ephPort).toBeGreaterThanOrEqual(lo);
    expect(ephPort).toBeLessThanOrEqual(hi);
    expect(Number(ranged.split(':')[1])).toBeGreaterThanOrEqual(busy);
    expect(Number(ranged.split(':')[1])).toBeLessThanOrEqual(busy + 5);
    for (const hp of first) {
      const get = () => fetch(`http://${hp.replace('0.0.0.0', '127.0.0.1')}/index.html`).then((r) => r.text());
      await waitFor(async () => (await get().catch(() => '')) === 'eph\n', 60_000, `the page through ${hp}`);
    }
    // ps shows what is published; the record keeps what was asked.
    expect(await d.dockerOk(['ps', '--filter', 'name=eph', '--format', '{{.Ports}}'])).toContain(`${eph}->${c}/tcp`);
    const asked = (await inspect('eph')).HostConfig;
    expect(asked.PublishAllPorts).toBe(true);
    expect(asked.PortBindings[`${c2}/tcp`]).toEqual([{ HostIp: '127.0.0.1', HostPort: `${busy}-${busy + 5}` }]);
    await d.dockerOk(['stop', '-t', '1', 'eph']);
    expect((await d.dockerOk(['port', 'eph'])).trim()).toBe('');
    expect((await inspect('eph')).NetworkSettings.Ports).toEqual({});
    await expect(fetch(`http://127.0.0.1:${ephPort}/`)).rejects.toThrow();
    // The next start takes the range's next free port, not the one just given back.
    await d.dockerOk(['start', 'eph']);
    const again = (await ports()).filter((p) => !p.startsWith('[::]:'));
    expect(again).toHaveLength(2);
    expect(again.find((p) => p.startsWith('0.0.0.0:'))).not.toBe(eph);
    await d.dockerOk(['rm', '-f', 'eph']);
  });
});
