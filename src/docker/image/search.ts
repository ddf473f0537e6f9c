// `docker search`: the registry's v1 search API (`/v1/search?q=…&n=…`), which Docker Hub serves at
// index.docker.io and a registry of its own may, as dockerd's registry service asks it
// (moby registry/search.go, search_endpoint_v1.go): a term whose first part names a host searches
// that host, any other term Docker Hub; a host other than Hub's index is pinged first (HTTPS, then
// HTTP where it is insecure: loopback or --insecure-registry), and its answer filtered here.
import { Code, TandemError, invalidArgument } from '../../common/errdefs.js';
import { fetchErrorText } from './fetch-error.js';
import { httpFetch } from './http-fetch.js';
import { isInsecureHost, type AuthConfig } from './registry.js';
import { basic } from './token.js';

/** Docker Hub's v1 index, which dockerd never pings (nor falls back to HTTP for). */
export const INDEX_SERVER = 'https://index.docker.io/v1/';

export interface SearchResult {
  star_count: number;
  is_official: boolean;
  name: string;
  is_automated: boolean;
  description: string;
}

export interface SearchOptions {
  limit?: number;
  filters?: Map<string, string[]>;
  auth?: AuthConfig;
  insecure?: string[];
}

const ACCEPTED = ['is-automated', 'is-official', 'stars'];

/** filters.Args' GetBoolOrDefault: "1"/"true" or "0"/"false", one of them. */
function boolFilter(f: Map<string, string[]>, key: string): boolean | undefined {
  const values = f.get(key);
  if (values === undefined) return undefined;
  const yes = values.includes('1') || values.includes('true');
  const no = values.includes('0') || values.includes('false');
  if (yes === no) throw invalidArgument(`invalid filter '${key}${values.length ? `=${values.join(',')}` : ''}'`);
  return yes;
}

/** A search term's index (host) and the name searched there, as splitReposSearchTerm splits it. */
export function splitSearchTerm(term: string): { index: string; name: string } {
  const slash = term.indexOf('/');
  const first = slash < 0 ? term : term.slice(0, slash);
  if (slash < 0 || (!first.includes('.') && !first.includes(':') && first !== 'localhost')) return { index: 'docker.io', name: term };
  return { index: first, name: term.slice(slash + 1) };
}

/** What `GET /images/search` answers: the results of `term`, filtered as dockerd filters them. */
export async function searchImages(term: string, opts: SearchOptions = {}): Promise<SearchResult[]> {
  const f = opts.filters ?? new Map<string, string[]>();
  for (const k of f.keys()) if (!ACCEPTED.includes(k)) throw invalidArgument(`invalid filter '${k}'`);
  // "is-automated" is deprecated: Hub's value is untrustworthy, so asking for it finds nothing.
  if (boolFilter(f, 'is-automated')) return [];
  const official = boolFilter(f, 'is-official');
  let minStars = 0;
  for (const s of f.get('stars') ?? []) {
    if (!/^[+-]?\d+$/.test(s))
      throw invalidArgument(`invalid filter 'stars=${s}': strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
    minStars = Math.max(minStars, Number(s));
  }
  const found = await searchUnfiltered(term, opts);
  return found
    .filter((r) => official === undefined || r.is_official === official)
    .filter((r) => !f.has('stars') || r.star_count >= minStars)
    .map((r) => ({ ...r, is_automated: false }));
}

async function searchUnfiltered(term: string, opts: SearchOptions): Promise<SearchResult[]> {
  if (/^https?:\/\//.test(term)) throw invalidArgument(`invalid repository name: repository name (${term}) should not have a scheme`);
  const limit = opts.limit || 25;
  if (limit < 1 || limit > 100) throw invalidArgument(`limit ${limit} is outside the range of [1, 100]`);
  const { index, name: named } = splitSearchTerm(term);
  const hub = index === 'docker.io' || index === 'index.docker.io';
  // What is pulled as library/foo is searched for as foo.
  const name = hub ? named.replace(/^library\//, '') : named;
  const endpoint = hub ? INDEX_SERVER : await pingEndpoint(index, isInsecureHost(index, opts.insecure));
  const url = `${endpoint}search?q=${encodeURIComponent(name)}&n=${limit}`;
  const headers: Record<string, string> = { 'X-Docker-Token': 'true' };
  if (opts.auth?.username) headers.Authorization = `Basic ${basic(opts.auth)}`;
  let res: Response;
  try {
    res = await httpFetch(url, { headers });
  } catch (err) {
    throw new TandemError(Code.Unknown, fetchErrorText('GET', url, err), { cause: err });
  }
  if (res.status !== 200) {
    await res.arrayBuffer().catch(() => undefined);
    throw new TandemError(Code.Unknown, `Unexpected status code ${res.status}`);
  }
  let body: { results?: Partial<SearchResult>[] };
  try {
    body = (await res.json()) as typeof body;
  } catch (err) {
    throw new TandemError(Code.Unknown, `error decoding registry search results: ${(err as Error).message}`);
  }
  return (body.results ?? []).map((r) => ({
    star_count: Number(r.star_count ?? 0),
    is_official: Boolean(r.is_official),
    name: String(r.name ?? ''),
    is_automated: Boolean(r.is_automated),
    description: String(r.description ?? ''),
  }));
}

/**
 * The v1 endpoint of a registry of one's own, once it answered `/v1/_ping` (any status: only a
 * failed connection counts): HTTPS, then HTTP for an insecure one, in dockerd's words when both fail.
 */
async function pingEndpoint(host: string, insecure: boolean): Promise<string> {
  const ping = async (scheme: string): Promise<string | undefined> => {
    const url = `${scheme}://${host}/v1/_ping`;
    try {
      await (await httpFetch(url)).arrayBuffer();
      return undefined;
    } catch (err) {
      return fetchErrorText('GET', url, err);
    }
  };
  const https = await ping('https');
  if (https === undefined) return `https://${host}/v1/`;
  if (!insecure) {
    throw invalidArgument(
      `invalid registry endpoint https://${host}/v1/: ${https}. If this private registry supports only HTTP or HTTPS with an unknown CA certificate, please add \`--insecure-registry ${host}\` to the daemon's arguments. In the case of HTTPS, if you have access to the registry's CA certificate, no need for the flag; simply place the CA certificate at /etc/docker/certs.d/${host}/ca.crt`,
    );
  }
  const http = await ping('http');
  if (http !== undefined)
    throw invalidArgument(`invalid registry endpoint "http://${host}/v1/". HTTPS attempt: ${https}. HTTP attempt: ${http}`);
  return `http://${host}/v1/`;
}
