// What the agent reads of the guest it runs in, once at start or per call: files /init creates,
// the mount table, the tools on PATH, the running kernel. Kept apart from the RPC handlers
// (agent.ts) so they can be read and tested without an Agent.
import { accessSync, constants as fsc, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { unavailable } from '../../common/errdefs.js';

/** Resolves once `path` exists (polled: /init creates it once), rejects after `ms`. */
export async function untilFile(path: string, ms: number): Promise<void> {
  const deadline = performance.now() + ms;
  while (!existsSync(path)) {
    if (performance.now() > deadline)
      throw unavailable(
        `the guest's late boot steps did not finish within ${ms / 1000} s (no ${path}): the guest's boot log names the step`,
      );
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Whether / is the kernel's initial rootfs itself (the namespace root: mount id = parent id),
 * which pivot_root can never leave. A bind mount of it moved onto / (what the guest's /init
 * does) is fine, so the type alone ("rootfs") does not decide.
 */
export function rootIsInitramfs(mountinfo: string): boolean {
  for (const line of mountinfo.split('\n')) {
    const f = line.split(' ');
    const sep = f.indexOf('-');
    if (f[4] === '/' && sep > 0 && f[sep + 1] === 'rootfs' && f[0] === f[1]) return true;
  }
  return false;
}

/**
 * Whether runc must run with --no-pivot (the root is the initramfs), read once at start. Read
 * without the thread pool (a /proc file never waits on a device): its start costs ~0.15 s under TCG.
 */
export function detectNoPivot(): boolean {
  try {
    return rootIsInitramfs(readFileSync('/proc/self/mountinfo', 'utf8'));
  } catch {
    return false;
  }
}

/**
 * The executable `cmd` on PATH, looked up with stat calls: a `sh -c 'command -v'` per tool cost
 * the agent's start-up a process spawn each under TCG.
 */
export function which(cmd: string, path = process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin'): string | undefined {
  for (const dir of path.split(':')) {
    if (!dir) continue;
    const p = join(dir, cmd);
    try {
      accessSync(p, fsc.X_OK);
      if (statSync(p).isFile()) return p;
    } catch {}
  }
  return undefined;
}

/**
 * The running kernel's release. Not os.release(): Node 18's os module reads it once, when the
 * module is loaded, and in the start-up snapshot that was at image build, under qemu-user on the
 * build host (the agent said the host's kernel).
 */
export function kernelRelease(): string {
  try {
    return readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim();
  } catch {
    return os.release();
  }
}

/** The guest's machine (x86_64, aarch64), as the kernel says it. */
export function guestArch(): string {
  return os.machine?.() ?? process.arch;
}
