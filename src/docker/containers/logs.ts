// A container's log, kept by tandem in Docker's json-file format (one JSON object per line:
// {"log", "stream", "time"}), so `docker logs` works after the container exited and after a
// restart of the endpoint. Written synchronously from the output callbacks: a reader that
// reads the file and subscribes to live output in the same tick misses and repeats nothing.
// With --log-opt max-size the file is rotated as dockerd's json-file driver does: the full file
// becomes `<log>.1` (the older ones move up, up to max-file files in all) or, with one file, is
// emptied; with compress, `<log>.1` is gzipped to `<log>.1.gz` after the rotation, off the
// output path, as dockerd does; `docker logs` reads them oldest first. The driver and its
// options: log-config.ts.
import {
  closeSync,
  existsSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
  createReadStream,
  createWriteStream,
} from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip, gunzipSync, gzipSync } from 'node:zlib';
import type { StreamId } from './stdio.js';
import { rfc3339Nano, wallClockNs } from '../../common/clock.js';

export interface Rotation {
  maxSize: number;
  maxFile: number;
  /** Rotated files are gzipped (`<log>.N.gz`). */
  compress?: boolean;
}

/** The files of a log, oldest first: `<log>.N` … `<log>.1`, then the one being written. */
export function logFiles(path: string): string[] {
  const rotated: string[] = [];
  for (let i = 1; ; i++) {
    // A compressed file is whole once it has its name (written aside, then renamed).
    const f = [`${path}.${i}.gz`, `${path}.${i}`].find((x) => existsSync(x));
    if (!f) break;
    rotated.unshift(f);
  }
  return [...rotated, path];
}

export interface LogEntry {
  stream: 'stdout' | 'stderr';
  log: string;
  time: string;
}

/** Lines longer than this are split, as Docker splits at 16 KiB. */
const MAX_LINE = 16 << 10;

export class LogWriter {
  private fd: number | undefined;
  private size: number;
  private readonly partial: Record<StreamId, string> = { 1: '', 2: '' };
  private failing = false;

  /** Entries the file did not take (a full disk): they still reached the live listeners. */
  dropped = 0;

  constructor(
    /** undefined: nothing is kept (the `none` driver); entries still reach the live listeners. */
    readonly path: string | undefined,
    private readonly rotation?: Rotation,
    /** Told of the first entry the file refuses after it took one (as dockerd logs "Failed to log msg"). */
    private readonly onWriteError?: (err: unknown) => void,
  ) {
    this.fd = path === undefined ? undefined : openSync(path, 'a', 0o640);
    this.size = this.fd === undefined ? 0 : fstatSync(this.fd).size;
    // A compression the endpoint did not finish before it stopped: done now, or the next
    // rotation would write over the plain file.
    if (path !== undefined && rotation?.compress && existsSync(`${path}.1`)) this.compressNow({ file: `${path}.1`, taken: false });
  }

  /** Appends output; whole lines are written at once, a partial line waits for its end. */
  write(stream: StreamId, chunk: Buffer, onEntry?: (e: LogEntry) => void): void {
    let text = this.partial[stream] + chunk.toString('utf8');
    let nl: number;
    while ((nl = text.indexOf('\n')) >= 0 || text.length >= MAX_LINE) {
      const end = nl >= 0 && nl < MAX_LINE ? nl + 1 : MAX_LINE;
      this.entry(stream, text.slice(0, end), onEntry);
      text = text.slice(end);
    }
    this.partial[stream] = text;
  }

  /** Writes what is left of unfinished lines (the process is gone). */
  flush(onEntry?: (e: LogEntry) => void): void {
    for (const s of [1, 2] as const) {
      if (this.partial[s]) this.entry(s, this.partial[s], onEntry);
      this.partial[s] = '';
    }
  }

  private entry(stream: StreamId, log: string, onEntry?: (e: LogEntry) => void): void {
    const e: LogEntry = { log, stream: stream === 1 ? 'stdout' : 'stderr', time: rfc3339Nano(wallClockNs()) };
    if (this.fd !== undefined) {
      const line = Buffer.from(`${JSON.stringify(e)}\n`);
      // A log the disk cannot take loses the entry from the file only: `docker run`'s attached
      // output and `logs -f` still get it, as with dockerd's json-file on a full disk.
      try {
        if (this.rotation && this.size > 0 && this.size + line.length > this.rotation.maxSize) this.rotate(this.rotation.maxFile);
        writeSync(this.fd!, line);
        this.size += line.length;
        this.failing = false;
      } catch (err) {
        this.dropped++;
        if (!this.failing) this.onWriteError?.(err);
        this.failing = true;
      }
    }
    onEntry?.(e);
  }

  /** Only called with a file open (entry). */
  private rotate(maxFile: number): void {
    const path = this.path!;
    this.size = 0;
    if (maxFile === 1) return ftruncateSync(this.fd!, 0);
    const ext = this.rotation?.compress ? '.gz' : '';
    // The last rotation's file is still being compressed (a burst of output): finish it here.
    if (this.compressing) this.compressNow(this.compressing);
    closeSync(this.fd!);
    rmSync(`${path}.${maxFile - 1}${ext}`, { force: true });
    for (let i = maxFile - 2; i >= 1; i--) {
      if (existsSync(`${path}.${i}${ext}`)) renameSync(`${path}.${i}${ext}`, `${path}.${i + 1}${ext}`);
    }
    renameSync(path, `${path}.1`);
    this.fd = openSync(path, 'a', 0o640);
    if (ext) this.compressLater(`${path}.1`);
  }

  /** The rotation's compression of `file`, in the background: the output path does not wait. */
  private compressing?: { file: string; taken: boolean };
  private readonly pending = new Set<Promise<void>>();

  private compressLater(file: string): void {
    const job = (this.compressing = { file, taken: false });
    // Each job its own: a burst's next job may start before this one's stream has ended.
    const aside = `${file}.${++this.jobs}.gz.tmp`;
    const done: Promise<void> = pipeline(createReadStream(file), createGzip(), createWriteStream(aside, { mode: 0o640 }))
      .then(() => {
        if (job.taken) return;
        renameSync(aside, `${file}.gz`);
        rmSync(file, { force: true });
        if (this.compressing === job) this.compressing = undefined;
      })
      .catch(() => {}) // the container was removed meanwhile
      .finally(() => {
        rmSync(aside, { force: true });
        this.pending.delete(done);
      });
    this.pending.add(done);
  }

  private jobs = 0;

  private compressNow(job: { file: string; taken: boolean }): void {
    job.taken = true;
    this.compressing = undefined;
    writeFileSync(`${job.file}.gz`, gzipSync(readFileSync(job.file)), { mode: 0o640 });
    rmSync(job.file, { force: true });
  }

  /** Resolves once every compression begun has ended (tests, and a clean shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

export interface LogQuery {
  stdout: boolean;
  stderr: boolean;
  /** Unix seconds (fractions allowed); 0 = from the start. */
  since: number;
  until: number;
  /** Last n lines; -1 = all. */
  tail: number;
}

export function entryWanted(e: LogEntry, q: LogQuery): boolean {
  if (e.stream === 'stdout' ? !q.stdout : !q.stderr) return false;
  const t = Date.parse(e.time) / 1000;
  if (q.since && t < q.since) return false;
  if (q.until && t > q.until) return false;
  return true;
}

/** The entries of a log file that match the query (synchronously: see the header). */
export function readLog(path: string, q: LogQuery): LogEntry[] {
  let text = '';
  for (const f of logFiles(path)) {
    try {
      text += f.endsWith('.gz') ? gunzipSync(readFileSync(f)).toString('utf8') : readFileSync(f, 'utf8');
    } catch {
      // Not written yet, or rotated away between the listing and the read.
    }
  }
  const out: LogEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const e = JSON.parse(line) as LogEntry;
      if (entryWanted(e, q)) out.push(e);
    } catch {}
  }
  return q.tail >= 0 ? out.slice(Math.max(0, out.length - q.tail)) : out;
}

/** Docker's `since`/`until`: unix seconds with optional fraction, or an RFC 3339 time. */
export function parseTime(v: string | null): number {
  if (!v) return 0;
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  const t = Date.parse(v);
  return Number.isNaN(t) ? 0 : t / 1000;
}
