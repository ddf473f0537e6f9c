// `tandem image busybox --out FILE`: writes the sample linux image as an OCI archive that
// `ctr images import` accepts. Built from the host's busybox-static; nothing is downloaded.
import type { Command } from 'commander';
import { writeOciArchive } from '../../images/oci-archive.js';
import { BUSYBOX_IMAGE, busyboxImage } from '../../images/busybox.js';

export function registerImage(program: Command): void {
  const image = program.command('image').description('build sample images');
  image
    .command('busybox')
    .description('write the busybox sample image as an OCI archive')
    .requiredOption('--out <file>', 'archive to write')
    .option('--busybox <path>', 'static busybox binary', '/bin/busybox')
    .option('--arch <arch>', 'image architecture', 'amd64')
    .option('--name <ref>', 'image reference', BUSYBOX_IMAGE)
    .action(async (o: { out: string; busybox: string; arch: string; name: string }) => {
      const digest = await writeOciArchive(busyboxImage(o.busybox, o.arch, o.name), o.out);
      process.stdout.write(`${o.name} ${digest}\n`);
    });
}
