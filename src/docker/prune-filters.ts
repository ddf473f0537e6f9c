// The filters of dockerd's prune calls (containers, images, volumes, build cache): `until` (a
// Unix time, an RFC 3339 time or a Go duration back from now: `24h`, `1h30m`), `label` (all must
// hold) and `label!` (none may). An unknown filter is refused, as dockerd refuses it, so a typo
// never widens what a prune removes.
import { invalidArgument } from '../common/errdefs.js';
import { checkFilters, matchLabels, type Filters } from './api.js';

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A Go duration (`300ms`, `1h30m`, `2.5h`) in milliseconds, or undefined when `v` is not one. */
export function goDurationMs(v: string): number | undefined {
  if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(v)) return undefined;
  let ms = 0;
  for (const m of v.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) ms += Number(m[1]) * UNIT_MS[m[2]];
  return ms;
}

/** `until`'s value as a time in ms since the epoch: things created before it are pruned. */
export function untilTime(v: string, now = Date.now()): number {
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  const back = goDurationMs(v);
  if (back !== undefined) return now - back;
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw invalidArgument(`invalid filter 'until=${v}': a Unix time, an RFC 3339 time or a duration such as 24h`);
  return t;
}

export interface PruneFilter {
  /** Whether a thing created at `created` (ms since the epoch) with these labels is pruned. */
  takes(created: number, labels: Record<string, string> | null | undefined): boolean;
}

/** The prune filters of a request, checked against the ones this prune call takes. */
export function pruneFilter(f: Filters, known: string[]): PruneFilter {
  checkFilters(f, known);
  const until = f.get('until') ?? [];
  if (until.length > 1) throw invalidArgument('more than one until filter specified');
  const before = until.length ? untilTime(until[0]) : Infinity;
  const without = f.get('label!') ?? [];
  return {
    takes: (created, labels) =>
      created < before && matchLabels(f.get('label'), labels ?? undefined) && !without.some((v) => matchLabels([v], labels ?? undefined)),
  };
}
