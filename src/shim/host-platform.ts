// The host's platform and what it runs without emulation. On Apple silicon that includes
// darwin/amd64 when Rosetta 2 is installed: its runtime library is present then (the file
// softwareupdate --install-rosetta puts in place; not run here, see docs/macos.md).
import { existsSync } from 'node:fs';
import { hostPlatform, nativePlatforms, type Platform } from '../common/platform.js';

const ROSETTA_RUNTIME = '/Library/Apple/usr/libexec/oah/libRosettaRuntime';

export function hostPlatforms(
  nodePlatform: string = process.platform,
  nodeArch: string = process.arch,
): { host: Platform; natives: Platform[] } {
  const host = hostPlatform(nodePlatform, nodeArch);
  const rosetta = host.os === 'darwin' && host.architecture === 'arm64' && existsSync(ROSETTA_RUNTIME);
  return { host, natives: nativePlatforms(host, { rosetta }) };
}
