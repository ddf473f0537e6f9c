// Images as a Kubernetes node gets them: the kubelet's PullImage through containerd's CRI from a
// registry (the real docker-registry on loopback), with a pull secret's credentials for one that
// authenticates with tokens as ghcr.io or Docker Hub do; then pods of both handlers run them.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { containerConfig, podConfig, startCri, type CriEnv } from '../helpers/cri.js';
import { Registry } from '../helpers/docker.js';

let env: CriEnv;
let open: Registry;
let priv: Registry;

beforeAll(async () => {
  env = await startCri({ TANDEM_VM_IDLE_TIMEOUT_MS: '600000', TANDEM_VM_BOOT_TIMEOUT_MS: '600000' });
  open = await Registry.start();
  await open.seedBusybox('k8s/busybox', 'v1');
  priv = await Registry.start({ token: true, user: { name: 'puller', password: 'pull-secret' } });
  await priv.seedBusybox('team/app', 'v2');
}, 960_000);
afterAll(async () => {
  await env?.dispose();
  await open?.dispose();
  await priv?.dispose();
});

/** Runs `sh -c script` in a new pod of `handler` from `image`: what ExecSync of `cmd` printed. */
async function runIn(handler: string, image: string, cmd: string[]): Promise<string> {
  const config = podConfig(`img-${handler}`, join(env.logs, `img-${handler}`));
  const { podSandboxId } = await env.cri.runtime.RunPodSandbox({ config, runtimeHandler: handler }, 900_000);
  try {
    const { containerId } = await env.cri.runtime.CreateContainer({
      podSandboxId,
      config: containerConfig('app', image, ['sleep', '300']),
      sandboxConfig: config,
    });
    await env.cri.runtime.StartContainer({ containerId });
    const r = await env.cri.runtime.ExecSync({ containerId, cmd, timeout: 60 });
    return Buffer.from(r.stdout).toString();
  } finally {
    await env.cri.runtime.StopPodSandbox({ podSandboxId });
    await env.cri.runtime.RemovePodSandbox({ podSandboxId });
  }
}

test('PullImage from a registry: the image listed with its tag and size, run by both handlers, removed', { timeout: 900_000 }, async () => {
  const image = `${open.host}/k8s/busybox:v1`;
  const { imageRef } = await env.cri.images.PullImage({ image: { image } });
  expect(imageRef).toMatch(/^sha256:[0-9a-f]{64}$/);
  const { image: status } = await env.cri.images.ImageStatus({ image: { image } });
  expect(status?.repoTags).toContain(image);
  expect(Number(status?.size)).toBeGreaterThan(0);
  expect((await env.cri.images.ListImages({})).images.map((i) => i.id)).toContain(imageRef);
  for (const handler of ['tandem', 'tandem-vm'])
    expect(await runIn(handler, image, ['echo', `ran on ${handler}`])).toBe(`ran on ${handler}\n`);
  await env.cri.images.RemoveImage({ image: { image } });
  expect((await env.cri.images.ImageStatus({ image: { image } })).image).toBeNull();
});

test(
  "a private image: refused without the pull secret, pulled with it (the registry's token server), run by both handlers",
  { timeout: 900_000 },
  async () => {
    const image = `${priv.host}/team/app:v2`;
    const refused = await env.cri.images.PullImage({ image: { image } }).then(
      () => undefined,
      (err: Error) => err,
    );
    // containerd's words, as the kubelet shows them in the pod's ErrImagePull event.
    expect(refused?.message).toContain(
      `failed to resolve reference "${image}": pull access denied, repository does not exist or may require authorization`,
    );
    const from = priv.tokens!.requests.length;
    const { imageRef } = await env.cri.images.PullImage({ image: { image }, auth: { username: 'puller', password: 'pull-secret' } });
    expect(imageRef).toMatch(/^sha256:[0-9a-f]{64}$/);
    // containerd asked the token server with the secret's credentials, for pulling this repository.
    const asked = priv.tokens!.requests.slice(from);
    expect(asked.some((r) => r.grant !== 'anonymous' && r.scopes.includes('repository:team/app:pull'))).toBe(true);
    for (const handler of ['tandem', 'tandem-vm']) expect(await runIn(handler, image, ['cat', '/etc/group'])).toContain('staff:x:50:');
    await env.cri.images.RemoveImage({ image: { image } });
  },
);
