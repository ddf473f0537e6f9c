// `docker run --init`: as dockerd does, a small init (tini) is bind-mounted read-only at
// /sbin/docker-init and runs as the container's pid 1 with the command after `--`, so signals
// reach the command and zombies are reaped. A native container gets the host's (a static Linux
// one: Debian's `tini-static`); a VM container the guest image's, which the agent binds in when
// the spec carries ANNOTATION_INIT (a Mac has no Linux tini, and the guest's matches its
// architecture). A darwin container, or a Linux host without one, is refused at create with
// what to install.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { invalidArgument } from '../../common/errdefs.js';
import { ANNOTATION_INIT, type OciMount } from '../../common/oci.js';
import type { Platform } from '../image/oci.js';

export const INIT_PATH = '/sbin/docker-init';

/** Where a static init may be on the host, best first (TANDEM_DOCKER_INIT wins). */
const CANDIDATES = ['/usr/bin/tini-static', '/usr/libexec/docker/docker-init', '/usr/bin/docker-init'];

export function findInit(env: NodeJS.ProcessEnv = process.env, candidates = CANDIDATES): string | undefined {
  const all = env.TANDEM_DOCKER_INIT ? [env.TANDEM_DOCKER_INIT] : candidates;
  return all.find((p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function linuxOnly(platform: Platform): void {
  if (platform.os !== 'linux')
    throw invalidArgument(`--init is not available for ${platform.os} containers: the init (tini) is a Linux program`);
}

/**
 * The init's own arguments before the command. dockerd passes `--` alone: in a pid namespace
 * tini is pid 1. A native container has none (a chroot), so tini is an ordinary process there: it
 * warns that it cannot reap and, without `-s` (register as the child subreaper), the command's
 * orphans would go to the host's init instead of to it.
 */
export function initArgs(native: boolean): string[] {
  return native ? ['-s', '--'] : ['--'];
}

/** The annotation that has the guest bind its own init at INIT_PATH (a VM container's --init). */
export function guestInit(platform: Platform): Record<string, string> {
  linuxOnly(platform);
  return { [ANNOTATION_INIT]: INIT_PATH };
}

/** The init's mount for a native container of `platform`; throws what to install when there is none. */
export function initMount(platform: Platform, init: string | undefined, hostPlatform: NodeJS.Platform = process.platform): OciMount {
  linuxOnly(platform);
  if (!init || hostPlatform !== 'linux')
    throw invalidArgument(
      hostPlatform === 'linux'
        ? '--init: no init binary on this host (apt-get install tini, or set TANDEM_DOCKER_INIT to a static one)'
        : `--init: no static Linux init is known on ${hostPlatform} hosts yet (set TANDEM_DOCKER_INIT to a static Linux tini)`,
    );
  return { destination: INIT_PATH, type: 'bind', source: init, options: ['rbind', 'ro'] };
}

/**
 * `docker info`'s init version: the commit tini names in `--version` ("tini version 0.19.0 -
 * git.de40ad0" → "de40ad0"), as dockerd reports it; the version itself when it names none.
 */
export async function initCommit(path: string): Promise<string> {
  const out = await new Promise<string>((resolve) =>
    execFile(path, ['--version'], { timeout: 5000 }, (err, stdout) => resolve(err ? '' : stdout.trim())),
  );
  const m = /version (\S+)(?: - git\.(\S+))?/.exec(out);
  return m ? (m[2] ?? m[1]) : '';
}
