// A loop-mounted btrfs for the btrfs backend's tests (the XFS one is in test/helpers), and the
// few btrfs-progs queries the tests check the kernel's view with.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { removeTree } from '../helpers/containerd.js';
import { run } from '../helpers/run.js';

export class BtrfsLoop {
  private constructor(
    readonly image: string,
    readonly mountpoint: string,
  ) {}

  static async create(sizeMiB = 1024): Promise<BtrfsLoop> {
    const dir = mkdtempSync('/tmp/tbtrfs-');
    const image = join(dir, 'btrfs.img');
    const mnt = join(dir, 'mnt');
    mkdirSync(mnt);
    for (const [cmd, args] of [
      ['truncate', ['-s', `${sizeMiB}M`, image]],
      ['mkfs.btrfs', ['-q', image]],
      ['mount', ['-o', 'loop', image, mnt]],
    ] as const) {
      const r = await run(cmd, [...args], {});
      if (r.code !== 0) {
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`${cmd} failed: ${r.stderr}`);
      }
    }
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

  /** Unmounts and detaches the loop device (mount -o loop sets autoclear; losetup -d to be sure). */
  async dispose(): Promise<void> {
    const r = await run('umount', [this.mountpoint], {});
    if (r.code !== 0) await run('umount', ['-l', this.mountpoint], {});
    const loops = await run('losetup', ['-j', this.image], {});
    for (const line of loops.stdout.split('\n').filter(Boolean)) await run('losetup', ['-d', line.split(':')[0]!], {});
    removeTree(join(this.mountpoint, '..'));
  }
}

export function subvolumeShow(dir: string): { uuid: string; parentUuid: string } {
  const out = execFileSync('btrfs', ['subvolume', 'show', dir], { encoding: 'utf8' });
  return { uuid: /^\s*UUID:\s+(\S+)/m.exec(out)![1]!, parentUuid: /^\s*Parent UUID:\s+(\S+)/m.exec(out)![1]! };
}

export function isReadOnly(dir: string): boolean {
  return execFileSync('btrfs', ['property', 'get', '-ts', dir, 'ro'], { encoding: 'utf8' }).trim() === 'ro=true';
}
