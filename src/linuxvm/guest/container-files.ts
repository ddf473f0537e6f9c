// What a guest container reads and makes around its runtime: the guest's /dev, resolver and
// seccomp profile, the create/start handshake's FIFOs, and small files of the bundle (on the
// guest's tmpfs) and /proc. Each is synchronous or a single call: see readSmall.
import { execFile } from 'node:child_process';
import { lstatSync, promises as fsp, readdirSync, readFileSync, statSync } from 'node:fs';
import { release } from 'node:os';
import { promisify } from 'node:util';
import type { DevFs } from './devices.js';
import type { AgentTools } from './process.js';
import { DEFAULT_PROFILE } from './seccomp.js';

// Bound at call time: the agent may start from a snapshot that cannot hold child_process (snapshot.ts).
const run = (file: string, args: string[]) => promisify(execFile)(file, args);

export const statOrUndefined = (path: string) => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/** What a seccomp profile's rules are read for: this guest (guest/seccomp.ts). */
export const GUEST_TARGET = { arch: process.arch === 'arm64' ? 'arm64' : 'amd64', kernel: release() } as const;
export const readDefaultProfile = () => {
  try {
    return readFileSync(DEFAULT_PROFILE, 'utf8');
  } catch {
    return undefined;
  }
};

/** The guest's /dev as guestDevices reads it (an entry gone meanwhile is skipped). */
export const DEV_FS: DevFs = {
  readdir: (dir) => readdirSync(dir, { withFileTypes: true }),
  lstat: (path) => {
    try {
      return lstatSync(path);
    } catch {
      return undefined;
    }
  },
};

/** The guest's own resolver configuration (/init or its DHCP client wrote it); none: empty. */
export function readGuestResolv(): string {
  try {
    return readFileSync('/etc/resolv.conf', 'utf8');
  } catch {
    return '';
  }
}

/** The two FIFOs of the create/start handshake: from the pool, or one mkfifo when it fails. */
export async function makeHandshakeFifos(tools: AgentTools, created: string, gate: string): Promise<void> {
  try {
    if (!tools.fifos) throw new Error('no pool');
    await tools.fifos.place(created);
    await tools.fifos.place(gate);
  } catch {
    await fsp.rm(created, { force: true });
    await run('mkfifo', [created, gate]);
  }
}

/**
 * The init's name in /proc. Until it execs the container's program the init is the runtime's own
 * code (runc's re-exec'd `runc:[2:INIT]`, crun's clone `crun`), and it stays so while our
 * createRuntime hook holds the runtime, so the name read at create time is the "not started yet"
 * value whatever the runtime. (Not /proc/<pid>/exe: runc's view of its own binary changes when
 * the init pivots into the rootfs, before the exec.) A program named like the runtime's init is
 * seen as started only when it exits.
 */
export function procComm(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8');
  } catch {
    return null;
  }
}

/**
 * A file of the bundle, which lives on the guest's tmpfs, and /proc: read and written without
 * node's thread pool. Under TCG each hand-off to a pool thread and back costs milliseconds, and a
 * warm start made a dozen of them; these calls never wait on a device.
 */
export function readSmall(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
