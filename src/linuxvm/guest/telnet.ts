// The terminal fallback when the guest has no util-linux `script`: busybox `telnetd -i` (inetd
// mode, on our pipes) allocates a pty, makes it the controlling terminal of a wrapper script
// that runs runc, and relays it over the TELNET protocol. We speak just enough of it: 0xFF is
// doubled on the way in, IAC commands are dropped on the way out, and everything telnetd
// writes before the wrapper's ready marker (its own greeting) is discarded.
import { Transform, type TransformCallback } from 'node:stream';

const IAC = 0xff;
const SB = 0xfa;
const SE = 0xf0;
const WILL = 0xfb;
const DONT = 0xfe;

export const READY_MARKER = '\u0001tandem-tty-ready\u0001';

/** Input for telnetd: a data byte 0xFF must be sent as IAC IAC. */
export function escapeIac(data: Buffer): Buffer {
  if (!data.includes(IAC)) return data;
  const out: number[] = [];
  for (const b of data) {
    out.push(b);
    if (b === IAC) out.push(IAC);
  }
  return Buffer.from(out);
}

/** Output from telnetd without IAC commands and without anything before the ready marker. */
export class TelnetOutput extends Transform {
  private state: 'data' | 'iac' | 'opt' | 'sb' | 'sb-iac' = 'data';
  private ready = false;
  private pending = '';
  /** After the marker: whether the newline ending its line was seen, and the `\r`s held till then. */
  private lineEnded = false;
  private held = '';

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    const out: number[] = [];
    for (const b of chunk) {
      switch (this.state) {
        case 'data':
          if (b === IAC) this.state = 'iac';
          else out.push(b);
          break;
        case 'iac':
          if (b === IAC) {
            out.push(IAC);
            this.state = 'data';
          } else if (b === SB) this.state = 'sb';
          else if (b >= WILL && b <= DONT) this.state = 'opt';
          else this.state = 'data';
          break;
        case 'opt':
          this.state = 'data';
          break;
        case 'sb':
          if (b === IAC) this.state = 'sb-iac';
          break;
        case 'sb-iac':
          this.state = b === SE ? 'data' : 'sb';
          break;
      }
    }
    this.emitData(Buffer.from(out));
    cb();
  }

  private emitData(data: Buffer): void {
    if (this.ready) return this.emitAfterMarker(data.toString('latin1'));
    this.pending += data.toString('latin1');
    const i = this.pending.indexOf(READY_MARKER);
    if (i < 0) {
      // Keep only what could still be the start of the marker.
      this.pending = this.pending.slice(-READY_MARKER.length);
      return;
    }
    this.ready = true;
    const rest = this.pending.slice(i + READY_MARKER.length);
    this.pending = '';
    this.emitAfterMarker(rest);
  }

  /**
   * The marker's own line ends in `\r\n` (the pty's onlcr), which may come in a later chunk than
   * the marker: until that newline is seen, a lone run of `\r` is held back, not sent as output.
   */
  private emitAfterMarker(text: string): void {
    if (this.lineEnded) {
      if (text) this.push(Buffer.from(text, 'latin1'));
      return;
    }
    const s = this.held + text;
    const crs = /^\r*/.exec(s)![0].length;
    if (crs === s.length) {
      this.held = s;
      return;
    }
    this.lineEnded = true;
    this.held = '';
    const out = s[crs] === '\n' ? s.slice(crs + 1) : s;
    if (out) this.push(Buffer.from(out, 'latin1'));
  }
}
