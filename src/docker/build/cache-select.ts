// Which build cache entries a `docker builder prune` removes, as BuildKit's cache manager decides
// behind dockerd: never an entry in use; without `--all` none that is shared (its layers are an
// image's, so removing it frees nothing); `until` keeps what was used since; the field filters
// (`id`, `parent`, `type`, `description`, `inuse`, `shared`, `private`) narrow, other keys are
// ignored as dockerd ignores them; `--keep-storage`
// removes the least recently used first and stops once the unshared rest fits.
import { invalidArgument } from '../../common/errdefs.js';
import type { Filters } from '../api.js';
import { goDurationMs } from '../prune-filters.js';

export interface CacheEntry {
  id: string;
  /** The image id of the step's state (its ` ---> ` id). */
  stateId: string;
  parents: string[];
  description: string;
  /** Bytes on disk the step added: its layer blob and its snapshot (0 for a config-only step). */
  size: number;
  created: number;
  lastUsed: number;
  usageCount: number;
  /** Its layer chain belongs to an image (not a step's). */
  shared: boolean;
  /** A container runs its state (`docker run <step id>`). */
  inUse: boolean;
}

export interface PruneOptions {
  all: boolean;
  /** 0: no limit. Else entries go, oldest use first, until the unshared rest is below it. */
  keepBytes: number;
  /** Entries last used at or after this time (ms since the epoch) are kept. */
  usedSince?: number;
  match: (e: CacheEntry) => boolean;
}

const FIELDS = ['id', 'parent', 'type', 'description', 'inuse', 'shared', 'private'];

/** A bool filter's value: docker's CLI always sends one (`--filter shared=true`). */
function boolValue(key: string, v: string): boolean {
  if (['', 'true', '1'].includes(v)) return true;
  if (['false', '0'].includes(v)) return false;
  throw invalidArgument(`invalid filter '${key}=${v}': want true or false`);
}

/** The request's filters as dockerd reads them for the build cache. */
export function cacheFilters(f: Filters, now = Date.now()): Pick<PruneOptions, 'usedSince' | 'match'> {
  // dockerd reads only these and ignores any other key (`docker system prune --filter label=…`
  // sends its filters to every prune, this one included).
  if (f.has('until') && f.has('unused-for')) throw invalidArgument('conflicting filters: "until" and "unused-for"');
  for (const k of ['until', 'unused-for', ...FIELDS])
    if ((f.get(k)?.length ?? 0) > 1) throw invalidArgument('filters expect only one value');
  const key = f.has('unused-for') ? 'unused-for' : 'until';
  const until = f.get(key)?.[0];
  let usedSince: number | undefined;
  if (until !== undefined) {
    const back = goDurationMs(until);
    const at = /^\d+(\.\d+)?$/.test(until) ? Number(until) * 1000 : Date.parse(until);
    if (back === undefined && Number.isNaN(at))
      throw invalidArgument(`"${key}" filter expects a duration (e.g., '24h') or a timestamp: ${JSON.stringify(until)} is neither`);
    usedSince = back !== undefined ? now - back : at;
  }
  const one = (k: string) => f.get(k)?.[0];
  const checks: ((e: CacheEntry) => boolean)[] = [];
  const id = one('id');
  if (id !== undefined) checks.push((e) => e.id.includes(id));
  const parent = one('parent');
  if (parent !== undefined) checks.push((e) => e.parents.includes(parent));
  const type = one('type');
  if (type !== undefined) checks.push(() => type === 'regular');
  const description = one('description');
  if (description !== undefined) checks.push((e) => e.description === description);
  for (const [k, field] of [
    ['inuse', (e: CacheEntry) => e.inUse],
    ['shared', (e: CacheEntry) => e.shared],
    ['private', (e: CacheEntry) => !e.shared],
  ] as const) {
    const v = one(k);
    if (v !== undefined) {
      const want = boolValue(k, v);
      checks.push((e) => field(e) === want);
    }
  }
  return { usedSince, match: (e) => checks.every((c) => c(e)) };
}

/** The entries to remove, in the order they go. */
export function selectPrune(entries: CacheEntry[], o: PruneOptions): CacheEntry[] {
  const candidates = entries.filter(
    (e) => !e.inUse && (o.all || !e.shared) && !(o.usedSince !== undefined && e.lastUsed >= o.usedSince) && o.match(e),
  );
  if (!o.keepBytes) return candidates;
  let total = entries.filter((e) => !e.shared).reduce((n, e) => n + e.size, 0);
  if (total < o.keepBytes) return [];
  const out: CacheEntry[] = [];
  for (const e of [...candidates].sort((a, b) => a.lastUsed - b.lastUsed || a.usageCount - b.usageCount)) {
    if (total < o.keepBytes) break;
    out.push(e);
    if (!e.shared) total -= e.size;
  }
  return out;
}
