// Routing through the Docker endpoint: `--runtime tandem-vm` and the annotation
// io.containerd.tandem.runtime=vm put a linux container in the guest VM, beside a native one,
// from the same docker CLI; `docker run --platform linux/arm64` of a multi-platform image runs
// its arm64 manifest in the guest (qemu-user there) beside the amd64 one run natively. The
// guest boots once for this file (TCG here, so it is slow).
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Containerd } from '../helpers/containerd.js';
import { DockerEndpoint, freePort, request } from '../helpers/docker.js';
import { importBusyboxIndex } from '../helpers/multi-platform.js';
import { run, waitFor } from '../helpers/run.js';

let cd: Containerd;
let d: DockerEndpoint;
const IMG = 'tandem/busybox';
const MULTI = 'docker.io/tandem/busybox-multi:latest';

beforeAll(async () => {
  // The machine is shared: give the TCG boot room (the shim's own default is 120 s).
  cd = await Containerd.start({ env: { TANDEM_VM_IDLE_TIMEOUT_MS: '600000', TANDEM_VM_BOOT_TIMEOUT_MS: '280000' } });
  await cd.importBusybox();
  await importBusyboxIndex(cd, MULTI);
  d = await DockerEndpoint.start(cd);
  // Boot the guest once, up front.
  const r = await d.docker(['run', '--rm', '--runtime', 'tandem-vm', IMG, 'true'], { timeoutMs: 290_000 });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 320_000);
afterAll(async () => {
  await d?.dispose();
  await cd?.dispose();
});

test('a native and a VM container side by side: different kernels, exit codes and logs from both', async () => {
  await d.dockerOk(['run', '-d', '--name', 'native1', IMG, 'sleep', '600']);
  await d.dockerOk(['run', '-d', '--name', 'vm1', '--runtime', 'tandem-vm', IMG, 'sleep', '600']);
  const host = execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim();
  expect((await d.dockerOk(['exec', 'native1', 'uname', '-r'])).trim()).toBe(host);
  const guest = (await d.dockerOk(['exec', 'vm1', 'uname', '-r'])).trim();
  expect(guest).toMatch(/^\d+\.\d+/);
  expect(guest).not.toBe(host);
  const info = JSON.parse(await d.dockerOk(['inspect', 'vm1']))[0];
  expect(info.HostConfig.Runtime).toBe('tandem-vm');
  const r = await d.docker(['run', '--rm', '--runtime', 'tandem-vm', IMG, 'sh', '-c', 'echo from-vm; echo err >&2; exit 9']);
  expect(r.code).toBe(9);
  expect(r.stdout).toBe('from-vm\n');
  expect(r.stderr).toBe('err\n');
  // --network container:X across the two executors: their networks differ, refused at start.
  const join = await d.docker(['run', '--rm', '--runtime', 'tandem-vm', '--network', 'container:native1', IMG, 'true']);
  expect(join.code).toBe(125);
  expect(join.stderr).toContain('cannot join network of container native1: it runs natively and this one in the VM');
  await d.dockerOk(['rm', '-f', 'native1', 'vm1']);
}, 180_000);

test('docker run -i and exec -i into a VM container: every byte of a stdin larger than what is in flight reaches the process', async () => {
  // The endpoint asked for CloseIO while most of the client's bytes were still queued on its
  // side, and the shim took that as stdin's end: `md5sum` saw 4.98 of 10 MB.
  const input = randomBytes(10_000_000);
  const sum = `${createHash('md5').update(input).digest('hex')}  -\n`;
  const r = await d.docker(['run', '-i', '--rm', '--runtime', 'tandem-vm', IMG, 'md5sum'], { input, timeoutMs: 240_000 });
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe(sum);
  await d.dockerOk(['run', '-d', '--name', 'vmstdin', '--runtime', 'tandem-vm', IMG, 'sleep', '600']);
  expect(await d.dockerOk(['exec', '-i', 'vmstdin', 'md5sum'], { input, timeoutMs: 240_000 })).toBe(sum);
  await d.dockerOk(['rm', '-f', 'vmstdin']);
}, 300_000);

test('a host unix socket bound into a VM container is forwarded: the docker CLI in the VM lists its own container through the endpoint', async () => {
  // The share carries a socket's file, never its connections: the agent listens in its place and
  // the shim relays each connection to the host socket (docker-in-docker clients, testcontainers).
  // Read-only, as such binds often are: a socket on a read-only mount still takes connections.
  const cli = realpathSync(execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim());
  const args = ['-v', `${d.socket}:/var/run/docker.sock:ro`, '-v', `${cli}:/usr/local/bin/docker:ro`, '-e', 'HOME=/tmp'];
  const r = await d.docker(
    [
      'run',
      '--rm',
      '--name',
      'vmdind',
      '--runtime',
      'tandem-vm',
      ...args,
      IMG,
      'sh',
      '-c',
      'ls -l /var/run/docker.sock; docker ps --format "{{.Names}} {{.Status}}"',
    ],
    { timeoutMs: 240_000 },
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^s\S+ .* \/var\/run\/docker\.sock\n/);
  expect(r.stdout).toMatch(/^vmdind Up /m);
  // An attach through the forwarded socket: the hijacked stream carries stdin and output both ways.
  await d.dockerOk(['run', '-d', '--name', 'vmdind2', '--runtime', 'tandem-vm', ...args, IMG, 'sleep', '600']);
  const sum = await d.dockerOk(['exec', 'vmdind2', 'sh', '-c', 'head -c 3000000 /dev/zero | docker run -i --rm tandem/busybox md5sum'], {
    timeoutMs: 240_000,
  });
  expect(sum.trim()).toBe(`${createHash('md5').update(Buffer.alloc(3_000_000)).digest('hex')}  -`);
  await d.dockerOk(['rm', '-f', 'vmdind2']);
}, 300_000);

test("an edit on the host under a bind reaches the watchers of a VM container (inotify: a dev server's hot reload), as it does natively", async () => {
  // virtiofs carries no inotify events: the shim watches the bind's source on the host and the
  // agent touches each changed path through the container's root (file-events.ts, guest/touch.ts).
  const src = mkdtempSync(join(tmpdir(), 'tandem-watch-'));
  const tools = mkdtempSync(join(tmpdir(), 'tandem-watch-tools-'));
  try {
    execFileSync('cc', [
      '-static',
      '-O2',
      '-o',
      join(tools, 'watch'),
      fileURLToPath(new URL('../fixtures/inotify-watch.c', import.meta.url)),
    ]);
    writeFileSync(join(src, 'app.js'), 'v1');
    await d.dockerOk([
      'run',
      '-d',
      '--name',
      'vmwatch',
      '--runtime',
      'tandem-vm',
      '-v',
      `${src}:/src`,
      '-v',
      `${tools}:/t:ro`,
      IMG,
      '/t/watch',
      '/src',
    ]);
    const events = async () => (await d.dockerOk(['logs', 'vmwatch'])).split('\n');
    await waitFor(async () => (await events()).includes('ready'), 120_000, 'the watcher in the VM container to start');
    writeFileSync(join(src, 'app.js'), 'v2');
    await waitFor(async () => (await events()).some((l) => / app\.js$/.test(l)), 60_000, 'an event for app.js, edited on the host');
    writeFileSync(join(src, 'new.js'), 'x');
    await waitFor(async () => (await events()).some((l) => / new\.js$/.test(l)), 60_000, 'an event for new.js, made on the host');
    rmSync(join(src, 'app.js'));
    // A file gone has its directory touched: the watcher of the directory hears of it.
    await waitFor(async () => (await events()).some((l) => / \.$/.test(l)), 60_000, 'an event for the directory after app.js was removed');
    // The container sees the host's files as they are now.
    expect((await d.dockerOk(['exec', 'vmwatch', 'ls', '/src'])).trim()).toBe('new.js');
  } finally {
    await d.docker(['rm', '-f', 'vmwatch']);
    rmSync(src, { recursive: true, force: true });
    rmSync(tools, { recursive: true, force: true });
  }
}, 300_000);

test('docker cp in and out of a running VM container: the host side of its shared root filesystem and of its volume', async () => {
  const script = 'echo in-guest > /made && echo in-volume > /vol/v.txt && exec sleep 600';
  await d.dockerOk(['run', '-d', '--name', 'vmcp', '--runtime', 'tandem-vm', '-v', 'vmcpvol:/vol', IMG, 'sh', '-c', script]);
  const dir = mkdtempSync(join(tmpdir(), 'tandem-vmcp-'));
  try {
    writeFileSync(join(dir, 'up.txt'), 'from the host\n');
    await d.dockerOk(['cp', join(dir, 'up.txt'), 'vmcp:/up.txt']);
    expect(await d.dockerOk(['exec', 'vmcp', 'cat', '/up.txt'])).toBe('from the host\n');
    await waitFor(
      async () => (await d.docker(['exec', 'vmcp', 'test', '-e', '/made'])).code === 0,
      120_000,
      'the VM container wrote /made',
    );
    await d.dockerOk(['cp', 'vmcp:/made', join(dir, 'made')]);
    expect(readFileSync(join(dir, 'made'), 'utf8')).toBe('in-guest\n');
    // A volume is mounted in the guest, not in the rootfs on the host: cp reaches it at its source.
    await d.dockerOk(['cp', 'vmcp:/vol/v.txt', join(dir, 'v.txt')]);
    expect(readFileSync(join(dir, 'v.txt'), 'utf8')).toBe('in-volume\n');
    await d.dockerOk(['cp', join(dir, 'up.txt'), 'vmcp:/vol/']);
    expect(await d.dockerOk(['exec', 'vmcp', 'cat', '/vol/up.txt'])).toBe('from the host\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await d.docker(['rm', '-f', '-v', 'vmcp']);
  }
}, 180_000);

test('a VM container reaches a service on the host as host.docker.internal', async () => {
  const got: string[] = [];
  const server = createServer((sock) => {
    sock.on('data', (b) => got.push(b.toString()));
    sock.end('pong\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  try {
    const out = await d.dockerOk(['run', '--rm', '--runtime', 'tandem-vm', IMG, 'sh', '-c', `echo ping | nc host.docker.internal ${port}`]);
    expect(out).toBe('pong\n');
    expect(got.join('')).toBe('ping\n');
  } finally {
    server.close();
  }
}, 180_000);

test("a VM container's /etc/resolv.conf names the guest's resolver (QEMU's, which forwards to the host's), --dns its own; ResolvConfPath only for a file of the host's", async () => {
  const search = readFileSync('/etc/resolv.conf', 'utf8')
    .split('\n')
    .filter((l) => /^(search|domain)\s/.test(l))
    .pop();
  const out = await d.dockerOk([
    'run',
    '--name',
    'vmdns',
    '--runtime',
    'tandem-vm',
    '--dns-option',
    'ndots:2',
    IMG,
    'cat',
    '/etc/resolv.conf',
  ]);
  expect(out).toBe(`nameserver 10.0.2.3\n${search ? `${search.replace(/^domain/, 'search')}\n` : ''}options ndots:2\n`);
  expect(JSON.parse(await d.dockerOk(['inspect', 'vmdns']))[0].ResolvConfPath).toBe('');
  const own = await d.dockerOk(['run', '--rm', '--runtime', 'tandem-vm', '--dns', '192.0.2.53', IMG, 'head', '-1', '/etc/resolv.conf']);
  expect(own).toBe('nameserver 192.0.2.53\n');
  await d.dockerOk(['rm', 'vmdns']);
}, 180_000);

test('-p H:C and -p C (a free port) publish a VM container port on the host; docker port shows them', async () => {
  const h = await freePort();
  await d.dockerOk([
    'run',
    '-d',
    '--name',
    'vmweb',
    '--runtime',
    'tandem-vm',
    '-p',
    `127.0.0.1:${h}:8080`,
    '-p',
    '8080',
    IMG,
    'sh',
    '-c',
    'mkdir -p /www && echo from-vm > /www/index.html && exec httpd -f -p 8080 -h /www',
  ]);
  try {
    const get = (port: number) => fetch(`http://127.0.0.1:${port}/index.html`).then((r) => r.text());
    await waitFor(async () => (await get(h).catch(() => '')) === 'from-vm\n', 120_000, `the VM container's page through host port ${h}`);
    const lines = (await d.dockerOk(['port', 'vmweb'])).trim().split('\n');
    expect(lines).toContain(`8080/tcp -> 127.0.0.1:${h}`);
    // `-p 8080`: a free port of the kernel's ephemeral range, on every address, as dockerd gives.
    const eph = Number(lines.find((l) => l.startsWith('8080/tcp -> 0.0.0.0:'))?.split(':')[1]);
    expect(eph).toBeGreaterThan(1023);
    expect(await get(eph)).toBe('from-vm\n');
    // And on IPv6, as dockerd 28 publishes it; the binding with an address is IPv4 alone.
    expect(lines).toContain(`8080/tcp -> [::]:${eph}`);
    expect(lines.filter((l) => l.includes(`:${h}`))).toEqual([`8080/tcp -> 127.0.0.1:${h}`]);
    expect(await fetch(`http://[::1]:${eph}/index.html`).then((r) => r.text())).toBe('from-vm\n');
    // A restart gives the fixed port back before it asks for it again (no "address already in use").
    await d.dockerOk(['restart', '-t', '1', 'vmweb'], { timeoutMs: 120_000 });
    await waitFor(async () => (await get(h).catch(() => '')) === 'from-vm\n', 120_000, `the page through host port ${h} after a restart`);
  } finally {
    await d.docker(['rm', '-f', 'vmweb']);
  }
}, 240_000);

test('a VM container sees its own cgroup, read-only: --memory is its memory.max, as under dockerd', async () => {
  const out = await d.dockerOk([
    'run',
    '--rm',
    '--runtime',
    'tandem-vm',
    '--memory',
    '64m',
    IMG,
    'sh',
    '-c',
    'cat /sys/fs/cgroup/memory.max /proc/self/cgroup; mkdir /sys/fs/cgroup/x 2>/dev/null || echo read-only',
  ]);
  expect(out).toBe(`${64 << 20}\n0::/\nread-only\n`);
}, 180_000);

test("a VM container is named as under dockerd (hostname, /etc/hostname) and docker stats bounds it by the guest's memory or --memory", async () => {
  const named = await d.dockerOk([
    'run',
    '--rm',
    '--runtime',
    'tandem-vm',
    '--hostname',
    'web1',
    IMG,
    'sh',
    '-c',
    'hostname; cat /etc/hostname',
  ]);
  expect(named).toBe('web1\nweb1\n');
  const id = (await d.dockerOk(['run', '-d', '--runtime', 'tandem-vm', IMG, 'sleep', '600'])).trim();
  const limited = (await d.dockerOk(['run', '-d', '--runtime', 'tandem-vm', '--memory', '64m', IMG, 'sleep', '600'])).trim();
  try {
    expect(await d.dockerOk(['exec', id, 'sh', '-c', 'hostname; cat /etc/hostname'])).toBe(`${id.slice(0, 12)}\n${id.slice(0, 12)}\n`);
    const info = JSON.parse(await d.dockerOk(['inspect', id]))[0];
    expect(readFileSync(info.HostnamePath, 'utf8')).toBe(`${id.slice(0, 12)}\n`);
    // The guest is the container's machine: its MemTotal, not the host's, is the limit without --memory.
    const memTotal = Number(/^MemTotal:\s+(\d+) kB/m.exec(await d.dockerOk(['exec', id, 'cat', '/proc/meminfo']))![1]) * 1024;
    const limit = async (c: string) => {
      const r = await request(d.socket, 'GET', `/containers/${c}/stats?stream=false&one-shot=true`);
      expect(r.status).toBe(200);
      return (JSON.parse(r.body) as { memory_stats: { limit: number; usage: number } }).memory_stats;
    };
    expect(await limit(id)).toMatchObject({ limit: memTotal, usage: expect.any(Number) });
    expect((await limit(limited)).limit).toBe(64 << 20);
    const shown = await d.dockerOk(['stats', '--no-stream', '--format', '{{.MemUsage}}', limited]);
    expect(shown.trim()).toMatch(/ \/ 64MiB$/);
  } finally {
    await d.dockerOk(['rm', '-f', id, limited]);
  }
}, 180_000);

test("-t: the VM container's terminal has the client's size from its first byte (HostConfig.ConsoleSize), 80x24 without one, and so has an exec's", async () => {
  // script gives the docker CLI a terminal; stty sets that terminal's size first.
  const sized = (cmd: string) => run('script', ['-qec', cmd, '/dev/null'], { env: d.env, timeoutMs: 120_000 });
  const first = await sized(`stty cols 120 rows 40; docker run --rm -t --runtime tandem-vm ${IMG} stty size`);
  expect(first.stdout.trim()).toBe('40 120');
  const unsized = await sized(`docker run --rm -t --runtime tandem-vm ${IMG} stty size`);
  expect(unsized.stdout.trim()).toBe('24 80');
  await d.dockerOk(['run', '-d', '--name', 'vmtty', '--runtime', 'tandem-vm', IMG, 'sleep', '600']);
  try {
    const exec = await sized('stty cols 100 rows 30; docker exec -t vmtty stty size');
    expect(exec.stdout.trim()).toBe('30 100');
  } finally {
    await d.dockerOk(['rm', '-f', 'vmtty']);
  }
}, 180_000);

test("docker top of a VM container: the guest's processes as ps -ef lays them out, uids named by the container's passwd; ctr tasks ps still decodes them", async () => {
  const id = (
    await d.dockerOk(['run', '-d', '-u', '1000', '--runtime', 'tandem-vm', IMG, 'sh', '-c', 'sleep 601 & exec sleep 602'])
  ).trim();
  try {
    // The child may not be forked yet when run -d returns: wait for it, not a fixed time.
    let top = '';
    await waitFor(
      async () => (top = await d.dockerOk(['top', id])).includes('sleep 601'),
      60_000,
      'docker top to list the backgrounded sleep',
    );
    const [titles, ...rows] = top.trim().split('\n');
    expect(titles.split(/\s+/)).toEqual(['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']);
    const cells = rows.map((r) => r.trim().split(/\s{2,}/));
    const init = cells.find((c) => c[7] === 'sleep 602')!;
    const child = cells.find((c) => c[7] === 'sleep 601')!;
    expect(init[0]).toBe('user'); // uid 1000 in the image's /etc/passwd
    expect(child[2]).toBe(init[1]); // its parent is the init
    expect(init[4]).toMatch(/^\d\d:\d\d$/);
    expect(init[6]).toMatch(/^\d\d:\d\d:\d\d$/);
    const aux = await d.docker(['top', id, 'aux']);
    expect(aux.code).toBe(1);
    expect(aux.stderr).toContain('ps options "aux" are not available for a container in the VM');
    const ps = await cd.ctrOk(['tasks', 'ps', id]);
    expect(ps).toContain(init[1]);
  } finally {
    await d.dockerOk(['rm', '-f', id]);
  }
}, 180_000);

test("--init in the VM: tini is the container's pid 1, the command pid 2; docker diff of a VM container; a container committed from it runs natively", async () => {
  const out = await d.dockerOk([
    'run',
    '--rm',
    '--init',
    '--runtime',
    'tandem-vm',
    IMG,
    'sh',
    '-c',
    'tr "\\0" " " < /proc/1/cmdline; echo; echo $$',
  ]);
  expect(out).toBe('/sbin/docker-init -- sh -c tr "\\0" " " < /proc/1/cmdline; echo; echo $$ \n2\n');
  // The guest's own tini, asked for by annotation: no host binary is bound in.
  const initCtr = (await d.dockerOk(['create', '--init', '--runtime', 'tandem-vm', IMG, 'true'])).trim();
  try {
    const spec = JSON.parse(await cd.ctrOk(['containers', 'info', initCtr])).Spec;
    expect(spec.annotations['io.containerd.tandem.init']).toBe('/sbin/docker-init');
    expect(spec.mounts.some((m: { destination: string }) => m.destination === '/sbin/docker-init')).toBe(false);
  } finally {
    await d.dockerOk(['rm', initCtr]);
  }
  // docker commit of a VM container: its snapshot is diffed on the host like a native one's.
  const id = (
    await d.dockerOk(['run', '-d', '--runtime', 'tandem-vm', IMG, 'sh', '-c', 'echo from-the-vm > /made; exec sleep 600'])
  ).trim();
  try {
    await waitFor(
      async () => (await d.docker(['exec', id, 'cat', '/made'])).stdout === 'from-the-vm\n',
      60_000,
      'the VM container to write',
    );
    // Its hosts and hostname files (bind-mounted in the guest) are not changes.
    expect(await d.dockerOk(['diff', id])).toBe('A /made\n');
    await d.dockerOk(['commit', id, 'committed/from-vm:1']);
    expect(await d.dockerOk(['run', '--rm', 'committed/from-vm:1', 'cat', '/made'])).toBe('from-the-vm\n');
  } finally {
    await d.dockerOk(['rm', '-f', id]);
    await d.docker(['rmi', 'committed/from-vm:1']);
  }
}, 180_000);

test('create options in the VM as dockerd applies them (capabilities, ulimits, limits, /dev/shm, sysctls, no-new-privileges, --group-add, the OOM score, --device, --privileged, --pid host); docker update of its other limits at once', async () => {
  await d.dockerOk([
    'run',
    '-d',
    '--name',
    'vmopts',
    '--runtime',
    'tandem-vm',
    '--cap-add',
    'NET_ADMIN',
    '--cap-drop',
    'CHOWN',
    '--ulimit',
    'nofile=512:1024',
    '--pids-limit',
    '50',
    '--cpu-shares',
    '512',
    '--memory',
    '64m',
    '--memory-reservation',
    '32m',
    '--shm-size',
    '128m',
    '--sysctl',
    'kernel.shmmax=1000000',
    '--security-opt',
    'no-new-privileges',
    '--group-add',
    '1234',
    '--oom-score-adj',
    '500',
    IMG,
    'sleep',
    '600',
  ]);
  try {
    const sh = (cmd: string) => d.dockerOk(['exec', 'vmopts', 'sh', '-c', cmd]).then((o) => o.trim());
    const capEff = BigInt(`0x${(await sh('grep CapEff /proc/1/status')).split(/\s+/)[1]}`);
    expect(capEff & (1n << 12n)).toBe(1n << 12n); // CAP_NET_ADMIN
    expect(capEff & 1n).toBe(0n); // CAP_CHOWN
    expect(await sh('ulimit -n; ulimit -Hn')).toBe('512\n1024');
    expect(await sh('cat /sys/fs/cgroup/pids.max /sys/fs/cgroup/memory.low')).toBe(`50\n${32 << 20}`);
    // Shares become cgroup v2's weight by the runtime's formula (1 + (shares - 2) * 9999 / 262142).
    expect(await sh('cat /sys/fs/cgroup/cpu.weight')).toBe('20');
    expect(await sh('grep " /dev/shm " /proc/mounts')).toMatch(/size=131072k/);
    expect(await sh('cat /proc/sys/kernel/shmmax; grep NoNewPrivs /proc/1/status; id -G; cat /proc/1/oom_score_adj')).toMatch(
      /^1000000\nNoNewPrivs:\s+1\n0 1234\n500$/,
    );
    await d.dockerOk(['update', '--pids-limit', '60', '--cpu-shares', '1024', 'vmopts']);
    expect(await sh('cat /sys/fs/cgroup/pids.max /sys/fs/cgroup/cpu.weight')).toBe('60\n39');
    const vmoptsId = (await d.dockerOk(['inspect', '-f', '{{.Id}}', 'vmopts'])).trim();
    const spec = JSON.parse(await cd.ctrOk(['containers', 'info', vmoptsId])).Spec;
    expect(spec.linux.resources.pids).toEqual({ limit: 60 });
  } finally {
    await d.docker(['rm', '-f', 'vmopts']);
  }
  // --device: a device of the guest (its fuse), as a node and a cgroup rule; none without it.
  const dev = await d.dockerOk([
    'run',
    '--rm',
    '--runtime',
    'tandem-vm',
    '--device',
    '/dev/fuse',
    IMG,
    'sh',
    '-c',
    'ls -l /dev/fuse | cut -c1; exec 3<>/dev/fuse && echo opened',
  ]);
  expect(dev).toBe('c\nopened\n');
  expect(await d.dockerOk(['run', '--rm', '--runtime', 'tandem-vm', IMG, 'sh', '-c', 'test -e /dev/fuse || echo none'])).toBe('none\n');
  const nodev = await d.docker(['run', '--rm', '--runtime', 'tandem-vm', '--device', '/dev/nosuch', IMG, 'true']);
  expect(nodev.code).not.toBe(0);
  expect(nodev.stderr).toMatch(/--device \/dev\/nosuch: the guest VM has no such device/);
  // --privileged: every device of the guest (dockerd gives the host's), usable; /sys writable.
  const devs = 'ls /dev | wc -l; grep " /sys " /proc/mounts | cut -d" " -f4 | cut -d, -f1';
  const [plainDevs, plainSys] = (await d.dockerOk(['run', '--rm', '--runtime', 'tandem-vm', IMG, 'sh', '-c', devs])).trim().split('\n');
  const priv = await d.dockerOk([
    'run',
    '--rm',
    '--runtime',
    'tandem-vm',
    '--privileged',
    IMG,
    'sh',
    '-c',
    `${devs}; exec 3<>/dev/fuse && echo opened; grep CapEff /proc/self/status | cut -f2`,
  ]);
  const [privDevs, privSys, opened, privCaps] = priv.trim().split('\n');
  expect([plainSys, privSys, opened]).toEqual(['ro', 'rw', 'opened']);
  expect(Number(privDevs)).toBeGreaterThan(Number(plainDevs) + 5);
  // And every capability of the guest's kernel (6.1: 41 of them): a spec without a capability set
  // gets none at all from the runtime, which a privileged container once did here.
  expect(privCaps).toBe('000001ffffffffff');
  // `docker exec --privileged` in a plain container: every capability for that process only.
  const capsOf = async (args: string[]) => (await d.dockerOk(['exec', ...args, 'grep', 'CapEff', '/proc/self/status'])).split(/\s+/)[1];
  const plainId = (await d.dockerOk(['run', '-d', '--runtime', 'tandem-vm', IMG, 'sleep', '600'])).trim();
  try {
    expect([await capsOf(['--privileged', plainId]), await capsOf([plainId])]).toEqual(['000001ffffffffff', '00000000a80425fb']);
  } finally {
    await d.docker(['rm', '-f', plainId]);
  }
  // --network none: only a loopback of its own.
  const net = await d.dockerOk([
    'run',
    '--rm',
    '--runtime',
    'tandem-vm',
    '--network',
    'none',
    IMG,
    'sh',
    '-c',
    'tail -n +3 /proc/net/dev | cut -d: -f1',
  ]);
  expect(
    net
      .trim()
      .split('\n')
      .map((l) => l.trim()),
  ).toEqual(['lo']);
  // --pid host: the guest's processes, its own pid 1 among them.
  const ps = await d.dockerOk([
    'run',
    '--rm',
    '--runtime',
    'tandem-vm',
    '--pid',
    'host',
    IMG,
    'sh',
    '-c',
    'cat /proc/1/comm; ls /proc | grep -c "^[0-9]"',
  ]);
  const [comm, count] = ps.trim().split('\n');
  expect(comm).not.toBe('sh');
  expect(Number(count)).toBeGreaterThan(5);
}, 240_000);

test("seccomp in the VM as dockerd applies it: the default profile (the guest image's) unless unconfined or privileged; --security-opt seccomp=FILE", async () => {
  const mode = (args: string[]) =>
    d
      .dockerOk(['run', '--rm', '--runtime', 'tandem-vm', ...args, IMG, 'grep', '^Seccomp:', '/proc/self/status'])
      .then((o) => o.split(/\s+/)[1]);
  expect(await mode([])).toBe('2'); // a filter
  expect(await mode(['--security-opt', 'seccomp=unconfined'])).toBe('0');
  expect(await mode(['--privileged'])).toBe('0');
  // A profile of one's own, sent by the CLI as the file's JSON: here one that refuses mkdir only.
  const dir = mkdtempSync(join(tmpdir(), 'tandem-seccomp-'));
  try {
    const profile = join(dir, 'no-mkdir.json');
    writeFileSync(
      profile,
      JSON.stringify({
        defaultAction: 'SCMP_ACT_ALLOW',
        syscalls: [{ names: ['mkdir', 'mkdirat'], action: 'SCMP_ACT_ERRNO', errnoRet: 1 }],
      }),
    );
    const r = await d.docker([
      'run',
      '--rm',
      '--runtime',
      'tandem-vm',
      '--security-opt',
      `seccomp=${profile}`,
      IMG,
      'sh',
      '-c',
      'mkdir /x; echo $?',
    ]);
    expect([r.stdout, r.stderr]).toEqual(['1\n', "mkdir: can't create directory '/x': Operation not permitted\n"]);
    writeFileSync(profile, '{"syscalls": []}');
    const bad = await d.docker(['run', '--rm', '--runtime', 'tandem-vm', '--security-opt', `seccomp=${profile}`, IMG, 'true']);
    expect(bad.code).toBe(125);
    expect(bad.stderr).toMatch(/Decoding seccomp profile failed: the profile has no defaultAction/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 240_000);

test('docker update --memory of a running VM container: its memory.max in the guest changes at once', async () => {
  const id = (await d.dockerOk(['run', '-d', '--runtime', 'tandem-vm', '--memory', '64m', IMG, 'sleep', '600'])).trim();
  try {
    // dockerd's default swap: as much again (MemorySwap 2 × Memory), so memory.swap.max = Memory.
    expect((await d.dockerOk(['inspect', '-f', '{{.HostConfig.MemorySwap}}', id])).trim()).toBe(String(128 << 20));
    const limits = async () =>
      (await d.dockerOk(['exec', id, 'cat', '/sys/fs/cgroup/memory.max', '/sys/fs/cgroup/memory.swap.max'])).trim();
    expect(await limits()).toBe(`${64 << 20}\n${64 << 20}`);
    const r = await d.docker(['update', '--memory', '96m', id]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The swap limit set stays: memory and swap together 128m.
    expect(await limits()).toBe(`${96 << 20}\n${32 << 20}`);
  } finally {
    await d.dockerOk(['rm', '-f', id]);
  }
}, 180_000);

test('a VM container the OOM killer reaches: State.OOMKilled and an oom event as dockerd reports them; a docker kill is not one', async () => {
  const since = Math.floor(Date.now() / 1000) - 1;
  const r = await d.docker([
    'run',
    '--name',
    'vmoom',
    '--runtime',
    'tandem-vm',
    '-m',
    '32m',
    IMG,
    'dd',
    'if=/dev/zero',
    'of=/dev/null',
    'bs=200M',
    'count=1',
  ]);
  expect(r.code).toBe(137);
  const state = async (name: string) => (await d.dockerOk(['inspect', '-f', '{{.State.ExitCode}} {{.State.OOMKilled}}', name])).trim();
  // containerd's event reaches the endpoint on its own stream, beside the exit.
  await waitFor(async () => (await state('vmoom')) === '137 true', 60_000, 'State.OOMKilled of the container over its limit');
  const events = await d.events(since, ['container=vmoom'], '{{.Action}}');
  expect(events).toEqual(expect.arrayContaining(['oom', 'die']));
  // One kill, one event: seen live or with the exit, never both.
  expect(events.filter((e) => e === 'oom')).toHaveLength(1);
  const id = (await d.dockerOk(['run', '-d', '--name', 'vmkill', '--runtime', 'tandem-vm', '-m', '32m', IMG, 'sleep', '600'])).trim();
  await d.dockerOk(['kill', id]);
  expect((await d.dockerOk(['wait', id])).trim()).toBe('137');
  expect(await state('vmkill')).toBe('137 false');
  await d.dockerOk(['rm', 'vmoom', 'vmkill']);
}, 300_000);

test('an OOM kill while the init runs on is reported at once, as dockerd reports it: the oom event and State.OOMKilled of a running container', async () => {
  const since = Date.now() / 1000;
  const script = 'dd if=/dev/zero of=/dev/null bs=200M count=1; exec sleep 600';
  const id = (await d.dockerOk(['run', '-d', '--runtime', 'tandem-vm', '-m', '32m', IMG, 'sh', '-c', script])).trim();
  try {
    // Before, the kill was known only when the container ended: here it never ends by itself.
    await waitFor(
      async () => (await d.events(since, [`container=${id}`, 'event=oom'], '{{.Action}}')).length === 1,
      120_000,
      'the oom event',
    );
    expect(JSON.parse(await d.dockerOk(['inspect', id]))[0].State).toMatchObject({ Status: 'running', OOMKilled: true });
    // Its exit reports no second kill.
    await d.dockerOk(['kill', id]);
    expect((await d.dockerOk(['wait', id])).trim()).toBe('137');
    expect(await d.events(since, [`container=${id}`, 'event=oom'], '{{.Action}}')).toEqual(['oom']);
  } finally {
    await d.docker(['rm', '-f', id]);
  }
}, 240_000);

test('docker-compose: a service with runtime: tandem-vm runs in the guest beside a native one, waits for its health, and each reaches the other by its service name', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tdc-vm-'));
  // The VM service publishes its port under the same number (the native one reaches it on the
  // host's loopback); the native one listens on the host, which the VM reaches at QEMU's gateway.
  const [vmPort, nativePort] = [await freePort(), await freePort()];
  try {
    writeFileSync(
      join(dir, 'docker-compose.yml'),
      `version: "2.4"
services:
  linux:
    image: ${IMG}
    runtime: tandem-vm
    command: ["sh", "-c", "mkdir /w && uname -r > /w/kernel && exec httpd -f -p ${vmPort} -h /w"]
    ports: ["127.0.0.1:${vmPort}:${vmPort}"]
    healthcheck:
      test: ["CMD-SHELL", "test -s /w/kernel"]
      interval: 1s
  native:
    image: ${IMG}
    command: ["sh", "-c", "mkdir -p /tmp/nw && echo native > /tmp/nw/i && exec httpd -f -p ${nativePort} -h /tmp/nw"]
    depends_on:
      linux:
        condition: service_healthy
`,
    );
    const compose = (args: string[]) =>
      run('docker-compose', ['-p', 'mixed', ...args], { env: { ...d.env, COMPOSE_INTERACTIVE_NO_CLI: '1' }, cwd: dir, timeoutMs: 240_000 });
    const up = await compose(['up', '-d']);
    expect(up.code, up.stderr).toBe(0);
    const guest = (await d.dockerOk(['exec', 'mixed_linux_1', 'cat', '/w/kernel'])).trim();
    const host = (await d.dockerOk(['exec', 'mixed_native_1', 'uname', '-r'])).trim();
    expect(host).toBe(execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim());
    expect(guest).not.toBe(host);
    expect(JSON.parse(await d.dockerOk(['inspect', 'mixed_linux_1']))[0].HostConfig.Runtime).toBe('tandem-vm');
    // By service name across the two executors (the VM's hosts file named the native peer at
    // 127.0.0.1, the guest's own loopback, before).
    const fetchIn = (c: string, url: string) => d.docker(['exec', c, 'wget', '-qO-', url]);
    await waitFor(
      async () => (await fetchIn('mixed_linux_1', `http://native:${nativePort}/i`)).stdout === 'native\n',
      60_000,
      'the VM service to reach the native one by name',
    );
    expect((await fetchIn('mixed_native_1', `http://linux:${vmPort}/kernel`)).stdout.trim()).toBe(guest);
    const down = await compose(['down', '-t', '1']);
    expect(down.code, down.stderr).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);

test("a user by name in the VM (-u name[:group], a uid, an image's USER, exec -u): its ids from the image's passwd and group, not root", async () => {
  const vm = ['--runtime', 'tandem-vm'];
  expect(await d.dockerOk(['run', '--rm', ...vm, '-u', 'user', IMG, 'sh', '-c', 'id -u; id -g; id -G'])).toBe('1000\n1000\n1000 50\n');
  expect(await d.dockerOk(['run', '--rm', ...vm, '-u', 'user:staff', IMG, 'sh', '-c', 'id -u; id -g'])).toBe('1000\n50\n');
  expect(await d.dockerOk(['run', '--rm', ...vm, '-u', '1000', IMG, 'id', '-g'])).toBe('1000\n');
  // An image whose USER is a name (committed with -c USER) runs as that user in the VM.
  const base = (await d.dockerOk(['create', IMG, 'true'])).trim();
  try {
    await d.dockerOk(['commit', '-c', 'USER user', base, 'named/user:1']);
    expect(await d.dockerOk(['run', '--rm', ...vm, 'named/user:1', 'id', '-un'])).toBe('user\n');
  } finally {
    await d.docker(['rm', base]);
    await d.docker(['rmi', 'named/user:1']);
  }
  const id = (await d.dockerOk(['run', '-d', ...vm, IMG, 'sleep', '600'])).trim();
  try {
    expect(await d.dockerOk(['exec', '-u', 'user', id, 'id', '-u'])).toBe('1000\n');
    const ghost = await d.docker(['exec', '-u', 'ghost', id, 'true']);
    expect(ghost.code).not.toBe(0);
    expect(ghost.stderr).toContain('unable to find user ghost: no matching entries in passwd file');
  } finally {
    await d.dockerOk(['rm', '-f', id]);
  }
  const unknown = await d.docker(['run', '--rm', ...vm, '-u', 'ghost', IMG, 'true']);
  expect(unknown.code).not.toBe(0);
  expect(unknown.stderr).toContain('unable to find user ghost: no matching entries in passwd file');
}, 180_000);

test('--annotation io.containerd.tandem.runtime=vm routes to the VM too', async () => {
  const out = await d.dockerOk(['run', '--rm', '--annotation', 'io.containerd.tandem.runtime=vm', IMG, 'uname', '-r']);
  expect(out.trim()).not.toBe(execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim());
}, 180_000);

test("an image's foreign manifest unpacked at create stays with the image: a collection after the container's removal leaves it", async () => {
  // `ctr import` unpacked only the host's manifest; the arm64 one is unpacked by this create.
  const id = (await d.dockerOk(['create', '--platform', 'linux/arm64', MULTI, 'true'])).trim();
  const { Snapshotter: snapshotter } = JSON.parse(await cd.ctrOk(['containers', 'info', id]));
  const { Parent: chain } = JSON.parse(await cd.ctrOk(['snapshots', '--snapshotter', snapshotter, 'info', id]));
  expect(chain).toMatch(/^sha256:/);
  await d.dockerOk(['rm', id]);
  // A lease deleted with --sync runs containerd's collector and waits for it.
  await cd.ctrOk(['leases', 'create', '--id', 'collect-now']);
  await cd.ctrOk(['leases', 'delete', '--sync', 'collect-now']);
  const left = await cd.ctr(['snapshots', '--snapshotter', snapshotter, 'info', chain]);
  expect(left).toMatchObject({ code: 0, stderr: '' });
  // And the next create of it finds it there.
  const again = (await d.dockerOk(['create', '--platform', 'linux/arm64', MULTI, 'true'])).trim();
  await d.dockerOk(['rm', again]);
}, 120_000);

test('docker run --platform linux/arm64 runs the arm64 manifest in the VM; without --platform the amd64 one runs natively', async () => {
  const hostVersion = readFileSync('/proc/version', 'utf8');
  const arm = await d.docker(['run', '--rm', '--platform', 'linux/arm64', MULTI, 'sh', '-c', 'uname -m; cat /proc/version']);
  expect(arm).toMatchObject({ code: 0, stderr: '' });
  const [arch, version] = arm.stdout.split('\n');
  expect(arch).toBe('aarch64');
  expect(`${version}\n`).not.toBe(hostVersion);
  const native = await d.docker(['run', '--rm', MULTI, 'sh', '-c', 'uname -m; cat /proc/version']);
  expect(native).toMatchObject({ code: 0, stdout: `x86_64\n${hostVersion}`, stderr: '' });
  // --init for it: tini (the host's, of the guest's architecture) is pid 1, the command aarch64.
  const init = await d.docker([
    'run',
    '--rm',
    '--init',
    '--platform',
    'linux/arm64',
    MULTI,
    'sh',
    '-c',
    'uname -m; tr "\\0" " " < /proc/1/cmdline',
  ]);
  expect(init).toMatchObject({ code: 0, stdout: expect.stringMatching(/^aarch64\n\/sbin\/docker-init -- sh -c /), stderr: '' });
  // A foreign architecture's container is in the VM without --runtime: its published port is
  // the guest's and it reaches the host as host.docker.internal.
  const h = await freePort();
  await d.dockerOk([
    'run',
    '-d',
    '--name',
    'armweb',
    '--platform',
    'linux/arm64',
    '-p',
    `127.0.0.1:${h}:8080`,
    MULTI,
    'sh',
    '-c',
    'mkdir /www && uname -m > /www/index.html && grep -q host.docker.internal /etc/hosts && exec httpd -f -p 8080 -h /www',
  ]);
  try {
    const get = () => fetch(`http://127.0.0.1:${h}/index.html`).then((r) => r.text());
    await waitFor(async () => (await get().catch(() => '')) === 'aarch64\n', 120_000, `the arm64 container's page through host port ${h}`);
  } finally {
    await d.docker(['rm', '-f', 'armweb']);
  }
  // A platform the image does not have: 404 naming it, so the CLI tries a pull (as with dockerd).
  const none = await request(
    d.socket,
    'POST',
    `/v1.43/containers/create?platform=${encodeURIComponent('linux/riscv64')}`,
    JSON.stringify({ Image: MULTI, Cmd: ['true'] }),
  );
  expect(none.status).toBe(404);
  expect(JSON.parse(none.body).message).toMatch(/linux\/riscv64/);
}, 300_000);

test("docker build --platform linux/arm64: its RUN steps run as aarch64 in the VM with the guest's resolver, the image is arm64", async () => {
  const ctx = join(cd.dir, 'arm-build');
  mkdirSync(ctx, { recursive: true });
  // The second RUN has an /etc/resolv.conf of its image to bind the guest's resolver over.
  // Its RUN containers get what the build asks (--add-host, -m, --ulimit, --network none), as dockerd's.
  writeFileSync(
    join(ctx, 'Dockerfile'),
    `FROM ${MULTI}\nRUN uname -m > /arch && mkdir -p /etc && : > /etc/resolv.conf\nRUN cat /etc/resolv.conf > /resolv\n` +
      'RUN grep vmhost /etc/hosts > /hosts; cat /sys/fs/cgroup/memory.max > /mem; ulimit -n > /nofile; tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d " " > /net\n' +
      'CMD ["cat", "/arch"]\n',
  );
  const flags = ['--add-host', 'vmhost:192.0.2.9', '-m', '64m', '--ulimit', 'nofile=321:321', '--network', 'none'];
  const out = await d.dockerOk(['build', '--platform', 'linux/arm64', ...flags, '-t', 'built/arm:1', ctx], { timeoutMs: 280_000 });
  expect(out).toMatch(/Successfully tagged built\/arm:1/);
  expect(out).not.toMatch(/\[Warning\]/);
  expect(await d.dockerOk(['run', '--rm', '--platform', 'linux/arm64', 'built/arm:1', 'cat', '/hosts', '/mem', '/nofile', '/net'])).toBe(
    `192.0.2.9\tvmhost\n${64 << 20}\n321\nlo\n`,
  );
  const inspect = JSON.parse(await d.dockerOk(['image', 'inspect', 'built/arm:1']))[0];
  expect([inspect.Os, inspect.Architecture]).toEqual(['linux', 'arm64']);
  expect(await d.dockerOk(['run', '--rm', '--platform', 'linux/arm64', 'built/arm:1'])).toBe('aarch64\n');
  // Without --platform it runs all the same (emulated in the VM), with dockerd's warning.
  const unasked = await d.docker(['run', '--rm', 'built/arm:1']);
  expect([unasked.code, unasked.stdout]).toEqual([0, 'aarch64\n']);
  expect(unasked.stderr).toMatch(
    /WARNING: The requested image's platform \(linux\/arm64\) does not match the detected host platform \(linux\/amd64\) and no specific platform was requested/,
  );
  expect(await d.dockerOk(['run', '--rm', '--platform', 'linux/arm64', 'built/arm:1', 'cat', '/resolv', '/etc/resolv.conf'])).toMatch(
    /^nameserver 10\.0\.2\.3\n/,
  );
}, 300_000);

test('--mount in a VM container (API 1.44-1.48): a read-only bind made rro, a volume subpath, an image mount', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-vmmount-'));
  writeFileSync(join(dir, 'f'), 'host file\n');
  const fill = 'mkdir -p /v/sub && echo in-sub > /v/sub/s && echo top > /v/t';
  await d.dockerOk(['run', '--rm', '--runtime', 'tandem-vm', '-v', 'vmsubvol:/v', IMG, 'sh', '-c', fill]);
  try {
    const mounts = [
      ...['--mount', `type=bind,src=${dir},dst=/ro,readonly,bind-recursive=readonly,bind-propagation=rprivate`],
      ...['--mount', 'type=volume,src=vmsubvol,dst=/sub,volume-subpath=sub'],
      ...['--mount', `type=image,src=${IMG},dst=/img`],
    ];
    const script = 'cat /ro/f; touch /ro/x; ls /sub; test -e /sub/t || echo no-top; test -x /img/bin/busybox && echo image; touch /img/x';
    const r = await d.docker(['run', '--rm', '--runtime', 'tandem-vm', ...mounts, IMG, 'sh', '-c', `(${script}) 2>&1; true`]);
    expect(r.stderr).toMatch(/^(WARNING: Image mount is an experimental feature\n)?$/);
    expect(r.stdout).toMatch(
      /^host file\ntouch: \/ro\/x: Read-only file system\ns\nno-top\nimage\ntouch: \/img\/x: Read-only file system\n$/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await d.docker(['volume', 'rm', 'vmsubvol']);
  }
}, 240_000);
