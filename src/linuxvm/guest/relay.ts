// One guest connection relayed to the host on a DialPort stream: a TCP connection the agent
// dialled for a published port, or a connection a container made to a forwarded host socket
// (sockets.ts). The guest's bytes go on the stream, windowed by the host's acks, or through an
// output port (`pipe`, port-pipe.ts); the host's bytes always come on the stream.
import type net from 'node:net';
import { tandem } from '../../generated/core-protos.js';
import type { ServerStream } from '../../ttrpc/stream.js';
import type { PortPipe } from './port-pipe.js';
import { sendAck } from './process.js';
import { OutputBatcher, SendWindow } from './window.js';

const pb = tandem.agent.v1;

/** An output port taken for the connection: its name, and how to give it back. */
export interface TakenPort {
  name: string;
  discard(): void;
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
