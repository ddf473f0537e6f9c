// One ttrpc stream's two directions: messages we send as Data frames, and the peer's Data
// frames delivered through an async iterator. Used by both server and client.
import { Flags } from './frame.js';

type SendFn = (flags: number, data: Uint8Array) => void;

class Inbox {
  private queue: Buffer[] = [];
  private waiters: ((r: IteratorResult<Buffer>) => void)[] = [];
  private closed = false;
  private error?: Error;

  push(data: Buffer): void {
    const w = this.waiters.shift();
    if (w) w({ value: data, done: false });
    else this.queue.push(data);
  }

  close(error?: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.error = error;
    for (const w of this.waiters.splice(0)) w({ value: undefined, done: true });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  async next(): Promise<IteratorResult<Buffer>> {
    const v = this.queue.shift();
    if (v) return { value: v, done: false };
    if (this.closed) {
      if (this.error) throw this.error;
      return { value: undefined, done: true };
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

export class StreamBase implements AsyncIterable<Buffer> {
  protected readonly inbox = new Inbox();
  private sentClose = false;

  constructor(private readonly sendFrame: SendFn) {}

  /** Sends one message to the peer. */
  send(data: Uint8Array): void {
    if (this.sentClose) throw new Error('send on a closed stream');
    this.sendFrame(0, data);
  }

  /** Tells the peer we will send no more (a Data frame with remote-closed and no data). */
  end(): void {
    if (this.sentClose) return;
    this.sentClose = true;
    this.sendFrame(Flags.RemoteClosed | Flags.NoData, Buffer.alloc(0));
  }

  push(data: Buffer): void {
    this.inbox.push(data);
  }

  remoteClosed(error?: Error): void {
    this.inbox.close(error);
  }

  get peerClosed(): boolean {
    return this.inbox.isClosed;
  }

  recv(): Promise<IteratorResult<Buffer>> {
    return this.inbox.next();
  }

  [Symbol.asyncIterator](): AsyncIterator<Buffer> {
    return { next: () => this.inbox.next() };
  }
}

export class ServerStream extends StreamBase {}
export class ClientStream extends StreamBase {}
