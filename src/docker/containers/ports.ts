// Published ports (-p, -P): Docker's PortBindings → tandem's publish entries. Native containers
// share the host's network, so their ports are published by listening on them; VM containers
// get the `io.containerd.tandem.publish` annotation that the VM executor forwards.
import { invalidArgument } from '../../common/errdefs.js';
import type { ContainerConfig, HostConfig, PortBinding } from './types.js';

export interface Published {
  proto: 'tcp' | 'udp';
  hostIp: string;
  host: number;
  container: number;
  /** As the publish annotation takes it: [HOSTADDR:]HOSTPORT:CONTAINERPORT/proto. */
  entry: string;
}

function portOf(key: string): { port: number; proto: 'tcp' | 'udp' } {
  const [p, proto = 'tcp'] = key.split('/');
  const port = Number(p);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw invalidArgument(`invalid port specification: "${key}"`);
  if (proto !== 'tcp' && proto !== 'udp') throw invalidArgument(`invalid proto: ${proto}`);
  return { port, proto };
}

export function publishEntries(host: HostConfig, config: ContainerConfig): Published[] {
  const out: Published[] = [];
  const bindings: Record<string, PortBinding[] | null> = { ...(host.PortBindings ?? {}) };
  if (host.PublishAllPorts) for (const k of Object.keys(config.ExposedPorts ?? {})) bindings[k] ??= [{}];
  for (const [key, list] of Object.entries(bindings)) {
    const { port, proto } = portOf(key);
    for (const b of list?.length ? list : [{}]) {
      const hp = b.HostPort ? Number(b.HostPort) : port;
      if (!Number.isInteger(hp) || hp < 1 || hp > 65535) throw invalidArgument(`invalid host port: ${b.HostPort}`);
      const ip = b.HostIp && b.HostIp !== '0.0.0.0' ? b.HostIp : '';
      out.push({ proto, hostIp: b.HostIp || '0.0.0.0', host: hp, container: port, entry: `${ip ? `${ip}:` : ''}${hp}:${port}/${proto}` });
    }
  }
  return out;
}

/** NetworkSettings.Ports as docker inspect and docker port show them. */
export function portsView(host: HostConfig, config: ContainerConfig): Record<string, { HostIp: string; HostPort: string }[] | null> {
  const out: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
  for (const k of Object.keys(config.ExposedPorts ?? {})) out[k] = null;
  for (const p of publishEntries(host, config))
    (out[`${p.container}/${p.proto}`] ??= []).push({ HostIp: p.hostIp, HostPort: String(p.host) });
  return out;
}
