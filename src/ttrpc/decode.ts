// Decoding a request's protobuf payload: bytes that are not the message are the caller's error
// (InvalidArgument naming the message), never an unkinded decoder exception that would reach the
// client as Unknown.
import { Code, TandemError } from '../common/errdefs.js';

export function decodeRequest<T>(codec: { decode(b: Uint8Array): T }, payload: Uint8Array, what: string): T {
  try {
    return codec.decode(payload);
  } catch (err) {
    throw new TandemError(Code.InvalidArgument, `malformed ${what}: ${(err as Error).message}`, { cause: err });
  }
}

/** Decoding a peer's answer: bytes that are not the message are the peer's fault (Internal, naming it). */
export function decodeResponse<T>(codec: { decode(b: Uint8Array): T }, payload: Uint8Array, what: string): T {
  try {
    return codec.decode(payload);
  } catch (err) {
    throw new TandemError(Code.Internal, `malformed ${what}: ${(err as Error).message}`, { cause: err });
  }
}
