// `tandem image busybox|pause --out FILE`: writes a sample linux image (busybox) or a pod's pause
// image as an OCI archive that `ctr images import` accepts. Built locally; nothing is downloaded.
// `tandem image build --from-host` (image-build.ts) cuts an image of host paths.
import type { Command } from 'commander';
import { writeOciArchive } from '../../images/oci-archive.js';
import { BUSYBOX_IMAGE, busyboxImage } from '../../images/busybox.js';
import { PAUSE_IMAGE, pauseImage } from '../../images/pause.js';
import { nativeHelper } from '../../native/paths.js';
import { registerImageBuild } from './image-build.js';

export function registerImage(program: Command): void {
  const image = program.command('image').description('build images: samples, and cuts of host paths');
  registerImageBuild(image);
  image
    .command('busybox')
    .description('write the busybox sample image as an OCI archive')
    .requiredOption('--out <file>', 'archive to write')
    .option('--busybox <path>', 'static busybox binary', '/bin/busybox')
    .option('--arch <arch>', 'image architecture', 'amd64')
    .option('--name <ref>', 'image reference', BUSYBOX_IMAGE)
    .action(async (o: { out: string; busybox: string; arch: string; name: string }) => {
      const { manifest: digest } = await writeOciArchive(busyboxImage(o.busybox, o.arch, o.name), o.out);
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
