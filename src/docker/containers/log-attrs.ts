// `docker logs --details`: each line after the attributes its log driver kept with it (dockerd's
// logger.Info.ExtraAttributes: the labels and environment variables named by the `labels`,
// `labels-regex`, `env` and `env-regex` log options), as `k=v,k2=v2 ` sorted by key, query-escaped
// as Go's url.QueryEscape does; with none, the line gets the separating space alone.
import type { LogConfig } from './log-config.js';

export function logAttrs(cfg: LogConfig, labels: Record<string, string> | null | undefined, env: string[] | null | undefined): string {
  const opts = cfg?.Config ?? {};
  const extra = new Map<string, string>();
  const labelMap = new Map(Object.entries(labels ?? {}));
  const envMap = new Map<string, string>();
  for (const e of env ?? []) {
    const i = e.indexOf('=');
    if (i >= 0) envMap.set(e.slice(0, i), e.slice(i + 1));
  }
  const byName = (names: string | undefined, from: Map<string, string>) => {
    for (const k of names ? names.split(',') : []) if (from.has(k)) extra.set(k, from.get(k)!);
  };
  const byRegex = (re: string | undefined, from: Map<string, string>) => {
    if (!re) return;
    const r = new RegExp(re);
    for (const [k, v] of from) if (r.test(k)) extra.set(k, v);
  };
  byName(opts.labels, labelMap);
  byRegex(opts['labels-regex'], labelMap);
  byName(opts.env, envMap);
  byRegex(opts['env-regex'], envMap);
  return [...extra.keys()]
    .sort()
    .map((k) => `${queryEscape(k)}=${queryEscape(extra.get(k)!)}`)
    .join(',');
}

/** Go's url.QueryEscape: unreserved bytes kept, a space as `+`, every other byte as %XX. */
export function queryEscape(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
