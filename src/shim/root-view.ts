// A container's root filesystem read in place, before it is mounted: one directory, or the
// layers of an overlay mount (upper first, then each lowerdir). Lookups follow overlayfs: the
// first layer holding a path wins, a whiteout (a 0/0 character device) deletes it, and a
// non-directory hides whatever lower layers hold beneath it. Opaque directories (an xattr Node
// cannot read without a native addon) are not honoured: dispatch only reads one file header.
//
// Symlinks resolve inside the root, component by component; a layer is only ever entered through
// directories that are real directories in that layer, so no host symlink is followed.
import { constants as fsc, promises as fsp, type Stats } from 'node:fs';
import { join } from 'node:path';

type Found = { host: string; st: Stats } | undefined;

const isWhiteout = (st: Stats) => st.isCharacterDevice() && st.rdev === 0;

export class RootView {
  constructor(readonly layers: string[]) {}

  /** The topmost entry for an absolute in-root path whose parents are directories in the union. */
  private async lookup(path: string): Promise<Found> {
    const parts = path.split('/').filter(Boolean);
    layers: for (const layer of this.layers) {
      let host = layer;
      for (let i = 0; i < parts.length; i++) {
        host = join(host, parts[i]!);
        let st: Stats;
        try {
          st = await fsp.lstat(host);
        } catch {
          continue layers; // not in this layer: look below
        }
        if (isWhiteout(st)) return undefined;
        if (i === parts.length - 1) return { host, st };
        if (!st.isDirectory()) return undefined; // a file or symlink here hides the lower layers
      }
      return parts.length ? undefined : { host: layer, st: await fsp.lstat(layer) };
    }
    return undefined;
  }

  /** The in-root path of the regular file `path` names, symlinks followed inside the root. */
  async resolveFile(path: string): Promise<string | undefined> {
    let todo = path.split('/').filter(Boolean);
    let done: string[] = [];
    for (let hops = 0; todo.length;) {
      const name = todo.shift()!;
      if (name === '.') continue;
      if (name === '..') {
        done.pop();
        continue;
      }
      const here = `/${[...done, name].join('/')}`;
      const f = await this.lookup(here);
      if (!f) return undefined;
      if (f.st.isSymbolicLink()) {
        if (++hops > 40) return undefined;
        const target = await fsp.readlink(f.host);
        if (target.startsWith('/')) done = [];
        todo = [...target.split('/').filter(Boolean), ...todo];
        continue;
      }
      if (todo.length && !f.st.isDirectory()) return undefined;
      if (!todo.length && !f.st.isFile()) return undefined;
      done.push(name);
    }
    return `/${done.join('/')}`;
  }

  /** Up to `n` bytes from the start of a resolved regular file. */
  async head(path: string, n: number): Promise<Buffer> {
    const f = await this.lookup(path);
    if (!f?.st.isFile()) return Buffer.alloc(0);
    const fh = await fsp.open(f.host, fsc.O_RDONLY | fsc.O_NOFOLLOW | fsc.O_NONBLOCK);
    try {
      const buf = Buffer.alloc(Math.min(n, f.st.size));
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  }
}
