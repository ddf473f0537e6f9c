// How a VM container's files reach the guest: the snapshot (rootfs) and the spec's bind mounts
// (volumes) become paths under the VM's host share, and the spec is rewritten to those guest
// paths. The platform decides how (share-linux.ts: bind mounts into one shared directory;
// share-darwin.ts: bindfs mounts into one shared directory). What was mounted is recorded in the bundle
// (BundleRecord) so a fresh `shim delete` process can undo it.
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Logger } from 'pino';
import type { Mount, OciMount, OciSpec } from '../common/oci.js';
import { readJson, writeJsonAtomic } from '../common/json-file.js';
import type { VmConfig } from './backends/vm-backend.js';

export type ShareKind = '9p' | 'virtiofs';

/** The VM's share as both sides see it. */
export interface ShareLayout {
  tag: string;
  /** Host directory that is shared. */
  hostDir: string;
  /** Where the guest's /init mounts it. */
  guestDir: string;
}

export const guestShareDir = (tag: string) => `/run/tandem/shares/${tag}`;

/** What the VM path left on the host for one container (in <bundle>/tandem-vm.json). */
export interface BundleRecord {
  guestId: string;
  /** The VM directory of the daemon that ran it (for the VM's pidfile). */
  vmDir: string;
  /** Host mount points, in the order they were mounted. */
  mounts: string[];
  /** Directories to remove after unmounting. */
  dirs: string[];
}

export const BUNDLE_RECORD = 'tandem-vm.json';

export function writeRecord(bundle: string, r: BundleRecord): Promise<void> {
  return writeJsonAtomic(join(bundle, BUNDLE_RECORD), r);
}

export function readRecord(bundle: string): Promise<BundleRecord | undefined> {
  return readJson<BundleRecord>(join(bundle, BUNDLE_RECORD));
}

export interface PreparedPaths {
  /** The container's root in the guest. */
  rootfs: string;
  /** The spec with bind sources rewritten to guest paths. */
  spec: OciSpec;
  /** Host unix sockets bound into the container: the agent listens in their place (socket-forward.ts). */
  sockets: ForwardedSocket[];
  /** The container's binds of host files and directories, and where the container sees each (file-events.ts). */
  binds: SharedBind[];
}

export interface SharedBind {
  hostPath: string;
  /** The bind's destination in the container. */
  containerPath: string;
  isDir: boolean;
}

/** A host socket bound into a VM container, and where the guest listens for it. */
export interface ForwardedSocket {
  hostPath: string;
  guest: { path: string; mode: number; uid: number; gid: number };
}

/** Where the agent listens for forwarded sockets: a guest tmpfs, not the share. */
export const GUEST_SOCKETS_DIR = '/run/tandem/sockets';

/** Where the guest listens for a container's `index`-th forwarded socket. */
export function guestSocketPath(guestId: string, index: number): string {
  return `${GUEST_SOCKETS_DIR}/${createHash('sha256').update(guestId).digest('hex').slice(0, 16)}/${index}`;
}

/**
 * A bind mount of a host unix socket, turned into a forwarded one: a share carries the socket's
 * file, never its connections. The guest path is short (sun_path holds 107 bytes, a guest id up
 * to 200), so the container's id is hashed into it.
 */
export function forwardSocket(m: OciMount, st: Stats, guestId: string, index: number): { mount: OciMount; socket: ForwardedSocket } {
  const path = guestSocketPath(guestId, index);
  return {
    mount: { ...m, source: path },
    socket: { hostPath: m.source!, guest: { path, mode: st.mode & 0o7777, uid: st.uid, gid: st.gid } },
  };
}

/** What `prepare` gets: the container's bundle, spec and rootfs, and its record (saved as mounts are made). */
export interface PrepareArgs {
  bundle: string;
  spec: OciSpec;
  rootfs: Mount[];
  record: BundleRecord;
  save: () => Promise<void>;
  log: Logger;
}

export interface SharePlatform {
  /** The shares the VM must be started with. */
  vmShares(kind: ShareKind): VmConfig['shares'];
  readonly layout: ShareLayout;
  /** Once, before any container: whatever the share directory needs for this kind of share. */
  setup(kind: ShareKind): Promise<void>;
  /** At shutdown: undoes setup() when no container mount is left. */
  teardown(): Promise<void>;
  /** The same, synchronously (from a process 'exit' handler). */
  teardownSync?(): void;
  /** Makes rootfs and volumes visible in the guest, recording each mount in `record` as it goes. */
  prepare(p: PrepareArgs): Promise<PreparedPaths>;
  /** Undoes what `prepare` recorded (also from a fresh process). */
  release(record: BundleRecord, log: Logger): Promise<void>;
}

/** The host path of the spec's root (relative paths are relative to the bundle). */
export function specRoot(bundle: string, spec: OciSpec): string {
  const p = spec.root?.path ?? 'rootfs';
  return isAbsolute(p) ? p : join(bundle, p);
}

export async function sharePlatform(platform: NodeJS.Platform, vmDir: string): Promise<SharePlatform> {
  if (platform === 'darwin') return new (await import('./share-darwin.js')).DarwinShare(join(vmDir, 'share'));
  return new (await import('./share-linux.js')).LinuxShare(join(vmDir, 'share'));
}
