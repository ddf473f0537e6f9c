// The agent's streaming calls as the host holds them (agent-client.ts): a process's Stdio, a
// container's Sockets announcements, and DialPort's relayed connections. Each is one ttrpc
// stream whose messages are encoded and decoded here; sends after the stream closed are dropped
// (the end is reported by the stream's `done` and by the process's or connection's own end).
import { tandem } from '../generated/core-protos.js';
import type { TtrpcClient } from '../ttrpc/client.js';
import type { ClientStream } from '../ttrpc/stream.js';
import { decodeResponse } from '../ttrpc/decode.js';
import { AGENT_SERVICE } from './guest/agent-api.js';

const pb = tandem.agent.v1;

/** The host's end of one process's Stdio stream. */
export interface StdioChannel {
  /** stdin bytes */
  write(data: Uint8Array): void;
  /** EOF on the process's stdin (after everything written). */
  eof(): void;
  /** `n` bytes of output were written out: the agent may send that much more. */
  ack(n: number): void;
  /** Nothing more from the host (after the output ended). */
  close(): void;
  /**
   * stdout (fd 1) and stderr (fd 2) chunks, acks of stdin (`ack` bytes written into the process),
   * and the end of an output that went through an output port (`portBytes`: how many it carried),
   * until the agent ends the stream.
   */
  output: AsyncIterable<{ fd: number; data: Uint8Array; ack: number; portBytes?: number }>;
  /** Settles when the agent has ended the stream (rejects when the connection broke). */
  done: Promise<void>;
}

export function stdioChannel(ttrpc: TtrpcClient, containerId: string, execId: string): StdioChannel {
  const { stream, result } = ttrpc.stream(AGENT_SERVICE, 'Stdio', pb.StdioInput.encode({ containerId, execId }).finish(), true);
  return {
    write: (data) => sendSafe(stream, pb.StdioInput.encode({ data }).finish()),
    eof: () => sendSafe(stream, pb.StdioInput.encode({ eof: true }).finish()),
    ack: (n) => sendSafe(stream, pb.StdioInput.encode({ ack: n }).finish()),
    close: () => endSafe(stream),
    output: mapStream(stream, (b) => {
      const m = decodeResponse(pb.StdioOutput, b, 'Stdio message from the agent');
      return { fd: m.fd, data: m.data, ack: Number(m.ack), ...(m.portEnded && { portBytes: Number(m.portBytes) }) };
    }),
    done: quiet(result.then(() => {})),
  };
}

export function socketsChannel(ttrpc: TtrpcClient, containerId: string): SocketsChannel {
  const { stream, result } = ttrpc.stream(AGENT_SERVICE, 'Sockets', pb.SocketsInput.encode({ containerId }).finish(), true);
  return {
    connections: mapStream(stream, (b) => {
      const m = decodeResponse(pb.SocketsOutput, b, 'Sockets message from the agent');
      return { index: m.index, connId: Number(m.connId) };
    }),
    close: () => endSafe(stream),
    done: quiet(result.then(() => {})),
  };
}

/** The host's end of a DialPort stream: one TCP connection relayed to a guest port. */
export interface PortChannel {
  write(data: Uint8Array): void;
  eof(): void;
  ack(n: number): void;
  /** The client went away: the agent drops the guest connection. */
  reset(): void;
  /** `eof`: the guest's side sent its last byte (after `portBytes`, when a port carried them). */
  data: AsyncIterable<{ data: Uint8Array; ack: number; port?: string; portBytes?: number; eof?: boolean }>;
  done: Promise<void>;
}

export function portChannel(
  ttrpc: TtrpcClient,
  port: number,
  outputPorts: boolean,
  accepted?: { containerId: string; connId: number },
): PortChannel {
  const first = pb.PortInput.encode({ port, outputPorts, ...accepted }).finish();
  const { stream, result } = ttrpc.stream(AGENT_SERVICE, 'DialPort', first, true);
  return {
    write: (data) => sendSafe(stream, pb.PortInput.encode({ data }).finish()),
    eof: () => sendSafe(stream, pb.PortInput.encode({ eof: true }).finish()),
    ack: (n) => sendSafe(stream, pb.PortInput.encode({ ack: n }).finish()),
    reset: () => sendSafe(stream, pb.PortInput.encode({ reset: true }).finish()),
    data: mapStream(stream, (b) => {
      const m = decodeResponse(pb.PortOutput, b, 'DialPort message from the agent');
      return {
        data: m.data,
        ack: Number(m.ack),
        ...(m.port && { port: m.port }),
        ...(m.portEnded && { portBytes: Number(m.portBytes) }),
        ...(m.eof && { eof: true }),
      };
    }),
    done: quiet(result.then(() => {})),
  };
}

/** The host's end of a container's Sockets stream. */
export interface SocketsChannel {
  /** One per connection made to a forwarded socket: which socket, and the id to dial it by. */
  connections: AsyncIterable<{ index: number; connId: number }>;
  /** The host wants no more announcements. */
  close(): void;
  /** Settles when the agent has ended the stream (rejects when the call failed). */
  done: Promise<void>;
}

/** A promise whose rejection is handled by whoever awaits it, never reported as unhandled. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

function sendSafe(stream: ClientStream, data: Uint8Array): void {
  try {
    stream.send(data);
  } catch {
    // closed stream or connection: the process/connection end is reported elsewhere
  }
}

function endSafe(stream: ClientStream): void {
  try {
    stream.end();
  } catch {}
}

async function* mapStream<T>(stream: ClientStream, f: (b: Buffer) => T): AsyncIterable<T> {
  for await (const b of stream) yield f(b);
}
