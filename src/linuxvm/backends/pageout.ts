// After boot, QEMU's mappings of the guest's kernel and initrd files are dead weight: it loaded
// them into guest RAM at start and keeps them only to load them again on a guest reset (which
// tandem never asks for: a guest that stops is powered off and a new VM boots). Their clean pages
// still count in QEMU's resident set for the VM's whole life (38 MiB of kernel, 6 MiB of initrd
// for the amd64 guest, docs/guest.md). native/tandem-pageout reclaims them with
// process_madvise(MADV_PAGEOUT); a later access would fault them back in from the files.
// Linux only: macOS has no process_madvise, so under HVF nothing is done.
import { execFile } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { nativeHelper } from '../../common/native-helper.js';

const MAPS_LINE = /^([0-9a-f]+-[0-9a-f]+) \S+ \S+ \S+ \d+\s+(.+)$/;

/** The address ranges of `pid` that map one of `files` (also once a file was replaced). */
export function mappedRanges(maps: string, files: string[]): string[] {
  const ranges: string[] = [];
  for (const line of maps.split('\n')) {
    const m = MAPS_LINE.exec(line);
    if (m && files.includes(m[2]!.replace(/ \(deleted\)$/, ''))) ranges.push(m[1]!);
  }
  return ranges;
}

const pssKiB = (pid: number): number => Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);

/**
 * Pages out what process `pid` maps of `files`. Resolves to the KiB its PSS went down by, or
 * undefined when there was nothing to do here; rejects with the helper's message.
 */
export async function pageOutFiles(pid: number, files: string[]): Promise<number | undefined> {
  if (process.platform !== 'linux') return undefined;
  const real = files.map((f) => realpathSync(f));
  const ranges = mappedRanges(readFileSync(`/proc/${pid}/maps`, 'utf8'), real);
  if (!ranges.length) return undefined;
  const before = pssKiB(pid);
  await new Promise<void>((resolve, reject) =>
    execFile(nativeHelper('tandem-pageout'), [String(pid), ...ranges], (err, _out, stderr) =>
      err ? reject(new Error(stderr.trim() || err.message)) : resolve(),
    ),
  );
  return before - pssKiB(pid);
}
