// Image references the way Docker reads them: `busybox` is docker.io/library/busybox:latest,
// a first component with a dot, a colon or `localhost` names a registry. containerd keeps
// the full name; the Docker API shows the familiar one (`busybox:latest`).
import { invalidArgument } from '../common/errdefs.js';

export const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DOMAIN = 'index.docker.io';
const OFFICIAL = 'library/';

export interface Reference {
  /** Registry host[:port], e.g. docker.io or 127.0.0.1:5000. */
  domain: string;
  /** Repository path inside the registry, e.g. library/busybox. */
  path: string;
  tag?: string;
  digest?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/** Parses and normalises a reference; a bare name gets no tag (see withDefaultTag). */
export function parseReference(ref: string): Reference {
  const bad = (why: string) => invalidArgument(`invalid reference format: ${why}`);
  if (!ref) throw bad('empty');
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw bad(`${JSON.stringify(ref)} has a malformed digest`);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw bad(`${JSON.stringify(ref)} has a malformed tag`);
  }
  let domain = DEFAULT_DOMAIN;
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
      domain = first;
      path = rest.slice(slash + 1);
    }
  }
  if (domain === LEGACY_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !path.includes('/')) path = OFFICIAL + path;
  if (!path.split('/').every((c) => COMPONENT.test(c))) {
    throw bad(path !== path.toLowerCase() ? `repository name (${path}) must be lowercase` : JSON.stringify(ref));
  }
  return { domain, path, tag, digest };
}

/** `latest` when neither a tag nor a digest was given. */
export function withDefaultTag(r: Reference): Reference {
  return r.tag || r.digest ? r : { ...r, tag: 'latest' };
}

export const repository = (r: Reference) => `${r.domain}/${r.path}`;

/** The full name containerd stores: docker.io/library/busybox:latest (tag and/or digest). */
export function fullName(r: Reference): string {
  return repository(r) + (r.tag ? `:${r.tag}` : '') + (r.digest ? `@${r.digest}` : '');
}

/** The name Docker shows: docker.io/library/ and docker.io/ dropped. */
export function familiarRepository(r: Reference): string {
  if (r.domain !== DEFAULT_DOMAIN) return repository(r);
  return r.path.startsWith(OFFICIAL) ? r.path.slice(OFFICIAL.length) : r.path;
}

export function familiarName(r: Reference): string {
  return familiarRepository(r) + (r.tag ? `:${r.tag}` : '') + (r.digest ? `@${r.digest}` : '');
}

/** The familiar form of a stored full name (names we cannot parse are shown as they are). */
export function familiarOf(name: string): string {
  try {
    return familiarName(parseReference(name));
  } catch {
    return name;
  }
}

/** Normalises what a user typed to the stored full name (default tag latest). */
export function normalizeName(ref: string): string {
  return fullName(withDefaultTag(parseReference(ref)));
}
