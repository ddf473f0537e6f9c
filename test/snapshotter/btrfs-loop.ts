// A loop-mounted btrfs for the btrfs backend's tests (LoopFs, in test/helpers), and the few
// btrfs-progs queries the tests check the kernel's view with.
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { LoopFs } from '../helpers/snapshotter.js';

export class BtrfsLoop extends LoopFs {
  static async create(sizeMiB = 1024): Promise<BtrfsLoop> {
    const { image, mnt } = await LoopFs.make('btrfs', sizeMiB);
    return new BtrfsLoop(image, mnt);
  }

  /** Paths (relative to the mount) of every subvolume below `dir`. */
  subvolumesUnder(dir: string): string[] {
    const rel = relative(this.mountpoint, dir);
    return execFileSync('btrfs', ['subvolume', 'list', this.mountpoint], { encoding: 'utf8' })
      .split('\n')
      .map((l) => / path (.*)$/.exec(l)?.[1])
      .filter((p): p is string => !!p && (p === rel || p.startsWith(`${rel}/`)));
  }

  /** Raw bytes in use (data + metadata copies), after a transaction commit. */
  usedBytes(): number {
    execFileSync('btrfs', ['filesystem', 'sync', this.mountpoint]);
    const out = execFileSync('btrfs', ['filesystem', 'usage', '-b', this.mountpoint], { encoding: 'utf8' });
    return Number(/^\s*Used:\s+(\d+)/m.exec(out)![1]);
  }
}

export function subvolumeShow(dir: string): { uuid: string; parentUuid: string } {
  const out = execFileSync('btrfs', ['subvolume', 'show', dir], { encoding: 'utf8' });
  return { uuid: /^\s*UUID:\s+(\S+)/m.exec(out)![1]!, parentUuid: /^\s*Parent UUID:\s+(\S+)/m.exec(out)![1]! };
}

export function isReadOnly(dir: string): boolean {
  return execFileSync('btrfs', ['property', 'get', '-ts', dir, 'ro'], { encoding: 'utf8' }).trim() === 'ro=true';
}
