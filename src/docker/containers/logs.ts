// A container's log, kept by tandem in Docker's json-file format (one JSON object per line:
// {"log", "stream", "time"}), so `docker logs` works after the container exited and after a
// restart of the endpoint. Written synchronously from the output callbacks: a reader that
// reads the file and subscribes to live output in the same tick misses and repeats nothing.
// With --log-opt max-size the file is rotated as dockerd's json-file driver does: the full file
// becomes `<log>.1` (the older ones move up, up to max-file files in all) or, with one file, is
// emptied; `docker logs` reads them oldest first.
import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { invalidArgument } from '../../common/errdefs.js';
import type { StreamId } from './stdio.js';

export interface Rotation {
  maxSize: number;
  maxFile: number;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1 << 10, kb: 1 << 10, m: 1 << 20, mb: 1 << 20, g: 1 << 30, gb: 1 << 30 };

/** json-file's max-size and max-file (dockerd's units: k, m, g, 1024-based); none: no rotation. */
export function rotationOf(opts: Record<string, string> | null | undefined): Rotation | undefined {
  const size = opts?.['max-size'];
  const files = opts?.['max-file'];
  if (!size || size === '-1') {
    if (files && files !== '1') throw invalidArgument('max-file cannot be set without max-size');
    return undefined;
  }
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?b?)$/i.exec(size.trim());
  if (!m) throw invalidArgument(`invalid max-size ${JSON.stringify(size)}: want a size such as 10m`);
  const maxSize = Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]);
  const maxFile = files === undefined ? 1 : Number(files);
  if (!Number.isInteger(maxFile) || maxFile < 1)
    throw invalidArgument(`invalid max-file ${JSON.stringify(files)}: want a whole number of files, at least 1`);
  if (maxSize < 1) throw invalidArgument(`invalid max-size ${JSON.stringify(size)}: must be at least one byte`);
  return { maxSize, maxFile };
}

/**
 * The log drivers tandem keeps, by dockerd's names. `local` is kept in json-file's format with
 * local's rotation defaults (dockerd hides its files' path and format: they are no API) and its
 * rotated files uncompressed; `none` keeps nothing, and `docker logs` is refused as dockerd does.
 */
const DRIVER_OPTS: Record<string, string[]> = {
  'json-file': ['max-size', 'max-file', 'compress', 'labels', 'labels-regex', 'env', 'env-regex', 'tag'],
  local: ['max-size', 'max-file', 'compress'],
  none: [],
};
/** moby's local driver: 20 MB a file, 5 files. */
const LOCAL_DEFAULTS: Record<string, string> = { 'max-size': '20m', 'max-file': '5' };

export type LogConfig = { Type?: string; Config?: Record<string, string> | null } | null | undefined;

export function logDriver(cfg: LogConfig): string {
  return cfg?.Type || 'json-file';
}

/** Refuses a driver or option tandem does not keep; the warnings for what it takes but does not do. */
export function checkLogConfig(cfg: LogConfig): string[] {
  const type = logDriver(cfg);
  const known = DRIVER_OPTS[type];
  if (!known) throw invalidArgument(`--log-driver ${type}: tandem has the json-file, local and none log drivers only`);
  const opts = cfg?.Config ?? {};
  for (const k of Object.keys(opts)) if (!known.includes(k)) throw invalidArgument(`unknown log opt '${k}' for ${type} log driver`);
  rotationFor(cfg);
  return opts.compress === 'true' ? ['--log-opt compress is not applied: rotated log files are kept uncompressed.'] : [];
}

/** The rotation of a container's log: its options, over local's defaults for `local`. */
export function rotationFor(cfg: LogConfig): Rotation | undefined {
  const opts = cfg?.Config ?? {};
  return rotationOf(logDriver(cfg) === 'local' ? { ...LOCAL_DEFAULTS, ...opts } : opts);
}

/** The writer of a container's log as its driver keeps it (`none`: live output only). */
export function openLog(path: string, cfg: LogConfig): LogWriter {
  return new LogWriter(logDriver(cfg) === 'none' ? undefined : path, rotationFor(cfg));
}

/** Whether `docker logs` can read the container's log (dockerd's ErrReadLogsNotSupported: 501). */
export function readable(cfg: LogConfig): boolean {
  return logDriver(cfg) !== 'none';
}

/** The files of a log, oldest first: `<log>.N` … `<log>.1`, then the one being written. */
export function logFiles(path: string): string[] {
  const rotated: string[] = [];
  for (let i = 1; existsSync(`${path}.${i}`); i++) rotated.unshift(`${path}.${i}`);
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

  constructor(
    /** undefined: nothing is kept (the `none` driver); entries still reach the live listeners. */
    readonly path: string | undefined,
    private readonly rotation?: Rotation,
  ) {
    this.fd = path === undefined ? undefined : openSync(path, 'a', 0o640);
    this.size = this.fd === undefined ? 0 : fstatSync(this.fd).size;
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
    const e: LogEntry = { log, stream: stream === 1 ? 'stdout' : 'stderr', time: new Date().toISOString() };
    if (this.fd !== undefined) {
      const line = Buffer.from(`${JSON.stringify(e)}\n`);
      if (this.rotation && this.size > 0 && this.size + line.length > this.rotation.maxSize) this.rotate(this.rotation.maxFile);
      writeSync(this.fd!, line);
      this.size += line.length;
    }
    onEntry?.(e);
  }

  /** Only called with a file open (entry). */
  private rotate(maxFile: number): void {
    const path = this.path!;
    this.size = 0;
    if (maxFile === 1) return ftruncateSync(this.fd!, 0);
    closeSync(this.fd!);
    rmSync(`${path}.${maxFile - 1}`, { force: true });
    for (let i = maxFile - 2; i >= 1; i--) if (existsSync(`${path}.${i}`)) renameSync(`${path}.${i}`, `${path}.${i + 1}`);
    renameSync(path, `${path}.1`);
    this.fd = openSync(path, 'a', 0o640);
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
      text += readFileSync(f, 'utf8');
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
