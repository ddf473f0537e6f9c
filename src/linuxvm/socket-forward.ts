// The host's side of a VM container's forwarded sockets (a bind mount of a host unix socket,
// such as `-v /var/run/docker.sock:/var/run/docker.sock`; the guest's side is guest/sockets.ts).
// Each connection the agent announces is connected to the host socket and relayed on a DialPort
// stream, for as long as the container lives: a client in the container talks to the host's
// daemon as Docker Desktop's forwarded docker.sock lets it.
import net from 'node:net';
import type { SocketsChannel } from './agent-client.js';
import type { RelayVm } from './publish.js';
import { relayHostSocket } from './relay.js';

export class SocketForwarder {
  private readonly sockets = new Set<net.Socket>();
  private readonly channel: SocketsChannel;

  /** `hostPaths[i]` is the host socket of the container's i-th forwarded socket. */
  constructor(
    vm: RelayVm,
    private readonly guestId: string,
    private readonly hostPaths: string[],
    private readonly warn: (msg: string) => void,
  ) {
    this.channel = vm.agent.sockets(guestId);
    void this.run(vm);
  }

  private async run(vm: RelayVm): Promise<void> {
    try {
      for await (const { index, connId } of this.channel.connections) this.connect(vm, index, connId);
      await this.channel.done;
    } catch (err) {
      // The VM or the agent went away: the container's connections went with it.
      this.warn(`forwarded sockets of ${this.guestId}: ${(err as Error).message}`);
    }
  }

  private connect(vm: RelayVm, index: number, connId: number): void {
    const conn = vm.agent.dialPort(0, false, { containerId: this.guestId, connId });
    const path = this.hostPaths[index];
    if (!path) return conn.reset(); // an index we never asked for: drop the guest's connection
    // Half-open, as the guest's end: a client may end its request and still read the answer.
    const sock = net.connect({ path, allowHalfOpen: true });
    this.sockets.add(sock);
    sock.once('close', () => this.sockets.delete(sock));
    const fail = (why: string) => {
      if (!sock.destroyed) this.warn(`forwarded socket ${path}: ${why}; connection closed`);
      sock.destroy();
    };
    // A host socket that refuses (its daemon is down): the container's client sees its connection closed.
    sock.once('error', (err) => this.warn(`forwarded socket ${path}: ${err.message}; the container's connection closed`));
    relayHostSocket(sock, conn, {}, fail);
  }

  /** No more connections: the container is going. */
  close(): void {
    this.channel.close();
    for (const s of this.sockets) s.destroy();
  }
}
