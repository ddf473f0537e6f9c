// macOS: clonefile(2) on APFS, called per file by the native helper (macos-notes.md §1: walk
// directories ourselves, clone regular files with CLONE_NOFOLLOW, re-apply ownership, mode,
// times and xattrs). Node's COPYFILE_FICLONE does not clone on macOS, so the probe asks the
// helper to clonefile a test file. Not run on a Mac yet: written against the man page.
import { probeMode } from './tree-helper.js';
import type { ProbeResult } from './clone.js';

export async function probeDarwin(root: string): Promise<ProbeResult> {
  if (await probeMode('clonefile', root)) return { name: 'clonefile', reason: `clonefile(2) works in ${root}` };
  return {
    name: 'copy',
    reason: `clonefile(2) fails in ${root} (not APFS, or ENOTSUP/EXDEV); every snapshot is a full copy — put the root on an APFS volume`,
  };
}
