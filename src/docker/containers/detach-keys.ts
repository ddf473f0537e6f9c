// The detach sequence of a tty attach (ctrl-p,ctrl-q by default), looked for in the client's
// stdin as dockerd does (moby/term's escape proxy): only keys that arrive one per read count,
// so a paste that holds the bytes passes through; a partial match is held back and given on
// when the next key does not continue it. The docker CLI looks for it too, on its side; this
// is for other clients (dockerode, SDKs), which rely on the daemon.
import { invalidArgument } from '../../common/errdefs.js';

export const DEFAULT_DETACH_KEYS = 'ctrl-p,ctrl-q';

/** `ctrl-p,ctrl-q`, `a,b`… as bytes; dockerd's words (a 400) for what it does not know. */
export function parseDetachKeys(keys: string): Buffer {
  const codes: number[] = [];
  for (const key of keys.split(',')) {
    if (key.length === 1) {
      codes.push(key.charCodeAt(0));
      continue;
    }
    const m = /^ctrl-([a-z@[\\\]^_])$/.exec(key);
    if (!m) throw invalidArgument(`Invalid detach keys (${keys}) provided`);
    const c = m[1].charCodeAt(0);
    codes.push(c >= 97 ? c - 96 : c - 64); // ctrl-a is 1; ctrl-@ 0, ctrl-[ 27 … ctrl-_ 31
  }
  return Buffer.from(codes);
}

/**
 * A scanner of the client's stdin: each chunk in, what to pass to the process out, and whether
 * the sequence is complete (the attach then ends; the container and its stdin stay). With no
 * keys (no tty) everything passes.
 */
export function escapeScanner(keys: Buffer): (chunk: Buffer) => { pass: Buffer; detached: boolean } {
  let pos = 0;
  return (chunk) => {
    if (!keys.length) return { pass: chunk, detached: false };
    const held = keys.subarray(0, pos);
    if (chunk.length !== 1 || chunk[0] !== keys[pos]) {
      pos = 0;
      return { pass: held.length ? Buffer.concat([held, chunk]) : chunk, detached: false };
    }
    if (pos === keys.length - 1) {
      pos = 0;
      return { pass: Buffer.alloc(0), detached: true };
    }
    pos++;
    return { pass: Buffer.alloc(0), detached: false };
  };
}
