// Published ports (-p, -P): Docker's PortBindings → tandem's publish entries. Native containers
// share the host's network, so their ports are published by listening on them; VM containers
// get the `io.containerd.tandem.publish` annotation that the VM executor forwards.
//
// As in dockerd, a binding names a host port, a range of them (`-p 8000-8010:80`) or none
// (`-p 80`, and every exposed port with `-P`): the last two are given a free port of the range
// (the kernel's ephemeral range for none) at each start, and that is what inspect, `docker port`
// and ps show while the container runs. A stopped container publishes nothing.
//
// A TCP binding without a host address listens on IPv6 as well as IPv4 where the host has IPv6,
// and lists both (`0.0.0.0:8080->80/tcp, [::]:8080->80/tcp`), as dockerd 28 does: on a Mac
// `localhost` is ::1 first. An address given (`-p 0.0.0.0:8080:80`) is that family only.
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { invalidArgument } from '../../common/errdefs.js';
import { hostLiteral } from '../../common/host-literal.js';
import { HttpError } from '../api.js';
import type { ContainerConfig, HostConfig, PortBinding } from './types.js';

/** One binding as asked for: its host port is any free one of lo..hi (lo = hi: that port). */
export interface WantedPort {
  proto: 'tcp' | 'udp';
  hostIp: string;
  lo: number;
  hi: number;
  container: number;
  /** Also on IPv6: no address was given, the port is TCP and the host has IPv6. */
  dual?: boolean;
}

/** One binding as published by a start. */
export interface Published {
  proto: 'tcp' | 'udp';
  hostIp: string;
  host: number;
  container: number;
  dual?: boolean;
}

/** Whether the host has IPv6 (at least its loopback ::1), read once. */
let ipv6: boolean | undefined;
export function hostHasIpv6(): boolean {
  ipv6 ??= Object.values(networkInterfaces()).some((list) => list?.some((a) => a.family === 'IPv6'));
  return ipv6;
}

function portOf(key: string): { port: number; proto: 'tcp' | 'udp' } {
  const [p, proto = 'tcp'] = key.split('/');
  const port = Number(p);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw invalidArgument(`invalid port specification: "${key}"`);
  if (proto !== 'tcp' && proto !== 'udp') throw invalidArgument(`invalid proto: ${proto}`);
  return { port, proto };
}

/** The range dockerd takes dynamic ports from: the kernel's ephemeral ports where it has them. */
export function ephemeralRange(): [number, number] {
  try {
    const [lo, hi] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (lo > 0 && hi >= lo && hi <= 65535) return [lo, hi];
  } catch {
    // Not Linux (macOS has no such file): dockerd's own default.
  }
  return [32768, 60999];
}

function hostRange(b: PortBinding): [number, number] {
  if (!b.HostPort) return ephemeralRange();
  const m = /^(\d+)(?:-(\d+))?$/.exec(b.HostPort);
  const [lo, hi] = m ? [Number(m[1]), Number(m[2] ?? m[1])] : [NaN, NaN];
  if (!(lo >= 1 && hi <= 65535 && lo <= hi)) throw invalidArgument(`invalid host port: ${b.HostPort}`);
  return [lo, hi];
}

/** Every binding the container asks for (validated at create, allocated at each start). */
export function wantedPorts(host: HostConfig, config: ContainerConfig): WantedPort[] {
  const out: WantedPort[] = [];
  const bindings: Record<string, PortBinding[] | null> = { ...(host.PortBindings ?? {}) };
  if (host.PublishAllPorts) for (const k of Object.keys(config.ExposedPorts ?? {})) bindings[k] ??= [{}];
  for (const [key, list] of Object.entries(bindings)) {
    const { port, proto } = portOf(key);
    for (const b of list?.length ? list : [{}]) {
      const [lo, hi] = hostRange(b);
      const dual = !b.HostIp && proto === 'tcp' && hostHasIpv6();
      out.push({ proto, hostIp: b.HostIp || '0.0.0.0', lo, hi, container: port, ...(dual ? { dual } : {}) });
    }
  }
  return out;
}

/** Whether every binding names one host port (nothing to choose at start). */
export function allFixed(wanted: WantedPort[]): boolean {
  return wanted.every((w) => w.lo === w.hi);
}

/** The bindings that name one host port, as published. */
export function fixedPorts(wanted: WantedPort[]): Published[] {
  return wanted.filter((w) => w.lo === w.hi).map((w) => published(w, w.lo));
}

/** The address to listen on for a binding: `::` (both families) for a dual one. */
export const listenHost = (p: { hostIp: string; dual?: boolean }) => (p.dual ? '::' : p.hostIp);

function published(w: WantedPort, host: number): Published {
  return { proto: w.proto, hostIp: w.hostIp, host, container: w.container, ...(w.dual ? { dual: true } : {}) };
}

/** The bindings with one host port each, as the publish annotation takes them (`[::]`: both families). */
export function publishAnnotation(ports: Published[]): string[] {
  return ports.map((p) => {
    const ip = p.dual ? '[::]' : hostLiteral(p.hostIp);
    return `${ip}:${p.host}:${p.container}/${p.proto}`;
  });
}

/** Where each range's search resumes, as dockerd's allocator does: a port just freed is not reused at once. */
const cursors = new Map<string, number>();

/** An address that takes the port on every address of its family (or both, for a binding without one). */
const anyAddress = (ip: string) => ip === '' || ip === '0.0.0.0' || ip === '::';

/** Whether two bindings want the same port of the same address, as dockerd's port allocator sees them. */
const clash = (a: { proto: string; hostIp: string }, port: number, b: Published) =>
  a.proto === b.proto && port === b.host && (a.hostIp === b.hostIp || anyAddress(a.hostIp) || anyAddress(b.hostIp));

/**
 * A host port for each binding: a fixed one as asked, a range's first free one (not taken by
 * another container of this endpoint, and bindable now) after the last one it gave. The errors
 * are the bridge driver's of dockerd 28 (start.ts says on which endpoint): a port another
 * container publishes is "already allocated" (its port allocator), one another program holds
 * fails to bind.
 */
export async function allocatePorts(wanted: WantedPort[], taken: Published[]): Promise<Published[]> {
  const used = new Set(taken.map((p) => `${p.proto}/${p.host}`));
  const out: Published[] = [];
  for (const w of wanted) {
    let host = w.lo;
    if (w.hi > w.lo) {
      const key = `${w.proto}/${w.hostIp}/${w.lo}-${w.hi}`;
      const size = w.hi - w.lo + 1;
      const start = cursors.get(key) ?? w.lo;
      let found = 0;
      for (let i = 0; i < size && !found; i++) {
        const p = w.lo + ((start - w.lo + i) % size);
        if (!used.has(`${w.proto}/${p}`) && (await bindable(w.proto, listenHost(w), p))) found = p;
      }
      if (!found) throw new HttpError(500, `Bind for ${w.hostIp}:${w.lo}-${w.hi} failed: all ports are allocated`);
      cursors.set(key, found === w.hi ? w.lo : found + 1);
      host = found;
    } else if (taken.some((t) => clash(w, host, t)) || out.some((o) => clash(w, host, o))) {
      throw new HttpError(500, `Bind for ${w.hostIp}:${host} failed: port is already allocated`);
    } else if (!(await bindable(w.proto, listenHost(w), host))) {
      throw new HttpError(
        500,
        `failed to bind host port for ${hostLiteral(w.hostIp)}:${host}:${w.container}/${w.proto}: address already in use`,
      );
    }
    used.add(`${w.proto}/${host}`);
    out.push(published(w, host));
  }
  return out;
}

/** Whether the port can be bound now (then closed again): the allocation's only test of the host. */
function bindable(proto: 'tcp' | 'udp', host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (proto === 'udp') {
      const s = createSocket(host.includes(':') ? 'udp6' : 'udp4');
      s.once('error', () => {
        try {
          s.close();
        } catch {
          // Never bound: nothing to close.
        }
        resolve(false);
      });
      s.bind({ address: host, port, exclusive: true }, () => s.close(() => resolve(true)));
      return;
    }
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen({ host, port, exclusive: true }, () => s.close(() => resolve(true)));
  });
}

/** NetworkSettings.Ports as docker inspect and docker port show them: empty unless running. */
export function portsView(
  config: ContainerConfig,
  published: Published[] | undefined,
): Record<string, { HostIp: string; HostPort: string }[] | null> {
  const out: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
  if (!published) return out;
  for (const k of Object.keys(config.ExposedPorts ?? {})) out[k] = null;
  for (const p of published) {
    const list = (out[`${p.container}/${p.proto}`] ??= []);
    list.push({ HostIp: p.hostIp, HostPort: String(p.host) });
    if (p.dual) list.push({ HostIp: '::', HostPort: String(p.host) });
  }
  return out;
}
