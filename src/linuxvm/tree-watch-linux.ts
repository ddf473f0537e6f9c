// A directory tree watched on Linux: one inotify watch (fs.watch) per directory, which names the
// entries that change in it, found by an asynchronous walk that never blocks the shim's event
// loop for long, and extended as directories appear. Bounded: a bind of a huge tree (`-v /:/host`)
// gets its first MAX_DIRS directories watched and one error saying so, not a stalled shim or an
// exhausted fs.inotify.max_user_watches.
import { watch, type FSWatcher } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { TreeWatch, TreeWatchOptions } from './tree-watch.js';

/** Directories watched per tree at most. */
export const MAX_DIRS = 4096;

export function watchTreeLinux(root: string, o: TreeWatchOptions, maxDirs = MAX_DIRS): TreeWatch {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  let capped = false;

  /** Watches `dir` and the directories under it; `fresh`: it appeared after the walk, and so did what it holds. */
  const add = async (dir: string, fresh = false): Promise<void> => {
    if (closed || watchers.has(dir)) return;
    if (watchers.size >= maxDirs) {
      if (!capped) o.onError(new Error(`only the first ${maxDirs} directories under ${root} are watched`));
      capped = true;
      return;
    }
    let w: FSWatcher;
    try {
      w = watch(dir, { persistent: false }, (_event, name) => {
        const path = name ? join(dir, String(name)) : dir;
        o.onChange(relative(root, path));
        // A directory made (or moved) here gets watched too, and what it already holds.
        if (name) void addIfDir(path);
      });
    } catch (err) {
      // Gone meanwhile.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') o.onError(err as Error);
      return;
    }
    w.on('error', () => {
      w.close();
      watchers.delete(dir);
    });
    watchers.set(dir, w);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      // What a new directory held before its watch was set is news too (a `mkdir -p a/b && touch a/b/c`).
      if (fresh) o.onChange(relative(root, join(dir, e.name)));
      if (e.isDirectory() && !e.isSymbolicLink()) await add(join(dir, e.name), fresh);
    }
  };

  const addIfDir = async (path: string): Promise<void> => {
    const st = await lstat(path).catch(() => undefined);
    if (st?.isDirectory()) await add(path, true).catch(() => {});
  };

  const ready = add(root).catch((err: Error) => o.onError(err));
  return {
    ready,
    close() {
      closed = true;
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
