// A container's log driver and its options, as dockerd takes them: which drivers tandem keeps,
// which options each accepts, and the rotation they make (logs.ts writes and reads the files).
import { invalidArgument } from '../../common/errdefs.js';
import { goBool } from '../api.js';
import { LogWriter, type Rotation } from './logs.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1 << 10, kb: 1 << 10, m: 1 << 20, mb: 1 << 20, g: 1 << 30, gb: 1 << 30 };

/**
 * json-file's max-size, max-file and compress (dockerd's units: k, m, g, 1024-based); no
 * max-size: no rotation. Compressing needs a rotated file to compress, as dockerd says.
 */
export function rotationOf(opts: Record<string, string> | null | undefined): Rotation | undefined {
  const size = opts?.['max-size'];
  const files = opts?.['max-file'];
  const compress = parseCompress(opts?.compress);
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
  if (compress && maxFile < 2) throw invalidArgument('compress cannot be true when max-file is less than 2');
  return { maxSize, maxFile, compress };
}

/** Go's strconv.ParseBool, as dockerd reads the option. */
function parseCompress(v: string | undefined): boolean {
  if (v === undefined) return false;
  const b = goBool(v);
  if (b !== undefined) return b;
  throw invalidArgument(`error parsing compress option: strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax`);
}

/**
 * The log drivers tandem keeps, by dockerd's names. `local` is kept in json-file's format with
 * local's defaults (dockerd hides its files' path and format: they are no API); `none` keeps
 * nothing, and `docker logs` is refused as dockerd does.
 */
const DRIVER_OPTS: Record<string, string[]> = {
  'json-file': ['max-size', 'max-file', 'compress', 'labels', 'labels-regex', 'env', 'env-regex', 'tag'],
  local: ['max-size', 'max-file', 'compress'],
  none: [],
};
/** moby's local driver: 20 MB a file, 5 files, the rotated ones compressed. */
const LOCAL_DEFAULTS: Record<string, string> = { 'max-size': '20m', 'max-file': '5', compress: 'true' };

export type LogConfig = { Type?: string; Config?: Record<string, string> | null } | null | undefined;

export function logDriver(cfg: LogConfig): string {
  return cfg?.Type || 'json-file';
}

/** Refuses a driver or option tandem does not keep, or a bad value, with dockerd's words. */
export function checkLogConfig(cfg: LogConfig): void {
  const type = logDriver(cfg);
  const known = DRIVER_OPTS[type];
  if (!known) throw invalidArgument(`--log-driver ${type}: tandem has the json-file, local and none log drivers only`);
  const opts = cfg?.Config ?? {};
  for (const k of Object.keys(opts)) if (!known.includes(k)) throw invalidArgument(`unknown log opt '${k}' for ${type} log driver`);
  for (const k of ['labels-regex', 'env-regex']) {
    if (!opts[k]) continue;
    try {
      new RegExp(opts[k]);
    } catch (err) {
      throw invalidArgument(`log opt ${k}: ${(err as Error).message}`);
    }
  }
  rotationFor(cfg);
}

/** The rotation of a container's log: its options, over local's defaults for `local`. */
export function rotationFor(cfg: LogConfig): Rotation | undefined {
  const opts = cfg?.Config ?? {};
  if (logDriver(cfg) !== 'local') return rotationOf(opts);
  const merged = { ...LOCAL_DEFAULTS, ...opts };
  // One file leaves nothing to compress: local then keeps it plain rather than refuse its default.
  if (merged['max-file'] === '1' && opts.compress === undefined) merged.compress = 'false';
  return rotationOf(merged);
}

/** The writer of a container's log as its driver keeps it (`none`: live output only). */
export function openLog(path: string, cfg: LogConfig, onWriteError?: (err: unknown) => void): LogWriter {
  return new LogWriter(logDriver(cfg) === 'none' ? undefined : path, rotationFor(cfg), onWriteError);
}

/** Whether `docker logs` can read the container's log (dockerd's ErrReadLogsNotSupported: 501). */
export function readable(cfg: LogConfig): boolean {
  return logDriver(cfg) !== 'none';
}
