// A CRI pod's sandbox container, as the shim prepares it (see cri-sandbox.ts for the metadata):
// on the VM path the pod's hostPorts become publish entries of the sandbox (the VM executor
// relays them like io.containerd.tandem.publish); on the native path of a non-Linux host a pod
// that wants its own network is refused here, at RunPodSandbox (Linux joins the network
// namespace the spec names instead).
import { failedPrecondition } from '../common/errdefs.js';
import type { Logger } from '../common/log.js';
import { ANNOTATION_PUBLISH, type OciSpec } from '../common/oci.js';
import type { ExecutorName } from './dispatch.js';
import type { ContainerdImages } from './image-platform.js';
import { CRI_CONTAINER_TYPE, publishFromSandboxMetadata, SANDBOX_METADATA_EXTENSION, wantsOwnNetwork } from './cri-sandbox.js';

export async function criSandbox(
  id: string,
  spec: OciSpec,
  executor: ExecutorName,
  hostOs: NodeJS.Platform,
  containerd: () => Promise<ContainerdImages>,
  log: Logger,
): Promise<void> {
  if (spec.annotations?.[CRI_CONTAINER_TYPE] !== 'sandbox') return;
  if (executor === 'native' && hostOs === 'linux') return;
  const meta = await (await containerd()).extension(id, SANDBOX_METADATA_EXTENSION);
  if (!meta) return;
  if (executor === 'native') {
    if (wantsOwnNetwork(meta))
      throw failedPrecondition(
        `pod sandbox ${id} asks for a network of its own, which native pods on ${hostOs} cannot have: ` +
          'set hostNetwork: true in the pod spec, or use the tandem-vm runtime class',
      );
    return;
  }
  const ports = publishFromSandboxMetadata(meta);
  if (ports.skipped.length) log.warn({ skipped: ports.skipped }, 'pod ports not published: no SCTP relay');
  // The spec object is the one the executor receives next (TaskService.Create).
  if (ports.publish) (spec.annotations ??= {})[`${ANNOTATION_PUBLISH}.cri-hostport`] = ports.publish;
}
