// HostConfig.Mounts (`--mount`) checked as dockerd 28 checks them at create, in its order and
// words: first its router's gates by API version (an option of another type's, a field newer
// than the client), then its parser's ValidateMountConfig of each mount. The first error is the
// answer, as dockerd returns it (it joins errors only for NetworkingConfig). Pure.
import { posix } from 'node:path';
import { invalidArgument } from '../../common/errdefs.js';
import { atLeast } from '../version.js';
import type { MountSpec } from './types.js';

const before = (version: string, min: string) => !atLeast(version, min);
const PROPAGATION = new Set(['private', 'rprivate', 'slave', 'rslave', 'shared', 'rshared']);
/** The tmpfs options dockerd's TmpfsOptions.Options accepts (its validTmpfsOptions). */
const TMPFS_OPTIONS = new Set(['exec', 'noexec']);
const UNITS = [
  ['g', 30],
  ['m', 20],
  ['k', 10],
] as const;

/** Go's filepath.IsLocal on Unix: relative, not empty, and not climbing out with `..`. */
export function isLocal(p: string): boolean {
  if (!p || p.startsWith('/')) return false;
  const c = posix.normalize(p);
  return c !== '..' && !c.startsWith('../');
}

const given = (o: unknown) => o !== undefined && o !== null;

/** dockerd's router (postContainersCreate): what the client's API version allows. */
function checkVersion(mounts: MountSpec[], version: string): void {
  for (const m of mounts) {
    // API 1.42 and newer (tandem serves no older with Mounts options: the CLI sends none there).
    if (given(m.VolumeOptions) && m.Type !== 'volume')
      throw invalidArgument(`VolumeOptions must not be specified on mount type "${m.Type}"`);
    if (given(m.BindOptions) && m.Type !== 'bind') throw invalidArgument(`BindOptions must not be specified on mount type "${m.Type}"`);
    if (given(m.TmpfsOptions) && m.Type !== 'tmpfs') throw invalidArgument(`TmpfsOptions must not be specified on mount type "${m.Type}"`);
  }
  for (const m of mounts)
    if (before(version, '1.44') && m.Type === 'bind' && m.BindOptions?.ReadOnlyForceRecursive)
      throw invalidArgument('BindOptions.ReadOnlyForceRecursive needs API v1.44 or newer');
  for (const m of mounts)
    if (before(version, '1.45') && m.VolumeOptions?.Subpath) throw invalidArgument('VolumeOptions.Subpath needs API v1.45 or newer');
  for (const m of mounts)
    if (before(version, '1.48') && m.Type === 'image') throw invalidArgument('Mount type "Image" needs API v1.48 or newer');
}

/** dockerd's ConvertTmpfsOptions: the mount data of a tmpfs mount (ro, mode, size with a unit, the extra options). */
export function tmpfsData(o: MountSpec['TmpfsOptions'], ro: boolean): string[] {
  const out = ro ? ['ro'] : [];
  if (o?.Mode) out.push(`mode=${o.Mode.toString(8)}`);
  if (o?.SizeBytes) {
    // The largest unit that divides it, as dockerd writes it (else plain bytes).
    const unit = UNITS.find(([, shift]) => o.SizeBytes! % 2 ** shift === 0);
    out.push(unit ? `size=${o.SizeBytes / 2 ** unit[1]}${unit[0]}` : `size=${o.SizeBytes}`);
  }
  for (const opt of o?.Options ?? []) {
    if (!Array.isArray(opt) || opt.length < 1 || opt.length > 2) throw new Error('invalid option array length');
    if (!TMPFS_OPTIONS.has(opt[0])) throw new Error(`invalid option: ${opt[0]}`);
    out.push(opt.length === 1 ? opt[0] : `${opt[0]}=${opt[1]}`);
  }
  return out;
}

/** One mount's ValidateMountConfig (linux parser); the reason, or undefined. The bind source's existence is checked where it is bound. */
function reason(m: MountSpec): string | undefined {
  const target = m.Target ?? '';
  if (!target) return 'field Target must not be empty';
  if (posix.normalize(target.replaceAll('\\', '/')) === '/') return "invalid specification: destination can't be '/'";
  if (!target.replaceAll('\\', '/').startsWith('/')) return `invalid mount path: '${target}' mount path must be absolute`;
  const extra = (name: keyof MountSpec) => (given(m[name]) ? `field ${name} must not be specified` : undefined);
  switch (m.Type) {
    case 'bind': {
      if (!m.Source) return 'field Source must not be empty';
      const p = m.BindOptions?.Propagation;
      if (p && !PROPAGATION.has(p)) return `invalid propagation mode: ${p}`;
      const e = extra('VolumeOptions') ?? extra('ImageOptions');
      if (e) return e;
      if (!m.Source.startsWith('/')) return `invalid mount path: '${m.Source}' mount path must be absolute`;
      return undefined;
    }
    case 'volume': {
      const e = extra('BindOptions') ?? extra('ImageOptions');
      if (e) return e;
      const sub = m.VolumeOptions?.Subpath;
      if (sub && !m.Source) return 'must not set Subpath when using anonymous volumes';
      if (sub && !isLocal(sub)) return 'subpath must be a relative path within the volume';
      if (m.ReadOnly && !m.Source) return 'must not set ReadOnly mode when using anonymous volumes';
      return undefined;
    }
    case 'tmpfs': {
      const e = extra('BindOptions') ?? extra('ImageOptions');
      if (e) return e;
      if (m.Source) return 'field Source must not be specified';
      try {
        tmpfsData(m.TmpfsOptions, !!m.ReadOnly);
      } catch (err) {
        return (err as Error).message;
      }
      return undefined;
    }
    case 'image': {
      const e = extra('BindOptions') ?? extra('VolumeOptions');
      if (e) return e;
      if (!m.Source) return 'field Source must not be empty';
      const sub = m.ImageOptions?.Subpath;
      if (sub && !isLocal(sub)) return 'subpath must be a relative path within the volume';
      return undefined;
    }
    default:
      return 'mount type unknown';
  }
}

/**
 * Checks the request's Mounts as dockerd does before it creates anything; the warnings it gives
 * (an image mount is experimental in dockerd 28). InvalidArgument in dockerd's words.
 */
export function checkMounts(mounts: MountSpec[] | null | undefined, version: string): string[] {
  const list = mounts ?? [];
  checkVersion(list, version);
  const warnings: string[] = [];
  for (const m of list) {
    if (m.Type === 'image') warnings.push('Image mount is an experimental feature');
    const why = reason(m);
    if (why) throw invalidArgument(`invalid mount config for type "${m.Type}": ${why}`);
  }
  return warnings;
}

/**
 * A read-only bind's or volume's mode, as dockerd's oci_linux: recursively read-only (`rro`)
 * unless the client is older than 1.44 or asked `bind-recursive=writable`; whether a runtime
 * that cannot must refuse it (`bind-recursive=readonly`). Conflicting options refused as dockerd
 * refuses them at start (here at create, before anything is written).
 */
export function bindReadOnly(m: MountSpec, version: string): { recursive: boolean; force: boolean } {
  const o = m.BindOptions ?? {};
  if (!m.ReadOnly && o.ReadOnlyNonRecursive) throw invalidArgument('mount options conflict: !ReadOnly && BindOptions.ReadOnlyNonRecursive');
  if (!m.ReadOnly && o.ReadOnlyForceRecursive)
    throw invalidArgument('mount options conflict: !ReadOnly && BindOptions.ReadOnlyForceRecursive');
  if (o.ReadOnlyNonRecursive && o.ReadOnlyForceRecursive)
    throw invalidArgument('mount options conflict: ReadOnlyNonRecursive && BindOptions.ReadOnlyForceRecursive');
  // Before 1.44 every read-only bind was read-only on its top only: kept so for older clients.
  const recursive = !o.ReadOnlyNonRecursive && !before(version, '1.44');
  return { recursive, force: !!o.ReadOnlyForceRecursive };
}

/** A tmpfs mount's options as dockerd's MergeTmpfsOptions leaves them: the later of two options for one flag or key wins. */
export function mergeTmpfs(options: string[]): string[] {
  const pairs: Record<string, string> = { exec: 'noexec', suid: 'nosuid', dev: 'nodev', rw: 'ro', atime: 'noatime' };
  const key = (o: string) => {
    if (/^r?(private|shared|slave|unbindable)$/.test(o)) return 'propagation';
    const eq = o.indexOf('=');
    if (eq >= 0) return o.slice(0, eq);
    return pairs[o] ?? o; // a flag and its opposite share the key of its `no` form
  };
  const seen = new Set<string>();
  const out: string[] = [];
  for (const o of [...options].reverse()) {
    if (o === 'defaults' || seen.has(key(o))) continue;
    seen.add(key(o));
    out.unshift(o);
  }
  return out;
}

/**
 * Why a container's runtime cannot make a mount recursively read-only (dockerd's
 * supportsRecursivelyReadOnly), or undefined when it can. In the VM, crun 1.8 and runc 1.1 on the
 * guest's Linux 6.1 do (`rro`); the native executor makes binds with mount(2) alone, which has no
 * recursive read-only, so a native container (and one the shim may run natively) cannot.
 */
export function noRecursiveReadOnly(guest: boolean | 'maybe', runtime: string): string | undefined {
  if (guest === true) return undefined;
  return `rro is not supported by runtime "${runtime}" for a native container; use --runtime tandem-vm, or bind-recursive=enabled`;
}
