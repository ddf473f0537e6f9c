// `tandem install [--dry-run]`: tandem for a containerd or dockerd the user already runs
// (src/supervisor/install.ts): merges the runtime handlers, the proxy snapshotter and (2.x on
// darwin) the unpack rule into containerd's config, the "tandem" runtime into dockerd's
// daemon.json, and writes a service for the snapshotter. Backups are kept; --dry-run prints the
// exact diff and writes nothing.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { invalidArgument } from '../../common/errdefs.js';
import { findContainerd, which } from '../../supervisor/containerd-bin.js';
import { hostArch } from '../../supervisor/instance.js';
import { applyChanges, defaultInstallPaths, diffOf, planInstall, validateWith } from '../../supervisor/install.js';

interface Opts {
  dryRun?: boolean;
  containerd?: string;
  containerdVersion?: string;
  containerdConfig: string;
  dockerdConfig?: string | false;
  service: boolean;
  serviceDir: string;
  snapshotterRoot: string;
  snapshotterAddress: string;
  vmConfig: string;
}

export function registerInstall(program: Command): void {
  const d = defaultInstallPaths(process.platform);
  program
    .command('install')
    .description('add tandem to a containerd (and dockerd) you already run: runtimes, proxy snapshotter, a snapshotter service')
    .option('--dry-run', 'print the exact diff of every file; write nothing')
    .option('--containerd <path>', 'the containerd binary (its version picks the config format; it checks the result)')
    .option('--containerd-version <x.y>', 'write for this containerd version instead of asking a binary')
    .option('--containerd-config <file>', "containerd's config", d.containerdConfig)
    .option('--dockerd-config <file>', `dockerd's daemon.json (default ${d.dockerdConfig} when dockerd is installed)`)
    .option('--no-dockerd-config', 'leave dockerd alone')
    .option('--no-service', 'write no service definition')
    .option('--service-dir <dir>', 'where the snapshotter service goes', d.serviceDir)
    .option('--snapshotter-root <dir>', "the snapshotter's root", d.snapshotterRoot)
    .option('--snapshotter-address <socket>', "the snapshotter's socket", d.snapshotterAddress)
    .option('--vm-config <file>', 'runtime config of the tandem-vm handler', d.vmConfigPath)
    .action(async (o: Opts) => {
      let version: { major: number; minor: number; path?: string };
      if (o.containerdVersion) {
        const m = /^(\d+)\.(\d+)/.exec(o.containerdVersion);
        if (!m) throw invalidArgument(`--containerd-version must look like 1.7 or 2.2, not ${o.containerdVersion}`);
        version = { major: Number(m[1]), minor: Number(m[2]), path: o.containerd };
      } else {
        version = await findContainerd(o.containerd);
      }
      const dockerd =
        o.dockerdConfig === false
          ? undefined
          : (o.dockerdConfig ?? (which('dockerd', process.env.PATH) || existsSync(d.dockerdConfig) ? d.dockerdConfig : undefined));
      const containerdConfig = resolve(o.containerdConfig);
      const changes = planInstall({
        platform: process.platform,
        arch: hostArch(),
        containerd: version,
        containerdConfig,
        dockerdConfig: dockerd && resolve(dockerd),
        serviceDir: o.service ? resolve(o.serviceDir) : undefined,
        // The drop-in goes beside the system's units only (a --service-dir elsewhere is a staging area).
        containerdDropInDir:
          o.service && d.containerdDropInDir && resolve(o.serviceDir) === d.serviceDir ? d.containerdDropInDir : undefined,
        snapshotterRoot: resolve(o.snapshotterRoot),
        snapshotterAddress: resolve(o.snapshotterAddress),
        vmConfigPath: resolve(o.vmConfig),
      });
      if (!changes.length) return void process.stdout.write('tandem is already installed: nothing to change\n');
      if (o.dryRun) {
        process.stdout.write(`${diffOf(changes)}\ndry run: nothing written (${changes.length} file(s) would change)\n`);
        return;
      }
      const cfg = changes.find((c) => c.path === containerdConfig);
      if (cfg && version.path) await validateWith(version.path, cfg.after, containerdConfig);
      const backups = applyChanges(changes);
      for (const c of changes) process.stdout.write(`wrote ${c.path}: ${c.what}\n`);
      for (const b of backups) process.stdout.write(`backup ${b}\n`);
      process.stdout.write(
        process.platform === 'darwin'
          ? 'next: sudo launchctl bootstrap system /Library/LaunchDaemons/dev.tandem.snapshotter.plist, then restart containerd\n'
          : 'next: systemctl daemon-reload && systemctl enable --now tandem-snapshotter && systemctl restart containerd\n',
      );
    });
}
