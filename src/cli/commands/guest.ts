// `tandem guest build [--arch amd64|arm64] [--out DIR]`: assembles the guest VM image described by
// images/guest/guest.yml from Debian packages (see docs/guest.md) and prints the sha256 of each
// output, so two builds can be compared for reproducibility.
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { buildGuest } from '../../linuxvm/image/build.js';
import { invalidArgument } from '../../common/errdefs.js';
import { SQUASHFS_COMPRESSIONS, type SquashfsCompression } from '../../linuxvm/image/squashfs.js';

// dist/cli/commands/guest.js → the repository root.
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

interface Opts {
  arch: string;
  out?: string;
  cache: string;
  spec: string;
  initrdCompression: 'none' | 'gzip';
  systemCompression: string;
  quiet?: boolean;
}

export function registerGuest(program: Command): void {
  const guest = program.command('guest').description('the Linux guest VM image');
  guest
    .command('build')
    .description('build the guest kernel + initramfs from Debian packages')
    .option('--arch <arch>', 'guest architecture: amd64 or arm64', 'amd64')
    .option('--out <dir>', 'output directory (default images/out/guest-<arch>)')
    .option('--cache <dir>', 'downloaded packages', resolve(REPO, 'images/out/cache'))
    .option('--spec <dir>', 'directory holding guest.yml, debian.yml, init.sh', resolve(REPO, 'images/guest'))
    .option('--initrd-compression <kind>', 'initramfs compression: none or gzip', 'none')
    .option('--system-compression <kind>', `system image (squashfs) compression: ${SQUASHFS_COMPRESSIONS.join(', ')}`, 'none')
    .option('-q, --quiet', 'no progress lines')
    .action(async (o: Opts) => {
      if (o.arch !== 'amd64' && o.arch !== 'arm64') throw invalidArgument(`--arch must be amd64 or arm64, not ${o.arch}`);
      if (o.initrdCompression !== 'none' && o.initrdCompression !== 'gzip') throw invalidArgument('--initrd-compression must be none or gzip');
      if (!SQUASHFS_COMPRESSIONS.includes(o.systemCompression as SquashfsCompression)) throw invalidArgument(`--system-compression must be one of ${SQUASHFS_COMPRESSIONS.join(', ')}`);
      const epoch = process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) : 0;
      if (!Number.isInteger(epoch) || epoch < 0) throw invalidArgument('SOURCE_DATE_EPOCH must be a non-negative integer');
      const outDir = resolve(o.out ?? resolve(REPO, `images/out/guest-${o.arch}`));
      const started = Date.now();
      const m = await buildGuest({
        arch: o.arch,
        specDir: resolve(o.spec),
        repoDir: REPO,
        outDir,
        cacheDir: resolve(o.cache),
        initrdCompression: o.initrdCompression,
        systemCompression: o.systemCompression as SquashfsCompression,
        sourceDateEpoch: epoch,
        log: o.quiet ? () => {} : (msg) => process.stderr.write(`guest build: ${msg}\n`),
      });
      process.stdout.write(
        `${outDir}\n` +
          `${m.kernel.sha256}  kernel (${m.kernel.kver}, ${m.kernel.size} bytes)\n` +
          `${m.initrd.sha256}  initrd.img (${m.initrd.compression}, ${m.initrd.size} bytes)\n` +
          `${m.system.sha256}  system.img (squashfs ${m.system.compression}, ${m.system.size} bytes)\n` +
          `built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
    });
}
