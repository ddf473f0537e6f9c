// The guest's system image: a read-only squashfs the guest mounts from its first virtio disk and
// overlays with a tmpfs. A disk image is read on demand, so a guest only pays memory and boot
// time for the pages it touches (node's 46 MB library and 30 MB of ICU data are mostly never
// read), where an initramfs must be unpacked whole into RAM before /init starts.
// mksquashfs (squashfs-tools) sorts directory entries itself; with fixed owners, times and no
// xattrs its output is reproducible.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { failedPrecondition } from '../../common/errdefs.js';
import type { CpioEntry } from './cpio.js';

const run = promisify(execFile);

export type SquashfsCompression = 'none' | 'gzip' | 'lz4' | 'zstd' | 'xz';
export const SQUASHFS_COMPRESSIONS: SquashfsCompression[] = ['none', 'gzip', 'lz4', 'zstd', 'xz'];

/** `beforePack` may add files to the staged tree (the agent's snapshot, made by the guest's node). */
export async function writeSquashfs(
  entries: CpioEntry[],
  out: string,
  epoch: number,
  comp: SquashfsCompression,
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
    const compArgs = comp === 'none' ? ['-noI', '-noD', '-noF', '-noX'] : ['-comp', comp];
    await run(
      'mksquashfs',
      [
        stage,
        out,
        '-noappend',
        '-quiet',
        '-no-progress',
        '-all-root',
        '-no-xattrs',
        '-all-time',
        String(epoch),
        '-mkfs-time',
        String(epoch),
        '-b',
        '128K',
        ...compArgs,
      ],
      { maxBuffer: 16 << 20 },
    ).catch((err: Error & { code?: string }) => {
      if (err.code === 'ENOENT') throw failedPrecondition('mksquashfs not found: install squashfs-tools');
      throw err;
    });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
