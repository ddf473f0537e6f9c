// After boot, QEMU's private file mappings are mostly dead weight. Its copies of the guest's
// kernel and initrd: it loaded them into guest RAM at start and keeps them only to load them again
// on a guest reset (which tandem never asks for: a guest that stops is powered off and a new VM
// boots). And its own binary and libraries: the code and tables that parsed the command line,
// realized the devices or loaded a template ran once. Their clean pages still count in QEMU's
// resident set for the VM's whole life (38 MiB of kernel, 6 MiB of initrd, ~12 MiB of QEMU's own
// for the amd64 guest, docs/guest.md). native/tandem-pageout reclaims them with
// process_madvise(MADV_PAGEOUT); what QEMU runs again faults back in from the files (the kernel
// skips pages another process maps too). The guest's RAM is a shared mapping: never touched here.
// Linux only: macOS has no process_madvise, so under HVF nothing is done.
import { execFile } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { nativeHelper } from '../../common/native-helper.js';

/** start-end perms offset dev inode path */
const MAPS_LINE = /^([0-9a-f]+-[0-9a-f]+) (\S+) \S+ \S+ (\d+)\s+(\/.*)$/;

export interface FileMapping {
  range: string;
  /** The mapped file (" (deleted)" taken off: a file replaced since). */
  file: string;
}

/** The private (copy-on-write) mappings of files in a /proc/PID/maps or smaps text. */
export function privateFileMappings(maps: string): FileMapping[] {
  const out: FileMapping[] = [];
  for (const line of maps.split('\n')) {
    const m = MAPS_LINE.exec(line);
    if (m && m[2]![3] === 'p' && m[3] !== '0') out.push({ range: m[1]!, file: m[4]!.replace(/ \(deleted\)$/, '') });
  }
  return out;
}

/** PSS (KiB) of a process's private file mappings: of `files`, and of the rest. */
export function privateFilePss(smaps: string, files: string[]): { files: number; rest: number } {
  const pss = { files: 0, rest: 0 };
  let group: keyof typeof pss | undefined;
  for (const line of smaps.split('\n')) {
    if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) {
      const [m] = privateFileMappings(line);
      group = m ? (files.includes(m.file) ? 'files' : 'rest') : undefined;
    } else if (group && line.startsWith('Pss:')) pss[group] += Number(/(\d+)/.exec(line)![1]);
  }
  return pss;
}

/**
 * Pages out every private file mapping of process `pid`. Resolves to the KiB its PSS went down by
 * in `files` (the guest's kernel and initrd) and in the rest (QEMU's own binary and libraries), or
 * undefined when there was nothing to do here; rejects with the helper's message.
 */
export async function pageOutFileMappings(pid: number, files: string[]): Promise<{ files: number; rest: number } | undefined> {
  if (process.platform !== 'linux') return undefined;
  const real = files.map((f) => realpathSync(f));
  const smaps = () => readFileSync(`/proc/${pid}/smaps`, 'utf8');
  const text = smaps();
  const ranges = privateFileMappings(text).map((m) => m.range);
  if (!ranges.length) return undefined;
  const before = privateFilePss(text, real);
  await new Promise<void>((resolve, reject) =>
    execFile(nativeHelper('tandem-pageout'), [String(pid), ...ranges], (err, _out, stderr) =>
      err ? reject(new Error(stderr.trim() || err.message)) : resolve(),
    ),
  );
  const after = privateFilePss(smaps(), real);
  return { files: before.files - after.files, rest: before.rest - after.rest };
}
