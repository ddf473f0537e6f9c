// A request to a registry (or an ADD/import URL) that never got an answer, in the words dockerd
// uses: Go's net/http error (`Get "https://host/v2/": dial tcp: lookup host: no such host`),
// which people search for, rather than Node's codes (`ENOTFOUND`). The cause is undici's.

import { hostLiteral } from '../../common/host-literal.js';

interface Cause {
  code?: string;
  message?: string;
  address?: string;
  port?: number;
  hostname?: string;
  errors?: Cause[];
}

const METHOD: Record<string, string> = { GET: 'Get', HEAD: 'Head', POST: 'Post', PUT: 'Put', PATCH: 'Patch', DELETE: 'Delete' };

/** Go's description of a failed dial or handshake to `url`, from a fetch's error. */
export function fetchErrorText(method: string, url: string | URL, err: unknown): string {
  const u = new URL(String(url));
  const top = (err as { cause?: Cause }).cause ?? (err as Cause);
  // A name with addresses of both families: each attempt failed, the first says why.
  const cause = top?.errors?.[0] ?? top ?? {};
  const port = u.port || (u.protocol === 'https:' ? '443' : '80');
  const at = `${cause.address ? hostLiteral(cause.address) : u.hostname}:${cause.port ?? port}`;
  const why = ((): string => {
    switch (cause.code) {
      case 'ENOTFOUND':
        return `dial tcp: lookup ${u.hostname}: no such host`;
      case 'EAI_AGAIN':
        return `dial tcp: lookup ${u.hostname}: temporary failure in name resolution`;
      case 'ECONNREFUSED':
        return `dial tcp ${at}: connect: connection refused`;
      case 'EHOSTUNREACH':
        return `dial tcp ${at}: connect: no route to host`;
      case 'ENETUNREACH':
        return `dial tcp ${at}: connect: network is unreachable`;
      case 'ETIMEDOUT':
      case 'UND_ERR_CONNECT_TIMEOUT':
        return `dial tcp ${at}: i/o timeout`;
      case 'ECONNRESET':
        return `read tcp ${at}: read: connection reset by peer`;
      case 'ERR_SSL_WRONG_VERSION_NUMBER':
        return 'http: server gave HTTP response to HTTPS client';
      case 'DEPTH_ZERO_SELF_SIGNED_CERT':
      case 'SELF_SIGNED_CERT_IN_CHAIN':
      case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
        return 'tls: failed to verify certificate: x509: certificate signed by unknown authority';
      case 'CERT_HAS_EXPIRED':
        return 'tls: failed to verify certificate: x509: certificate has expired or is not yet valid';
      default:
        return cause.message || cause.code || (err as Error)?.message || String(err);
    }
  })();
  return `${requestName(method, u)}: ${why}`;
}

/** A request as Go's net/http names it in its errors: `Get "https://host/v2/"`. */
export function requestName(method: string, url: string | URL): string {
  return `${METHOD[method.toUpperCase()] ?? method} "${new URL(String(url)).href}"`;
}
