// Pulls, pushes and logins against a registry that authenticates as Docker Hub, ghcr.io or
// GitLab do: the real docker-registry answers a Bearer challenge naming a token server, which
// signs the tokens the registry verifies (test/helpers/token-server.ts). Driven by the docker
// CLI 28 through the endpoint, the way a user meets every public registry.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Containerd } from '../helpers/containerd.js';
import { DockerEndpoint, Registry } from '../helpers/docker.js';

let cd: Containerd;
let d: DockerEndpoint;
let reg: Registry;

beforeAll(async () => {
  cd = await Containerd.start();
  d = await DockerEndpoint.start(cd);
  reg = await Registry.start({ token: true, user: { name: 'dev', password: 's3cret' } });
  await reg.seedBusybox('public/busybox');
  await reg.seedBusybox('team/busybox');
}, 180_000);
afterAll(async () => {
  await d?.dispose();
  await reg?.dispose();
  await cd?.dispose();
});

/** The token requests made since `from`: grant and scopes. */
const asked = (from: number) => reg.tokens!.requests.slice(from).map((r) => `${r.method} ${r.grant} ${r.scopes.join(' ')}`);

describe('a registry with token authentication', () => {
  test('anonymous: a public repository pulls and runs with an anonymous token; a private one is refused, as dockerd refuses it', async () => {
    const from = reg.tokens!.requests.length;
    const pub = `${reg.host}/public/busybox`;
    expect(await d.dockerOk(['pull', pub])).toMatch(/Status: Downloaded newer image for 127\.0\.0\.1:\d+\/public\/busybox:latest/);
    expect(await d.dockerOk(['run', '--rm', pub, 'echo', 'public'])).toBe('public\n');
    expect(asked(from)).toContain('GET anonymous repository:public/busybox:pull');
    const priv = await d.docker(['pull', `${reg.host}/team/busybox`]);
    expect(priv.code).toBe(1);
    expect(priv.stderr).toContain('unauthorized: authentication required');
    expect(priv.stderr).toContain(`docker login ${reg.host}`);
    // Pushing needs an account even where pulling does not.
    await d.dockerOk(['tag', pub, `${reg.host}/public/mine:v1`]);
    const push = await d.docker(['push', `${reg.host}/public/mine:v1`]);
    expect(push.code).toBe(1);
    expect(push.stderr).toContain('unauthorized: authentication required');
    expect(await cd.ctrOk(['leases', 'ls', '-q'])).toBe('');
  });

  test('docker login trades the password for a refresh token, which pull, push, run and build use; logout forgets it', async () => {
    const wrong = await d.docker(['login', '-u', 'dev', '--password-stdin', reg.host], { input: 'nope\n' });
    expect(wrong.code).toBe(1);
    // dockerd's words: distribution's client reads the token server's `details`.
    expect(wrong.stderr.trim()).toBe(
      `Error response from daemon: Get "http://${reg.host}/v2/": unauthorized: incorrect username or password`,
    );
    let from = reg.tokens!.requests.length;
    const ok = await d.docker(['login', '-u', 'dev', '--password-stdin', reg.host], { input: 's3cret\n' });
    expect(ok.stdout).toContain('Login Succeeded');
    expect(ok.code).toBe(0);
    // The login asked for an offline token with the password; the CLI keeps the refresh token, not the password.
    expect(reg.tokens!.requests.slice(from).map((r) => [r.grant, r.offline])).toEqual([['basic', true]]);
    const stored = JSON.parse(readFileSync(join(d.configDir, 'config.json'), 'utf8')).auths[reg.host];
    expect(stored.identitytoken).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(stored)).not.toContain(Buffer.from('dev:s3cret').toString('base64'));

    from = reg.tokens!.requests.length;
    const image = `${reg.host}/team/busybox`;
    expect(await d.dockerOk(['run', '--rm', image, 'echo', 'private'])).toBe('private\n');
    await d.dockerOk(['tag', image, `${reg.host}/team/copy:v1`]);
    // Its layer is mounted from the repository it was pulled from, as dockerd's push does, not sent again.
    const pushed = await d.dockerOk(['push', `${reg.host}/team/copy:v1`]);
    expect(pushed).toMatch(/v1: digest: sha256:[0-9a-f]{64}/);
    expect(pushed).toContain(`Mounted from ${reg.host}/team/busybox`);
    // Each token came from the refresh token (POST grant_type=refresh_token), for the scope the call needed.
    const used = asked(from);
    expect(used, used.join('\n')).toContain('POST refresh_token repository:team/busybox:pull');
    expect(used, used.join('\n')).toContain('POST refresh_token repository:team/copy:pull,push repository:team/busybox:pull');
    expect(
      used.every((u) => u.startsWith('POST refresh_token ')),
      used.join('\n'),
    ).toBe(true);
    await d.dockerOk(['rmi', `${reg.host}/team/copy:v1`]);
    expect(await d.dockerOk(['run', '--rm', `${reg.host}/team/copy:v1`, 'echo', 'pushed'])).toBe('pushed\n');

    // docker build sends the stored credentials in X-Registry-Config for a FROM it must pull.
    await d.dockerOk(['rmi', image]);
    expect(await d.buildFromAndRun(image)).toBe('built\n');

    // A refresh token the server no longer honours: dockerd's words, the request that needed a token first.
    reg.tokens!.revoke();
    const revoked = await d.docker(['pull', image]);
    expect(revoked.code).toBe(1);
    expect(revoked.stderr.trim()).toBe(
      `Error response from daemon: Get "http://${reg.host}/v2/team/busybox/manifests/latest": unauthorized: incorrect username or password`,
    );

    await d.dockerOk(['logout', reg.host]);
    await d.dockerOk(['rmi', image]);
    const after = await d.docker(['pull', image]);
    expect(after.code).toBe(1);
    expect(after.stderr).toContain('unauthorized: authentication required');
    expect(await cd.ctrOk(['leases', 'ls', '-q'])).toBe('');
  });

  test('a token server that is down: the cause named, the endpoint serving on', async () => {
    await reg.tokens!.stop();
    const r = await d.docker(['pull', `${reg.host}/public/busybox:other`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/connect: connection refused|ECONNREFUSED/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(await d.dockerOk(['version', '--format', '{{.Server.APIVersion}}'])).toBe('1.50\n');
  });
});
