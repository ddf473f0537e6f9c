// `tandem vmd` entry (dist/linuxvm/vmd/main.js): the VM daemon of one tandem state directory.
// Started on demand by the first shim daemon that needs a VM (vmd/client.ts), detached, with
// that shim's environment (so its TANDEM_VM_* settings). It leaves when it has nothing to
// serve: no connection, no VM (the VM itself stops TANDEM_VM_IDLE_TIMEOUT_MS after its last
// client). One per state directory, by lock; a second one started meanwhile steps aside.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { acquireLockWaiting, releaseLock } from '../../common/pid-lock.js';
import { failedPrecondition } from '../../common/errdefs.js';
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
  if (!(await acquireLockWaiting(paths.lock, paths.socket, 30_000, 200))) return;
  const log = daemonLogger(paths.log, false).child({ component: 'vmd' });
  // The vmd's exit ends the VM and every client's containers: a stray error is logged and the
  // vmd serves on, as the shim daemon does.
  process.on('uncaughtException', (err) => log.error({ err }, 'uncaught exception; still serving'));
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection; still serving'));
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
    releaseLock(paths.lock);
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
  releaseLock(paths.lock);
  log.flush();
  process.exit(0);
}

/**
 * The image to boot: TANDEM_GUEST_IMAGE as it is, else the cache's image for this code's inputs
 * (image/ensure.ts), built first when missing, so the guest always carries the agent that
 * matches the host code. The build runs in a child process: it reads hundreds of MB of packages,
 * and the vmd lives on after it. Its log is kept beside the image; a failure is one line that
 * names the cause and where the whole log is.
 */
function ensureImage(settings: VmSettings, info: (m: string) => void): () => Promise<string> {
  return async () => {
    if (settings.imageDir) return settings.imageDir;
    const { isCurrent, defaultBuildOptions } = await import('../image/ensure.js');
    const o = defaultBuildOptions(settings.arch);
    if (isCurrent(o)) return o.outDir;
    const ensure = pathToFileURL(join(PACKAGE_ROOT, 'dist', 'linuxvm', 'image', 'ensure.js')).href;
    const script = [
      `const m = await import(${JSON.stringify(ensure)});`,
      `try { await m.ensureGuestImage(m.defaultBuildOptions(${JSON.stringify(settings.arch)}, (s) => console.log(s))); }`,
      `catch (e) { process.stderr.write((e && e.message ? e.message : String(e)).split('\\n')[0] + '\\n'); process.exit(1); }`,
    ].join('\n');
    const logFile = `${o.outDir}.build.log`;
    info(`building the ${settings.arch} guest image in ${o.outDir} (log: ${logFile})`);
    await new Promise<void>((resolve, reject) => {
      execFile(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
        try {
          mkdirSync(dirname(logFile), { recursive: true });
          writeFileSync(logFile, stdout + stderr);
        } catch {}
        for (const line of stdout.split('\n').filter(Boolean)) info(line);
        const cause = stderr.trim().split('\n').filter(Boolean).pop() || err?.message;
        if (err) reject(failedPrecondition(`guest image build failed: ${cause}; run "tandem guest build" to retry it (log: ${logFile})`));
        else resolve();
      });
    });
    return o.outDir;
  };
}

main().catch((err: unknown) => {
  process.stderr.write(`tandem vmd: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
