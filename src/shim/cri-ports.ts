// The hostPort mappings of a Kubernetes pod, for VM pods. The CRI plugin hands port mappings to
// CNI (portmap), never to the runtime; a VM container's ports are guest ports, so tandem
// publishes them on the host itself. The mappings are read from the sandbox container's
// metadata, which containerd's CRI plugin (1.6 to 2.x) stores as a container extension:
// JSON {"Version":"v1","Metadata":{"Config":{"port_mappings":[{"protocol":0|1|2,
// "container_port":N,"host_port":N,"host_ip":"…"}]}}} (protocol TCP=0, UDP=1, SCTP=2).
export const SANDBOX_METADATA_EXTENSION = 'io.cri-containerd.sandbox.metadata';
export const CRI_CONTAINER_TYPE = 'io.kubernetes.cri.container-type';

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
  const meta = JSON.parse(json) as { Metadata?: { Config?: { port_mappings?: PortMapping[] } } };
  const entries: string[] = [];
  const skipped: string[] = [];
  for (const m of meta.Metadata?.Config?.port_mappings ?? []) {
    if (!m.host_port) continue;
    const proto = m.protocol === 1 ? 'udp' : m.protocol === 2 ? 'sctp' : 'tcp';
    const spec = `${m.host_ip || '0.0.0.0'}:${m.host_port}:${m.container_port || m.host_port}`;
    if (proto === 'sctp') skipped.push(`${spec}/sctp`);
    else entries.push(`${spec}/${proto}`);
  }
  return { publish: entries.length ? entries.join(',') : undefined, skipped };
}
