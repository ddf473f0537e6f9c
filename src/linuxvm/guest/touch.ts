// The guest's side of host file events (Touch): virtiofs carries no inotify events, so a change
// the host made under a container's bind is shown to the container's watchers by setting the
// path's own mode again. That changes nothing on either side but raises IN_ATTRIB, which Node's
// fs.watch (chokidar, webpack's watchpack, vite), Go's fsnotify and inotifywait all report.
//
// It goes through the container's root (/proc/<init>/root): each mount namespace that crosses
// one of the share's submounts gets a superblock (and inodes) of its own, and an event is raised
// only on the inode changed, so a chmod through the agent's own view of the share reached no
// watcher in the container. A path not found (deleted, or not yet looked up through the share's
// 1 s entry cache) has its directory touched instead, so a watcher of the directory rescans it.
import { chmodSync, lstatSync } from 'node:fs';
import { posix } from 'node:path';
import { invalidArgument } from '../../common/errdefs.js';

/** A path's own mode set again; false when it is not there (or cannot be changed: a read-only bind). */
function touchOne(path: string): boolean {
  try {
    const st = lstatSync(path);
    // chmod follows a symlink, maybe out of the container: the link's directory is touched instead.
    if (st.isSymbolicLink()) return false;
    chmodSync(path, st.mode & 0o7777);
    return true;
  } catch {
    return false;
  }
}

/** Touches each of a container's paths (or its directory) under `root`: how many, and the paths not found. */
export function touchPaths(paths: string[], root: string): { touched: number; missing: string[] } {
  let touched = 0;
  const missing: string[] = [];
  const dirsDone = new Set<string>();
  for (const raw of paths) {
    if (!raw.startsWith('/')) throw invalidArgument(`touch: ${JSON.stringify(raw)} is not an absolute path`);
    const path = posix.normalize(raw);
    if (touchOne(root + path)) {
      touched++;
      continue;
    }
    missing.push(raw);
    const dir = posix.dirname(path);
    if (dir !== '/' && !dirsDone.has(dir)) {
      dirsDone.add(dir);
      if (touchOne(root + dir)) touched++;
    }
  }
  return { touched, missing };
}
