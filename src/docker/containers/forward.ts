// `-p H:C` with H ≠ C on a native container: it shares the host's network, so its own listener
// is on C, and the endpoint listens on H and relays each connection to 127.0.0.1:C while the
// container runs (TCP; with H = C the container's own listener serves, nothing is needed). The
// listeners are bound before the task starts, so a port in use fails the start as in dockerd.
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { HttpError } from '../api.js';
import { listenHost, type Published } from './ports.js';

export class PortForwards {
  private readonly open = new Map<string, { servers: Server[]; sockets: Set<Socket> }>();

  /** Binds a relay per entry whose host port differs; all or none (a failure closes the rest). */
  async start(id: string, entries: Published[]): Promise<void> {
    const wanted = entries.filter((p) => p.host !== p.container);
    if (!wanted.length) return;
    const udp = wanted.find((p) => p.proto === 'udp');
    if (udp) {
      throw new HttpError(
        400,
        `native containers share the host network: udp port ${udp.container} cannot be published as ${udp.host}; publish it as the same number or use --runtime tandem-vm`,
      );
    }
    await this.stop(id);
    const state = { servers: [] as Server[], sockets: new Set<Socket>() };
    this.open.set(id, state);
    try {
      for (const p of wanted) state.servers.push(await listen(p, state.sockets));
    } catch (err) {
      await this.stop(id);
      throw err;
    }
  }

  /** Closes the listeners and the relayed connections (the container stopped). */
  async stop(id: string): Promise<void> {
    const state = this.open.get(id);
    if (!state) return;
    this.open.delete(id);
    for (const s of state.sockets) s.destroy();
    await Promise.all(state.servers.map((s) => new Promise((r) => s.close(r))));
  }
}

function listen(p: Published, sockets: Set<Socket>): Promise<Server> {
  const server = createServer((client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: p.container });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new HttpError(500, `failed to bind host port for ${p.hostIp}:${p.host}:${p.container}/${p.proto}: address already in use`)
          : err,
      ),
    );
    // `::` takes IPv4 as well (ipv6Only is off): one listener for a binding without an address.
    server.listen({ host: listenHost(p), port: p.host }, () => resolve(server));
  });
}
