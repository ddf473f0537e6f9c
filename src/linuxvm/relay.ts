// One host connection relayed to a guest connection over a DialPort stream: a client of a
// published port (publish.ts), or the host socket a container's forwarded socket was connected
// to (socket-forward.ts). Half-open both ways, as docker-proxy: each direction ends on its own.
import type net from 'node:net';
import type { AgentClient } from './agent-client.js';
import { OutputPortReader } from './output-port.js';
import { OutputBatcher, SendWindow } from './guest/window.js';

export type GuestConnection = ReturnType<AgentClient['dialPort']>;

/**
 * Relays until both directions are over. `outputs`: the host sockets of the VM's output ports,
 * should the agent send the guest's bytes through one; `fail` gets why a relay broke off.
 */
export function relayHostSocket(
  sock: net.Socket,
  conn: GuestConnection,
  outputs: Record<string, string>,
  fail: (why: string) => void,
): void {
  sock.on('error', () => {});
  sock.on('close', () => conn.reset()); // the guest's bytes have nowhere to go: the agent drops its connection
  // Both directions are windowed: we stop reading the client while the guest has not taken
  // in what we sent, and ack what we wrote to the client so the agent may send more. Bytes
  // that come through an output port are the port's own flow control (output-port.ts).
  const window = new SendWindow([sock]);
  // The client's chunks read in one turn go as one message: the agent's cost is per message.
  const batch = new OutputBatcher<0>((_, data) => conn.write(data));
  sock.on('data', (d: Buffer) => {
    batch.push(0, d);
    window.sent(d.length);
  });
  let clientEnded = false;
  sock.on('end', () => ((clientEnded = true), batch.flush(), conn.eof()));
  let reader: OutputPortReader | undefined;
  // The guest's side ended: the client gets its last bytes (from the port, if one carried them), then our FIN.
  const endClient = async (): Promise<void> => {
    await reader?.done;
    sock.end();
  };
  let clientEnding: Promise<void> | undefined;
  void (async () => {
    try {
      for await (const { data, ack, port, portBytes, eof } of conn.data) {
        if (ack) window.acked(ack);
        if (port) reader = new OutputPortReader(port, outputs[port], sock, { warn: fail });
        if (portBytes !== undefined) reader?.end(portBytes);
        if (eof) clientEnding = endClient();
        if (!data.length || sock.destroyed) continue; // a client gone: reset() told the agent
        if (!sock.write(data)) await new Promise((r) => (sock.once('drain', r), sock.once('close', r)));
        conn.ack(data.length);
      }
      await conn.done;
      await (clientEnding ?? endClient());
      // The guest's connection is over both ways: bytes the client still sends have nowhere to go.
      if (clientEnded) return;
      if (sock.writableFinished) sock.destroy();
      else sock.once('finish', () => sock.destroy());
    } catch (err) {
      reader?.abort();
      fail((err as Error).message); // the guest refused the connection, or the VM went away
    }
  })();
}
