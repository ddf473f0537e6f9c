// A template's files (qemu-template.ts saves and restores them): the saved directories of one
// architecture, kept, touched and pruned as images change, and a template VM's RAM file on
// tmpfs: copied keeping its holes, found again through QEMU's descriptor once removed, and
// pruned when a vmd that died left it behind.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readlinkSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { failedPrecondition } from '../../common/errdefs.js';
import type { Template } from './qemu-template.js';

export function haveTemplate(t: Template): boolean {
  return existsSync(t.file) && existsSync(t.ram);
}

export function removeTemplate(t: Template): void {
  rmSync(t.dir, { recursive: true, force: true });
}

/**
 * Copies a RAM file keeping its holes (`cp --sparse=always` seeks from data to data and leaves
 * zero blocks out): the guest's ~200 MiB in use, not its whole size. The restore's copy goes to
 * the new VM's RAM file before QEMU maps it.
 */
export function copyRam(from: string, to: string): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('cp', ['--sparse=always', from, to], (err, _out, stderr) =>
      err ? reject(failedPrecondition(`copying the guest's RAM ${from} to ${to} failed: ${stderr.trim() || err.message}`, err)) : resolve(),
    ),
  );
}

/**
 * The path to a running QEMU's RAM file through its open descriptor: the file itself is removed
 * once QEMU has mapped it (nothing is left on tmpfs when the VM or the vmd goes away).
 */
export function openRamFile(pid: number, ramFile: string): string {
  const dir = `/proc/${pid}/fd`;
  for (const fd of readdirSync(dir)) {
    try {
      const target = readlinkSync(join(dir, fd));
      if (target === ramFile || target === `${ramFile} (deleted)`) return join(dir, fd);
    } catch {} // closed meanwhile
  }
  throw failedPrecondition(`QEMU (pid ${pid}) has no open RAM file ${ramFile}`);
}

/** A template VM's RAM file name on tmpfs: the vmd's pid (for pruneRamFiles) and its VM's state directory. */
export function ramFileFor(dir: string, stateDir: string): string {
  return join(dir, `tandem-${process.pid}-${createHash('sha256').update(stateDir).digest('hex').slice(0, 12)}.ram`);
}

/** Removes RAM files a vmd that is gone left behind (it died between QEMU's start and the file's removal). */
export function pruneRamFiles(dir: string): string[] {
  const stale = readdirSync(dir).filter((f) => /^tandem-\d+-[0-9a-f]+\.ram$/.test(f) && !isAlive(Number(f.split('-')[1])));
  for (const f of stale) rmSync(join(dir, f), { force: true });
  return stale;
}

/** How many templates of one architecture are kept (each is the guest's used RAM, ~150 MiB). */
export const TEMPLATES_KEPT = 3;

/** Marks a template as used now: pruning keeps the most recently used ones. */
export function touchTemplate(t: Template): void {
  const now = new Date();
  utimesSync(t.dir, now, now);
}

/**
 * Removes all but the `keep` most recently used templates of `arch` in `dir` (an older image, size
 * or QEMU never matches again; without this every image update would leave ~150 MiB behind), and
 * temporary files of saves that did not finish.
 */
export function pruneTemplates(dir: string, arch: string, keep = TEMPLATES_KEPT): string[] {
  const mine = readdirSync(dir).filter((f) => f.startsWith(`${arch}-`));
  const old = mine
    .filter((f) => !f.includes('.')) // `<arch>-<key>`; saves under way end in `.<pid>.tmp`
    .map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
    .slice(keep)
    .map((x) => x.f);
  const stale = mine.filter((f) => f.endsWith('.tmp') && !isAlive(Number(f.split('.').at(-2))));
  for (const f of [...old, ...stale]) rmSync(join(dir, f), { recursive: true, force: true });
  return [...old, ...stale];
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
