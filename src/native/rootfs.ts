// Where a native container's root is and what gets mounted into it. The rootfs is, in order:
// containerd's single `bind` rootfs mount used in place (macOS: no mount at all; Linux: a
// private bind of that same directory on <bundle>/rootfs, so the container's proc/dev/volume
// mounts never appear inside the snapshot directory), other rootfs mounts (e.g. overlayfs)
// mounted on <bundle>/rootfs, or with none (ctr --rootfs) spec.root.path relative to the
// bundle, treated like the single bind. Spec mounts go to targets resolved inside the root
// with the image's symlinks followed *within* the root, so no target can escape it.
import { mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { failedPrecondition, invalidArgument, notFound } from '../common/errdefs.js';
import { isBind, type Mount, type OciMount, type OciSpec } from '../common/oci.js';
import { type MountOp, type MountPlatform } from './mount.js';

export { resolveInRoot } from '../common/in-root.js';
import { resolveInRoot } from '../common/in-root.js';

/**
 * `<bundle>/rootfs`, made as runc's shim makes it: never the bundle itself. containerd owns the
 * bundle; a Create still running after containerd crashed and the restarted one removed the bundle
 * must fail here, not make it again (a bundle nobody would ever remove).
 */
async function mkdirInBundle(dir: string): Promise<void> {
  try {
    await mkdir(dir, { mode: 0o711 });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code === 'ENOENT') throw failedPrecondition(`bundle ${path.dirname(dir)} is gone (containerd removed it): not making it again`);
    throw err;
  }
}

/** The directory the container's processes chroot into, and what must be mounted first. */
export async function locateRoot(
  bundle: string,
  spec: OciSpec,
  rootfs: Mount[],
  platform: MountPlatform,
): Promise<{ root: string; ops: MountOp[]; readonly: boolean }> {
  let dir: string;
  let ops: MountOp[] = [];
  let readonly = !!spec.root?.readonly;
  if (rootfs.length === 0 || (rootfs.length === 1 && isBind(rootfs[0]))) {
    // An existing directory: root.path (ctr --rootfs) or containerd's single bind mount.
    let source: string;
    if (rootfs.length === 0) {
      if (!spec.root?.path) throw invalidArgument('no rootfs mounts and no root.path in config.json');
      source = path.resolve(bundle, spec.root.path);
    } else {
      source = rootfs[0].source;
      if (rootfs[0].options?.includes('ro')) readonly = true;
    }
    const st = await stat(source).catch(() => null);
    if (!st) throw notFound(`rootfs ${source} does not exist`);
    if (!st.isDirectory()) throw invalidArgument(`rootfs ${source} is not a directory`);
    const target = path.join(bundle, 'rootfs');
    const priv = platform.privateRootOps(await realpath(source), target);
    if (priv) {
      await mkdirInBundle(target);
      dir = target;
      ops = priv;
    } else {
      dir = source;
    }
  } else {
    dir = path.join(bundle, 'rootfs');
    await mkdirInBundle(dir);
    ops = platform.rootfsOps(rootfs, dir);
  }
  const st = await stat(dir).catch(() => null);
  if (!st) throw notFound(`rootfs ${dir} does not exist`);
  if (!st.isDirectory()) throw invalidArgument(`rootfs ${dir} is not a directory`);
  // Canonical, so it matches what the kernel reports as a process's root (/proc/<pid>/root).
  return { root: await realpath(dir), ops, readonly };
}

/** Operations for the spec's mounts (and a read-only root), in order, for an existing root. */
export async function planSpecMounts(
  root: string,
  spec: OciSpec,
  readonly: boolean,
  platform: MountPlatform,
  log: Logger,
): Promise<MountOp[]> {
  const ro = readonly ? platform.readonlyRootOps(root) : { before: [], after: [] };
  const ops: MountOp[] = [...ro.before];
  const covered = new Set<string>();
  if (spec.mounts !== undefined && !Array.isArray(spec.mounts)) throw invalidArgument('mounts in config.json must be a list');
  for (const m of spec.mounts ?? []) {
    checkMount(m);
    const target = await resolveInRoot(root, m.destination, covered);
    if (target === root) throw invalidArgument(`mount on ${m.destination} would cover the whole root`);
    let source: { isDir: boolean } | null = null;
    if (isBind(m) && m.source) {
      const st = await stat(m.source).catch(() => null);
      source = st && { isDir: st.isDirectory() };
    }
    const res = platform.specMountOps(m, target, source);
    if ('skip' in res) {
      log.debug({ destination: m.destination, type: m.type }, `mount skipped: ${res.skip}`);
      continue;
    }
    ops.push(...res);
    covered.add(target);
  }
  return [...ops, ...ro.after];
}

/** config.json is client input: each mount must have the shape the planners read. */
function checkMount(m: unknown): asserts m is OciMount {
  const o = m as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || Array.isArray(o))
    throw invalidArgument(`a mount in config.json is ${JSON.stringify(m)}, not an object`);
  if (!o.destination || typeof o.destination !== 'string') throw invalidArgument('a mount in config.json has no destination');
  for (const k of ['type', 'source'] as const)
    if (o[k] !== undefined && typeof o[k] !== 'string') throw invalidArgument(`mount ${o.destination}: ${k} must be a string`);
  if (o.options !== undefined && (!Array.isArray(o.options) || !o.options.every((x) => typeof x === 'string')))
    throw invalidArgument(`mount ${o.destination}: options must be a list of strings`);
}
