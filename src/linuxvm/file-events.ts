// The host's side of file events for a VM container's binds: virtiofs carries no inotify events,
// so a watcher in the container (a dev server's hot reload, `jest --watch`, nodemon, air) never
// hears of an edit made on the host (on a Mac, every linux container's `-v $PWD:/src`). The
// host's watcher (tree-watch.ts: FSEvents on macOS, inotify on Linux) names each changed path
// and the agent touches it in the container (Touch, guest/touch.ts), as Lima forwards inotify.
//
// The touch is a chmod to the path's own mode, which reaches the host file as an attribute change
// and so comes back here as an event: a path whose inode, size, mtime and mode are those last sent
// is not sent again, which ends that loop after one round.
import { lstatSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import type { SharedBind } from './share.js';
import { watchTree, type TreeWatch } from './tree-watch.js';

/** Events within this window go to the guest in one call (an editor's save is several). */
const BATCH_MS = 50;
/**
 * A path the guest did not find is touched again after this long: the guest may still hold the
 * share's negative entry for a file just made (virtiofs caches entries for 1 s), and touched its
 * directory instead the first time.
 */
const AGAIN_MS = 1100;
/** Paths remembered for the loop guard; the oldest goes first. */
const SEEN_KEPT = 10_000;
/** At most this many paths per call. */
const PER_CALL = 1000;

/** Touches paths as the container sees them (the agent's Touch); answers those it did not find. */
type Touch = (containerPaths: string[]) => Promise<{ missing: string[] }>;

/** What the loop guard compares: undefined for a path that is not there. */
function statKey(path: string): string | undefined {
  try {
    const st = lstatSync(path);
    return `${st.ino}:${st.size}:${st.mtimeMs}:${st.mode}`;
  } catch {
    return undefined;
  }
}

/** An error's message, with the fix where the host ran out of inotify watches. */
function describe(err: Error): string {
  const hint = (err as NodeJS.ErrnoException).code === 'ENOSPC' ? ' (raise fs.inotify.max_user_watches)' : '';
  return `${err.message}${hint}`;
}

export class FileEvents {
  private readonly watches: TreeWatch[] = [];
  private readonly seen = new Map<string, string>();
  private readonly pending = new Set<string>();
  /** Paths queued again by AGAIN_MS, not to be asked a third time. */
  private readonly retrying = new Set<string>();
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;
  private closed = false;
  private warned = false;

  /** Settles once every bind's watch is set (events before it may be missed). */
  readonly ready: Promise<void>;

  constructor(
    private readonly touch: Touch,
    binds: SharedBind[],
    private readonly warn: (msg: string) => void,
  ) {
    this.ready = Promise.all(binds.map((b) => this.watch(b))).then(() => undefined);
  }

  private async watch(b: SharedBind): Promise<void> {
    const failed = (err: Error) => this.warnOnce(`file events of ${b.hostPath} are not all shown in the VM: ${describe(err)}`);
    try {
      const w = watchTree(b.hostPath, b.isDir, { onChange: (rel) => this.changed(b, rel), onError: failed });
      this.watches.push(w);
      await w.ready;
    } catch (err) {
      failed(err as Error);
    }
  }

  private changed(b: SharedBind, rel: string): void {
    if (this.closed) return;
    const host = rel ? join(b.hostPath, rel) : b.hostPath;
    const inContainer = rel ? posix.join(b.containerPath, rel.split(sep).join('/')) : b.containerPath;
    const key = statKey(host);
    if (key === undefined) {
      // Gone on the host: its directory is touched, which a watcher of it rescans (the guest may
      // still find the file itself for up to a second, its entry cached, and touch that).
      this.seen.delete(host);
      if (rel) this.queue(posix.dirname(inContainer));
      return;
    }
    if (this.seen.get(host) === key) return;
    if (this.seen.size >= SEEN_KEPT) this.seen.delete(this.seen.keys().next().value!);
    this.seen.set(host, key);
    this.queue(inContainer);
  }

  private queue(path: string): void {
    if (this.closed) return;
    this.pending.add(path);
    this.timer ??= setTimeout(() => void this.flush(), BATCH_MS);
    this.timer.unref();
  }

  private async flush(): Promise<void> {
    await this.flushing;
    this.timer = undefined;
    if (this.closed || !this.pending.size) return;
    const paths = [...this.pending].slice(0, PER_CALL);
    for (const p of paths) this.pending.delete(p);
    const second = new Set(paths.filter((p) => this.retrying.delete(p)));
    this.flushing = this.touch(paths).then(
      ({ missing }) => {
        // A path not found (its directory was touched) is asked for once more, after the guest's entry cache let go of it.
        const again = missing.filter((p) => !second.has(p));
        for (const p of again) this.retrying.add(p);
        if (again.length) setTimeout(() => again.forEach((p) => this.queue(p)), AGAIN_MS).unref();
      },
      (err: Error) => this.warnOnce(`file events not shown in the VM: ${err.message}`),
    );
    await this.flushing;
    if (this.pending.size) this.queue([...this.pending][0]);
  }

  private warnOnce(msg: string): void {
    if (this.warned) return;
    this.warned = true;
    this.warn(msg);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    for (const w of this.watches) w.close();
    this.watches.length = 0;
  }
}
