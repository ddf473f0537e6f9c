// A multi-platform busybox image for the `--platform` tests: Debian's busybox-static for amd64
// and arm64 (from the package cache) as one OCI image index, imported with every platform.
import { join } from 'node:path';
import { writeOciIndexArchive, type ImageSpec } from '../../src/images/oci-archive.js';
import { debianBusyboxImages } from '../../src/cli/commands/image.js';
import type { Containerd } from './containerd.js';

/**
 * Imports `name` as an amd64 + arm64 index into `cd`'s namespace; returns the two images. `env`
 * gives the configs an environment of their own: without it the host's config is the sample
 * busybox's (cd.importBusybox), so the two are one image id.
 */
export async function importBusyboxIndex(cd: Containerd, name: string, opts: { env?: string[] } = {}): Promise<ImageSpec[]> {
  const tar = join(cd.dir, 'multi.tar');
  const images = await writeBusyboxIndex(tar, name, opts);
  await cd.ctrOk(['images', 'import', '--all-platforms', tar]);
  return images;
}

/** Writes `name` as an amd64 + arm64 index to the OCI archive `tar`; returns the two images. */
export async function writeBusyboxIndex(tar: string, name: string, opts: { env?: string[] } = {}): Promise<ImageSpec[]> {
  const images = (await debianBusyboxImages(['linux/amd64', 'linux/arm64'], name)).map((i) =>
    opts.env ? { ...i, env: [...(i.env ?? []), ...opts.env] } : i,
  );
  await writeOciIndexArchive({ name, images }, tar);
  return images;
}
