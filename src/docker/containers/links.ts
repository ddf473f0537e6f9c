// The environment a legacy `--link NAME:ALIAS` gives a container, as dockerd's links package
// makes it: ALIAS_NAME, a URL per exposed port of the linked container (the first, lowest one
// also as ALIAS_PORT), and the linked container's own environment as ALIAS_ENV_*. Its address
// is where /etc/hosts puts the linked container (hosts.ts): 127.0.0.1, as containers share the
// host's network (the VM's), or the host's address from the VM for a native one.
import type { ContainerRecord } from './types.js';

/** `alias` for the container named `self` (its name without the slash), linking `other` at `address`. */
export function linkEnv(alias: string, self: string, other: Pick<ContainerRecord, 'Config'>, address = '127.0.0.1'): string[] {
  const prefix = alias.toUpperCase().replace(/-/g, '_');
  const env = [`${prefix}_NAME=/${self}/${alias}`];
  const ports = Object.keys(other.Config.ExposedPorts ?? {})
    .map((p) => {
      const [port, proto = 'tcp'] = p.split('/');
      return { port: Number(port), proto: proto.toLowerCase() };
    })
    .filter((p) => Number.isInteger(p.port))
    .sort((a, b) => a.port - b.port || a.proto.localeCompare(b.proto));
  if (ports[0]) env.push(`${prefix}_PORT=${ports[0].proto}://${address}:${ports[0].port}`);
  for (const { port, proto } of ports) {
    const key = `${prefix}_PORT_${port}_${proto.toUpperCase()}`;
    env.push(`${key}=${proto}://${address}:${port}`, `${key}_ADDR=${address}`, `${key}_PORT=${port}`, `${key}_PROTO=${proto}`);
  }
  for (const kv of other.Config.Env ?? []) {
    const eq = kv.indexOf('=');
    if (eq <= 0) continue;
    const name = kv.slice(0, eq);
    // dockerd leaves out what every image's build sets.
    if (name === 'HOME' || name === 'PATH') continue;
    env.push(`${prefix}_ENV_${name}=${kv.slice(eq + 1)}`);
  }
  return env;
}
