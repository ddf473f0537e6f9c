// What the shim learns about a Kubernetes pod from its sandbox container's CRI metadata, which
// containerd's CRI plugin (1.6 to 2.x) stores as a container extension, JSON:
//   {"Version":"v1","Metadata":{"Config":{
//     "port_mappings":[{"protocol":0|1|2,"container_port":N,"host_port":N,"host_ip":"…"}],
//     "linux":{"security_context":{"namespace_options":{"network":0|1|2}}}}}}
// (protocol TCP=0, UDP=1, SCTP=2; network POD=0, CONTAINER=1, NODE=2; zero values omitted).
//  - hostPorts, for VM pods: CRI hands port mappings to CNI (portmap), never to the runtime; a VM
//    container's ports are guest ports, so tandem publishes them on the host itself.
//  - whether the pod wants a network of its own, for native pods on darwin: there containerd's
//    CRI puts no namespaces in the spec at all, so the metadata is the only place that says so.
import { hostLiteral } from '../common/host-literal.js';

export const SANDBOX_METADATA_EXTENSION = 'io.cri-containerd.sandbox.metadata';
export const CRI_CONTAINER_TYPE = 'io.kubernetes.cri.container-type';

const NAMESPACE_MODE_NODE = 2;

interface PortMapping {
  protocol?: number;
  container_port?: number;
  host_port?: number;
  host_ip?: string;
}

/**
 * The publish annotation value (publish.ts's format) for the mappings of a sandbox's metadata,
 * or undefined when it has none with a host port. SCTP has no relay here and is reported.
 */
export function publishFromSandboxMetadata(json: string): { publish?: string; skipped: string[] } {
  const meta = parse(json);
  const entries: string[] = [];
  const skipped: string[] = [];
  for (const m of meta.Metadata?.Config?.port_mappings ?? []) {
    if (!m.host_port) continue;
    const proto = m.protocol === 1 ? 'udp' : m.protocol === 2 ? 'sctp' : 'tcp';
    // No address: every one, IPv6 too for TCP (as CNI's portmap does where the host has it).
    const any = proto === 'tcp' ? '[::]' : '0.0.0.0';
    const spec = `${m.host_ip ? hostLiteral(m.host_ip) : any}:${m.host_port}:${m.container_port || m.host_port}`;
    if (proto === 'sctp') skipped.push(`${spec}/sctp`);
    else entries.push(`${spec}/${proto}`);
  }
  return { publish: entries.length ? entries.join(',') : undefined, skipped };
}

interface SandboxMetadata {
  Metadata?: {
    Config?: {
      port_mappings?: PortMapping[];
      linux?: { security_context?: { namespace_options?: { network?: number } } };
    };
  };
}

function parse(json: string): SandboxMetadata {
  return JSON.parse(json) as SandboxMetadata;
}

/** True when the pod is not on the host network (namespace mode POD or CONTAINER). */
export function wantsOwnNetwork(json: string): boolean {
  return parse(json).Metadata?.Config?.linux?.security_context?.namespace_options?.network !== NAMESPACE_MODE_NODE;
}
