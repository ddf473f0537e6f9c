// `tandem image build --from-host`: an image of host paths and what they need to load, as one
// layer (src/images/from-host/collect.ts) on the host system of the image's platform
// (system.ts). Only the host's own OS can be cut; the architecture may differ when the listed
// binaries are of that architecture (a multiarch Debian's arm64 busybox, say).
import { posix } from 'node:path';
import type { ImageSpec } from '../oci-archive.js';
import { HostTree } from './collect.js';
import { hostSystem } from './system.js';

export interface FromHostOptions {
  /** Absolute host paths, each copied to the same path in the image. */
  paths: string[];
  /** Full image name (docker.io/library/x:latest). */
  name: string;
  platform: { os: string; architecture: string; variant?: string };
  workdir?: string;
  cmd?: string[];
  entrypoint?: string[];
  env?: string[];
  /** Fixed mtime of every entry and the config's `created` (default the epoch); ignored per entry with hostMtimes. */
  created?: Date;
  hostMtimes?: boolean;
  note?: (msg: string) => void;
}

const DEFAULT_PATH: Record<string, string> = {
  linux: 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  darwin: 'PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin',
};

export async function fromHostImage(o: FromHostOptions): Promise<ImageSpec> {
  const system = await hostSystem(o.platform.os, o.platform.architecture);
  const entries = await HostTree.collect(o.paths, { system, hostMtimes: o.hostMtimes, note: o.note });
  const workdir = o.workdir && posix.normalize(o.workdir).replace(/(.)\/$/, '$1');
  if (workdir && workdir !== '/' && !entries.some((e) => e.path === workdir)) {
    entries.push({ type: 'directory', path: workdir, mode: 0o755 });
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
  const env = o.env ?? [];
  return {
    name: o.name,
    os: o.platform.os,
    architecture: o.platform.architecture,
    variant: o.platform.variant,
    layers: [entries],
    env: env.some((e) => e.startsWith('PATH=')) ? env : [DEFAULT_PATH[o.platform.os] ?? DEFAULT_PATH.linux!, ...env],
    cmd: o.cmd ?? [],
    entrypoint: o.entrypoint,
    workingDir: workdir,
    created: o.created,
  };
}
