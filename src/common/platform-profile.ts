// Which platform's implementation the host-platform layers use (the native executor's mounts
// and process table, the snapshotter's clone probe): the host's own, or, on a Linux host with
// TANDEM_PLATFORM_PROFILE=darwin, the darwin one with Linux stand-ins for the macOS tools. That
// is how CI runs the darwin code paths without a Mac (docs/macos.md lists what runs that way).
// Nothing else follows the profile: dispatch still sees a Linux host.
import { invalidArgument } from './errdefs.js';

export function platformProfile(env: NodeJS.ProcessEnv = process.env, host: NodeJS.Platform = process.platform): NodeJS.Platform {
  const wanted = env.TANDEM_PLATFORM_PROFILE;
  if (!wanted || wanted === host) return host;
  if (wanted === 'darwin' && host === 'linux') return 'darwin';
  throw invalidArgument(`TANDEM_PLATFORM_PROFILE=${wanted}: only "darwin" on a linux host is supported`);
}
