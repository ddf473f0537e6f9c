// A container's forwarded host sockets, the guest's side. A bind mount of a host unix socket
// (docker.sock, an ssh agent's) reaches the guest as a file on the share, which carries no
// connections; so the agent listens at a guest path of its own, the container's mount points
// there, and every connection is announced to the host on the container's Sockets stream and
// relayed when the host dials it (DialPort with its conn_id), as Docker Desktop forwards
// docker.sock into its VM.
import { promises as fsp } from 'node:fs';
import net from 'node:net';
import { dirname, isAbsolute } from 'node:path';
import { sendAck } from './window.js';
import { tandem } from '../../generated/core-protos.js';
import { failedPrecondition, invalidArgument, notFound, TandemError, Code } from '../../common/errdefs.js';
import type { ServerStream } from '../../ttrpc/stream.js';

const pb = tandem.agent.v1;

/** sun_path holds 108 bytes with its terminating NUL. */
const MAX_SOCKET_PATH = 107;
/** Connections announced and not yet dialled by the host: more are refused (closed at once). */
const MAX_PENDING = 256;

export class ForwardedSockets {
  private readonly servers: net.Server[] = [];
  private readonly pending = new Map<number, net.Socket>();
  private readonly unannounced: tandem.agent.v1.ISocketsOutput[] = [];
  private stream?: ServerStream;
  private nextId = 1;
  private closing?: Promise<void>;
  private resolveClosed!: () => void;
  private readonly closed = new Promise<void>((r) => (this.resolveClosed = r));

  private constructor(
    private readonly containerId: string,
    private readonly forwards: tandem.agent.v1.ISocketForward[],
  ) {}

  /** Listens at every path (before the runtime binds them into the container). */
  static async listen(containerId: string, forwards: tandem.agent.v1.ISocketForward[]): Promise<ForwardedSockets> {
    for (const f of forwards) {
      const path = f.path ?? '';
      if (!isAbsolute(path) || Buffer.byteLength(path) > MAX_SOCKET_PATH)
        throw invalidArgument(
          `container ${containerId}: forwarded socket path ${JSON.stringify(path)} must be absolute and at most 107 bytes`,
        );
    }
    const s = new ForwardedSockets(containerId, forwards);
    try {
      for (const [i, f] of forwards.entries()) await s.listenAt(i, f);
    } catch (err) {
      await s.close();
      throw err instanceof TandemError
        ? err
        : new TandemError(Code.Unknown, `container ${containerId}: forwarded socket: ${(err as Error).message}`);
    }
    return s;
  }

  private async listenAt(index: number, f: tandem.agent.v1.ISocketForward): Promise<void> {
    const path = f.path!;
    await fsp.mkdir(dirname(path), { recursive: true, mode: 0o755 });
    await fsp.rm(path, { force: true }); // left by an agent that died with the container's id
    // Half-open: a client may end its request and still read the answer (docker's hijacked streams).
    const server = net.createServer({ allowHalfOpen: true }, (sock) => this.accept(index, sock));
    this.servers.push(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => resolve());
    });
    await fsp.chmod(path, (f.mode ?? 0) & 0o7777 || 0o660);
    await fsp.chown(path, f.uid ?? 0, f.gid ?? 0);
  }

  private accept(index: number, sock: net.Socket): void {
    sock.on('error', () => {});
    if (this.closing || this.pending.size >= MAX_PENDING) return void sock.destroy();
    const connId = this.nextId++;
    this.pending.set(connId, sock);
    sock.once('close', () => this.pending.delete(connId));
    this.announce({ index, connId });
  }

  private announce(m: tandem.agent.v1.ISocketsOutput): void {
    if (this.stream) sendAck(this.stream, pb.SocketsOutput.encode(m).finish());
    else this.unannounced.push(m);
  }

  /** Announces connections on the host's stream until the container goes or the host ends it. */
  async serve(stream: ServerStream): Promise<void> {
    if (this.stream) throw failedPrecondition(`container ${this.containerId}: its sockets are announced on another stream already`);
    this.stream = stream;
    for (const m of this.unannounced.splice(0)) this.announce(m);
    const hostEnded = (async () => {
      for await (const _ of stream); // the host sends nothing more: its end is the stream's
    })().catch(() => {});
    await Promise.race([hostEnded, this.closed]);
    if (this.stream === stream) this.stream = undefined;
  }

  /** The announced connection `connId`, for the host's DialPort to relay. */
  take(connId: number): net.Socket {
    const sock = this.pending.get(connId);
    if (!sock) throw notFound(`container ${this.containerId}: no connection ${connId} waits on a forwarded socket`);
    this.pending.delete(connId);
    return sock;
  }

  /** Stops listening and removes the sockets; connections not yet relayed are closed. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.resolveClosed();
      for (const sock of this.pending.values()) sock.destroy();
      this.pending.clear();
      // Not waited for: close() calls back once every connection it accepted ended, and a relayed
      // one lives on its own (the host's client may still be reading its answer).
      for (const s of this.servers) s.close();
      const dirs = new Set<string>();
      for (const f of this.forwards) {
        await fsp.rm(f.path!, { force: true }).catch(() => {});
        dirs.add(dirname(f.path!));
      }
      for (const d of dirs) await fsp.rmdir(d).catch(() => {});
    })();
    return this.closing;
  }
}
