// Where the VM daemon of a state directory lives, and how a shim daemon starts one.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../settings.js';

export interface VmdPaths {
  /** <state dir>/vm: vm.json, share/, one directory per VM generation */
  dir: string;
  socket: string;
  lock: string;
  /** the vmd's own log (boot logs are per generation) */
  log: string;
  /** where a vmd's stdout and stderr go (a start-up failure is its last line) */
  stderr: string;
}

export function vmdPaths(stateDir: string): VmdPaths {
  const dir = join(stateDir, 'vm');
  return { dir, socket: join(dir, 'vmd.sock'), lock: join(dir, 'vmd.lock'), log: join(dir, 'vmd.log'), stderr: join(dir, 'vmd.stderr') };
}

/** Small heaps: the vmd relays bytes and holds a few maps (same flags as the shim daemon). */
const NODE_FLAGS = ['--max-semi-space-size=1', '--v8-pool-size=0'];

/** Starts a vmd for stateDir, detached, with this process's environment (its VM settings). */
export function spawnVmd(stateDir: string, env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const paths = vmdPaths(stateDir);
  mkdirSync(paths.dir, { recursive: true, mode: 0o711 });
  const out = openSync(paths.stderr, 'a');
  try {
    const child = spawn(
      process.execPath,
      [...NODE_FLAGS, join(PACKAGE_ROOT, 'dist', 'linuxvm', 'vmd', 'main.js'), '--state-dir', stateDir],
      {
        detached: true,
        stdio: ['ignore', out, out],
        cwd: '/',
        env: { ...env, TANDEM_STATE_DIR: stateDir },
      },
    );
    child.unref();
    return child;
  } finally {
    closeSync(out);
  }
}
