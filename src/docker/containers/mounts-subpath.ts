// A subpath of a volume or of a mounted image (`volume-subpath`, `image-subpath`) resolved as
// dockerd's safepath.Join resolves it: symlinks followed, and the result refused when it is
// missing or lies outside the base. dockerd does this at each start (a subpath made after the
// create is found), so tandem checks again at start and points the spec at what it resolved to.
import { lstatSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HttpError } from '../api.js';
import { isLocal } from './mounts-check.js';
import type { ContainerRecord } from './types.js';

/** The first component of `path` below `base` that lstat cannot find (Go's EvalSymlinks names it). */
function firstMissing(base: string, path: string): string {
  let at = base;
  for (const part of relative(base, path).split(sep)) {
    at = join(at, part);
    try {
      lstatSync(at);
    } catch {
      return at;
    }
  }
  return path;
}

/**
 * base/sub with its symlinks resolved, inside base: a 404 `cannot access path …` when it does
 * not exist, a 400 when it escapes base (dockerd's ErrNotAccessible and ErrEscapesBase).
 */
export function safeJoin(base: string, sub: string): string {
  let root: string;
  try {
    root = realpathSync(base);
  } catch {
    throw new HttpError(404, `cannot access path ${base}: lstat ${base}: no such file or directory`);
  }
  const combined = join(root, sub);
  let resolved: string;
  try {
    resolved = realpathSync(combined);
  } catch {
    throw new HttpError(404, `cannot access path ${combined}: lstat ${firstMissing(root, combined)}: no such file or directory`);
  }
  const rel = relative(root, resolved) || '.';
  if (!isLocal(rel)) throw new HttpError(400, `path concatenation escapes the base directory, base: ${root}, subpath: ${sub}`);
  return resolved;
}

/** The same, or undefined when it would be refused (a copy-up at create skips it, as dockerd's does). */
export function trySafeJoin(base: string, sub: string): string | undefined {
  try {
    return safeJoin(base, sub);
  } catch {
    return undefined;
  }
}

/** A mount of the container that takes only part of its source, and the spec's source for it now. */
export interface SubpathMount {
  destination: string;
  base: string;
  subpath: string;
}

/** The container's subpath mounts: its volumes' (base: the volume's directory) and images' (the image's root). */
export function subpathMounts(c: ContainerRecord): SubpathMount[] {
  const out: SubpathMount[] = [];
  for (const m of c.HostConfig.Mounts ?? []) {
    const sub = m.Type === 'volume' ? m.VolumeOptions?.Subpath : m.Type === 'image' ? m.ImageOptions?.Subpath : undefined;
    if (!sub) continue;
    const point = c.Mounts.find((p) => p.Destination === m.Target && p.Type === m.Type);
    if (point?.Source) out.push({ destination: point.Destination, base: point.Source, subpath: sub });
  }
  return out;
}

/**
 * At a start: each subpath resolved again; the sources the spec should have, by destination
 * (what differs from the spec's is written to it by the caller). Throws dockerd's start error.
 */
export function resolveSubpaths(c: ContainerRecord): Map<string, string> {
  return new Map(subpathMounts(c).map((s) => [s.destination, safeJoin(s.base, s.subpath)]));
}
