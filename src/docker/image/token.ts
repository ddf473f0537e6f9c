// The bearer-token exchange of a registry that authenticates as Docker Hub, ghcr.io or GitLab do
// (distribution's token protocol): the registry's 401 names a realm, the realm gives a token for
// the scopes asked, with Basic credentials, a refresh token (`docker login`'s identity token)
// or none. Errors read as dockerd's: the request that needed the token, then the server's reason.
import { unavailable, TandemError, Code } from '../../common/errdefs.js';
import { fetchErrorText } from './fetch-error.js';
import { httpFetch } from './http-fetch.js';
import type { AuthConfig } from './registry.js';

export function basic(a: AuthConfig): string {
  return Buffer.from(`${a.username}:${a.password ?? ''}`).toString('base64');
}

/**
 * Asks a bearer challenge's realm for a token, as distribution's token handler does: with an
 * identity token, OAuth2's refresh grant (POST), otherwise a GET with the Basic credentials, if
 * any; each scope a parameter of its own. `offline` asks for a refresh token as `docker login`
 * does. A connection failure is `Unavailable`, named by `what` (the request that needed it);
 * the caller judges the answer (`tokenRefusal`).
 */
export async function requestToken(
  c: Record<string, string>,
  opts: { scopes?: string[]; offline?: boolean; auth?: AuthConfig },
  what: string,
): Promise<Response> {
  if (!c.realm) throw unavailable(`${what}: bearer challenge without a realm`);
  const url = new URL(c.realm);
  const params = new URLSearchParams({ client_id: 'docker' });
  if (c.service) params.set('service', c.service);
  for (const s of opts.scopes ?? []) params.append('scope', s);
  if (opts.offline) params.set('offline_token', 'true');
  const identity = opts.auth?.identitytoken;
  try {
    if (identity) {
      const form = new URLSearchParams([['grant_type', 'refresh_token'], ['refresh_token', identity], ...params]);
      return await httpFetch(url, { method: 'POST', body: form });
    }
    for (const [k, v] of params) url.searchParams.append(k, v);
    return await httpFetch(url, { headers: opts.auth?.username ? { Authorization: `Basic ${basic(opts.auth)}` } : {} });
  } catch (err) {
    throw unavailable(`${what}: ${fetchErrorText(identity ? 'POST' : 'GET', url, err)}`, err);
  }
}

/**
 * A token server's refusal as distribution's client reads it, which dockerd prints: a 401 or
 * 403 is `unauthorized: <details>` (Docker Hub's `{"details": …}`, or an errcode list's message),
 * `authentication required` when the body says nothing; any other status names itself.
 */
export async function tokenRefusal(res: Response, what: string): Promise<TandemError> {
  const text = await res.text().catch(() => '');
  let reason = '';
  try {
    const j = JSON.parse(text) as { details?: string; errors?: { message?: string }[] };
    reason = j.details || j.errors?.[0]?.message || '';
  } catch {}
  if (res.status === 401 || res.status === 403) {
    return new TandemError(Code.Unauthenticated, `${what}: unauthorized: ${reason || 'authentication required'}`);
  }
  return unavailable(`${what}: token server answered ${res.status} ${res.statusText}${reason ? `: ${reason}` : ''}`);
}

/** A token answer's access token (`token` or OAuth2's `access_token`) and refresh token, if any. */
export async function tokenOf(res: Response, what: string): Promise<{ access: string; refresh?: string }> {
  const j = (await res.json().catch(() => ({}))) as { token?: string; access_token?: string; refresh_token?: string };
  const access = j.token ?? j.access_token;
  if (!access) throw unavailable(`${what}: token response without a token`);
  return { access, refresh: j.refresh_token };
}

/** `Bearer realm="…",service="…",scope="…"` → its parameters. */
export function parseChallenge(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of header.replace(/^\w+\s+/, '').matchAll(/(\w+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}
