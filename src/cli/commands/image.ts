// `tandem image busybox|pause --out FILE`: writes a sample linux image (busybox) or a pod's pause
// image as an OCI archive that `ctr images import` accepts. busybox comes from the host's
// busybox-static by default (nothing downloaded); with --platform from Debian's busybox-static of
// each architecture (apt-get download into the package cache), several platforms making one
// multi-platform index (import it with `ctr images import --all-platforms`).
// `tandem image build --from-host` (image-build.ts) cuts an image of host paths.
import type { Command } from 'commander';
import { dirname } from 'node:path';
import { writeOciArchive, writeOciIndexArchive, type ImageSpec } from '../../images/oci-archive.js';
import { BUSYBOX_IMAGE, busyboxApplets, busyboxImage } from '../../images/busybox.js';
import { PAUSE_IMAGE, pauseImage } from '../../images/pause.js';
import { nativeHelper } from '../../native/paths.js';
import { hostPlatform, parsePlatform } from '../../common/platform.js';
import { invalidArgument } from '../../common/errdefs.js';
import { debianBusybox, type Arch } from '../../linuxvm/image/debian.js';
import { packageCacheDir } from '../../linuxvm/image/ensure.js';

const ARCHES: Arch[] = ['amd64', 'arm64'];

/** One image per platform, each from Debian's busybox-static of that architecture, one version. */
export async function debianBusyboxImages(
  platforms: string[],
  name: string,
  cacheDir = dirname(packageCacheDir('amd64')), // DebianCache adds /<arch>
): Promise<ImageSpec[]> {
  const host = hostPlatform().architecture as Arch;
  if (!ARCHES.includes(host)) throw invalidArgument(`no Debian busybox for this host's architecture ${host}`);
  const native = await debianBusybox(cacheDir, host);
  const applets = busyboxApplets(native.path); // the same version on every architecture
  const out: ImageSpec[] = [];
  for (const p of platforms.map(parsePlatform)) {
    if (p.os !== 'linux' || !ARCHES.includes(p.architecture as Arch))
      throw invalidArgument(`--platform ${p.os}/${p.architecture}: busybox images are built for linux/amd64 and linux/arm64`);
    const b = p.architecture === host ? native : await debianBusybox(cacheDir, p.architecture as Arch, native.version);
    out.push(busyboxImage(b.path, p.architecture, name, applets));
  }
  return out;
}
import { registerImageBuild } from './image-build.js';

export function registerImage(program: Command): void {
  const image = program.command('image').description('build images: samples, and cuts of host paths');
  registerImageBuild(image);
  image
    .command('busybox')
    .description('write the busybox sample image as an OCI archive')
    .requiredOption('--out <file>', 'archive to write')
    .option('--busybox <path>', 'static busybox binary (without --platform)', '/bin/busybox')
    .option('--arch <arch>', 'image architecture (without --platform)', 'amd64')
    .option('--platform <list>', "comma-separated linux/amd64,linux/arm64: Debian's busybox-static of each; several make an index")
    .option('--name <ref>', 'image reference', BUSYBOX_IMAGE)
    .action(async (o: { out: string; busybox: string; arch: string; platform?: string; name: string }) => {
      let digest: string;
      if (!o.platform) digest = (await writeOciArchive(busyboxImage(o.busybox, o.arch, o.name), o.out)).manifest;
      else {
        const images = await debianBusyboxImages(o.platform.split(','), o.name);
        digest =
          images.length === 1
            ? (await writeOciArchive(images[0]!, o.out)).manifest
            : await writeOciIndexArchive({ name: o.name, images }, o.out);
      }
      process.stdout.write(`${o.name} ${digest}\n`);
    });
  image
    .command('pause')
    .description("write a pod sandbox's pause image (native/tandem-pause, static) as an OCI archive")
    .requiredOption('--out <file>', 'archive to write')
    .option('--pause <path>', 'static pause binary', nativeHelper('tandem-pause'))
    .option('--name <ref>', 'image reference', PAUSE_IMAGE)
    .action(async (o: { out: string; pause: string; name: string }) => {
      const arch = process.arch === 'x64' ? 'amd64' : process.arch;
      const { manifest: digest } = await writeOciArchive(pauseImage(o.pause, arch, o.name, process.platform), o.out);
      process.stdout.write(`${o.name} ${digest}\n`);
    });
}
