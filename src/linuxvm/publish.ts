// Published ports of VM containers. Annotation format (documented in docs/linuxvm.md):
//   io.containerd.tandem.publish = [HOSTADDR:]HOSTPORT:CONTAINERPORT[/tcp|/udp][,…]
//   io.containerd.tandem.publish.<anything> = the same (several keys may be used)
// HOSTADDR defaults to 127.0.0.1. Containers share the guest's network namespace, so a
// container port is a guest port.
//
// TCP is relayed by the host itself: a listener on HOSTADDR:HOSTPORT, and each accepted
// connection becomes one DialPort stream to the agent, which connects to 127.0.0.1:PORT in the
// guest. That works the same on every backend (QEMU, vfkit) and while the VM is already up.
// UDP goes through the backend's own forwarding (QEMU hostfwd) where it offers one.
import net from 'node:net';
import { ANNOTATION_PUBLISH } from '../common/oci.js';
import { alreadyExists, invalidArgument } from '../common/errdefs.js';
import type { AgentClient } from './agent-client.js';
import { SendWindow } from './guest/window.js';

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

/** One TCP listener relaying to a guest port through the agent. */
export class TcpRelay {
  private readonly sockets = new Set<net.Socket>();
  private constructor(
    private readonly server: net.Server,
    readonly mapping: PortMapping,
  ) {}

  static async listen(mapping: PortMapping, agent: () => AgentClient | undefined): Promise<TcpRelay> {
    const server = net.createServer();
    const relay = new TcpRelay(server, mapping);
    server.on('connection', (sock) => relay.accept(sock, agent()));
    await new Promise<void>((resolve, reject) => {
      server.once('error', (err: NodeJS.ErrnoException) =>
        reject(
          err.code === 'EADDRINUSE' ? alreadyExists(`publish ${mapping.hostAddr}:${mapping.hostPort}: address already in use`, err) : err,
        ),
      );
      server.listen(mapping.hostPort, mapping.hostAddr, () => resolve());
    });
    return relay;
  }

  private accept(sock: net.Socket, agent: AgentClient | undefined): void {
    if (!agent) return void sock.destroy();
    this.sockets.add(sock);
    sock.on('close', () => this.sockets.delete(sock));
    sock.on('error', () => {});
    const conn = agent.dialPort(this.mapping.containerPort);
    // Both directions are windowed: we stop reading the client while the guest has not taken
    // in what we sent, and ack what we wrote to the client so the agent may send more.
    const window = new SendWindow([sock]);
    sock.on('data', (d: Buffer) => {
      conn.write(d);
      window.sent(d.length);
    });
    sock.on('end', () => conn.eof());
    void (async () => {
      try {
        for await (const { data, ack } of conn.data) {
          if (ack) window.acked(ack);
          if (!data.length) continue;
          if (!sock.write(data)) await new Promise((r) => sock.once('drain', r));
          conn.ack(data.length);
        }
        await conn.done;
        sock.end();
      } catch {
        sock.destroy(); // the guest refused the connection, or the VM went away
      }
    })();
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
