// What the Task service remembers of ids it holds no task for, so a containerd that restarted
// and reloads its bundles gets answers that let it clean up (task-service.ts: Connect, State,
// Wait, Delete).
//
// `gone`: ids whose last Create failed or whose task was deleted, until a new Create of the id
// (kept after the `delete` action too: containerd runs it when it closes the task's connection,
// and may be killed before it removes the bundle). containerd 1.6 reloads every bundle after a
// crash (also one it was about to remove) and keeps the task if Connect answers; answering
// NotFound for these makes it run the `delete` action and remove the bundle instead of holding
// a task that is not there (and a connection).
//
// `unclaimed`: ids Connect answered without a task or a Create under way, with when. containerd
// 1.6, restarted after dying between `shim start` and the Create, keeps such a task (Connect
// answered); without an answer for it, its State is NotFound, `ctr tasks delete` fails and the
// bundle stays for good. Until a Create claims the id, it is reported as a task that stopped
// (exit 255, as containerd reports a shim it lost), so a delete removes it and its bundle.

/** How many ids of each kind are remembered (each is one short string); the oldest go first. */
const KEPT = 1024;
/** The exit status containerd itself gives a task whose shim it lost. */
export const UNCLAIMED_EXIT = 255;

export class LostTasks {
  private readonly gone = new Set<string>();
  private readonly unclaimed = new Map<string, Date>();

  /** A Create of `id` began: whatever was remembered of it no longer holds. */
  creating(id: string): void {
    this.gone.delete(id);
    this.unclaimed.delete(id);
  }

  /** `id`'s Create failed, or its task was deleted. */
  forget(id: string): void {
    this.unclaimed.delete(id);
    makeRoom(this.gone);
    this.gone.add(id);
  }

  isGone(id: string): boolean {
    return this.gone.has(id);
  }

  /** Connect answered for an id with no task and no Create under way. */
  connected(id: string): void {
    if (this.unclaimed.has(id)) return;
    makeRoom(this.unclaimed);
    this.unclaimed.set(id, new Date());
  }

  /** When Connect first answered for `id` while nothing claimed it, if so. */
  unclaimedAt(id: string): Date | undefined {
    return this.unclaimed.get(id);
  }
}

function makeRoom(ids: Set<string> | Map<string, unknown>): void {
  if (ids.size >= KEPT) ids.delete(ids.keys().next().value!);
}
