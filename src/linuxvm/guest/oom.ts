// Which containers the kernel's OOM killer reached, read from the kernel log (/dev/kmsg). The
// kernel writes its `oom-kill:` record, naming the victim's cgroup, before the victim dies; the
// container's own memory.events would say so too, but the runtime removes that cgroup as soon as
// the init is gone, before the agent could read it. So the agent reads the log at each init's
// exit, without blocking, and counts the kills under the container's cgroup: dockerd's
// State.OOMKilled and containerd's /tasks/oom (CRI's reason OOMKilled) come from it.
import { closeSync, constants as fsc, openSync, readSync, watch, type FSWatcher } from 'node:fs';

/** The victim's cgroup of an `oom-kill:` record (a global OOM names it too), else undefined. */
export function oomVictimCgroup(record: string): string | undefined {
  // /dev/kmsg prefixes "level,seq,usec,flags;"; a plain dmesg line has none.
  const text = record.slice(record.indexOf(';') + 1);
  if (!text.startsWith('oom-kill:')) return undefined;
  return /(?:^|,)task_memcg=([^,\s]+)/.exec(text)?.[1];
}

export class OomLog {
  private fd: number | undefined;
  private broken = false;
  private readonly kills = new Map<string, number>();
  private partial = '';

  constructor(private readonly path = '/dev/kmsg') {}

  /** Reads every record not read yet (never blocks: the log is opened non-blocking). */
  drain(): void {
    if (this.broken) return;
    try {
      this.fd ??= openSync(this.path, fsc.O_RDONLY | fsc.O_NONBLOCK);
    } catch {
      this.broken = true; // no kernel log here: no kill is ever reported, as without a cgroup
      return;
    }
    const buf = Buffer.alloc(16 * 1024);
    for (;;) {
      let n: number;
      try {
        n = readSync(this.fd, buf, 0, buf.length, null);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') continue; // records were overwritten before we read them: go on
        if (code !== 'EAGAIN') this.close();
        return;
      }
      if (n === 0) return;
      // Each read of /dev/kmsg is one record; a plain file (tests) gives many lines at once.
      const lines = (this.partial + buf.toString('utf8', 0, n)).split('\n');
      this.partial = lines.pop() ?? '';
      for (const line of lines) this.note(line);
    }
  }

  /** Kills the log has recorded in `cgroup` (as the kernel names it, e.g. /tandem/ID) or below it. */
  killsIn(cgroup: string): number {
    let sum = 0;
    for (const [path, n] of this.kills) if (path === cgroup || path.startsWith(`${cgroup}/`)) sum += n;
    return sum;
  }

  /** Forgets a removed container's kills (ids are not reused, but the map should not grow). */
  forget(cgroup: string): void {
    for (const path of [...this.kills.keys()]) if (path === cgroup || path.startsWith(`${cgroup}/`)) this.kills.delete(path);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.broken = true;
  }

  private note(line: string): void {
    const cg = oomVictimCgroup(line);
    if (cg) this.kills.set(cg, (this.kills.get(cg) ?? 0) + 1);
  }
}

/**
 * Until the log has more kills under `cgroup` than `seen`, or `exited` settles (then the count
 * as it stands). The cgroup's memory.events is the wake-up: the kernel notifies a change of it
 * (inotify) when it counts an OOM kill, after the kill's log record is written; nothing polls.
 * Without the file (no memory controller) only the exit answers.
 */
export async function waitForKills(
  log: OomLog,
  cgroup: string,
  eventsFile: string,
  exited: Promise<unknown>,
  seen: number,
): Promise<{ kills: number; exited: boolean }> {
  const count = () => {
    log.drain();
    return log.killsIn(cgroup);
  };
  let watcher: FSWatcher | undefined;
  try {
    return await new Promise((resolve) => {
      const check = () => {
        const kills = count();
        if (kills > seen) resolve({ kills, exited: false });
      };
      try {
        watcher = watch(eventsFile, check);
        watcher.on('error', () => {}); // the cgroup removed with its init: the exit answers
      } catch {}
      check(); // after the watch is set: a kill between the two is not missed
      void exited.then(() => resolve({ kills: count(), exited: true }));
    });
  } finally {
    watcher?.close();
  }
}
