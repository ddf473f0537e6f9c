// Watching a bind's source for file-events.ts, behind one small interface per platform: macOS
// (FSEvents) and Windows watch a whole tree natively through fs.watch's `recursive`; on Linux
// that option walks the tree synchronously and puts an inotify watch on every file, which would
// stall a shim daemon serving other containers for seconds on a big tree (tree-watch-linux.ts
// watches directories only, found without blocking, up to a bound).
import { watch } from 'node:fs';
import { watchTreeLinux } from './tree-watch-linux.js';

export interface TreeWatch {
  /** Settles once the tree's watches are set (Linux walks it first). */
  readonly ready: Promise<void>;
  close(): void;
}

export interface TreeWatchOptions {
  /** A changed path, relative to the root ('' for the root itself); separators are the host's. */
  onChange(rel: string): void;
  /** The watch failed or stopped covering part of the tree (said once by the caller). */
  onError(err: Error): void;
}

/** Watches `root` (a file, or a directory and everything under it). */
export function watchTree(root: string, isDir: boolean, o: TreeWatchOptions): TreeWatch {
  if (isDir && process.platform === 'linux') return watchTreeLinux(root, o);
  const w = watch(root, { recursive: isDir, persistent: false }, (_event, name) => o.onChange(isDir && name ? String(name) : ''));
  w.on('error', (err) => o.onError(err));
  return { ready: Promise.resolve(), close: () => w.close() };
}
