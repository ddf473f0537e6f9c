// Runs once before the integration tests: builds the sample image archive if it is missing.
// (The build itself and system packages are the test script's job: scripts/test.sh.)
import { existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { BUSYBOX_TAR, REPO } from './containerd.js';

export default function setup(): void {
  if (!existsSync(BUSYBOX_TAR)) {
    mkdirSync(`${REPO}/images/out`, { recursive: true });
    execFileSync(`${REPO}/bin/tandem`, ['image', 'busybox', '--out', BUSYBOX_TAR], { stdio: 'inherit' });
  }
}
