// File-tree helpers for the snapshotter suite (in the spirit of continuity's fstest): layers
// are lists of operations applied to a directory; trees are compared by a description of every
// entry (type, mode, owner, size, content hash, link target, times, hard-link groups, xattrs).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';

export type Op =
  | { op: 'file'; path: string; content: string | Buffer; mode?: number }
  | { op: 'dir'; path: string; mode?: number }
  | { op: 'rm'; path: string }
  | { op: 'link'; from: string; to: string }
  | { op: 'symlink'; target: string; path: string }
  | { op: 'chown'; path: string; uid: number; gid: number }
  | { op: 'chmod'; path: string; mode: number }
  | { op: 'mtime'; path: string; seconds: number }
  | { op: 'sparse'; path: string; size: number; at: number; data: string }
  | { op: 'mknod'; path: string; kind: 'c' | 'b' | 'p'; major?: number; minor?: number }
  | { op: 'xattr'; path: string; name: string; value: string }
  | { op: 'rename'; from: string; to: string };

const FILE_TIME = 1_600_000_000;

export const file = (path: string, content: string | Buffer, mode = 0o644): Op => ({ op: 'file', path, content, mode });
export const dir = (path: string, mode = 0o755): Op => ({ op: 'dir', path, mode });
export const rm = (path: string): Op => ({ op: 'rm', path });

/** True when python3 is there to set xattrs (Node's fs has no xattr calls). */
export const canXattr = (() => {
  try {
    execFileSync('python3', ['-c', 'import os; os.setxattr']);
    return true;
  } catch {
    return false;
  }
})();

/** Every path's xattrs in one python run (starting python costs ~0.3 s here). */
function xattrsOf(paths: string[]): string[] {
  const code =
    'import os,sys,json; print(json.dumps([";".join(sorted(n+"="+os.getxattr(p,n,follow_symlinks=False).hex() for n in os.listxattr(p,follow_symlinks=False))) for p in sys.argv[1:]]))';
  return JSON.parse(execFileSync('python3', ['-c', code, ...paths], { encoding: 'utf8' })) as string[];
}

export function apply(root: string, ops: Op[]): void {
  for (const o of ops) {
    switch (o.op) {
      case 'file':
        fs.writeFileSync(join(root, o.path), o.content);
        fs.chmodSync(join(root, o.path), o.mode ?? 0o644);
        // A fixed mtime, so the expected tree (built later) and the snapshot can agree on it.
        fs.utimesSync(join(root, o.path), FILE_TIME, FILE_TIME);
        break;
      case 'dir':
        fs.mkdirSync(join(root, o.path), { recursive: true });
        fs.chmodSync(join(root, o.path), o.mode ?? 0o755);
        break;
      case 'rm':
        // What the walking differ does for a whiteout on a plain directory: remove the path.
        fs.rmSync(join(root, o.path), { recursive: true, force: true });
        break;
      case 'link':
        fs.linkSync(join(root, o.from), join(root, o.to));
        break;
      case 'symlink':
        fs.symlinkSync(o.target, join(root, o.path));
        break;
      case 'chown':
        fs.lchownSync(join(root, o.path), o.uid, o.gid);
        break;
      case 'chmod':
        fs.chmodSync(join(root, o.path), o.mode);
        break;
      case 'mtime':
        fs.lutimesSync(join(root, o.path), o.seconds, o.seconds);
        break;
      case 'sparse': {
        const fd = fs.openSync(join(root, o.path), 'w');
        fs.writeSync(fd, o.data, o.at);
        fs.ftruncateSync(fd, o.size);
        fs.futimesSync(fd, FILE_TIME, FILE_TIME);
        fs.closeSync(fd);
        break;
      }
      case 'mknod': {
        const args = o.kind === 'p' ? [join(root, o.path), 'p'] : [join(root, o.path), o.kind, String(o.major), String(o.minor)];
        execFileSync('mknod', args);
        break;
      }
      case 'xattr':
        execFileSync('python3', [
          '-c',
          'import os,sys; os.setxattr(sys.argv[1], sys.argv[2], sys.argv[3].encode(), follow_symlinks=False)',
          join(root, o.path),
          o.name,
          o.value,
        ]);
        break;
      case 'rename':
        fs.renameSync(join(root, o.from), join(root, o.to));
        break;
    }
  }
}

/**
 * One line per entry below `root`. Directory mtimes are left out (they move whenever a child
 * is added, also in a correct copy); file, symlink and device mtimes are kept. Hard links are
 * described by the first path of their inode, so the grouping is compared, not inode numbers.
 */
export function describe(root: string, opts: { xattrs?: boolean } = {}): Map<string, string> {
  const out = new Map<string, string>();
  const firstPath = new Map<string, string>();
  const walk = (rel: string) => {
    for (const name of fs.readdirSync(join(root, rel)).sort()) {
      const p = rel ? `${rel}/${name}` : name;
      const full = join(root, p);
      const st = fs.lstatSync(full);
      const mode = (st.mode & 0o7777).toString(8);
      let d = `mode=${mode} uid=${st.uid} gid=${st.gid}`;
      if (st.isDirectory()) d = `dir ${d}`;
      else if (st.isSymbolicLink()) d = `symlink ${d} -> ${fs.readlinkSync(full)}`;
      else if (st.isFile()) {
        const h = createHash('sha256').update(fs.readFileSync(full)).digest('hex').slice(0, 16);
        d = `file ${d} size=${st.size} sha=${h} mtime=${Math.floor(st.mtimeMs / 1000)}`;
        if (st.nlink > 1) {
          const ino = `${st.dev}:${st.ino}`;
          if (!firstPath.has(ino)) firstPath.set(ino, p);
          d += ` links=${st.nlink} first=${firstPath.get(ino)}`;
        }
      } else d = `${st.isFIFO() ? 'fifo' : st.isCharacterDevice() ? 'chr' : 'blk'} ${d} rdev=${st.rdev}`;
      out.set(p, d);
      if (st.isDirectory()) walk(p);
    }
  };
  walk('');
  if (opts.xattrs && canXattr) {
    const keys = [...out.keys()];
    xattrsOf(keys.map((k) => join(root, k))).forEach((x, i) => out.set(keys[i]!, `${out.get(keys[i]!)} xattrs=${x}`));
  }
  return out;
}

/** Applies the layers in order to a fresh plain directory: the tree a snapshot chain must give. */
export function expectedTree(layers: Op[][], scratch: string): string {
  const d = fs.mkdtempSync(join(scratch, 'expected-'));
  for (const l of layers) apply(d, l);
  return d;
}

/** Bytes actually allocated for a file (to check that holes stay holes). */
export function allocated(p: string): number {
  return fs.statSync(p).blocks * 512;
}
