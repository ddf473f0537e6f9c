// manifest.json beside a built guest: what it is made of (package versions and hashes) and what
// the backends need to boot it (kernel format, default command line). Read by the VM backends.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { failedPrecondition, notFound } from '../../common/errdefs.js';
import type { Arch } from './debian.js';

/** On the kernel command line: the image's agent launcher starts the agent from its start-up snapshot. */
export const SNAPSHOT_CMDLINE = 'tandem.snapshot=on';
/**
 * On the kernel command line (TCG only): the agent launcher starts the agent without address
 * randomization (`setarch -R`), inherited by the runtime it spawns, so each new process maps its
 * code where the last one did and QEMU finds its translations again (docs/guest.md). The agent
 * gives the containers' own processes theirs back (guest/spec.ts).
 */
export const FIXED_MAPS_CMDLINE = 'tandem.fixedmaps=on';
/** Where the image keeps util-linux's setarch (images/guest/debian.yml). */
export const SETARCH = '/usr/bin/setarch';

export interface Manifest {
  arch: Arch;
  kernel: { file: string; kver: string; format: 'elf' | 'arm64-image'; sha256: string; size: number };
  initrd: { file: string; compression: 'none' | 'gzip'; sha256: string; size: number; cpioSize: number };
  /** The read-only root the guest mounts from its first virtio disk. */
  system: { file: string; format: 'erofs'; compression: string; sha256: string; size: number };
  cmdline: string;
  /** The OCI platforms the guest runs containers of: natively, or through a registered emulator. */
  platforms?: string[];
  /**
   * The agent's start-up snapshot inside the system image (agent-snapshot.ts): its digest, or why
   * the image has none. The one file of the image that two builds do not make byte-identical.
   */
  agentSnapshot?: { sha256: string; size: number } | { missing: string };
  modules: string[];
  packages: { name: string; version: string; arch: string; sha256: string }[];
  sourceDateEpoch: number;
  /** Digest of the repository inputs (description + agent code): a changed value means stale. */
  inputs: string;
}

export function writeManifest(path: string, m: Manifest): void {
  writeFileSync(path, JSON.stringify(m, null, 2) + '\n');
}

/** Reads <imageDir>/manifest.json, with clear errors for a missing or foreign image. */
export function readManifest(imageDir: string): Manifest {
  const path = join(imageDir, 'manifest.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw notFound(`no guest image at ${imageDir} (build it with "tandem guest build")`, err);
  }
  const m = JSON.parse(text) as Manifest;
  if (!m.kernel?.file || !m.initrd?.file || !m.system?.file || !m.arch) throw failedPrecondition(`${path} is not a tandem guest manifest`);
  return m;
}
