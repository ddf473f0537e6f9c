// The files dockerd puts in every container (HostsPath, HostnamePath, ResolvConfPath): written in
// the container's directory at create and bound over the image's own, unless the request mounts
// something at that path itself. Which container gets which is decided here.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OciMount } from '../../common/oci.js';
import { wantsHosts } from './hosts.js';
import type { ResolvPlan } from './resolv.js';
import type { CreateBody } from './types.js';
import { hostPlatform, type Platform } from '../image/oci.js';

export const ownFilePaths = (dir: string) => ({
  hosts: join(dir, 'hosts'),
  hostname: join(dir, 'hostname'),
  resolv: join(dir, 'resolv.conf'),
});

export interface OwnFiles {
  mounts: OciMount[];
  /** Annotations for the guest (the resolver's lines for the guest to complete). */
  annotations: Record<string, string>;
  hosts: boolean;
  hostname: boolean;
  resolv: boolean;
  /** The text of the resolv.conf the guest completes (a VM container without --dns). */
  guestResolv?: string;
}

/**
 * Whether a new container runs in the guest (its own UTS namespace, the guest's resolver):
 * true, false, or 'maybe' (the shim decides: a linux container of the host's architecture).
 */
export function runsInGuest(vm: boolean, platform: Platform, host = hostPlatform()): boolean | 'maybe' {
  if (vm) return true;
  if (platform.os !== 'linux') return false;
  if (host.os !== 'linux') return true;
  const native = platform.architecture === host.architecture || (host.architecture === 'amd64' && platform.architecture === '386');
  return native ? 'maybe' : true;
}

/**
 * Writes a new container's own files (hosts, hostname, resolv.conf by the plan create.ts made
 * before anything was written); `vm` as runsInGuest says.
 */
export async function writeOwnFiles(
  dir: string,
  o: { id: string; body: CreateBody; taken: OciMount[]; vm: boolean | 'maybe'; resolv: ResolvPlan | undefined },
): Promise<OwnFiles> {
  const paths = ownFilePaths(dir);
  const taken = (dest: string) => o.taken.some((m) => m.destination === dest);
  // The plan was made (and its flags checked) before anything was written: create.ts.
  const resolv = taken('/etc/resolv.conf') ? undefined : o.resolv;
  const out: OwnFiles = { mounts: [], annotations: {}, hosts: false, hostname: false, resolv: false, guestResolv: resolv?.guestLines };
  const own = async (dest: string, path: string, text: string) => {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(path, text, { mode: 0o644 });
    out.mounts.push({ destination: dest, type: 'bind', source: path, options: ['rbind', 'rw'] });
  };
  if (wantsHosts(o.body, o.vm)) {
    await own('/etc/hosts', paths.hosts, '127.0.0.1\tlocalhost\n');
    out.hosts = true;
  }
  // A VM container has a UTS namespace of its own: its /etc/hostname names it, as dockerd's do,
  // not the image's. A native one shares the host's name (no UTS namespace), so the image's file stays.
  if (o.vm === true && !taken('/etc/hostname')) {
    await own('/etc/hostname', paths.hostname, `${o.body.Hostname || o.id.slice(0, 12)}\n`);
    out.hostname = true;
  }
  if (resolv?.file !== undefined) {
    await own('/etc/resolv.conf', paths.resolv, resolv.file);
    out.resolv = true;
  }
  return out;
}
