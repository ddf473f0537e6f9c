// A process's Stdio stream (the agent's Stdio RPC) as the guest serves it: the output of its
// pipes goes to the host as StdioOutput messages, batched, and paused while more than the window
// is unacknowledged (window.ts); the host's StdioInput (stdin's data, the acks, EOF) comes back.
import type { Readable } from 'node:stream';
import { tandem } from '../../generated/core-protos.js';
import type { ServerStream } from '../../ttrpc/stream.js';
import { OutputBatcher, SendWindow, sendAck } from './window.js';

const { StdioInput, StdioOutput } = tandem.agent.v1;

/** Sends `outputs` (fd, pipe) on `stream`; `ended` settles once every pipe ended or failed. */
export class OutputSender {
  readonly window: SendWindow;
  readonly ended: Promise<void>;
  private readonly batch: OutputBatcher<number>;

  constructor(
    private readonly outputs: [number, Readable][],
    stream: ServerStream,
    onFirstOutput: () => void,
  ) {
    const window = (this.window = new SendWindow(outputs.map(([, r]) => r)));
    let first = true;
    const batch = (this.batch = new OutputBatcher<number>((fd, data) => {
      if (first) {
        first = false;
        onFirstOutput();
      }
      stream.send(StdioOutput.encode({ fd, data }).finish());
    }));
    const ended = outputs.map(
      ([fd, r]) =>
        new Promise<void>((resolve) => {
          const end = () => (batch.flush(), resolve());
          r.on('data', (data: Buffer) => {
            batch.push(fd, data);
            window.sent(data.length);
          });
          r.once('end', end);
          r.once('close', end);
          r.once('error', end);
        }),
    );
    this.ended = Promise.all(ended).then(() => {});
  }

  /** Stops reading the pipes (the output is cut) and sends what was batched. */
  cut(): void {
    for (const [, r] of this.outputs) r.destroy();
    this.batch.flush();
  }
}

/** Where the host's StdioInput goes. */
export interface InputSink {
  /** Writes stdin's bytes (or drops them, when the process takes none); resolves once written. */
  write(data: Buffer): Promise<void>;
  /** EOF towards the process. */
  end(): void;
  /** The host wrote out `n` more bytes of the output. */
  acked(n: number): void;
}

/** Takes the host's StdioInput until the stream ends; EOF reaches the process at the end too. */
export async function receiveInput(stream: ServerStream, sink: InputSink): Promise<void> {
  try {
    for await (const msg of stream) {
      const { data, ack, eof } = StdioInput.decode(msg);
      if (ack) sink.acked(Number(ack));
      if (data.length) {
        await sink.write(Buffer.from(data));
        sendAck(stream, StdioOutput.encode({ ack: data.length }).finish()); // written (or dropped): the host may send more
      }
      if (eof) sink.end();
    }
  } catch {
    // The connection went away: the process keeps running until the host decides.
  }
  sink.end();
}

/** Tells the host how many bytes an output port carried (they went to it on their own). */
export function sendPortEnded(stream: ServerStream, bytes: number): void {
  sendAck(stream, StdioOutput.encode({ fd: 1, portEnded: true, portBytes: bytes }).finish());
}

/** The EOF message closeStdin queues behind the stdin the stream already carried. */
export function stdinEof(): Buffer {
  return Buffer.from(StdioInput.encode({ eof: true }).finish());
}
