// Restoring a saved VM instead of booting one (docs/guest.md, "Restoring a saved VM"). The first
// boot with a template directory runs with `tandem.template=1` (/init mounts no share, the agent
// mounts them at its first Hello), waits until the agent serves, has QEMU migrate the running
// guest into a file, and continues; later starts run QEMU with the same arguments plus
// `-incoming`, which loads that file instead of booting (under TCG: ~1 s instead of ~12 s).
// QEMU 7.2 refuses to save a VM with a vhost-user-fs (virtiofs) device or a mounted 9p share:
// virtiofs devices are plugged in after the save or the restore (qemu-args.ts HotplugFs), and
// every share is mounted by the agent at its first Hello.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { failedPrecondition, invalidArgument, unavailable } from '../../common/errdefs.js';
import type { Manifest } from '../image/manifest.js';
import type { Accel, HotplugFs, QemuPlan } from './qemu-args.js';
import type { QmpClient } from './qmp.js';
import type { VmConfig } from './vm-backend.js';

/** The kernel command line word that makes /init defer the shares to the agent. */
export const TEMPLATE_CMDLINE = 'tandem.template=1';
/** The agent's line once it listens on its port: the guest is worth saving from then on. */
export const SERVING_RE = /^tandem-agent info: \[[\d.]+\] serving/m;
const POLL_MS = 100;
const qemuVersions = new Map<string, string>();

export interface Template {
  file: string;
  key: string;
}

/**
 * The template for this VM: a file named by a hash of everything the saved state depends on
 * (QEMU's version, the accelerator, the image's files, the command line with this VM's own paths
 * taken out), so a changed image, size or QEMU never restores a stale guest.
 */
export function templateFor(cfg: VmConfig, plan: QemuPlan, m: Manifest, accel: Accel, dir: string): Template {
  if (plan.args.some((a) => a.startsWith('vhost-user-fs')))
    throw invalidArgument('a VM saved as a template cannot boot with a virtiofs device (QEMU cannot save one): plug it in later');
  let version = qemuVersions.get(plan.binary);
  if (version === undefined) {
    version = execFileSync(plan.binary, ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? '';
    qemuVersions.set(plan.binary, version);
  }
  // Share paths first: they may lie under the state directory.
  let args = plan.args.join('\u0000');
  for (const s of cfg.shares) args = args.split(s.hostPath).join(`<share ${s.tag}>`);
  args = args.split(cfg.stateDir).join('<state>').split(cfg.imageDir).join('<image>');
  const h = createHash('sha256').update(JSON.stringify([version, accel, m.kernel.sha256, m.initrd.sha256, m.system.sha256, args]));
  const key = h.digest('hex').slice(0, 16);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return { key, file: join(dir, `${cfg.arch}-${key}.vmstate`) };
}

/** QEMU's arguments to load the template instead of booting (`exec:` runs through /bin/sh). */
export function incomingArgs(t: Template): string[] {
  if (/['\n]/.test(t.file)) throw invalidArgument(`template path ${t.file} cannot contain a quote or a newline`);
  return ['-incoming', `exec:cat '${t.file}'`];
}

export function haveTemplate(t: Template): boolean {
  return existsSync(t.file);
}

/** How many templates of one architecture are kept (each is the guest's used RAM, ~150 MiB). */
export const TEMPLATES_KEPT = 3;

/** Marks a template as used now: pruning keeps the most recently used ones. */
export function touchTemplate(t: Template): void {
  const now = new Date();
  utimesSync(t.file, now, now);
}

/**
 * Removes all but the `keep` most recently used templates of `arch` in `dir` (an older image, size
 * or QEMU never matches again; without this every image update would leave ~150 MiB behind), and
 * temporary files of saves that did not finish.
 */
export function pruneTemplates(dir: string, arch: string, keep = TEMPLATES_KEPT): string[] {
  const mine = readdirSync(dir).filter((f) => f.startsWith(`${arch}-`));
  const done = mine
    .filter((f) => f.endsWith('.vmstate'))
    .map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
    .slice(keep)
    .map((x) => x.f);
  const stale = mine.filter((f) => f.endsWith('.tmp') && !isAlive(Number(f.split('.').at(-2))));
  for (const f of [...done, ...stale]) rmSync(join(dir, f), { force: true });
  return [...done, ...stale];
}

/** A save's temporary file names its process: one still running may be writing it. */
function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Plugs a template VM's virtiofs devices into the running guest, after the save or the restore: a
 * chardev connecting to the share's virtiofsd (started with QEMU, waiting for it), then the device
 * in its root port. The guest's agent waits for them before it mounts (guest/resume.ts).
 */
export async function plugShares(qmp: QmpClient, hot: HotplugFs[]): Promise<void> {
  for (const h of hot) {
    const addr = { type: 'unix', data: { path: h.socket } };
    try {
      await qmp.execute('chardev-add', { id: h.chardev, backend: { type: 'socket', data: { addr, server: false } } });
      await qmp.execute('device_add', h.device);
    } catch (err) {
      throw failedPrecondition(`plugging in the virtiofs share ${h.device.tag} failed: ${(err as Error).message}`, err);
    }
  }
}

/** Waits until a VM started with `-incoming` has loaded its state and runs. */
export async function waitRestored(qmp: QmpClient, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const s = (await qmp.execute('query-status')) as { status: string };
    if (s.status === 'running') return;
    if (s.status !== 'inmigrate' && s.status !== 'prelaunch') throw unavailable(`restoring the saved VM failed: QEMU is ${s.status}`);
    if (Date.now() > deadline) throw unavailable(`restoring the saved VM took longer than ${ms} ms`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Saves the running guest into the template (written beside it, then renamed: a reader never sees
 * half a file) and lets it run on. QEMU pauses the guest for the last part of the copy.
 */
export async function saveTemplate(qmp: QmpClient, t: Template, ms: number): Promise<{ bytes: number; ms: number }> {
  const tmp = `${t.file}.${process.pid}.tmp`;
  const started = Date.now();
  try {
    await qmp.execute('migrate', { uri: `exec:cat > '${tmp}'` });
    for (;;) {
      const m = (await qmp.execute('query-migrate')) as {
        status?: string;
        'error-desc'?: string;
        ram?: { total?: number; transferred?: number };
      };
      if (m.status === 'completed') {
        renameSync(tmp, t.file);
        return { bytes: m.ram?.transferred ?? 0, ms: Date.now() - started };
      }
      if (m.status === 'failed' || m.status === 'cancelled')
        throw failedPrecondition(`saving the VM failed: ${m['error-desc'] ?? m.status}`);
      if (Date.now() - started > ms) {
        await qmp.execute('migrate_cancel').catch(() => {});
        throw unavailable(`saving the VM took longer than ${ms} ms`);
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    // The source stays paused after a completed migration; a failed one leaves it running.
    const s = (await qmp.execute('query-status').catch(() => undefined)) as { status?: string } | undefined;
    if (s?.status === 'postmigrate' || s?.status === 'paused') await qmp.execute('cont').catch(() => {});
  }
}
