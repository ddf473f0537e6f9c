// crun words a program that cannot be executed its own way; the shim promises the message the
// native executor gives (`exec: "/bad": exec format error`, Go's wording, which runc shares), so
// the agent rewrites crun's wording here and nowhere else. What crun 1.8.1 prints (measured):
//
//   ENOEXEC, EACCES at execve   {"msg":"exec container process `/bad`: Exec format error",…} on the
//                                container's stderr (crun has closed its log fd by then)
//   EACCES / EPERM at open       open executable: Permission denied        (its --log)
//   ENOENT                       executable file `/x` not found in $PATH: No such file or directory
//
// The agent's own lookPath (common/look-path.ts) catches the last two before crun runs in the
// usual cases; crun still reports them when the lookup passed and the kernel disagreed.
import { Transform, type TransformCallback } from 'node:stream';

/** Go's strerror: the C text with a lower-case first letter. */
const goErr = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The native executor's message for crun's exec failure `msg` of program `prog`, or undefined. */
export function execFailure(msg: string, prog: string): string | undefined {
  const named = (p: string, why: string) => `exec: ${JSON.stringify(prog || p)}: ${goErr(why)}`;
  let m = /^exec container process `(.*)`: (.+)$/.exec(msg);
  if (m) return named(m[1], m[2]);
  m = /^executable file `(.*)` not found in \$PATH: (.+)$/.exec(msg);
  if (m) return m[1].includes('/') ? named(m[1], m[2]) : named(m[1], 'executable file not found in $PATH');
  m = /^open executable: (.+)$/.exec(msg);
  if (m) return named(prog, m[1]);
  return undefined;
}

/** Longest first line held back while deciding whether it is crun's error line. */
const MAX_LINE = 4096;
const HEAD = Buffer.from('{"msg":"');

/**
 * A process's stderr with crun's JSON exec-failure line, which can only be the first line,
 * rewritten into the native wording; everything else passes unchanged. Only output that starts
 * like crun's JSON is held (until its first newline, 4 KiB or the end).
 */
export class CrunStderr extends Transform {
  private held: Buffer | null = Buffer.alloc(0);

  constructor(private readonly prog: string) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (!this.held) return done(null, chunk);
    const buf = Buffer.concat([this.held, chunk]);
    const n = Math.min(buf.length, HEAD.length);
    if (!buf.subarray(0, n).equals(HEAD.subarray(0, n))) return this.release(buf, done);
    const nl = buf.indexOf(10);
    if (nl >= 0) return this.release(buf, done, nl);
    if (buf.length >= MAX_LINE) return this.release(buf, done);
    this.held = buf;
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.held?.length) this.release(this.held, done, this.held.length);
    else done();
  }

  /** Passes `buf` on, with its first `lineEnd` bytes rewritten when they are crun's error. */
  private release(buf: Buffer, done: TransformCallback, lineEnd = -1): void {
    this.held = null;
    if (lineEnd >= 0) {
      const text = rewriteLine(buf.subarray(0, lineEnd).toString(), this.prog);
      if (text !== undefined) return done(null, Buffer.concat([Buffer.from(text), buf.subarray(lineEnd)]));
    }
    done(null, buf);
  }
}

function rewriteLine(line: string, prog: string): string | undefined {
  try {
    const j = JSON.parse(line) as { msg?: unknown; level?: unknown };
    return j.level === 'error' && typeof j.msg === 'string' ? execFailure(j.msg, prog) : undefined;
  } catch {
    return undefined;
  }
}
