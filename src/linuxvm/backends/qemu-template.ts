// Restoring a saved VM instead of booting one (docs/guest.md, "Restoring a saved VM"). The first
// boot with a template directory runs with `tandem.template=1` (/init mounts no share, the agent
// mounts them at its first Hello), waits until the agent serves, saves the running guest and
// continues; later starts run QEMU with the same arguments plus `-incoming`, which loads the saved
// state instead of booting (under TCG: ~1 s instead of ~12 s).
// A template VM's RAM is a shared file on tmpfs, and QEMU migrates with `x-ignore-shared`: its
// stream holds the devices' state only, and the save copies the RAM file as it is (holes stay
// holes), so neither the save nor the restore reads or writes the RAM the guest never used (a
// migration stream of the RAM touched every page: 1.1 GiB for a 1 GiB guest, measured).
// QEMU 7.2 refuses to save a VM with a vhost-user-fs (virtiofs) device or a mounted 9p share:
// virtiofs devices are plugged in after the save or the restore (qemu-args.ts HotplugFs), and
// every share is mounted by the agent at its first Hello.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { failedPrecondition, invalidArgument, unavailable } from '../../common/errdefs.js';
import type { Manifest } from '../image/manifest.js';
import { dropEmptyBlocks, MigrationFormat } from './migration-stream.js';
import { copyRam, haveTemplate } from './qemu-template-files.js';
import type { Accel, HotplugFs, MigrationFacts, QemuPlan } from './qemu-args.js';
import type { QmpClient } from './qmp.js';
import type { VmConfig } from './vm-backend.js';

/** The kernel command line word that makes /init defer the shares to the agent. */
export const TEMPLATE_CMDLINE = 'tandem.template=1';
/** The agent's line once it listens on its port: the guest is worth saving from then on. */
export const SERVING_RE = /^tandem-agent info: \[[\d.]+\] serving/m;
const POLL_MS = 100;
/**
 * Part of every template's key: a template saved before its stream left the empty blocks out
 * (2026-12-05) is saved again rather than restored with its flash made resident.
 */
const SAVE_FORMAT = 2;
const qemuVersions = new Map<string, string>();

/**
 * A saved VM: a directory (renamed into place whole, so a restore never pairs one save's state
 * with another's RAM) of two files.
 */
export interface Template {
  dir: string;
  /** The devices' state (QEMU's migration stream without the RAM). */
  file: string;
  /** The guest's RAM as it was at the save: a sparse copy of the VM's RAM file. */
  ram: string;
  key: string;
}

const templateAt = (dir: string, key: string): Template => ({ dir, key, file: join(dir, 'state'), ram: join(dir, 'ram') });

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
  if (plan.ramFile) args = args.split(plan.ramFile).join('<ram>');
  args = args.split(cfg.stateDir).join('<state>').split(cfg.imageDir).join('<image>');
  const h = createHash('sha256').update(
    JSON.stringify([SAVE_FORMAT, version, accel, m.kernel.sha256, m.initrd.sha256, m.system.sha256, args]),
  );
  const key = h.digest('hex').slice(0, 16);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return templateAt(join(dir, `${cfg.arch}-${key}`), key);
}

/** QEMU's arguments to wait for the template's state (startIncoming sends it, after the capability). */
export const INCOMING_ARGS = ['-incoming', 'defer'];

/**
 * What of the kernel the arm loader reads: the Image header (text_offset, the magic "ARM\x64" at
 * byte 56). Only that, so should a QEMU write it over the guest after all, it writes back the boot
 * header the running kernel started from, not code or data it runs on.
 */
const KERNEL_HEAD_BYTES = 64;

/**
 * The command line a restore starts QEMU with: the VM's own plus INCOMING_ARGS. QEMU's arm
 * loader keeps its copy of the kernel Image and the initrd in its heap for a reset (the arm64
 * guest's are 31 and 4 MiB: QEMU's heap held 46 MiB in a restored VM, against 6 for amd64, whose
 * loader maps the files instead, and the vmd pages them out). A restored VM needs neither: its
 * RAM is the template's, which QEMU does not write its boot images over while it waits for the
 * incoming state (checked 2026-12-04: a stand-in marked with 8 KiB of 0xa5 left no such run in
 * the restored RAM), and it never resets (`-no-reboot`). So an arm64 restore gets the kernel's
 * header (kept in the template's directory) and no initrd. The template's key is made from the
 * VM's own command line, so it stays the same.
 */
export function incomingArgs(args: readonly string[], t: Template, arch: string): string[] {
  const out = [...args, ...INCOMING_ARGS];
  const k = out.indexOf('-kernel');
  if (arch !== 'arm64' || k < 0) return out;
  const head = join(t.dir, 'kernel-head');
  if (!existsSync(head)) writeKernelHead(out[k + 1]!, head);
  out[k + 1] = head;
  const i = out.indexOf('-initrd');
  if (i >= 0) out.splice(i, 2);
  return out;
}

function writeKernelHead(kernel: string, to: string): void {
  const buf = Buffer.alloc(KERNEL_HEAD_BYTES);
  const fd = openSync(kernel, 'r');
  let n: number;
  try {
    n = readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  writeFileSync(`${to}.${process.pid}`, buf.subarray(0, n));
  renameSync(`${to}.${process.pid}`, to); // whole, should two restores write it at once
}

/** Has a QEMU started with INCOMING_ARGS load the template's devices onto the RAM file it mapped. */
export async function startIncoming(qmp: QmpClient, t: Template): Promise<void> {
  await qmp.execute('migrate-set-capabilities', { capabilities: [{ capability: 'x-ignore-shared', state: true }] });
  await qmp.execute('migrate-incoming', { uri: `exec:cat ${shellQuote(t.file)}` });
}

/** `exec:` URIs run through /bin/sh. */
function shellQuote(path: string): string {
  if (/['\n]/.test(path)) throw invalidArgument(`template path ${path} cannot contain a quote or a newline`);
  return `'${path}'`;
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

/** How long a save waits for an idle guest before it saves a busy one. */
const SETTLE_MS = 3_000;

/** `info registers -a` split into one section per vCPU, each starting `CPU#<n>`. */
export function cpuSections(registers: string): string[] {
  return registers.split(/^(?=CPU#\d+)/m).filter((c) => /^CPU#\d+/.test(c));
}

/**
 * Whether every vCPU in `info registers -a` is halted (x86 prints `HLT=1`); undefined when the
 * architecture's registers do not say (arm's `info registers` has no such field).
 */
export function allHalted(registers: string): boolean | undefined {
  const cpus = cpuSections(registers);
  if (!cpus.length || !cpus.every((c) => /\bHLT=[01]\b/.test(c))) return undefined;
  return cpus.every((c) => /\bHLT=1\b/.test(c));
}

/**
 * Waits (bounded by SETTLE_MS) until every vCPU is halted: the guest has nothing left to do, so
 * the save catches no kernel work half done. The agent's `serving` line comes while the guest is
 * still busy (its node finishing start-up, the kernel's deferred work); a restored guest
 * sometimes locked up at its first container, cause unknown (docs/guest.md), and a save in the
 * middle of such work is the first suspect. Says what it found, for the save's log line.
 */
export async function settleCpus(qmp: QmpClient, ms = SETTLE_MS): Promise<string> {
  const started = Date.now();
  for (;;) {
    const halted = allHalted(await qmp.hmpQuery('info registers -a'));
    const waited = Date.now() - started;
    if (halted === undefined) return 'vCPU state not shown for this architecture';
    if (halted) return `every vCPU halted after ${waited} ms`;
    if (waited >= ms) return `not every vCPU halted after ${waited} ms; saved as it was`;
    await new Promise((r) => setTimeout(r, POLL_MS / 2));
  }
}

/**
 * Saves the running guest into the template: QEMU writes the devices' state (its RAM file is left
 * out: `x-ignore-shared`) and stops the guest, the RAM file is copied while it stands still, then
 * it continues (qemu.ts withTemplate then ends it and restores the VM from the save). Both go to a directory beside the template's, renamed into
 * place whole: a reader never sees half a template, and of two vmds saving the same one at once
 * the first rename wins.
 */
export async function saveTemplate(
  qmp: QmpClient,
  t: Template,
  ramSource: string,
  ms: number,
  migration: MigrationFacts,
): Promise<SaveResult> {
  const work = templateAt(`${t.dir}.${process.pid}.tmp`, t.key);
  const started = Date.now();
  try {
    rmSync(work.dir, { recursive: true, force: true });
    mkdirSync(work.dir, { mode: 0o700 });
    const cpus = await settleCpus(qmp);
    await qmp.execute('migrate-set-capabilities', { capabilities: [{ capability: 'x-ignore-shared', state: true }] });
    await qmp.execute('migrate', { uri: `exec:cat > ${shellQuote(work.file)}` });
    for (;;) {
      const m = (await qmp.execute('query-migrate')) as { status?: string; 'error-desc'?: string };
      if (m.status === 'completed') break;
      if (m.status === 'failed' || m.status === 'cancelled')
        throw failedPrecondition(`saving the VM failed: ${m['error-desc'] ?? m.status}`);
      if (Date.now() - started > ms) {
        await qmp.execute('migrate_cancel').catch(() => {});
        throw unavailable(`saving the VM took longer than ${ms} ms`);
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    const paused = Date.now();
    await copyRam(ramSource, work.ram);
    const pausedMs = Date.now() - paused;
    const ramBytes = statSync(work.ram).blocks * 512;
    const stream = leaveOutEmptyBlocks(work.file, migration);
    try {
      renameSync(work.dir, t.dir);
    } catch (err) {
      if (!haveTemplate(t)) throw err; // another vmd's save of the same template got there first: keep that one
      rmSync(work.dir, { recursive: true, force: true });
    }
    return { ms: Date.now() - started, pausedMs, ramBytes, cpus, stream };
  } catch (err) {
    rmSync(work.dir, { recursive: true, force: true });
    throw err;
  } finally {
    // The source stays paused after a completed migration; a failed one leaves it running.
    const s = (await qmp.execute('query-status').catch(() => undefined)) as { status?: string } | undefined;
    if (s?.status === 'postmigrate' || s?.status === 'paused') await qmp.execute('cont').catch(() => {});
  }
}

export interface SaveResult {
  ms: number;
  /** How long the guest stood still for the RAM's copy. */
  pausedMs: number;
  /** The RAM copy's size on disk (its holes left out). */
  ramBytes: number;
  /** The vCPUs when the save began (settleCpus). */
  cpus: string;
  /** What leaveOutEmptyBlocks did to the stream, for the save's log line ('' for nothing to do). */
  stream: string;
}

/**
 * Leaves the zero pages of the machine's empty blocks out of a saved stream (migration-stream.ts),
 * so a restore never reads them. A stream it does not know stays as QEMU wrote it: restoring it
 * costs memory, not correctness.
 */
function leaveOutEmptyBlocks(file: string, m: MigrationFacts): string {
  if (!m.emptyBlocks.length) return '';
  try {
    const { stream, dropped } = dropEmptyBlocks(readFileSync(file), m.emptyBlocks, m.pageBitsMin);
    if (!dropped.size) return `; no empty ${m.emptyBlocks.join(' or ')} in the stream`;
    writeFileSync(file, stream);
    return `; left out ${[...dropped].map(([b, n]) => `${n} zero pages of ${b}`).join(', ')}`;
  } catch (err) {
    if (!(err instanceof MigrationFormat)) throw err;
    return `; its stream kept as QEMU wrote it (${err.message})`;
  }
}
