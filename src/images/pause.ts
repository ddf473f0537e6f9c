// The pause image of a Kubernetes pod's sandbox, built locally (no registry needed): one layer
// holding native/tandem-pause, a static binary, as /pause.
import { readFileSync } from 'node:fs';
import type { ImageSpec } from './oci-archive.js';

export const PAUSE_IMAGE = 'docker.io/tandem/pause:1';

export function pauseImage(pauseBinary: string, arch = 'amd64', name = PAUSE_IMAGE): ImageSpec {
  return {
    name,
    os: 'linux',
    architecture: arch,
    layers: [[{ type: 'file', path: 'pause', mode: 0o755, content: readFileSync(pauseBinary) }]],
    cmd: ['/pause'],
  };
}
