// `tandem vmd` entry (dist/linuxvm/vmd/main.js): the VM daemon of one tandem state directory.
// Started on demand by the first shim daemon that needs a VM (vmd/client.ts), detached, with
// that shim's environment (so its TANDEM_VM_* settings). It leaves when it has nothing to
// serve: no connection, no VM (the VM itself stops TANDEM_VM_IDLE_TIMEOUT_MS after its last
// client). One per state directory, by lock; a second one started meanwhile steps aside.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { acquireLock, answers } from '../../common/pid-lock.js';
import { daemonLogger } from '../../common/log.js';
import { loadBackend } from '../backends.js';
import { PACKAGE_ROOT, vmSettings, type VmSettings } from '../settings.js';
import { sharePlatform } from '../share.js';
import { VmDaemon } from './daemon.js';
import { vmdPaths } from './paths.js';
import { VmManager } from './vm-manager.js';

const IDLE_CHECK_MS = 1_000;

async function main(): Promise<void> {
  // --state-dir (also what makes a vmd findable in `ps`) wins over TANDEM_STATE_DIR.
  const i = process.argv.indexOf('--state-dir');
  const env = i > 0 && process.argv[i + 1] ? { ...process.env, TANDEM_STATE_DIR: process.argv[i + 1] } : process.env;
  const settings = vmSettings(env);
  const paths = vmdPaths(settings.stateDir);
  mkdirSync(paths.dir, { recursive: true, mode: 0o711 });
  // The lock may be held by a vmd that is stopping its VM: wait for it, unless one answers.
  const deadline = Date.now() + 30_000;
  while (!(await acquireLock(paths.lock, paths.socket))) {
    if ((await answers(paths.socket)) || Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  const log = daemonLogger(paths.log, false).child({ component: 'vmd' });
  const platform = process.platform;
  const share = await sharePlatform(platform, paths.dir);
  await share.setup(settings.shareKind);
  const manager = new VmManager({
    settings,
    platform,
    share,
    vmDir: paths.dir,
    log,
    loadBackend,
    ensureImage: ensureImage(settings, log.info.bind(log)),
  });
  const daemon = new VmDaemon({ manager, share, settings, log });
  // A vmd that exits any other way must not leave its VMM behind (synchronous work only).
  process.once('exit', () => {
    manager.killNow();
    share.teardownSync?.();
    rmSync(paths.lock, { force: true });
  });
  rmSync(paths.socket, { force: true }); // we hold the lock: a socket here is stale
  await daemon.listen(paths.socket);
  log.info({ socket: paths.socket, settings }, 'vmd serving');

  // Leave when idle twice in a row (a client between its connect and Attach counts as busy).
  let idleOnce = false;
  const why = await new Promise<string>((resolve) => {
    const t = setInterval(() => {
      if (!daemon.idle) return void (idleOnce = false);
      if (idleOnce) resolve('idle');
      idleOnce = true;
    }, IDLE_CHECK_MS);
    void daemon.stopRequested.then(() => resolve('stop requested'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
    void t;
  });
  log.info({ why }, 'vmd leaving');
  await daemon.close();
  rmSync(paths.socket, { force: true });
  rmSync(paths.lock, { force: true });
  log.flush();
  process.exit(0);
}

/**
 * In a development checkout with the default image location, the guest image is (re)built when
 * the agent code or the guest description changed (image/ensure.ts), so the guest always carries
 * the agent that matches this host code. The build runs in a child process: it reads hundreds
 * of MB of packages, and the vmd lives on after it.
 */
function ensureImage(settings: VmSettings, info: (m: string) => void): (() => Promise<void>) | undefined {
  if (settings.imageDir !== join(PACKAGE_ROOT, 'images', 'out', `guest-${settings.arch}`)) return undefined;
  if (!existsSync(join(PACKAGE_ROOT, 'images', 'guest'))) return undefined;
  const ensure = pathToFileURL(join(PACKAGE_ROOT, 'dist', 'linuxvm', 'image', 'ensure.js')).href;
  const script = `const m = await import(${JSON.stringify(ensure)}); await m.ensureGuestImage(m.defaultBuildOptions(${JSON.stringify(settings.arch)}, (s) => console.log(s)));`;
  return async () => {
    const { isCurrent, defaultBuildOptions } = await import('../image/ensure.js');
    if (isCurrent(defaultBuildOptions(settings.arch))) return;
    await new Promise<void>((resolve, reject) => {
      execFile(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
        for (const line of stdout.split('\n').filter(Boolean)) info(line);
        if (err) reject(new Error(`guest image build failed: ${stderr.trim().split('\n').slice(-5).join(' | ') || err.message}`));
        else resolve();
      });
    });
  };
}

main().catch((err: unknown) => {
  process.stderr.write(`tandem vmd: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
