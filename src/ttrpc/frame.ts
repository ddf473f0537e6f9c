// ttrpc framing: a 10-byte header (length u32 BE, stream id u32 BE, type u8, flags u8) and
// up to 4 MiB of data. See containerd/ttrpc's PROTOCOL.md
// (https://github.com/containerd/ttrpc/blob/main/PROTOCOL.md, "Message Frame").

import type { Duplex } from 'node:stream';
import { ttrpc } from '../generated/core-protos.js';

export const MESSAGE_LENGTH_MAX = 4 << 20;
export const HEADER_LENGTH = 10;

export enum MessageType {
  Request = 1,
  Response = 2,
  Data = 3,
}

export const Flags = {
  RemoteClosed: 0x01,
  RemoteOpen: 0x02,
  NoData: 0x04,
} as const;

export interface Frame {
  streamId: number;
  type: number;
  flags: number;
  data: Buffer;
  /** Set when the frame exceeded MESSAGE_LENGTH_MAX: its payload was discarded. */
  oversized?: number;
}

export function encodeFrame(streamId: number, type: MessageType, flags: number, data: Uint8Array): Buffer {
  if (data.length > MESSAGE_LENGTH_MAX) {
    throw new RangeError(`message length ${data.length} exceeds maximum message size of ${MESSAGE_LENGTH_MAX}`);
  }
  const header = Buffer.allocUnsafe(HEADER_LENGTH);
  header.writeUInt32BE(data.length, 0);
  header.writeUInt32BE(streamId >>> 0, 4);
  header.writeUInt8(type, 8);
  header.writeUInt8(flags, 9);
  return Buffer.concat([header, data]);
}

/**
 * Incremental decoder: push() chunks as they arrive; complete frames come out of the callback.
 * An oversized frame is skipped without buffering its payload and reported with `oversized`.
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private skipping = 0;

  constructor(private readonly onFrame: (frame: Frame) => void) {}

  push(chunk: Buffer): void {
    if (this.skipping > 0) {
      const n = Math.min(this.skipping, chunk.length);
      this.skipping -= n;
      chunk = chunk.subarray(n);
    }
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    this.drain();
  }

  private drain(): void {
    while (this.buffered >= HEADER_LENGTH) {
      const head = this.peek(HEADER_LENGTH);
      const length = head.readUInt32BE(0);
      const streamId = head.readUInt32BE(4);
      const type = head.readUInt8(8);
      const flags = head.readUInt8(9);
      if (length > MESSAGE_LENGTH_MAX) {
        this.consume(HEADER_LENGTH);
        const n = Math.min(length, this.buffered);
        this.consume(n);
        this.skipping = length - n;
        this.onFrame({ streamId, type, flags, data: Buffer.alloc(0), oversized: length });
        continue;
      }
      if (this.buffered < HEADER_LENGTH + length) return;
      this.consume(HEADER_LENGTH);
      const data = this.consume(length);
      this.onFrame({ streamId, type, flags, data });
    }
  }

  private peek(n: number): Buffer {
    if (this.chunks[0].length >= n) return this.chunks[0].subarray(0, n);
    const all = Buffer.concat(this.chunks);
    this.chunks = [all];
    return all.subarray(0, n);
  }

  private consume(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.buffered -= n;
    return out;
  }
}

/** Decodes a connection's bytes into frames; a peer whose frames make the handler throw is cut off. */
export function readFrames(conn: Duplex, onFrame: (frame: Frame) => void): void {
  const decoder = new FrameDecoder(onFrame);
  conn.on('data', (chunk: Buffer) => {
    try {
      decoder.push(chunk);
    } catch {
      conn.destroy();
    }
  });
}

/** The method a Request frame's body calls ('' when the body is not a ttrpc Request). */
export function requestMethod(body: Uint8Array): string {
  try {
    return ttrpc.Request.decode(body).method;
  } catch {
    return '';
  }
}
