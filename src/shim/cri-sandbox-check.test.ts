import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Code } from '../common/errdefs.js';
import type { OciSpec } from '../common/oci.js';
import { criSandbox } from './cri-sandbox-check.js';
import type { ContainerdImages } from './image-platform.js';

const log = pino({ level: 'silent' });
const sandbox = (): OciSpec => ({ ociVersion: '1.0.2', annotations: { 'io.kubernetes.cri.container-type': 'sandbox' } });
/** containerd's answer for the sandbox container's metadata extension. */
const containerd = (config: object) => async () =>
  ({ extension: async () => JSON.stringify({ Version: 'v1', Metadata: { Config: config } }) }) as unknown as ContainerdImages;
const hostNet = { linux: { security_context: { namespace_options: { network: 2 } } } };

describe('criSandbox', () => {
  it('refuses a native darwin pod of its own network at RunPodSandbox, saying what to set', async () => {
    await expect(criSandbox('p1', sandbox(), 'native', 'darwin', containerd({}), log)).rejects.toMatchObject({
      code: Code.FailedPrecondition,
      message: expect.stringMatching(/set hostNetwork: true/),
    });
    await expect(criSandbox('p1', sandbox(), 'native', 'darwin', containerd(hostNet), log)).resolves.toBeUndefined();
  });

  it("publishes a VM pod's host ports on its sandbox", async () => {
    const spec = sandbox();
    await criSandbox('p1', spec, 'vm', 'darwin', containerd({ ...hostNet, port_mappings: [{ container_port: 80, host_port: 8080 }] }), log);
    expect(spec.annotations?.['io.containerd.tandem.publish.cri-hostport']).toBe('[::]:8080:80/tcp');
  });

  it('leaves app containers and native Linux pods alone (Linux joins the namespaces the spec names)', async () => {
    const never = async () => {
      throw new Error('containerd must not be asked');
    };
    await criSandbox('c1', { ociVersion: '1.0.2' }, 'vm', 'darwin', never, log);
    await criSandbox('p1', sandbox(), 'native', 'linux', never, log);
  });
});
