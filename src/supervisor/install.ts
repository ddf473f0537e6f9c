// `tandem install`: tandem for a containerd (and dockerd) the user already runs. The plan is a
// list of file changes: containerd's config (runtime handlers, proxy snapshotter, the darwin
// unpack rule on 2.x), dockerd's daemon.json (runtime "tandem"), the `tandem-vm` runtime config,
// a service for the snapshotter (systemd unit or launchd plist) and, on Linux, a containerd
// drop-in that puts the shim on its PATH. Existing files are merged (install-merge.ts), a backup
// of each is kept, and a dry run prints the exact diff.
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { failedPrecondition } from '../common/errdefs.js';
import type { TandemEntries } from './containerd-config.js';
import { mergeContainerdConfig, mergeDaemonJson } from './install-merge.js';
import { PACKAGE_ROOT } from './instance.js';

export interface InstallOptions {
  platform: NodeJS.Platform;
  arch: 'amd64' | 'arm64';
  containerd: { major: number; minor: number; path?: string };
  containerdConfig: string;
  /** daemon.json to merge, when dockerd is used. */
  dockerdConfig?: string;
  /** Where the snapshotter service goes (systemd unit dir / LaunchDaemons); none: no service. */
  serviceDir?: string;
  /** Where containerd's systemd drop-in goes (Linux). */
  containerdDropInDir?: string;
  snapshotterRoot: string;
  snapshotterAddress: string;
  vmConfigPath: string;
}

export interface FileChange {
  path: string;
  before: string | undefined;
  after: string;
  what: string;
}

const read = (p: string): string | undefined => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);
const LABEL = 'dev.tandem.snapshotter';

export function defaultInstallPaths(platform: NodeJS.Platform) {
  return {
    containerdConfig: '/etc/containerd/config.toml',
    dockerdConfig: '/etc/docker/daemon.json',
    serviceDir: platform === 'darwin' ? '/Library/LaunchDaemons' : '/etc/systemd/system',
    containerdDropInDir: platform === 'darwin' ? undefined : '/etc/systemd/system/containerd.service.d',
    snapshotterRoot: '/var/lib/tandem/snapshotter',
    snapshotterAddress: platform === 'darwin' ? '/var/run/tandem/snapshotter.sock' : '/run/tandem/snapshotter.sock',
    vmConfigPath: '/etc/tandem/vm.json',
  };
}

function snapshotterCommand(o: InstallOptions): string[] {
  return [
    process.execPath,
    join(PACKAGE_ROOT, 'dist', 'cli', 'main.js'),
    'snapshotter',
    '--root',
    o.snapshotterRoot,
    '--address',
    o.snapshotterAddress,
  ];
}

export function systemdUnit(o: InstallOptions): string {
  return [
    '# Written by `tandem install`.',
    '[Unit]',
    'Description=tandem snapshotter (containerd proxy plugin "tandem")',
    'Before=containerd.service',
    '',
    '[Service]',
    `ExecStart=${snapshotterCommand(o).join(' ')}`,
    'Restart=always',
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n');
}

/** containerd (systemd) finds runtimes on its PATH: put tandem's bin first, keep systemd's default after it. */
export function containerdDropIn(): string {
  return [
    '# Written by `tandem install`: containerd finds containerd-shim-tandem-v1 on its PATH.',
    '[Service]',
    `Environment="PATH=${join(PACKAGE_ROOT, 'bin')}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"`,
    // The shim's C front execs node for its daemon: the node tandem was installed with.
    `Environment="TANDEM_NODE=${process.execPath}"`,
    '',
  ].join('\n');
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function launchdPlist(o: InstallOptions): string {
  const args = snapshotterCommand(o)
    .map((a) => `    <string>${xml(a)}</string>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- Written by \`tandem install\`: sudo launchctl bootstrap system ${xml(join('/Library/LaunchDaemons', `${LABEL}.plist`))} -->
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>${LABEL}</string>
  <key>ProgramArguments</key>
  <array>
${args}
  </array>
  <key>RunAtLoad</key>
  <true/>
  <key>KeepAlive</key>
  <true/>
  <key>StandardErrorPath</key>
  <string>/var/log/tandem-snapshotter.log</string>
</dict>
</plist>
`;
}

export function planInstall(o: InstallOptions): FileChange[] {
  const entries: TandemEntries = {
    version: o.containerd.major >= 2 ? 3 : 2,
    minor: o.containerd.minor,
    platform: o.platform,
    arch: o.arch,
    snapshotterAddress: o.snapshotterAddress,
    vmConfigPath: o.vmConfigPath,
  };
  const changes: FileChange[] = [];
  const add = (path: string, after: string, what: string, before = read(path)) => changes.push({ path, before, after, what });
  const merged = mergeContainerdConfig(read(o.containerdConfig), entries, o.containerdConfig);
  add(
    o.containerdConfig,
    merged.text,
    `containerd config (version ${merged.version}): runtime handlers tandem and tandem-vm, proxy snapshotter tandem`,
  );
  // The tandem-vm handler's options point here; a file the user already has is theirs.
  const vm = read(o.vmConfigPath);
  add(o.vmConfigPath, vm ?? `${JSON.stringify({ linuxExecutor: 'vm' })}\n`, 'runtime config of the tandem-vm handler', vm);
  if (o.dockerdConfig) add(o.dockerdConfig, mergeDaemonJson(read(o.dockerdConfig), o.dockerdConfig), 'dockerd: runtime "tandem"');
  if (o.serviceDir) {
    if (o.platform === 'darwin') add(join(o.serviceDir, `${LABEL}.plist`), launchdPlist(o), 'launchd daemon for the snapshotter');
    else add(join(o.serviceDir, 'tandem-snapshotter.service'), systemdUnit(o), 'systemd unit for the snapshotter');
  }
  if (o.containerdDropInDir) add(join(o.containerdDropInDir, 'tandem.conf'), containerdDropIn(), "containerd's PATH (systemd drop-in)");
  return changes.filter((c) => c.before !== c.after);
}

export function diffOf(changes: FileChange[]): string {
  return changes
    .map((c) => createTwoFilesPatch(c.before === undefined ? '/dev/null' : c.path, c.path, c.before ?? '', c.after, '', '', { context: 3 }))
    .join('');
}

/** containerd parses the config as it would at start (`config dump`): nothing is written when it refuses. */
export function validateWith(containerd: string, configText: string, near: string): Promise<void> {
  const tmp = join(dirname(near), `.tandem-check-${process.pid}.toml`);
  mkdirSync(dirname(tmp), { recursive: true });
  writeFileSync(tmp, configText);
  return new Promise<void>((resolve, reject) =>
    execFile(containerd, ['--config', tmp, 'config', 'dump'], { timeout: 30_000 }, (err, _o, stderr) => {
      rmSync(tmp, { force: true });
      if (err) reject(failedPrecondition(`${containerd} refuses the merged config: ${(stderr || err.message).trim().split('\n').pop()}`));
      else resolve();
    }),
  );
}

/** Writes each change atomically, keeping a backup of what was there; returns the backups. */
export function applyChanges(changes: FileChange[], stamp = new Date().toISOString().replace(/[:.]/g, '-')): string[] {
  const backups: string[] = [];
  for (const c of changes) {
    mkdirSync(dirname(c.path), { recursive: true });
    const mode = c.before !== undefined ? statSync(c.path).mode & 0o7777 : 0o644;
    if (c.before !== undefined) {
      const b = `${c.path}.tandem-backup-${stamp}`;
      copyFileSync(c.path, b);
      backups.push(b);
    }
    const tmp = `${c.path}.tandem-tmp`;
    writeFileSync(tmp, c.after);
    chmodSync(tmp, mode);
    renameSync(tmp, c.path);
  }
  return backups;
}
