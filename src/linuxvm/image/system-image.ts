// The guest's system image: a read-only EROFS the guest mounts from its first virtio disk and
// overlays with a tmpfs. A disk image is read on demand, so a guest only pays memory and boot time
// for the pages it touches (node's 46 MB library and 30 MB of ICU data are mostly never read),
// where an initramfs must be unpacked whole into RAM before /init starts. EROFS, not squashfs
// (until 2026-12-02): an uncompressed EROFS file is read straight into the page cache, where
// squashfs copies every block out of its read buffer; under TCG that copy is most of what a cold
// start pays to fault node in (docs/guest-measurements.md, "The system image's format"). mkfs.erofs
// (erofs-utils) with fixed owners, times and UUID and no xattrs gives the same files, modes and
// owners from the same staged tree.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { failedPrecondition } from '../../common/errdefs.js';
import type { CpioEntry } from './cpio.js';

const run = promisify(execFile);

/** What mkfs.erofs 1.5 (Debian 12) can compress with; `none` is what the guest boots fastest from. */
export type SystemCompression = 'none' | 'lz4' | 'lz4hc';
export const SYSTEM_COMPRESSIONS: SystemCompression[] = ['none', 'lz4', 'lz4hc'];
/** A fixed filesystem UUID: mkfs.erofs makes a random one otherwise. */
const FS_UUID = '7a4d3e00-0000-4000-8000-000000000000';

/** `beforePack` may add files to the staged tree (the agent's snapshot, made by the guest's node). */
export async function writeSystemImage(
  entries: CpioEntry[],
  out: string,
  epoch: number,
  comp: SystemCompression,
  beforePack?: (stage: string) => Promise<void>,
): Promise<void> {
  const stage = `${out}.stage`;
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  try {
    const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : 1));
    const dirs: [string, number][] = [];
    for (const e of sorted) {
      const p = join(stage, e.path);
      switch (e.type) {
        case 'dir':
          mkdirSync(p, { recursive: true });
          dirs.push([p, e.mode]);
          break;
        case 'file':
          if (typeof e.source === 'string') copyFileSync(e.source, p);
          else writeFileSync(p, e.source);
          chmodSync(p, e.mode);
          break;
        case 'symlink':
          symlinkSync(e.target, p);
          break;
        case 'char':
          break; // device nodes come from devtmpfs in the guest
      }
    }
    await beforePack?.(stage);
    for (const [p, mode] of dirs.reverse()) chmodSync(p, mode); // after their contents exist
    const args = ['--quiet', `-T${epoch}`, '--all-root', '-x-1', `-U${FS_UUID}`, ...(comp === 'none' ? [] : [`-z${comp}`])];
    await run('mkfs.erofs', [...args, out, stage], { maxBuffer: 16 << 20 }).catch((err: Error & { code?: string }) => {
      if (err.code === 'ENOENT') throw failedPrecondition('mkfs.erofs not found: install erofs-utils');
      throw err;
    });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
