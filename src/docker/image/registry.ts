// A client of one repository on an OCI distribution registry: manifests and blobs with
// Docker's bearer-token dance (401 + WWW-Authenticate → token from the realm → retry), basic
// credentials from X-Registry-Auth, and plain HTTP for loopback hosts and configured
// insecure registries. Requests go through httpFetch (undici, any port): redirects to blob storage
// are followed and drop our Authorization header on the way, as they must.
import type { Readable } from 'node:stream';
import { invalidArgument, notFound, unavailable, TandemError, Code } from '../../common/errdefs.js';
import { DEFAULT_DOMAIN, type Reference } from '../reference.js';
import { fetchErrorText, requestName } from './fetch-error.js';
import { httpFetch } from './http-fetch.js';
import { sendStream } from './put-stream.js';
import { basic, parseChallenge, requestToken, tokenOf, tokenRefusal } from './token.js';

export const MEDIA = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const;

export const isIndex = (mt: string | undefined) => mt === MEDIA.ociIndex || mt === MEDIA.dockerList;

/** What a pull or an inspection accepts for a tag: an index or list, or a single manifest. */
export const MANIFEST_ACCEPT = [MEDIA.ociIndex, MEDIA.dockerList, MEDIA.ociManifest, MEDIA.dockerManifest];

export interface AuthConfig {
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

/** X-Registry-Auth: base64url JSON of the credentials (absent or `{}` for anonymous). */
export function parseRegistryAuth(header: string | undefined): AuthConfig {
  if (!header) return {};
  try {
    const json = Buffer.from(header.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    return (JSON.parse(json) as AuthConfig) ?? {};
  } catch {
    return {};
  }
}

/**
 * X-Registry-Config (docker build): base64url JSON of every registry's credentials the CLI
 * holds, keyed by server address (`host[:port]`, or a URL such as Hub's v1 one).
 */
export function parseRegistryConfig(header: string | undefined): Record<string, AuthConfig> {
  const all = parseRegistryAuth(header) as unknown;
  return all && typeof all === 'object' && !Array.isArray(all) ? (all as Record<string, AuthConfig>) : {};
}

/** Docker Hub's names for itself; its API is on registry-1.docker.io. */
export const HUB_NAMES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** The credentials for a registry domain among X-Registry-Config's, matched by host. */
export function authFor(configs: Record<string, AuthConfig>, domain: string): AuthConfig | undefined {
  const host = (key: string) => key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  const want = HUB_NAMES.has(domain) ? HUB_NAMES : new Set([domain]);
  for (const [key, auth] of Object.entries(configs)) if (want.has(host(key))) return auth;
  return undefined;
}

export interface RegistryOptions {
  insecure?: string[];
  auth?: AuthConfig;
}

/** Loopback registries speak plain HTTP by default, as in dockerd. */
export function isInsecureHost(host: string, insecure: string[] = []): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(name) || name === '::1' || insecure.includes(host);
}

export class Repository {
  private token?: string;
  readonly base: string;

  constructor(
    readonly ref: Reference,
    private readonly opts: RegistryOptions = {},
  ) {
    const host = ref.domain === DEFAULT_DOMAIN ? 'registry-1.docker.io' : ref.domain;
    this.base = `${isInsecureHost(ref.domain, opts.insecure) ? 'http' : 'https'}://${host}/v2/${ref.path}`;
  }

  /** GET a manifest (by tag or digest): its bytes, media type and digest. */
  async manifest(reference: string, accept: string[]): Promise<{ body: Buffer; mediaType: string; digest?: string }> {
    const res = await this.fetch(`${this.base}/manifests/${reference}`, { Accept: accept.join(', ') }, 'pull');
    if (res.status === 404) {
      throw notFound(`manifest for ${this.display(reference)} not found: manifest unknown: manifest unknown`);
    }
    await this.check(res, `manifest ${reference}`);
    const body = Buffer.from(await res.arrayBuffer());
    const mediaType =
      (res.headers.get('content-type') ?? '').split(';')[0].trim() ||
      (JSON.parse(body.toString()) as { mediaType?: string }).mediaType ||
      '';
    return { body, mediaType, digest: res.headers.get('docker-content-digest') ?? undefined };
  }

  /** The repository's tags (`docker pull --all-tags`), page after page as the registry links them. */
  async tags(): Promise<string[]> {
    const out: string[] = [];
    for (let url: string | undefined = `${this.base}/tags/list`; url;) {
      const res = await this.fetch(url, {}, 'pull');
      if (res.status === 404) throw notFound(`repository ${this.display()} not found: name unknown`);
      await this.check(res, 'tags list');
      out.push(...(((await res.json()) as { tags?: string[] | null }).tags ?? []));
      const next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
      url = next ? new URL(next, this.base).toString() : undefined;
    }
    return out;
  }

  /** GET a blob as a stream of chunks. */
  async blob(digest: string): Promise<AsyncIterable<Uint8Array>> {
    const res = await this.fetch(`${this.base}/blobs/${digest}`, {}, 'pull');
    await this.check(res, `blob ${digest}`);
    if (!res.body) throw unavailable(`registry ${this.ref.domain}: blob ${digest} has no body`);
    return bodyOf(res);
  }

  /** A small blob (an image config) read whole. */
  async blobBytes(digest: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of await this.blob(digest)) chunks.push(Buffer.from(c));
    return Buffer.concat(chunks);
  }

  async blobExists(digest: string): Promise<boolean> {
    const res = await this.fetch(`${this.base}/blobs/${digest}`, {}, 'pull,push', 'HEAD');
    if (res.status === 404) return false;
    await this.check(res, `blob ${digest}`);
    return true;
  }

  /**
   * Cross-repository blob mount, as dockerd's push tries one for a blob pulled from another
   * repository of the same registry: true when the registry mounted it (201), false when it
   * would rather take an upload (202: that session is cancelled) or anything else went wrong (a
   * token without the source's pull scope, a registry that does not mount), so the caller uploads.
   */
  async mountBlob(digest: string, from: string): Promise<boolean> {
    const url = `${this.base}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
    // Any failure (a token server refusing the source's scope outright, say) leaves it to the upload.
    const res = await this.fetch(url, {}, 'pull,push', 'POST', undefined, [`repository:${from}:pull`]).catch(() => undefined);
    if (!res) return false;
    await res.arrayBuffer().catch(() => undefined);
    if (res.status === 201) return true;
    const loc = res.status === 202 ? res.headers.get('location') : null;
    // The upload the registry opened instead is not used: the caller's upload opens its own.
    if (loc)
      await this.fetch(new URL(loc, this.base).toString(), {}, 'pull,push', 'DELETE')
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
    return false;
  }

  /** Monolithic blob upload: POST an upload session, then PUT the bytes with the digest. */
  /** One blob, streamed from `open` (called again if the registry asks for credentials first). */
  async pushBlob(digest: string, size: number, open: () => Readable): Promise<void> {
    const start = await this.fetch(`${this.base}/blobs/uploads/`, {}, 'pull,push', 'POST');
    await this.check(start, 'blob upload');
    const loc = start.headers.get('location');
    if (!loc) throw unavailable(`registry ${this.ref.domain}: blob upload gave no Location`);
    const url = new URL(loc, this.base);
    url.searchParams.set('digest', digest);
    const put = await this.fetch(
      url.toString(),
      { 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) },
      'pull,push',
      'PUT',
      open,
    );
    await this.check(put, `blob ${digest} upload`);
  }

  async pushManifest(reference: string, mediaType: string, body: Buffer): Promise<void> {
    const res = await this.fetch(`${this.base}/manifests/${reference}`, { 'Content-Type': mediaType }, 'pull,push', 'PUT', body);
    await this.check(res, `manifest ${reference} upload`);
  }

  /** The repository's name as Docker shows it, with `:reference` when given. */
  private display(reference?: string): string {
    const name = this.ref.domain === DEFAULT_DOMAIN ? this.ref.path.replace(/^library\//, '') : `${this.ref.domain}/${this.ref.path}`;
    return reference === undefined ? name : `${name}:${reference}`;
  }

  private async fetch(
    url: string,
    headers: Record<string, string>,
    actions: string,
    method = 'GET',
    body?: Buffer | (() => Readable),
    /** More scopes the token needs (a blob mount's source repository). */
    extraScopes: string[] = [],
  ): Promise<Response> {
    // This request's token: another request of this repository may replace `this.token` meanwhile.
    let token = this.token;
    for (let attempt = 0; ; attempt++) {
      const h: Record<string, string> = { ...headers };
      if (token) h.Authorization = `Bearer ${token}`;
      else if (this.opts.auth?.username) h.Authorization = `Basic ${basic(this.opts.auth)}`;
      let res: Response;
      // A stream body (an upload) is closed once answered, read to the end or not (a 401, a refusal).
      const stream = typeof body === 'function' ? body() : undefined;
      try {
        res = stream
          ? await sendStream(url, method, h, stream)
          : await httpFetch(url, { method, headers: h, body: body as Buffer | undefined });
      } catch (err) {
        // As dockerd names it: the registry's /v2/ (its first request, where a registry that is
        // down fails), whatever the call was; an upload cut off midway names the upload.
        if (stream) throw unavailable(fetchErrorText(method, url, err), err);
        throw unavailable(fetchErrorText('GET', url.replace(/\/v2\/.*/, '/v2/'), err), err);
      } finally {
        stream?.destroy();
      }
      if (res.status !== 401 || attempt > 0) return res;
      const challenge = res.headers.get('www-authenticate') ?? '';
      await res.arrayBuffer().catch(() => undefined);
      if (/^basic/i.test(challenge)) {
        if (!this.opts.auth?.username) return res;
        continue;
      }
      if (!/^bearer/i.test(challenge)) return res;
      token = this.token = await this.fetchToken(parseChallenge(challenge), actions, requestName(method, url), extraScopes);
    }
  }

  /**
   * A token for this repository and the call's actions, as distribution's client asks for one
   * (the challenge's scope names only what one request needed: a push would ask twice). A
   * refusal reads as dockerd's: `Get "<the request>": unauthorized: <the server's reason>`.
   */
  private async fetchToken(c: Record<string, string>, actions: string, what: string, extra: string[]): Promise<string> {
    const scopes = [`repository:${this.ref.path}:${actions}`, ...extra];
    const res = await requestToken(c, { scopes, auth: this.opts.auth }, what);
    if (!res.ok) throw await tokenRefusal(res, what);
    return (await tokenOf(res, what)).access;
  }

  private async check(res: Response, what: string): Promise<void> {
    if (res.ok) return;
    const text = await res.text().catch(() => '');
    let detail = text.slice(0, 300);
    try {
      const j = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
      if (j.errors?.length) detail = j.errors.map((e) => `${e.code?.toLowerCase() ?? ''}: ${e.message ?? ''}`).join('; ');
    } catch {}
    const msg = `registry ${this.ref.domain}: ${what}: ${res.status} ${res.statusText}${detail ? `: ${detail}` : ''}`;
    if (res.status === 401) {
      const host = this.ref.domain;
      const hint =
        this.opts.auth?.username || this.opts.auth?.identitytoken
          ? `the registry refused the credentials of \`docker login ${host}\``
          : `log in first: docker login ${host}`;
      throw new TandemError(Code.Unauthenticated, `${msg} (${hint})`);
    }
    if (res.status === 403) throw new TandemError(Code.PermissionDenied, msg);
    if (res.status === 404) throw notFound(msg);
    if (res.status >= 400 && res.status < 500) throw invalidArgument(msg);
    throw unavailable(msg);
  }
}

/**
 * The body's chunks, holding on to the Response until they are read: undici cancels the body
 * of a Response that is garbage-collected before its body is touched (nodejs/undici#3199), and
 * a blob's first read waits on containerd (the write's first answer), so it came back empty
 * under memory pressure ("the registry sent 0 bytes").
 */
async function* bodyOf(res: Response): AsyncGenerator<Uint8Array> {
  for await (const c of res.body as unknown as AsyncIterable<Uint8Array>) yield c;
}
