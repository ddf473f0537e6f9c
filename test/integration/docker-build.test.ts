// `docker build` (the classic builder, DOCKER_BUILDKIT=0) through tandem's Docker endpoint,
// driven by the real docker CLI against a real containerd: a multi-stage Dockerfile using most
// instructions, the result run, the cache, build args, targets, .dockerignore, push/pull through
// a loopback registry, and failing builds that leave nothing behind. Native busybox images.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Containerd, removeTree } from '../helpers/containerd.js';
import { DockerEndpoint, Registry } from '../helpers/docker.js';
import { run, waitFor } from '../helpers/run.js';

let cd: Containerd;
let d: DockerEndpoint;
let reg: Registry;
let work: string;
const BASE = 'tandem/busybox';

/** A context directory with the given files (string content, or [content, mode]). */
function context(name: string, files: Record<string, string | [string, number]>): string {
  const dir = join(work, name);
  for (const [p, v] of Object.entries(files)) {
    const [content, mode] = typeof v === 'string' ? [v, 0o644] : v;
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), content, { mode });
  }
  return dir;
}

const MULTI = `
ARG BASE=${BASE}
FROM \${BASE} AS build
ARG GREETING=hello
ENV APP_HOME=/opt/app \\
    MODE=test
WORKDIR \${APP_HOME}
RUN echo "\${GREETING} from build" > built.txt && echo "app:x:1234:1234::/srv/app:/bin/sh" >> /etc/passwd
COPY data/one.txt ./
COPY data/sub ./sub/
COPY data/*.cfg cfg/
ADD bundle.tar /opt/unpacked/

FROM \${BASE} AS final
COPY --from=build /opt/app /srv/app
COPY --from=build /opt/unpacked /srv/unpacked
COPY --from=build /etc/passwd /etc/passwd
COPY --chown=app data/one.txt /srv/app/owned.txt
LABEL org.example.role="test image" version=1
EXPOSE 8080/tcp 9000
ENV PATH=/srv/bin:$PATH MODE=final
WORKDIR /srv/app
USER app
ENTRYPOINT ["/bin/sh", "-c"]
CMD ["echo default-cmd"]
`;

beforeAll(async () => {
  cd = await Containerd.start();
  await cd.importBusybox();
  d = await DockerEndpoint.start(cd);
  reg = await Registry.start();
  work = mkdtempSync('/tmp/tdb-');
}, 120_000);
afterAll(async () => {
  await d?.dispose();
  await reg?.dispose();
  await cd?.dispose();
  if (work) removeTree(work);
});

function multiContext(): string {
  const dir = context('multi', {
    Dockerfile: MULTI,
    'data/one.txt': 'one\n',
    'data/sub/two.txt': 'two\n',
    'data/sub/deeper/three.txt': ['three\n', 0o755],
    'data/a.cfg': 'a\n',
    'data/b.cfg': 'b\n',
    'data/skip.txt': 'not copied\n',
  });
  mkdirSync(join(work, 'tarsrc/inner'), { recursive: true });
  writeFileSync(join(work, 'tarsrc/inner/packed.txt'), 'packed\n');
  execFileSync('tar', ['-cf', join(dir, 'bundle.tar'), '-C', join(work, 'tarsrc'), 'inner']);
  return dir;
}

/** The short ids of a build's steps (FROM and the meta ARG, which make none, left out), from the cache or run. */
function stepIds(out: string, fromCache: boolean): string[] {
  return out
    .split(/^Step \d+\/\d+ : /m)
    .filter((s) => !s.startsWith('FROM ') && / ---> Using cache\n/.test(s) === fromCache)
    .flatMap((s) => [...s.matchAll(/ ---> ([0-9a-f]{12})\n/g)].slice(-1).map((m) => m[1]));
}

describe('docker build', () => {
  let firstMs = 0;

  test('a multi-stage Dockerfile builds; the image runs with every effect', async () => {
    const dir = multiContext();
    // COPY keeps a file's mtime, as dockerd does (through the context tar and a COPY --from).
    utimesSync(join(dir, 'data/one.txt'), 1600000000, 1600000000);
    const t0 = Date.now();
    const out = await d.dockerOk(['build', '-t', 'built/multi:1', '-t', 'built/multi:also', dir], { timeoutMs: 300_000 });
    firstMs = Date.now() - t0;
    expect(out).toMatch(/^Step 1\/22 : ARG BASE=tandem\/busybox$/m);
    expect(out).toMatch(/Step 2\/22 : FROM \$\{BASE\} AS build/);
    expect(out).toMatch(/ ---> Running in [0-9a-f]{12}/);
    expect(out).toMatch(/Successfully built [0-9a-f]{12}/);
    expect(out).toMatch(/Successfully tagged built\/multi:1\nSuccessfully tagged built\/multi:also/);
    const run = (cmd: string) => d.dockerOk(['run', '--rm', 'built/multi:1', cmd]);
    expect(await d.dockerOk(['run', '--rm', 'built/multi:1'])).toBe('default-cmd\n');
    expect(await run('cat built.txt one.txt sub/two.txt sub/deeper/three.txt cfg/a.cfg cfg/b.cfg')).toBe(
      'hello from build\none\ntwo\nthree\na\nb\n',
    );
    expect(await run('cat /srv/unpacked/inner/packed.txt')).toBe('packed\n');
    expect(await run('id -u; pwd; echo $MODE; echo $PATH')).toBe(
      '1234\n/srv/app\nfinal\n/srv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n',
    );
    expect(await run('stat -c "%u:%g %a %n" owned.txt one.txt sub/deeper/three.txt')).toBe(
      '1234:1234 644 owned.txt\n0:0 644 one.txt\n0:0 755 sub/deeper/three.txt\n',
    );
    expect(await run('test -e skip.txt || echo absent')).toBe('absent\n');
    expect(await run('stat -c %Y one.txt')).toBe('1600000000\n');
    const info = JSON.parse(await d.dockerOk(['image', 'inspect', 'built/multi:1']))[0];
    expect(info.Config.Labels).toEqual({ 'org.example.role': 'test image', version: '1' });
    expect(Object.keys(info.Config.ExposedPorts).sort()).toEqual(['8080/tcp', '9000/tcp']);
    expect(info.Config.Entrypoint).toEqual(['/bin/sh', '-c']);
    expect(info.Config.User).toBe('app');
    expect(info.Os).toBe('linux');
    expect(info.RootFS.Layers.length).toBeGreaterThan(1);
    const history = await d.dockerOk(['history', '--no-trunc', '--format', '{{.CreatedBy}}', 'built/multi:1']);
    expect(history).toMatch(/#\(nop\)\s+EXPOSE 8080\/tcp 9000\/tcp/);
    expect(history).toMatch(/#\(nop\) COPY dir:[0-9a-f]{64} in \/srv\/app /);
    expect(history).toMatch(/#\(nop\) COPY file:[0-9a-f]{64} in \/srv\/app\/owned.txt /);
  });

  test('a rebuild with nothing changed uses the cache for every step, in a fraction of the time', async () => {
    const dir = join(work, 'multi');
    // A file whose time alone changed (a fresh checkout, a touch) is no change to the cache.
    utimesSync(join(dir, 'data/sub/two.txt'), new Date(), new Date());
    const since = Math.floor(Date.now() / 1000);
    const t0 = Date.now();
    const out = await d.dockerOk(['build', '-t', 'built/multi:1', dir], { timeoutMs: 300_000 });
    const cachedMs = Date.now() - t0;
    const steps = out.match(/^Step \d+\/\d+ : (?!FROM|ARG BASE)/gm)!.length;
    expect(out.match(/ ---> Using cache/g)!.length).toBe(steps);
    expect(out).not.toMatch(/Running in/);
    // No timing assertion (a loaded machine decides those): no step ran again, and the times are logged.
    console.log(`docker build: first ${firstMs} ms, cached ${cachedMs} ms`);
    // A changed input misses from that step on; --no-cache uses none.
    writeFileSync(join(dir, 'data/a.cfg'), 'a2\n');
    const changed = await d.dockerOk(['build', '-t', 'built/multi:2', dir], { timeoutMs: 300_000 });
    expect(changed).toMatch(/Step 9\/22 : COPY data\/\*\.cfg cfg\/\n ---> [0-9a-f]{12}/);
    expect(stepIds(changed.slice(0, changed.indexOf('Step 9/22')), true), changed).toHaveLength(6);
    expect(await d.dockerOk(['run', '--rm', '--entrypoint', 'cat', 'built/multi:2', 'cfg/a.cfg'])).toBe('a2\n');
    // An image `create` event for each step that ran (dockerd's, API 1.46), none for a cached one,
    // in either build since the cached rebuild began.
    const created = (await d.events(since, ['type=image', 'event=create'], '{{.Actor.ID}}')).map((id) => id.slice(7, 19));
    const ran = stepIds(changed, false);
    const cached = [...stepIds(out, true), ...stepIds(changed, true)];
    expect(ran.length).toBeGreaterThan(0);
    expect(cached.length).toBeGreaterThan(steps);
    const seen = `created since the cached rebuild: ${created.join(' ')}\n${changed}`;
    for (const id of ran) expect(created, seen).toContain(id);
    for (const id of cached) expect(created, seen).not.toContain(id);
    expect(created).toContain(JSON.parse(await d.dockerOk(['image', 'inspect', 'built/multi:2']))[0].Id.slice(7, 19));
    // docker builder prune -a forgets every step, those of tagged images too: the next build runs them all again.
    expect(await d.dockerOk(['builder', 'prune', '-af'])).toMatch(/^Deleted build cache objects:\n[0-9a-f]{64}\n/);
    expect(await d.dockerOk(['build', dir], { timeoutMs: 300_000 })).not.toMatch(/Using cache/);
    const none = await d.dockerOk(['build', '--no-cache', '-q', dir], { timeoutMs: 300_000 });
    expect(none.trim()).toMatch(/^sha256:[0-9a-f]{64}$/);
    // An untagged build is a dangling image: listed as such, runnable and removable by id.
    const id = none.trim();
    expect(await d.dockerOk(['images', '-q', '--no-trunc', '--filter', 'dangling=true'])).toContain(id);
    expect(await d.dockerOk(['run', '--rm', '--entrypoint', 'cat', id, 'cfg/a.cfg'])).toBe('a2\n');
    expect(await d.dockerOk(['rmi', id])).toContain(`Deleted: ${id}`);
  });

  test('--build-arg, --target, .dockerignore, labels, a Dockerfile by another name', async () => {
    const dir = context('args', {
      'build.Dockerfile': `FROM ${BASE} AS first\nARG WHO=nobody\nARG UNSET\nRUN echo "hi $WHO" > /who && echo "\${UNSET-unset}" > /unset\nCOPY . /ctx/\nFROM first AS second\nRUN false\n`,
      '.dockerignore': '*.log\nsecret/\n!secret/keep.txt\n',
      'a.txt': 'a\n',
      'x.log': 'log\n',
      'secret/key': 'k\n',
      'secret/keep.txt': 'kept\n',
    });
    await d.dockerOk(
      [
        'build',
        '-f',
        join(dir, 'build.Dockerfile'),
        '--build-arg',
        'WHO=tandem',
        '--target',
        'first',
        '--label',
        'via=cli',
        '-t',
        'built/args',
        '--iidfile',
        join(work, 'args.iid'),
        dir,
      ],
      {
        timeoutMs: 300_000,
      },
    );
    expect(await d.dockerOk(['run', '--rm', 'built/args', 'cat', '/who'])).toBe('hi tandem\n');
    // An ARG without a value is declared but unset in RUN, as with moby's builder.
    expect(await d.dockerOk(['run', '--rm', 'built/args', 'cat', '/unset'])).toBe('unset\n');
    expect(readFileSync(join(work, 'args.iid'), 'utf8')).toBe(
      (await d.dockerOk(['image', 'inspect', '--format', '{{.Id}}', 'built/args'])).trim(),
    );
    const files = await d.dockerOk(['run', '--rm', 'built/args', 'find', '/ctx', '-type', 'f']);
    expect(files.split('\n').filter(Boolean).sort()).toEqual([
      '/ctx/.dockerignore',
      '/ctx/a.txt',
      '/ctx/build.Dockerfile',
      '/ctx/secret/keep.txt',
    ]);
    const labels = JSON.parse(await d.dockerOk(['image', 'inspect', '--format', '{{json .Config.Labels}}', 'built/args']));
    expect(labels).toEqual({ via: 'cli' });
  });

  test("FROM pulls a missing base (again with --pull); the base image's ONBUILD triggers run; ADD fetches a URL", async () => {
    await reg.seedBusybox('tandem/remote-base');
    const web = http.createServer((_req, res) => res.end('from the web\n'));
    await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
    try {
      const base = context('onbuild-base', {
        Dockerfile: `FROM ${reg.host}/tandem/remote-base\nONBUILD RUN echo triggered > /trig\nONBUILD COPY hello.txt /hello.txt\n`,
      });
      const pulled = await d.dockerOk(['build', '-t', 'built/onbuild-base', base], { timeoutMs: 300_000 });
      expect(pulled).toMatch(/latest: Pulling from 127\.0\.0\.1:\d+\/tandem\/remote-base\n[\s\S]*Status: Downloaded newer image/);
      expect(await d.dockerOk(['build', '--pull', '-t', 'built/onbuild-base', base], { timeoutMs: 300_000 })).toMatch(/Pulling from/);
      const url = `http://127.0.0.1:${(web.address() as AddressInfo).port}/web.txt`;
      const child = context('onbuild-child', { Dockerfile: `FROM built/onbuild-base\nADD ${url} /web/\n`, 'hello.txt': 'hello\n' });
      const out = await d.dockerOk(['build', '-t', 'built/onbuild-child', child], { timeoutMs: 300_000 });
      expect(out).toMatch(/# Executing 2 build triggers/);
      expect(
        await d.dockerOk(['run', '--rm', 'built/onbuild-child', 'sh', '-c', 'cat /trig /hello.txt /web/web.txt; stat -c %a /web/web.txt']),
      ).toBe('triggered\nhello\nfrom the web\n600\n');
      const onBuild = await d.dockerOk(['image', 'inspect', '--format', '{{json .Config.OnBuild}}', 'built/onbuild-child']);
      expect(onBuild.trim()).toBe('null');
    } finally {
      web.close();
    }
  });

  /** Whether the image's layers hold /etc/hosts (a RUN's bound file leaves no mount point in them). */
  async function hasEtcHosts(image: string): Promise<boolean> {
    const name = `hosts-layer-${image.replace(/\W/g, '-')}`;
    await d.dockerOk(['create', '--name', name, image]);
    try {
      const tar = await run('sh', ['-c', `docker export ${name} | tar -tf -`], { env: d.env });
      return tar.stdout.split('\n').includes('etc/hosts');
    } finally {
      await d.dockerOk(['rm', name]);
    }
  }

  test("RUN in an image whose /etc is a symlink (a darwin image's is private/etc): the hosts file's mount point is found through it and leaves nothing; the image's own file is kept", async () => {
    const dir = context('etc-link', {
      Dockerfile: [
        `FROM ${BASE} AS root`,
        'RUN mkdir -p /out/private/etc /out/bin && cp /bin/busybox /out/bin/ && ln -s busybox /out/bin/sh && ln -s private/etc /out/etc && cp -a /out /own && echo "10.9.8.7 own" > /own/private/etc/hosts',
        'FROM scratch AS bare',
        'COPY --from=root /out /',
        'RUN grep -q localhost /etc/hosts && echo ran > /r',
        'FROM scratch AS own',
        'COPY --from=root /own /',
        'RUN grep -q localhost /etc/hosts && echo ran > /r',
        '',
      ].join('\n'),
    });
    await d.dockerOk(['build', '--target', 'bare', '-t', 'built/etc-link', dir], { timeoutMs: 300_000 });
    await d.dockerOk(['build', '--target', 'own', '-t', 'built/etc-link-own', dir], { timeoutMs: 300_000 });
    const exported = async (image: string, args: string) => {
      const name = `etc-link-${image.replace(/\W/g, '-')}`;
      await d.dockerOk(['create', '--name', name, image, 'sh']);
      try {
        return (await run('sh', ['-c', `docker export ${name} | tar ${args}`], { env: d.env })).stdout;
      } finally {
        await d.dockerOk(['rm', name]);
      }
    };
    const bare = (await exported('built/etc-link', '-tvf -')).split('\n');
    expect(bare.some((l) => / etc -> private\/etc$/.test(l))).toBe(true);
    expect(bare.some((l) => / r$/.test(l))).toBe(true);
    expect(bare.filter((l) => /hosts/.test(l))).toEqual([]);
    expect(await exported('built/etc-link-own', '-xOf - private/etc/hosts')).toBe('10.9.8.7 own\n');
  });

  test("RUN sees the host's /etc/resolv.conf over the image's own, and the bind does not reach the layer", async () => {
    const dir = context('resolv', {
      Dockerfile: `FROM ${BASE}\nRUN mkdir -p /etc && : > /etc/resolv.conf\nRUN cat /etc/resolv.conf > /seen\n`,
    });
    await d.dockerOk(['build', '-t', 'built/resolv', dir], { timeoutMs: 300_000 });
    expect(await d.dockerOk(['run', '--rm', 'built/resolv', 'cat', '/seen'])).toBe(readFileSync('/etc/resolv.conf', 'utf8'));
    // The layer's file is still empty (a container of it gets its own resolv.conf bound over it).
    await d.dockerOk(['create', '--name', 'resolv-layer', 'built/resolv']);
    const tar = await run('sh', ['-c', `docker export resolv-layer | tar -tvf - etc/resolv.conf`], { env: d.env });
    await d.dockerOk(['rm', 'resolv-layer']);
    expect(tar.stdout).toMatch(/^-\S+\s+\S+\s+0 .* etc\/resolv\.conf\n$/);
  });

  test('push to a loopback registry, rmi, pull back, run', async () => {
    const name = `${reg.host}/built/multi:pushed`;
    await d.dockerOk(['tag', 'built/multi:1', name]);
    await d.dockerOk(['push', name], { timeoutMs: 300_000 });
    await d.dockerOk(['rmi', name, 'built/multi:1', 'built/multi:also']);
    await d.dockerOk(['pull', name], { timeoutMs: 300_000 });
    expect(await d.dockerOk(['run', '--rm', name, 'cat one.txt'])).toBe('one\n');
  });

  test('VOLUME, STOPSIGNAL, HEALTHCHECK, SHELL, MAINTAINER, COPY --chmod and COPY --from an image reach the image', async () => {
    const dir = context('meta', {
      Dockerfile: [
        `FROM ${BASE}`,
        'MAINTAINER someone@example.com',
        'SHELL ["/bin/sh", "-ec"]',
        'RUN echo "$0 $-" > /shell',
        'VOLUME ["/data", "/cache"]',
        'VOLUME /logs',
        'STOPSIGNAL SIGUSR1',
        'HEALTHCHECK --interval=5s --retries=2 CMD true',
        'COPY --chmod=700 s.sh /s.sh',
        `COPY --from=${BASE} /bin/busybox /opt/bin/echo`,
        'CMD ["cat", "/shell"]',
      ].join('\n'),
      's.sh': 'echo s\n',
    });
    await d.dockerOk(['build', '-t', 'built/meta', dir], { timeoutMs: 300_000 });
    const info = JSON.parse(await d.dockerOk(['image', 'inspect', 'built/meta']))[0];
    expect(info.Author).toBe('someone@example.com');
    expect(info.Config.Shell).toEqual(['/bin/sh', '-ec']);
    expect(Object.keys(info.Config.Volumes).sort()).toEqual(['/cache', '/data', '/logs']);
    expect(info.Config.StopSignal).toBe('SIGUSR1');
    expect(info.Config.Healthcheck).toEqual({ Test: ['CMD-SHELL', 'true'], Interval: 5e9, Retries: 2 });
    const r = await d.dockerOk(['run', '--rm', 'built/meta', 'sh', '-c', 'cat /shell; stat -c %a /s.sh; /opt/bin/echo ok']);
    expect(r).toMatch(/^\/bin\/sh \S*e\S*\n700\nok\n$/);
    // History after SHELL names that shell, as the classic builder's comments do; MAINTAINER's, before it, the default.
    const history = (await d.dockerOk(['history', '--no-trunc', '--format', '{{.CreatedBy}}', 'built/meta'])).split('\n');
    expect(history).toContain('/bin/sh -ec #(nop)  STOPSIGNAL SIGUSR1');
    expect(history).toContain('/bin/sh -ec #(nop)  SHELL [/bin/sh -ec]');
    expect(history).toContain('/bin/sh -ec #(nop)  VOLUME [/data /cache]');
    expect(history).toContain('/bin/sh -ec #(nop)  CMD ["cat" "/shell"]');
    expect(history).toContain('/bin/sh -c #(nop)  MAINTAINER someone@example.com');
    expect(history.some((h) => /^\/bin\/sh -ec #\(nop\) COPY file:[0-9a-f]{64} in \/s\.sh $/.test(h))).toBe(true);
  });

  test('here-documents: RUN <<EOF runs the document (through its #! interpreter when it names one), the shell reads documents of a longer command, COPY <<EOF writes a file', async () => {
    const dir = context('heredoc', {
      Dockerfile: [
        `FROM ${BASE}`,
        'ARG WHO=world',
        'RUN <<EOF',
        'echo one > /a',
        'echo two >> /a',
        'EOF',
        'RUN <<EOF',
        '#!/bin/busybox sh',
        'echo "shebang $WHO" > /c',
        'EOF',
        'RUN cat <<A > /d && cat <<-B >> /d',
        'x',
        'A',
        '\ty',
        '\tB',
        'COPY <<EOT /b.txt',
        'hello $WHO',
        'EOT',
        'COPY <<"EOT" /etc/',
        'literal $WHO',
        'EOT',
      ].join('\n'),
    });
    await d.dockerOk(['build', '-t', 'built/heredoc', dir], { timeoutMs: 300_000 });
    const out = await d.dockerOk(['run', '--rm', 'built/heredoc', 'sh', '-c', 'cat /a /c /d /b.txt /etc/EOT; stat -c %a /b.txt']);
    expect(out).toBe('one\ntwo\nshebang world\nx\ny\nhello world\nliteral $WHO\n644\n');
    // A document that never ends is the Dockerfile's error, before any step runs.
    const bad = await d.docker(['build', '-'], { input: `FROM ${BASE}\nRUN <<EOF\necho never ends\n` });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/dockerfile parse error on line 2: unterminated heredoc EOF/);
  });

  test("RUN containers natively get what the build asks: --add-host, --ulimit, --shm-size; limits warned about; --network none and bad values refused with dockerd's words", async () => {
    const df = `FROM ${BASE}\nRUN grep -c . /etc/hosts > /n && grep buildhost /etc/hosts > /h; ulimit -n > /u; grep " /dev/shm " /proc/self/mounts | grep -o "size=[0-9]*k" > /s\n`;
    const out = await d.dockerOk(
      [
        'build',
        '-t',
        'built/runopts',
        '--add-host',
        'buildhost:192.0.2.7',
        '--ulimit',
        'nofile=333:333',
        '--shm-size',
        '32m',
        '-m',
        '64m',
        '-',
      ],
      { input: df, timeoutMs: 300_000 },
    );
    expect(out).toMatch(/ ---> \[Warning\] Memory and CPU limits are not enforced for a native RUN/);
    const r = await d.dockerOk(['run', '--rm', 'built/runopts', 'sh', '-c', 'cat /h /u /s']);
    expect(r).toBe('192.0.2.7\tbuildhost\n333\nsize=32768k\n');
    expect(await hasEtcHosts('built/runopts')).toBe(false);
    // The host's own entries come first, as in the file dockerd gives a build container.
    expect(Number((await d.dockerOk(['run', '--rm', 'built/runopts', 'cat', '/n'])).trim())).toBeGreaterThan(1);
    for (const [args, message] of [
      // Known at the RUN (its platform decides), so not from the cache.
      [['--network', 'none', '--no-cache'], /a native RUN shares the host's network/],
      [['--network', 'mynet'], /only default, host and none/],
      [['-m', '64m', '--memory-swap', '32m'], /Minimum memoryswap limit should be larger than memory limit/],
    ] as [string[], RegExp][]) {
      const bad = await d.docker(['build', ...args, '-'], { input: df });
      expect(bad.code, args.join(' ')).toBe(1);
      expect(bad.stderr).toMatch(message);
    }
  });

  test('docker build - < Dockerfile: a Dockerfile alone as the body, no context; -f - with a context', async () => {
    const out = await d.dockerOk(['build', '-t', 'built/stdin', '-'], {
      // `localhost` resolves in a RUN, though the image has no /etc/hosts (its own is bound there).
      input: `FROM ${BASE}\nRUN echo from-stdin > /s && ping -c1 -W5 localhost > /dev/null\n`,
      timeoutMs: 300_000,
    });
    expect(out).toMatch(/Successfully tagged built\/stdin:latest/);
    expect(await hasEtcHosts('built/stdin')).toBe(false);
    expect(await d.dockerOk(['run', '--rm', 'built/stdin', 'cat', '/s'])).toBe('from-stdin\n');
    // `-f -` with a context: the CLI adds the Dockerfile to the context's tar, which then ends
    // without its last padding and end blocks (Go's tar reader takes that as the end).
    const dir = context('stdin-df', { 'a.txt': 'from-context\n' });
    const withContext = await d.docker(['build', '-t', 'built/stdin-df', '-f', '-', dir], {
      input: `FROM ${BASE}\nCOPY a.txt /b.txt\n`,
      timeoutMs: 300_000,
    });
    expect(withContext.stderr + withContext.stdout).toMatch(/Successfully tagged built\/stdin-df:latest/);
    expect(await d.dockerOk(['run', '--rm', 'built/stdin-df', 'cat', '/b.txt'])).toBe('from-context\n');
    // The list's time filters: before/since name an image, until is a time or a duration.
    const repos = async (filter: string) => (await d.dockerOk(['images', '--filter', filter, '--format', '{{.Repository}}'])).split('\n');
    const base = BASE.replace(/:.*$/, '');
    expect(await repos(`since=${BASE}`)).toEqual(expect.arrayContaining(['built/stdin', 'built/stdin-df']));
    expect(await repos(`since=${BASE}`)).not.toContain(base);
    expect(await repos('before=built/stdin')).toContain(base);
    expect(await repos('before=built/stdin')).not.toContain('built/stdin');
    expect(await repos('until=1h')).toContain(base);
    expect(await repos('until=1h')).not.toContain('built/stdin');
    expect((await d.docker(['images', '--filter', 'before=no/such'])).stderr).toMatch(/No such image: no\/such/);
  });

  test('a context compressed with xz on stdin builds; ADD unpacks a tar under gzip, bzip2, xz or zstd and copies a compressed file that is no tar as it is', async () => {
    const dir = context('compressed', {
      Dockerfile: `FROM ${BASE}\nADD t.tar.gz t.tar.bz2 t.tar.xz t.tar.zst /un/\nADD note.xz /files/\n`,
      note: 'not a tar\n',
    });
    for (const [ext, flag] of [
      ['gz', '-z'],
      ['bz2', '-j'],
      ['xz', '-J'],
      ['zst', '--zstd'],
    ]) {
      const src = join(work, `src-${ext}`);
      mkdirSync(src);
      writeFileSync(join(src, `from-${ext}.txt`), ext);
      execFileSync('tar', ['-c', flag, '-f', join(dir, `t.tar.${ext}`), '-C', src, `from-${ext}.txt`]);
    }
    execFileSync('xz', [join(dir, 'note')]);
    const body = execFileSync('sh', ['-c', 'tar -cf - -C "$1" . | xz', 'sh', dir], { maxBuffer: 1 << 26 });
    const out = await d.dockerOk(['build', '-t', 'built/compressed', '-'], { input: body, timeoutMs: 300_000 });
    expect(out).toMatch(/Successfully tagged built\/compressed:latest/);
    expect(await d.dockerOk(['run', '--rm', 'built/compressed', 'sh', '-c', 'cat /un/from-*.txt; echo; ls /files'])).toBe(
      'bz2gzxzzst\nnote.xz\n',
    );
    // A context cut short: the build fails naming it, as dockerd does.
    const cut = await d.docker(['build', '-'], { input: body.subarray(0, Math.floor(body.length / 2)) });
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/the build context: xz: .*Unexpected end of input/);
  });

  test('the id printed after each step is an image: docker run from a middle step; listed with -a only; builder prune drops it', async () => {
    const out = await d.dockerOk(['build', '-t', 'built/steps', '-'], {
      input: `FROM ${BASE}\nRUN echo one > /step\nRUN echo two > /step\nCMD ["cat", "/step"]\n`,
      timeoutMs: 300_000,
    });
    const ids = [...out.matchAll(/^ ---> ([0-9a-f]{12})$/gm)].map((m) => m[1]!);
    expect(ids).toHaveLength(4); // FROM, RUN, RUN, CMD
    const afterFirstRun = ids[1]!;
    expect(await d.dockerOk(['run', '--rm', afterFirstRun, 'cat', '/step'])).toBe('one\n');
    expect(await d.dockerOk(['run', '--rm', 'built/steps'])).toBe('two\n');
    const listed = async (all: boolean) => (await d.dockerOk(['images', ...(all ? ['-a'] : []), '-q'])).split('\n');
    expect(await listed(false)).not.toContain(afterFirstRun);
    expect(await listed(true)).toContain(afterFirstRun);
    await d.dockerOk(['builder', 'prune', '-af']);
    expect(await listed(true)).not.toContain(afterFirstRun);
    const gone = await d.docker(['image', 'inspect', afterFirstRun]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain(`No such image: ${afterFirstRun}`);
    expect(await d.dockerOk(['run', '--rm', 'built/steps'])).toBe('two\n');
  });

  test("the build cache as dockerd's: its entries in system df; builder prune keeps what images share unless -a, and honours until and --keep-storage", async () => {
    await d.dockerOk(['builder', 'prune', '-af']);
    const df = async () => {
      const rows = (await d.dockerOk(['system', 'df', '--format', '{{.Type}}|{{.TotalCount}}|{{.Reclaimable}}'])).trim().split('\n');
      return rows.find((r) => r.startsWith('Build Cache|'))!.split('|');
    };
    expect(await df()).toEqual(['Build Cache', '0', '0B']);
    // Two images whose RUN steps write 300 kB each; old-x is built first, then both lose their tags.
    const build = (tag: string, name: string) =>
      d.dockerOk(['build', '-t', tag, '-'], { input: `FROM ${BASE}\nRUN head -c 300000 /dev/urandom > /${name}\n`, timeoutMs: 300_000 });
    await build('cache/x', 'x');
    await build('cache/y', 'y');
    const [, count] = await df();
    expect(Number(count)).toBeGreaterThanOrEqual(2);
    const verbose = await d.dockerOk(['system', 'df', '-v']);
    expect(verbose).toContain('Build cache usage:');
    // Each RUN entry: its blob and snapshot (~600 kB), used once, shared with its image.
    expect(verbose.match(/^[0-9a-f]{12} +regular +\d+(\.\d+)?kB .* 1 +true$/gm)).toHaveLength(2);
    // While their images hold the layers, a prune without -a leaves the entries: it would free nothing.
    expect(await d.dockerOk(['builder', 'prune', '-f'])).toContain('Total reclaimed space: 0B');
    await d.dockerOk(['rmi', 'cache/x', 'cache/y']);
    // Both were used within the hour: until=1h keeps them.
    expect(await d.dockerOk(['builder', 'prune', '-f', '--filter', 'until=1h'])).toContain('Total reclaimed space: 0B');
    // --keep-storage 1 MB (each entry holds ~600 kB: its blob and its snapshot): the least recently used (x) goes, y fits and stays.
    const kept = await d.dockerOk(['builder', 'prune', '-f', '--keep-storage', '1000000']);
    expect(kept).toMatch(/^Deleted build cache objects:\n[0-9a-f]{64}\n\nTotal reclaimed space: (\d+(\.\d+)?)kB/);
    expect(Number(/Total reclaimed space: (\d+(?:\.\d+)?)kB/.exec(kept)![1])).toBeGreaterThanOrEqual(300);
    expect(await build('cache/y', 'y')).toMatch(/RUN head -c 300000[^\n]*\n ---> Using cache/);
    expect(await build('cache/x', 'x')).toMatch(/RUN head -c 300000[^\n]*\n ---> Running in/);
    // A label filter is ignored here as dockerd ignores it (system prune sends it to every prune); both tagged: nothing goes.
    expect(await d.dockerOk(['system', 'prune', '-f', '--filter', 'label=a'])).toContain('Total reclaimed space: 0B');
    // dockerd's refusal, in its words.
    const both = await d.docker(['builder', 'prune', '-f', '--filter', 'until=1h', '--filter', 'unused-for=2h']);
    expect(both.stderr).toContain('conflicting filters: "until" and "unused-for"');
    // -a: the entries of tagged images go too; what only the cache held is given back.
    const everything = await d.dockerOk(['builder', 'prune', '-af']);
    expect(everything).toMatch(/Total reclaimed space: \d/);
    expect(await df()).toEqual(['Build Cache', '0', '0B']);
    expect(await build('cache/x', 'x')).not.toMatch(/Using cache/);
  });

  test('builder prune -a while a build runs: the build finishes and keeps its later steps in the cache', async () => {
    const cli = spawn('docker', ['build', '--no-cache', '-t', 'cache/during', '-'], { env: d.env, stdio: ['pipe', 'pipe', 'pipe'] });
    cli.stdin.end(`FROM ${BASE}\nRUN echo one > /one\nRUN echo started; sleep 3; echo two > /two\nRUN echo three > /three\n`);
    let out = '';
    cli.stdout.on('data', (c: Buffer) => (out += c.toString()));
    cli.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((r) => cli.once('exit', r));
    await waitFor(async () => /^started$/m.test(out), 120_000, `the second RUN to start (output so far: ${out})`);
    // The first step's entry goes, and with the last one the cache's lease.
    await d.dockerOk(['builder', 'prune', '-af']);
    expect(await exited).toBe(0);
    expect(out).toMatch(/Successfully tagged cache\/during:latest/);
    expect(await d.dockerOk(['run', '--rm', 'cache/during', 'cat', '/one', '/two', '/three'])).toBe('one\ntwo\nthree\n');
    // The steps that finished after the prune are in the cache, their layers held by its lease again.
    const usage = JSON.parse(await d.dockerOk(['system', 'df', '--format', '{{json .}}', '-v'])) as {
      BuildCache: { Description: string }[];
    };
    expect(usage.BuildCache.map((e) => e.Description).join('\n')).toMatch(/echo three > \/three/);
    expect((await cd.ctrOk(['leases', 'ls', '-q'])).split('\n')).toContain('tandem-docker-build-cache');
  });

  test('COPY-only images are reproducible: same context, same layer digests', async () => {
    const dir = context('repro', { Dockerfile: `FROM ${BASE}\nCOPY f.txt /f.txt\nCOPY dir /dir/\n`, 'f.txt': 'f\n', 'dir/g.txt': 'g\n' });
    await d.dockerOk(['build', '-t', 'built/repro:1', dir]);
    await d.dockerOk(['build', '--no-cache', '-t', 'built/repro:2', dir]);
    const layers = async (t: string) => JSON.parse(await d.dockerOk(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', t]));
    expect(await layers('built/repro:2')).toEqual(await layers('built/repro:1'));
  });

  describe('failing builds name the step and the cause and leave nothing behind', () => {
    const state = async () => ({
      containers: await cd.ctrOk(['containers', 'ls', '-q']),
      snapshots: await cd.ctrOk(['snapshots', 'ls']),
      // The build cache's own lease lives as long as the cache (made by the first build).
      leases: (await cd.ctrOk(['leases', 'ls', '-q'])).replace(/^tandem-docker-build-cache\n/m, ''),
    });
    const cases: [string, string, RegExp, number][] = [
      ['unknown', `FROM ${BASE}\nRUN true\nFOO bar\n`, /dockerfile parse error on line 3: unknown instruction: FOO/, 1],
      [
        'exit3',
        `FROM ${BASE}\nRUN exit 3\n`,
        /Step 2\/2 : RUN exit 3[\s\S]*The command '\/bin\/sh -c exit 3' returned a non-zero code: 3/,
        3,
      ],
      [
        'missing',
        `FROM ${BASE}\nCOPY nothere.txt /\n`,
        /Step 2\/2 : COPY nothere.txt \/[\s\S]*COPY failed: file not found in build context or excluded by .dockerignore: stat nothere.txt/,
        1,
      ],
    ];
    test('a client that goes away mid-RUN: the RUN is killed, its container and snapshot removed', async () => {
      const before = await state();
      const dir = context('cancel', { Dockerfile: `FROM ${BASE}\nRUN echo started; sleep 600\n` });
      const cli = spawn('docker', ['build', '--no-cache', dir], { env: d.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      cli.stdout.on('data', (c: Buffer) => (out += c.toString()));
      await waitFor(async () => /^started$/m.test(out), 120_000, `the RUN to start (output so far: ${out})`);
      expect((await cd.ctrOk(['tasks', 'ls', '-q'])).trim()).not.toBe('');
      cli.kill('SIGKILL');
      await waitFor(async () => (await cd.ctrOk(['containers', 'ls', '-q'])) === before.containers, 120_000, 'the RUN container to go');
      await waitFor(
        async () => JSON.stringify(await state()) === JSON.stringify(before),
        60_000,
        'the snapshots and leases to be as before',
      );
    });

    test("a base image whose layer blob is gone from the content store: the COPY that reads it fails with containerd's words, it does not hang", async () => {
      await d.dockerOk(['build', '-t', 'broken/base', '-'], { input: `FROM ${BASE}\nRUN echo only-here > /only-here\n` });
      const [diffId] = JSON.parse(await d.dockerOk(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', 'broken/base'])).slice(-1);
      const blob = (await cd.ctrOk(['content', 'ls']))
        .split('\n')
        .find((l) => l.includes(`containerd.io/uncompressed=${diffId}`))!
        .split(/\s+/)[0]!;
      await cd.ctrOk(['content', 'rm', blob]);
      const before = await state();
      const dir = context('broken-copy', { Dockerfile: 'FROM broken/base\nCOPY f.txt /f.txt\n', 'f.txt': 'f\n' });
      const r = await d.docker(['build', dir], { timeoutMs: 300_000 });
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(new RegExp(`Step 2/2 : COPY f.txt /f.txt[\\s\\S]*${blob}.*not found`));
      expect(await state()).toEqual(before);
      await d.dockerOk(['rmi', 'broken/base']);
    });

    test.each(cases)('%s', async (name, dockerfile, message, code) => {
      const before = await state();
      const r = await d.docker(['build', context(`fail-${name}`, { Dockerfile: dockerfile })], { timeoutMs: 300_000 });
      expect(r.code).toBe(code);
      expect(`${r.stdout}${r.stderr}`).toMatch(message);
      expect(await state()).toEqual(before);
      expect(await d.dockerOk(['ps', '-aq'])).toBe('');
    });
  });
});
