// Where the shim keeps its sockets, logs and locks. One daemon serves every container of one
// (containerd address, namespace) pair, so its socket name is derived from that pair.
import { join } from 'node:path';

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TANDEM_STATE_DIR || (process.platform === 'darwin' ? '/var/run/tandem' : '/run/tandem');
}

/**
 * A short name (unix socket paths are limited to 104 bytes on darwin): FNV-1a 64 of
 * "<address>/<namespace>", the same function native/tandem-shim.c computes on its fast path.
 */
export function daemonKey(address: string, namespace: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(`${address}/${namespace}`)) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

/** Where the shim daemons of a state directory keep `<key>.sock`, `<key>.lock` (their pid) and `<key>.log`. */
export function daemonsDir(state: string): string {
  return join(state, 's');
}

export function daemonPaths(address: string, namespace: string, env: NodeJS.ProcessEnv = process.env) {
  const dir = daemonsDir(stateDir(env));
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
