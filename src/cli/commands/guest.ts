// `tandem guest build [--arch amd64|arm64] [--out DIR]`: assembles the guest VM image described by
// images/guest/guest.yml from Debian packages (see docs/guest.md) into the user's cache (or --out),
// with progress, and prints the sha256 of each output, so two builds can be compared for
// reproducibility.
import type { Command } from 'commander';
import { dirname, resolve } from 'node:path';
import { buildGuest } from '../../linuxvm/image/build.js';
import { defaultBuildOptions, pruneImages, underBuildLock } from '../../linuxvm/image/ensure.js';
import { reporter } from '../progress.js';
import { SYSTEM_COMPRESSIONS, type SystemCompression } from '../../linuxvm/image/system-image.js';
import { invalidArgument } from '../../common/errdefs.js';

interface Opts {
  arch: string;
  out?: string;
  cache?: string;
  spec?: string;
  initrdCompression: string;
  systemCompression: string;
  quiet?: boolean;
}

export function registerGuest(program: Command): void {
  const guest = program.command('guest').description('the Linux guest VM image');
  guest
    .command('build')
    .description('build the guest kernel, initramfs and system image from Debian packages')
    .option('--arch <arch>', 'guest architecture: amd64 or arm64', 'amd64')
    .option('--out <dir>', 'output directory (default: the cache, <cache>/guest/<arch>-<inputs digest>)')
    .option('--cache <dir>', 'downloaded packages (default <cache>/packages; <cache> is $TANDEM_CACHE_DIR or ~/.cache/tandem)')
    .option('--spec <dir>', 'directory holding guest.yml, debian.yml, init.sh (default images/guest)')
    .option('--initrd-compression <kind>', 'initramfs compression: none or gzip', 'none')
    .option('--system-compression <kind>', `system image (EROFS) compression: ${SYSTEM_COMPRESSIONS.join(', ')}`, 'none')
    .option('-q, --quiet', 'no progress lines')
    .action(async (o: Opts) => {
      if (o.arch !== 'amd64' && o.arch !== 'arm64') throw invalidArgument(`--arch must be amd64 or arm64, not ${o.arch}`);
      if (o.initrdCompression !== 'none' && o.initrdCompression !== 'gzip')
        throw invalidArgument('--initrd-compression must be none or gzip');
      if (!SYSTEM_COMPRESSIONS.includes(o.systemCompression as SystemCompression)) {
        throw invalidArgument(`--system-compression must be one of ${SYSTEM_COMPRESSIONS.join(', ')}`);
      }
      const epoch = process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) : 0;
      if (!Number.isInteger(epoch) || epoch < 0) throw invalidArgument('SOURCE_DATE_EPOCH must be a non-negative integer');
      const r = reporter('guest build');
      const base = defaultBuildOptions(o.arch, o.quiet ? () => {} : (msg) => r.log(msg));
      const opts = {
        ...base,
        progress: o.quiet ? undefined : r.update.bind(r),
        outDir: resolve(o.out ?? base.outDir),
        cacheDir: resolve(o.cache ?? base.cacheDir),
        specDir: resolve(o.spec ?? base.specDir),
        initrdCompression: o.initrdCompression as 'none' | 'gzip',
        systemCompression: o.systemCompression as SystemCompression,
        sourceDateEpoch: epoch,
      };
      const started = Date.now();
      // Into the cache, older images go as they do when the VM daemon builds one; never under --out.
      const { m, pruned } = await underBuildLock(dirname(base.outDir), base.arch, base.log, async () => {
        const built = await buildGuest(opts);
        return { m: built, pruned: o.out ? [] : pruneImages(dirname(opts.outDir), base.arch, opts.outDir) };
      }).finally(() => r.stop());
      process.stdout.write(
        `${opts.outDir}\n` +
          `${m.kernel.sha256}  kernel (${m.kernel.kver}, ${m.kernel.size} bytes)\n` +
          `${m.initrd.sha256}  initrd.img (${m.initrd.compression}, ${m.initrd.size} bytes)\n` +
          `${m.system.sha256}  system.img (${m.system.format} ${m.system.compression}, ${m.system.size} bytes)\n` +
          `built in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
          (pruned.length ? `removed ${pruned.length} older ${o.arch} image(s) from the cache: ${pruned.join(', ')}\n` : ''),
      );
    });
}
