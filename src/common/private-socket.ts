// Unix sockets only their owner can connect to. Every socket tandem serves (shim daemon, VM
// daemon, snapshotter) gives whoever connects root's power over containers, so it is 0600 from
// the moment it exists: the file is made under umask 0177 (bind happens inside listen()) and
// chmod'ed again afterwards, whatever umask the daemon was started with.
import { chmodSync } from 'node:fs';
import type net from 'node:net';

export const SOCKET_MODE = 0o600;

/** Runs `bind` (which creates the socket file) under a umask that leaves only the owner's rights. */
export async function withPrivateUmask<T>(bind: () => Promise<T>): Promise<T> {
  const old = process.umask(0o177);
  try {
    return await bind();
  } finally {
    process.umask(old);
  }
}

/** `server.listen(path)` with the socket file 0600. */
export async function listenPrivate(server: net.Server, path: string): Promise<void> {
  await withPrivateUmask(
    () =>
      new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(path, () => resolve());
      }),
  );
  chmodSync(path, SOCKET_MODE);
}
