// Finding a native container's processes, behind a per-OS implementation. Without
// namespaces "the container" is: every process whose root is the container's root (Linux can
// see that, which also catches processes that left the group with setsid) plus every process
// in one of the container's process groups (each process of ours starts a session of its own).
import { unimplemented } from '../common/errdefs.js';

export interface ProcessTable {
  /** Pids of the container's processes (never the caller itself). */
  members(root: string, pgids: number[]): Promise<number[]>;
  /** CPU time and resident memory of these processes, summed (those gone are skipped). */
  usage(pids: number[]): Promise<Usage>;
}

export interface Usage {
  userUsec: number;
  systemUsec: number;
  rssBytes: number;
  anonBytes: number;
  fileBytes: number;
}

export async function processTable(platform = process.platform): Promise<ProcessTable> {
  if (platform === 'linux') return new (await import('./procs-linux.js')).LinuxProcessTable();
  if (platform === 'darwin') return new (await import('./procs-darwin.js')).DarwinProcessTable();
  throw unimplemented(
    `native containers are not supported on ${platform}: use the VM executor (annotation io.containerd.tandem.runtime=vm)`,
  );
}

/** Signals pids, ignoring those that are already gone. */
export function signalAll(pids: number[], signal: number | NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {}
  }
}

/** SIGKILLs the container's processes until none is left (or the deadline passes). */
export async function killUntilGone(table: ProcessTable, root: string, pgids: number[], deadlineMs = 5000): Promise<number[]> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const left = await table.members(root, pgids);
    if (!left.length || Date.now() > end) return left;
    signalAll(left, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 10));
  }
}
