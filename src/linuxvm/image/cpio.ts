// A deterministic writer for the "newc" cpio format the Linux kernel unpacks as an initramfs
// (Documentation/driver-api/early-userspace/buffer-format.rst). Entries are written sorted by
// path with fixed owner (root), fixed mtime and sequential inode numbers, so the same inputs
// always give the same bytes, whatever the build host's clock, umask or file order.
import { readFileSync } from 'node:fs';

export type CpioEntry =
  | { path: string; type: 'dir'; mode: number }
  | { path: string; type: 'file'; mode: number; source: string | Buffer }
  | { path: string; type: 'symlink'; target: string }
  | { path: string; type: 'char'; mode: number; major: number; minor: number };

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const S_IFCHR = 0o020000;

/** Writes `entries` (paths relative to /, no leading slash) as a newc archive into chunks. */
export function writeCpio(entries: CpioEntry[], mtime: number): Buffer[] {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const chunks: Buffer[] = [];
  let offset = 0;
  const push = (b: Buffer): void => {
    chunks.push(b);
    offset += b.length;
  };
  const pad = (): void => {
    const n = (4 - (offset % 4)) % 4;
    if (n) push(Buffer.alloc(n));
  };
  let ino = 1;
  let prev = '';
  for (const e of sorted) {
    if (e.path === prev) throw new Error(`cpio: duplicate path ${e.path}`);
    prev = e.path;
    let mode: number;
    let data: Buffer = Buffer.alloc(0);
    let rdev = { major: 0, minor: 0 };
    switch (e.type) {
      case 'dir':
        mode = S_IFDIR | e.mode;
        break;
      case 'file':
        mode = S_IFREG | e.mode;
        data = typeof e.source === 'string' ? readFileSync(e.source) : e.source;
        break;
      case 'symlink':
        mode = S_IFLNK | 0o777;
        data = Buffer.from(e.target);
        break;
      case 'char':
        mode = S_IFCHR | e.mode;
        rdev = { major: e.major, minor: e.minor };
        break;
    }
    push(header(e.path, { ino: ino++, mode, nlink: e.type === 'dir' ? 2 : 1, mtime, size: data.length, ...rdev }));
    pad();
    if (data.length) {
      push(data);
      pad();
    }
  }
  push(header('TRAILER!!!', { ino: 0, mode: 0, nlink: 1, mtime: 0, size: 0, major: 0, minor: 0 }));
  pad();
  return chunks;
}

interface Fields {
  ino: number;
  mode: number;
  nlink: number;
  mtime: number;
  size: number;
  major: number; // rdev
  minor: number;
}

function header(path: string, f: Fields): Buffer {
  const name = Buffer.from(path + '\0');
  const hex = (n: number): string => {
    if (n < 0 || n > 0xffffffff) throw new Error(`cpio: field out of range for ${path}`);
    return n.toString(16).padStart(8, '0');
  };
  const fields = [
    f.ino,
    f.mode,
    0 /* uid */,
    0 /* gid */,
    f.nlink,
    f.mtime,
    f.size,
    0,
    0 /* dev major/minor */,
    f.major,
    f.minor,
    name.length,
    0 /* check */,
  ];
  return Buffer.concat([Buffer.from('070701' + fields.map(hex).join('')), name]);
}
