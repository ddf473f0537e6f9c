// API versions: the /vX.Y/ prefix of a request path, checked against the range we serve the
// way dockerd checks it (a client newer than us is refused; the docker CLI avoids that by
// negotiating down to the API-Version header of /_ping).
import { HttpError } from './api.js';

/** The newest API version served: 1.50, what the docker CLI 28.2 speaks (`--platform` on save, load,
 * history, inspect and rmi; `image ls --tree`); each version's changes of shape are kept per request. */
export const API_VERSION = '1.50';
export const MIN_API_VERSION = '1.24';

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** True when the request's API version is `min` or newer (a shape that changed at `min`). */
export const atLeast = (version: string, min: string): boolean => compareVersions(version, min) >= 0;

/** Splits `/v1.41/containers/json` into its version and the path the router sees. */
export function splitVersion(path: string): { version: string; path: string } {
  const m = /^\/v(\d+\.\d+)(\/.*)?$/.exec(path);
  if (!m) return { version: API_VERSION, path };
  const version = m[1];
  if (compareVersions(version, API_VERSION) > 0) {
    throw new HttpError(400, `client version ${version} is too new. Maximum supported API version is ${API_VERSION}`);
  }
  if (compareVersions(version, MIN_API_VERSION) < 0) {
    throw new HttpError(
      400,
      `client version ${version} is too old. Minimum supported API version is ${MIN_API_VERSION}, please upgrade your client to a newer version`,
    );
  }
  return { version, path: m[2] ?? '/' };
}
