// Talking to the tandem shim daemon directly (for what ctr cannot do: CloseIO, bad frames).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { TtrpcClient } from '../../src/ttrpc/client.js';
import { daemonPaths } from '../../src/shim/paths.js';
import type { Containerd } from './containerd.js';

export const RUNTIME = 'io.containerd.tandem.v1';

export function shimSocket(cd: Containerd): string {
  return daemonPaths(cd.address, cd.namespace, { TANDEM_STATE_DIR: cd.tandemState }).socket;
}

export async function shimClient(cd: Containerd): Promise<TtrpcClient> {
  return TtrpcClient.connect(shimSocket(cd));
}

/** The pid of the daemon serving this containerd + namespace, if one runs. */
export function shimDaemonPid(cd: Containerd): number | undefined {
  const sock = shimSocket(cd);
  if (!existsSync(sock)) return undefined;
  try {
    const out = execFileSync('pgrep', ['-f', `containerd-shim-tandem-v1|shim/main.js.*${cd.namespace}.*serve`], { encoding: 'utf8' });
    const pids = out.split('\n').filter(Boolean).map(Number);
    return pids.find((p) => {
      try {
        return (
          execFileSync('cat', [`/proc/${p}/cmdline`], { encoding: 'utf8' }).includes(cd.namespace) &&
          execFileSync('cat', [`/proc/${p}/cmdline`], { encoding: 'utf8' }).includes('serve')
        );
      } catch {
        return false;
      }
    });
  } catch {
    return undefined;
  }
}

export function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}
