// Where the shim keeps its sockets, logs and locks. One daemon serves every container of one
// (containerd address, namespace) pair, so its socket name is derived from that pair.
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TANDEM_STATE_DIR || (process.platform === 'darwin' ? '/var/run/tandem' : '/run/tandem');
}

/** A short name: unix socket paths are limited to 104 bytes on darwin (108 on Linux). */
export function daemonKey(address: string, namespace: string): string {
  return createHash('sha256').update(`${address}/${namespace}`).digest('hex').slice(0, 24);
}

export function daemonPaths(address: string, namespace: string, env: NodeJS.ProcessEnv = process.env) {
  const dir = join(stateDir(env), 's');
  const key = daemonKey(address, namespace);
  return {
    dir,
    socket: join(dir, `${key}.sock`),
    lock: join(dir, `${key}.lock`),
    log: join(dir, `${key}.log`),
  };
}

/** Per-container facts the `delete` action needs when the daemon is gone. */
export const BUNDLE_STATE_FILE = 'tandem-shim.json';
