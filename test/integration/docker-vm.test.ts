// Routing through the Docker endpoint: `--runtime tandem-vm` and the annotation
// io.containerd.tandem.runtime=vm put a linux container in the guest VM, beside a native one,
// from the same docker CLI. The guest boots once for this file (TCG here, so it is slow).
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Containerd } from '../helpers/containerd.js';
import { DockerEndpoint } from '../helpers/docker.js';

let cd: Containerd;
let d: DockerEndpoint;
const IMG = 'tandem/busybox';

beforeAll(async () => {
  // The machine is shared: give the TCG boot room (the shim's own default is 120 s).
  cd = await Containerd.start({ env: { TANDEM_VM_IDLE_TIMEOUT_MS: '600000', TANDEM_VM_BOOT_TIMEOUT_MS: '280000' } });
  await cd.importBusybox();
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
  await d.dockerOk(['rm', '-f', 'native1', 'vm1']);
}, 180_000);

test('--annotation io.containerd.tandem.runtime=vm routes to the VM too', async () => {
  const out = await d.dockerOk(['run', '--rm', '--annotation', 'io.containerd.tandem.runtime=vm', IMG, 'uname', '-r']);
  expect(out.trim()).not.toBe(execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim());
}, 180_000);
