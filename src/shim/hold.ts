// Manager/Hold (proto/tandem/shim/v1/manager.proto) as the `start` action's Node fallback asks
// it: whether a daemon serves on the socket and stays for the container containerd is about to
// send. Encoded by hand, as native/tandem-shim.c does: this runs before the daemon is spawned,
// and loading the generated protobuf code first would delay that spawn (see start.ts).
import { probeSocket } from '../common/pid-lock.js';
import { encodeFrame, FrameDecoder, MessageType, type Frame } from '../ttrpc/frame.js';

const SERVICE = 'tandem.shim.v1.Manager';

/** A protobuf length-delimited field (wire type 2) holding ASCII `text` (under 128 bytes). */
function field(n: number, text: string): Buffer {
  return Buffer.concat([Buffer.from([(n << 3) | 2, text.length]), Buffer.from(text, 'ascii')]);
}

/** One ttrpc request frame, stream 1: Request { service, method } with an empty HoldRequest. */
export function holdFrame(): Buffer {
  return encodeFrame(1, MessageType.Request, 0, Buffer.concat([field(1, SERVICE), field(2, 'Hold')]));
}

/**
 * Whether `frame` is a response whose status is OK. Response { Status status = 1; bytes payload
 * = 2 }; an absent status, or one whose code (field 1) is 0, is OK.
 */
export function heldBy(frame: Frame): boolean {
  if (frame.type !== MessageType.Response || frame.oversized) return false;
  const body = frame.data;
  for (let i = 0; i < body.length;) {
    const key = body[i++]!;
    if ((key & 7) !== 2) return false;
    let len = 0;
    for (let shift = 0; i < body.length; shift += 7) {
      const b = body[i++]!;
      len |= (b & 0x7f) << shift;
      if (!(b & 0x80)) break;
    }
    // Status.code is field 1, a varint: its first byte 0x08, then the code (0 is OK, and proto3
    // leaves a 0 out, so an empty status is OK too).
    if (key >> 3 === 1 && len > 0 && body[i] === 0x08 && body[i + 1] !== 0) return false;
    i += len;
  }
  return true;
}

/** True when a daemon answers Hold on `socket` within `timeoutMs`. */
export function hold(socket: string, timeoutMs = 10_000): Promise<boolean> {
  return probeSocket(socket, timeoutMs, (sock, done) => {
    const frames = new FrameDecoder((f) => done(heldBy(f)));
    sock.on('data', (d: Buffer) => frames.push(d));
    sock.write(holdFrame());
  });
}
