// Published ports of VM containers. Annotation format (documented in docs/linuxvm.md):
//   io.containerd.tandem.publish = [HOSTADDR:]HOSTPORT:CONTAINERPORT[/tcp|/udp][,…]
//   io.containerd.tandem.publish.<anything> = the same (several keys may be used)
// HOSTADDR defaults to 127.0.0.1; `[::]` is every address of both families (one dual-stack
// listener, IPv4 alone on a host without IPv6), as dockerd publishes a port given no address.
// Containers share the guest's network namespace, so a container port is a guest port.
//
// TCP is relayed by the host itself: a listener on HOSTADDR:HOSTPORT, and each accepted
// connection becomes one DialPort stream to the agent, which connects to 127.0.0.1:PORT in the
// guest. That works the same on every backend (QEMU, vfkit) and while the VM is already up.
// UDP goes through the backend's own forwarding (QEMU hostfwd) where it offers one.
import net from 'node:net';
import { ANNOTATION_PUBLISH } from '../common/oci.js';
import { alreadyExists, invalidArgument } from '../common/errdefs.js';
import { hasOutputPorts, type GuestVm } from './vm-lease.js';
import { relayHostSocket } from './relay.js';

export interface PortMapping {
  proto: 'tcp' | 'udp';
  hostAddr: string;
  hostPort: number;
  containerPort: number;
}

const ENTRY = /^(?:(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]|localhost):)?(\d{1,5}):(\d{1,5})(?:\/(tcp|udp))?$/;

function port(s: string, what: string, entry: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw invalidArgument(`${ANNOTATION_PUBLISH} ${JSON.stringify(entry)}: ${what} ${s} is not a port (1-65535)`);
  return n;
}

/** Every mapping named by the publish annotations, validated; duplicates of a host port refused. */
export function parsePublish(annotations: Record<string, string> | undefined): PortMapping[] {
  const out: PortMapping[] = [];
  const keys = Object.keys(annotations ?? {})
    .filter((k) => k === ANNOTATION_PUBLISH || k.startsWith(`${ANNOTATION_PUBLISH}.`))
    .sort();
  for (const k of keys) {
    for (const raw of annotations![k].split(',')) {
      const entry = raw.trim();
      if (!entry) continue;
      const m = ENTRY.exec(entry);
      if (!m) throw invalidArgument(`${k}=${JSON.stringify(entry)}: want [HOSTADDR:]HOSTPORT:CONTAINERPORT[/tcp|/udp]`);
      const hostAddr = !m[1] || m[1] === 'localhost' ? '127.0.0.1' : m[1].replace(/^\[|\]$/g, '');
      const mapping: PortMapping = {
        proto: (m[4] as 'tcp' | 'udp') ?? 'tcp',
        hostAddr,
        hostPort: port(m[2], 'host port', entry),
        containerPort: port(m[3], 'container port', entry),
      };
      if (out.some((o) => o.proto === mapping.proto && o.hostPort === mapping.hostPort && o.hostAddr === mapping.hostAddr)) {
        throw invalidArgument(`${k}: ${mapping.hostAddr}:${mapping.hostPort}/${mapping.proto} is published twice`);
      }
      out.push(mapping);
    }
  }
  return out;
}

/** What a relay needs of the VM: its agent, and the host sockets of its output ports. */
export type RelayVm = Pick<GuestVm, 'agent' | 'outputSockets'>;

/** One TCP listener relaying to a guest port through the agent. */
export class TcpRelay {
  private readonly sockets = new Set<net.Socket>();
  private constructor(
    private readonly server: net.Server,
    readonly mapping: PortMapping,
    private readonly warn: (msg: string) => void,
  ) {}

  /** `warn` gets a line for each connection the relay could not carry (docker-proxy logs these too). */
  static async listen(mapping: PortMapping, vm: () => RelayVm | undefined, warn: (msg: string) => void = () => {}): Promise<TcpRelay> {
    // Half-open, as docker-proxy: each direction ends on its own (a client may finish its request
    // with a half-close and still read the answer; a server may finish first and still read).
    const server = net.createServer({ allowHalfOpen: true });
    const relay = new TcpRelay(server, mapping, warn);
    server.on('connection', (sock) => relay.accept(sock, vm()));
    const listen = (addr: string) =>
      new Promise<void>((resolve, reject) => {
        server.once('error', (err: NodeJS.ErrnoException) =>
          reject(
            err.code === 'EADDRINUSE' ? alreadyExists(`publish ${mapping.hostAddr}:${mapping.hostPort}: address already in use`, err) : err,
          ),
        );
        server.listen(mapping.hostPort, addr, () => resolve());
      });
    await listen(mapping.hostAddr).catch((err: NodeJS.ErrnoException) => {
      if (mapping.hostAddr === '::' && (err.code === 'EAFNOSUPPORT' || err.code === 'EADDRNOTAVAIL')) return listen('0.0.0.0');
      throw err;
    });
    return relay;
  }

  private accept(sock: net.Socket, vm: RelayVm | undefined): void {
    const fail = (why: string): void => {
      // The listener's port (the mapping may ask for 0); the mapping's once the listener closed.
      const { address, port } = (this.server.address() as net.AddressInfo | null) ?? {
        address: this.mapping.hostAddr,
        port: this.mapping.hostPort,
      };
      if (!sock.destroyed)
        this.warn(`publish ${address}:${port} -> container port ${this.mapping.containerPort}: ${why}; connection closed`);
      sock.destroy();
    };
    if (!vm) return fail('the VM is gone');
    this.sockets.add(sock);
    sock.once('close', () => this.sockets.delete(sock));
    relayHostSocket(sock, vm.agent.dialPort(this.mapping.containerPort, hasOutputPorts(vm)), vm.outputSockets ?? {}, fail);
  }

  /** Where the listener listens (its port, when the mapping asked for 0). */
  get address(): net.AddressInfo {
    return this.server.address() as net.AddressInfo;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
