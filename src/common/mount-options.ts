// mount(8)-style options as mount(2) takes them, and the one exec of native/tandem-mount that
// performs a list of mounts: shared by the native executor's container mounts (native/) and the
// VM share's per-container mounts (linuxvm/share-linux.ts), which may not import each other.
import { execFile } from 'node:child_process';
import { nativeHelper } from './native-helper.js';

export const MOUNT_FLAGS: Record<string, [set: boolean, flag: number]> = {
  ro: [true, 0x1],
  rw: [false, 0x1],
  nosuid: [true, 0x2],
  suid: [false, 0x2],
  nodev: [true, 0x4],
  dev: [false, 0x4],
  noexec: [true, 0x8],
  exec: [false, 0x8],
  sync: [true, 0x10],
  async: [false, 0x10],
  remount: [true, 0x20],
  mand: [true, 0x40],
  nomand: [false, 0x40],
  dirsync: [true, 0x80],
  noatime: [true, 0x400],
  atime: [false, 0x400],
  nodiratime: [true, 0x800],
  diratime: [false, 0x800],
  bind: [true, 0x1000],
  rbind: [true, 0x1000 | 0x4000],
  relatime: [true, 0x200000],
  norelatime: [false, 0x200000],
  strictatime: [true, 0x1000000],
  nostrictatime: [false, 0x1000000],
  lazytime: [true, 0x2000000],
  nolazytime: [false, 0x2000000],
};
export const PROPAGATION = new Set(['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave', 'unbindable', 'runbindable']);
/** mount(8)'s --make-private as an option of its own: only marks an existing mount point private. */
export const MAKE_PRIVATE = 'make-private';
const MS_PRIVATE = 0x40000;

/**
 * Splits mount options into mount(2) flags and the filesystem's data string. Propagation in a
 * list is dropped; MAKE_PRIVATE must stand alone, so that mount(2) only changes propagation
 * (with MS_BIND it would do neither cleanly).
 */
export function mountFlags(options: string[]): { flags: number; data: string } {
  if (options.length === 1 && options[0] === MAKE_PRIVATE) return { flags: MS_PRIVATE, data: '' };
  let flags = 0;
  const data: string[] = [];
  for (const o of options) {
    const f = MOUNT_FLAGS[o];
    if (f) flags = f[0] ? flags | f[1] : flags & ~f[1];
    else if (!PROPAGATION.has(o) && o !== 'defaults') data.push(o);
  }
  return { flags, data: data.join(',') };
}

/** tandem-mount's `mount` operation: its five arguments after the word. */
export function mountOpArgs(source: string, target: string, fstype: string, options: string[]): string[] {
  const { flags, data } = mountFlags(options);
  return ['mount', source, target, fstype, String(flags), data];
}

/**
 * Runs native/tandem-mount once with a list of operations. It stops at the first that fails
 * (exit status 1 + its index, capped at 200) and names it on stderr, which `stderr` carries.
 */
export function runMountHelper(args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(nativeHelper('tandem-mount'), args, (err, _stdout, stderr) => (err ? reject(Object.assign(err, { stderr })) : resolve())),
  );
}
