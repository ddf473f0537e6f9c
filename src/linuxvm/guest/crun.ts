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
import { promises as fsp, statSync } from 'node:fs';
import { Transform, type Readable, type TransformCallback } from 'node:stream';

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

/**
 * crun relays a terminal process's pty to its stdout, and stops at the SIGCHLD of the process's
 * exit; whatever the process wrote and crun had not read yet it then reads in 255-byte pieces
 * and hands to its log, each piece followed by a newline (flush_fd_to_err, still so upstream).
 * With `--log` that is the log file, so a short program's whole output (`docker exec -t c stty
 * size`) could vanish: 3 runs in 300 of `crun run` under `script` lost all of it on a loaded
 * 2-core host, every time into the log. This is that output taken back from the log's bytes
 * written during the process's life: crun's own JSON lines before and after it are left out.
 */
export function terminalTail(log: Buffer): Buffer {
  let start = 0;
  for (let nl = log.indexOf(10); nl >= 0 && isCrunLine(log.subarray(start, nl)); nl = log.indexOf(10, start)) start = nl + 1;
  let end = log.length;
  while (end > start && log[end - 1] === 10) {
    const from = log.lastIndexOf(10, end - 2) + 1;
    if (from < start || !isCrunLine(log.subarray(from, end - 1))) break;
    end = from;
  }
  const flushed = log.subarray(start, end);
  const pieces: Buffer[] = [];
  for (let pos = 0; pos < flushed.length;) {
    const take = Math.min(PIECE, flushed.length - pos - 1);
    // Pieces shorter than crun's buffer (output still arriving as it read): keep its newlines
    // but the last, rather than guess which were the program's.
    if (take <= 0 || flushed[pos + take] !== 10) return flushed.subarray(0, flushed.length - 1);
    pieces.push(flushed.subarray(pos, pos + take));
    pos += take + 1;
  }
  return Buffer.concat(pieces);
}

/** crun's read buffer for the flush, less the byte it keeps for a NUL. */
const PIECE = 255;

/** crun's own JSON line; a terminal's line ends in CR LF (the pty's onlcr), crun's in LF alone. */
function isCrunLine(line: Buffer): boolean {
  if (!line.subarray(0, HEAD.length).equals(HEAD) || line[line.length - 1] === 13) return false;
  try {
    const j = JSON.parse(line.toString('utf8')) as { msg?: unknown; level?: unknown; time?: unknown };
    return typeof j.msg === 'string' && typeof j.level === 'string' && typeof j.time === 'string';
  } catch {
    return false;
  }
}

/**
 * A terminal process's output as `script` relays it, followed by what crun put in its log at
 * the end (terminalTail). Only the log's bytes from now on count: an init's log outlives restarts.
 */
export function withTerminalTail(stdout: Readable, logFile: string): Readable {
  const from = statSync(logFile, { throwIfNoEntry: false })?.size ?? 0;
  const out = new Transform({
    transform: (chunk: Buffer, _enc, done) => done(null, chunk),
    flush: (done) =>
      void readFrom(logFile, from).then(
        (log) => {
          const tail = terminalTail(log);
          done(null, tail.length ? tail : undefined);
        },
        () => done(),
      ),
  });
  stdout.pipe(out);
  out.once('close', () => stdout.destroy());
  return out;
}

async function readFrom(file: string, offset: number): Promise<Buffer> {
  const fh = await fsp.open(file, 'r');
  try {
    const { size } = await fh.stat();
    const buf = Buffer.alloc(Math.max(0, size - offset));
    if (buf.length) await fh.read(buf, 0, buf.length, offset);
    return buf;
  } finally {
    await fh.close();
  }
}

/** crun's stderr through CrunStderr; cutting the output (serveStdio) closes the pipe itself too. */
export function crunStderr(stderr: Readable, program: string): Readable {
  const t = new CrunStderr(program);
  stderr.pipe(t);
  t.once('close', () => stderr.destroy());
  return t;
}
