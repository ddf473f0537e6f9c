// A container's log, kept by tandem in Docker's json-file format (one JSON object per line:
// {"log", "stream", "time"}), so `docker logs` works after the container exited and after a
// restart of the endpoint. Written synchronously from the output callbacks: a reader that
// reads the file and subscribes to live output in the same tick misses and repeats nothing.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { StreamId } from './stdio.js';

export interface LogEntry {
  stream: 'stdout' | 'stderr';
  log: string;
  time: string;
}

/** Lines longer than this are split, as Docker splits at 16 KiB. */
const MAX_LINE = 16 << 10;

export class LogWriter {
  private fd: number | undefined;
  private readonly partial: Record<StreamId, string> = { 1: '', 2: '' };

  constructor(readonly path: string) {
    this.fd = openSync(path, 'a', 0o640);
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
    if (this.fd !== undefined) writeSync(this.fd, `${JSON.stringify(e)}\n`);
    onEntry?.(e);
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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
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
