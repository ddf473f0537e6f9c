// One guest connection relayed to the host on a DialPort stream: a TCP connection the agent
// dialled for a published port, or a connection a container made to a forwarded host socket
// (sockets.ts). The guest's bytes go on the stream, windowed by the host's acks, or through an
// output port (`pipe`, port-pipe.ts); the host's bytes always come on the stream.
import net from 'node:net';
import { unavailable } from '../../common/errdefs.js';
import { tandem } from '../../generated/core-protos.js';
import type { ServerStream } from '../../ttrpc/stream.js';
import { PortPipe } from './port-pipe.js';
import { OutputBatcher, SendWindow, sendAck } from './window.js';

const pb = tandem.agent.v1;

/** A published-port connection's reads into its output port (one buffer per connection). */
const PORT_READ_BYTES = 256 << 10;

/** An output port taken for the connection: its name, and how to give it back. */
export interface TakenPort {
  name: string;
  discard(): void;
}

/**
 * Dials a guest port for a published-port connection and relays it; the guest's bytes go into
 * `out` when the host reads an output port and one was free.
 */
export async function dialGuestPort(port: number, out: (TakenPort & { fd: number }) | undefined, stream: ServerStream): Promise<void> {
  // Through a port, node reads into one buffer of its own (no stream machinery per chunk: under
  // TCG that is most of the agent's cost) and the pipe writes from it before the next read.
  let pipe: PortPipe | undefined;
  const onread = {
    buffer: Buffer.allocUnsafe(PORT_READ_BYTES),
    callback: (n: number, buf: Uint8Array) => pipe!.offer(Buffer.from(buf.buffer, buf.byteOffset, n)),
  };
  // Half-open: a server may end its side before it has read all the client sends (docker-proxy
  // relays each direction to its own end too), so the guest's end is not the connection's.
  const sock = net.connect({ host: '127.0.0.1', port, allowHalfOpen: true, ...(out && { onread }) });
  if (out) pipe = new PortPipe(out.fd, sock); // before any read: connect() is asynchronous
  await new Promise<void>((resolve, reject) => {
    sock.once('connect', () => resolve());
    sock.once('error', (err) => (out?.discard(), reject(unavailable(`guest port ${port}: ${err.message}`))));
  });
  await relayGuestSocket(sock, stream, out && pipe && { pipe, out });
}

/** Relays until both directions are over; `sock` is connected (and half-open: allowHalfOpen). */
export async function relayGuestSocket(sock: net.Socket, stream: ServerStream, port?: { pipe: PortPipe; out: TakenPort }): Promise<void> {
  const pipe = port?.pipe;
  if (port) sendAck(stream, pb.PortOutput.encode({ port: port.out.name }).finish());
  const window = new SendWindow([sock]);
  const batch = new OutputBatcher<0>((_, data) => sendAck(stream, pb.PortOutput.encode({ data }).finish()));
  // Through a port the pipe reads the socket itself (net.connect's onread: no 'data' then).
  sock.on('data', (data: Buffer) => {
    batch.push(0, data);
    window.sent(data.length);
  });
  const closed = new Promise<void>((resolve) => sock.once('close', () => resolve()));
  const guestEnded = new Promise<void>((resolve) => (sock.once('end', () => resolve()), closed.then(resolve)));
  sock.on('error', () => {});
  void (async () => {
    try {
      for await (const m of stream) {
        const { data, ack, eof, reset } = pb.PortInput.decode(m);
        if (reset) {
          pipe?.abort(); // the host reads the port no more
          sock.destroy();
          break;
        }
        if (ack) window.acked(Number(ack));
        if (data.length) {
          if (!sock.write(data)) await new Promise<void>((r) => (sock.once('drain', r), sock.once('close', r)));
          sendAck(stream, pb.PortOutput.encode({ ack: data.length }).finish());
        }
        if (eof) sock.end();
      }
    } catch {}
    // The host's end of the stream is gone (a shim that went away half-closes its streams), or
    // the connection is over. Through a port nobody reads it any more: drop the connection.
    if (!pipe) return void sock.end();
    pipe.abort();
    sock.destroy();
  })();
  await guestEnded;
  batch.flush();
  if (port) {
    port.pipe.end();
    const n = await port.pipe.done;
    port.out.discard(); // the port is free for the next stream while the host's bytes still come in
    sendAck(stream, pb.PortOutput.encode({ portEnded: true, portBytes: n }).finish());
  }
  sendAck(stream, pb.PortOutput.encode({ eof: true }).finish());
  await closed; // both ways: the host ended its side too, reset it, or the socket failed
  stream.remoteClosed(); // ends the loop above: the host's later acks go nowhere
}
