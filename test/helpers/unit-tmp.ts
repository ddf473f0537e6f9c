// Global setup of the unit project: every unit test run gets a private temp directory (TMPDIR,
// so os.tmpdir() in every worker), and the run fails if anything is left in it afterwards:
// a test that leaves files, FIFOs, sockets or mounts behind is found by name.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeTree } from './containerd.js';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-unit-'));
  process.env.TMPDIR = dir;
  return () => {
    const left = readdirSync(dir);
    removeTree(dir);
    if (!left.length) return;
    // vitest reports an error thrown here but still exits 0: set the exit code ourselves.
    process.exitCode = 1;
    throw new Error(`the unit tests left ${left.join(', ')} in their temp directory ${dir}`);
  };
}
