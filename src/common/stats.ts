// A container's resource usage: shared by the executors and the guest agent (which reports it
// from the container's cgroup), so it lives on the ground floor the guest may import.

/** One process of a container as `docker top` shows it (the guest's view for a VM container). */
export interface ProcessDetail {
  pid: number;
  ppid: number;
  uid: number;
  /** Milliseconds since it started. */
  ageMs: number;
  /** User + system CPU time, in milliseconds. */
  cpuMs: number;
  /** `pts/0`, or '' without a controlling terminal. */
  tty: string;
  cmd: string;
}

/** A container's resource usage, in the units of cgroup v2's stats. */
export interface ContainerStats {
  pids: number;
  userUsec: number;
  systemUsec: number;
  /** Resident memory of all processes (anon + file). */
  memoryBytes: number;
  anonBytes: number;
  fileBytes: number;
  /** The most the container may use: its memory limit, or its machine's memory (absent: the host's). */
  limitBytes?: number;
  /** Page cache the kernel would drop first (cgroup v2 memory.stat inactive_file), when known. */
  inactiveFileBytes?: number;
}
