// `docker login`: POST /auth checks credentials against a registry the way dockerd does
// (moby's loginV2): GET /v2/ with them, answering a basic challenge with basic auth and a
// bearer challenge with a token asked for with no scope, `offline_token=true` and
// `client_id=docker` (a refresh token, if the server gives one, is the identity token the CLI
// stores). The CLI keeps the credentials itself and sends them back in X-Registry-Auth on pull
// and push; the endpoint stores nothing.
import { Code, TandemError, invalidArgument, unavailable } from '../../common/errdefs.js';
import { HUB_NAMES, isInsecureHost, type AuthConfig } from './registry.js';
import { basic, parseChallenge, requestToken, tokenOf, tokenRefusal } from './token.js';
import { fetchErrorText, requestName } from './fetch-error.js';
import { httpFetch } from './http-fetch.js';

export interface LoginRequest extends AuthConfig {
  serveraddress?: string;
}

/** The registry's /v2/ URL for a server address as the CLI sends it (`host[:port]`, a URL, Hub's v1 URL). */
export function loginEndpoint(serverAddress: string | undefined, insecure: string[] = []): string {
  const raw = serverAddress?.trim() || 'https://index.docker.io/v1/';
  let host: string;
  try {
    host = new URL(/^https?:\/\//.test(raw) ? raw : `https://${raw}`).host;
  } catch {
    throw invalidArgument(`unable to parse server address: ${raw}`);
  }
  if (!host) throw invalidArgument(`unable to parse server address: ${raw}`);
  if (HUB_NAMES.has(host)) return 'https://registry-1.docker.io/v2/';
  return `${isInsecureHost(host, insecure) ? 'http' : 'https'}://${host}/v2/`;
}

/** Checks the credentials; resolves with the identity token (often empty) or throws dockerd's error. */
export async function login(req: LoginRequest, insecure: string[] = []): Promise<string> {
  if (!req.username && !req.identitytoken) throw invalidArgument('username is required to log in');
  const url = loginEndpoint(req.serveraddress, insecure);
  const get = async (headers: Record<string, string>) => {
    try {
      return await httpFetch(url, { headers });
    } catch (err) {
      throw unavailable(fetchErrorText('GET', url, err), err);
    }
  };
  let res = await get({});
  let identity = '';
  if (res.status === 401) {
    const challenge = res.headers.get('www-authenticate') ?? '';
    await res.arrayBuffer().catch(() => undefined);
    if (/^basic/i.test(challenge)) res = await get({ Authorization: `Basic ${basic(req)}` });
    else if (/^bearer/i.test(challenge)) {
      const t = await token(url, parseChallenge(challenge), req);
      identity = t.refresh ?? '';
      res = await get({ Authorization: `Bearer ${t.access}` });
    }
  }
  await res.arrayBuffer().catch(() => undefined);
  if (res.status === 200) return identity;
  const msg = `login attempt to ${url} failed with status: ${res.status} ${res.statusText}`;
  throw new TandemError(res.status === 401 ? Code.Unauthenticated : Code.Unknown, msg);
}

async function token(url: string, c: Record<string, string>, req: LoginRequest): Promise<{ access: string; refresh?: string }> {
  const what = requestName('GET', url);
  const res = await requestToken(c, { offline: true, auth: req }, what);
  if (!res.ok) throw await tokenRefusal(res, what);
  return tokenOf(res, what);
}
