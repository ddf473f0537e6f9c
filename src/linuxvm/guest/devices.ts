// `docker run --device` for a VM container (ANNOTATION_DEVICES): the devices are the guest's,
// looked up here by path and added to the spec as runc takes them, a device node of the same
// numbers in the container and a cgroup rule that lets it be used, as dockerd does for the host's.
import type { Stats } from 'node:fs';
import { failedPrecondition, invalidArgument } from '../../common/errdefs.js';
import { ANNOTATION_DEVICES, type OciSpec } from '../../common/oci.js';

export interface DeviceRequest {
  path: string;
  container: string;
  access: string;
}

/** The annotation's list, checked: absolute paths, access a subset of rwm. */
export function parseDevices(value: string): DeviceRequest[] {
  let list: unknown;
  try {
    list = JSON.parse(value);
  } catch {
    throw invalidArgument(`annotation ${ANNOTATION_DEVICES}: not JSON`);
  }
  if (!Array.isArray(list)) throw invalidArgument(`annotation ${ANNOTATION_DEVICES}: want a list of {path, container, access}`);
  return list.map((d: Partial<DeviceRequest>) => {
    const ok =
      typeof d?.path === 'string' &&
      typeof d.container === 'string' &&
      typeof d.access === 'string' &&
      [d.path, d.container].every((p) => p.startsWith('/') && !p.split('/').includes('..')) &&
      /^[rwm]{1,3}$/.test(d.access);
    if (!ok)
      throw invalidArgument(
        `annotation ${ANNOTATION_DEVICES}: ${JSON.stringify(d)} is not {path, container, access} with absolute paths and access of rwm`,
      );
    return d as DeviceRequest;
  });
}

/** Linux's dev_t split (glibc's major()/minor()). */
export function devNumbers(rdev: number): { major: number; minor: number } {
  const hi = Math.floor(rdev / 2 ** 32);
  const lo = rdev >>> 0;
  return { major: ((lo >>> 8) & 0xfff) | ((hi & 0xfffff000) >>> 0), minor: (lo & 0xff) | ((lo >>> 12) & 0xfff00) };
}

/** Adds the requested guest devices to the spec; one that is not a device of the guest fails the create. */
export function withDevices(spec: OciSpec, requests: DeviceRequest[], stat: (path: string) => Stats | undefined): OciSpec {
  if (!requests.length) return spec;
  const linux = { ...(spec.linux ?? {}) } as Record<string, unknown>;
  const devices = [...((linux.devices as unknown[]) ?? [])];
  const resources = { ...((linux.resources as Record<string, unknown>) ?? {}) };
  const rules = [...((resources.devices as unknown[]) ?? [])];
  for (const r of requests) {
    const st = stat(r.path);
    if (!st || !(st.isCharacterDevice() || st.isBlockDevice()))
      throw failedPrecondition(
        `--device ${r.path}: the guest VM has no such device (a VM container's devices are the guest's, not the host's)`,
      );
    const type = st.isCharacterDevice() ? 'c' : 'b';
    const { major, minor } = devNumbers(st.rdev);
    devices.push({ path: r.container, type, major, minor, fileMode: st.mode & 0o777, uid: 0, gid: 0 });
    rules.push({ allow: true, type, major, minor, access: r.access });
  }
  linux.devices = devices;
  linux.resources = { ...resources, devices: rules };
  return { ...spec, linux: linux as OciSpec['linux'] };
}

/** A device node found under the guest's /dev. */
export interface DeviceNode {
  path: string;
  stat: Stats;
}

/** What guestDevices reads (node:fs's readdirSync and lstatSync; fakes in tests). */
export interface DevFs {
  readdir(dir: string): { name: string; isDirectory(): boolean }[];
  lstat(path: string): Stats | undefined;
}

/** Directories of /dev that hold no devices of a container's own (runc's list for privileged containers). */
const SKIPPED_DIRS = new Set(['pts', 'shm', 'fd', 'mqueue', '.lxc', '.lxd-mounts', '.udev']);

/**
 * Every character and block device under dir, as runc's device walk finds them for a privileged
 * container: symbolic links, FIFOs and the console left out.
 */
export function guestDevices(dir: string, fs: DevFs): DeviceNode[] {
  const out: DeviceNode[] = [];
  for (const e of fs.readdir(dir)) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) out.push(...guestDevices(path, fs));
      continue;
    }
    if (e.name === 'console') continue;
    const stat = fs.lstat(path);
    if (stat && (stat.isCharacterDevice() || stat.isBlockDevice()) && stat.rdev !== 0) out.push({ path, stat });
  }
  return out;
}

/**
 * `--privileged` (ANNOTATION_PRIVILEGED): every guest device as a node of the container, at the
 * same path, owner and mode (the spec's cgroup rule already allows them all); nodes the spec
 * names already stay as they are.
 */
export function withAllDevices(spec: OciSpec, nodes: DeviceNode[]): OciSpec {
  const devices = [...(((spec.linux as Record<string, unknown> | undefined)?.devices as { path: string }[]) ?? [])];
  const have = new Set(devices.map((d) => d.path));
  for (const { path, stat } of nodes) {
    if (have.has(path)) continue;
    const { major, minor } = devNumbers(stat.rdev);
    devices.push({
      path,
      type: stat.isCharacterDevice() ? 'c' : 'b',
      major,
      minor,
      fileMode: stat.mode & 0o777,
      uid: stat.uid,
      gid: stat.gid,
    } as {
      path: string;
    });
  }
  return { ...spec, linux: { ...(spec.linux ?? {}), devices } as OciSpec['linux'] };
}
