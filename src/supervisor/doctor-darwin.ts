// The checks that only mean something on a Mac (written against Apple's documented tools, never
// run on one: docs/macos.md): SIP (chroot needs it off, as for rund), macFUSE and bindfs (volumes
// are bindfs mounts), and the case sensitivity of the snapshot store (also reported on Linux).
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { which } from './containerd-bin.js';
import type { Check, DoctorContext } from './doctor.js';
import { run } from './doctor.js';

/** `csrutil status` → whether System Integrity Protection is off. */
export function sipDisabled(out: string): boolean | undefined {
  if (/status:\s*disabled/i.test(out)) return true;
  if (/status:\s*enabled/i.test(out)) return false;
  return undefined;
}

export async function darwinChecks(c: DoctorContext): Promise<Check[]> {
  const sip = sipDisabled((await run('csrutil', ['status'], c.env)).out);
  const checks: Check[] = [
    sip
      ? { name: 'SIP', status: 'ok', detail: 'System Integrity Protection is off (chroot works)' }
      : {
          name: 'SIP',
          status: 'fail',
          detail:
            sip === false
              ? 'System Integrity Protection is on: chroot(2) is refused, darwin containers cannot start'
              : 'cannot read csrutil status',
          fix: 'restart into Recovery, run "csrutil disable" in its Terminal, restart',
        },
  ];
  const macfuse = existsSync('/Library/Filesystems/macfuse.fs');
  const bindfs = which('bindfs', c.env.PATH);
  checks.push(
    macfuse && bindfs
      ? { name: 'volumes', status: 'ok', detail: `macFUSE and ${bindfs}` }
      : {
          name: 'volumes',
          status: 'warn',
          detail: `${macfuse ? '' : 'macFUSE is not installed; '}${bindfs ? '' : 'bindfs is not on PATH; '}containers with volumes (bind mounts) cannot start`,
          fix: 'brew install --cask macfuse && brew install darwin-containers/formula/bindfs',
        },
  );
  return checks;
}

/**
 * Whether names that differ only by case collide in dir. Darwin images come from case-insensitive
 * APFS; linux images may hold names that differ only by case, which collide there.
 */
export function caseSensitivity(dir: string): Check {
  const a = join(dir, `.tandem-case-${process.pid}-a`);
  const b = join(dir, `.tandem-case-${process.pid}-A`);
  try {
    writeFileSync(a, 'a');
    const insensitive = existsSync(b);
    return insensitive
      ? {
          name: 'case',
          status: 'info',
          detail: `${dir} is case-insensitive (as darwin images expect; linux files differing only by case collide there)`,
        }
      : { name: 'case', status: 'info', detail: `${dir} is case-sensitive (as linux images expect)` };
  } catch (err) {
    return { name: 'case', status: 'warn', detail: `cannot probe ${dir}: ${(err as Error).message}` };
  } finally {
    rmSync(a, { force: true });
  }
}
