// The pause image of a Kubernetes pod's sandbox, built locally (no registry needed): one layer
// holding native/tandem-pause as /pause, for the host's own OS (static on Linux; on macOS a
// darwin image, so that a darwin node's pod sandboxes run natively and not in the VM).
import { readFileSync } from 'node:fs';
import type { ImageSpec } from './oci-archive.js';

export const PAUSE_IMAGE = 'docker.io/tandem/pause:1';

export function pauseImage(pauseBinary: string, arch = 'amd64', name = PAUSE_IMAGE, os = 'linux'): ImageSpec {
  return {
    name,
    os,
    architecture: arch,
    layers: [[{ type: 'file', path: 'pause', mode: 0o755, content: readFileSync(pauseBinary) }]],
    cmd: ['/pause'],
  };
}
