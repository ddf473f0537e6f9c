// Builds the argv and environment of native/tandem-enter for one OCI process. Pure, so the
// translation of every process field is unit-tested without running anything.
import { invalidArgument } from '../common/errdefs.js';
import type { OciProcess } from '../common/oci.js';

/** Values at or above this came from a uint64 "unlimited" that JSON turned into a float. */
const UNLIMITED = 2 ** 63;

export interface HelperInvocation {
  args: string[];
  env: Record<string, string>;
}

export function validateProcess(p: OciProcess | undefined): asserts p is OciProcess {
  if (!p) throw invalidArgument('config.json has no process');
  if (!p.args?.length || !p.args[0]) throw invalidArgument('process.args must name a program');
  if (!p.cwd || !p.cwd.startsWith('/')) throw invalidArgument(`process.cwd ${JSON.stringify(p.cwd)} must be an absolute path`);
  if (!p.user || !Number.isInteger(p.user.uid) || !Number.isInteger(p.user.gid) || p.user.uid < 0 || p.user.gid < 0) {
    throw invalidArgument('process.user needs a numeric uid and gid');
  }
}

/** A namespace the helper joins; types as in /proc/<pid>/ns. */
export interface NamespaceEntry {
  type: 'net' | 'ipc' | 'uts' | 'pid';
  path: string;
}

export interface HelperOptions {
  terminal: boolean;
  namespaces?: NamespaceEntry[];
}

export function helperInvocation(root: string, p: OciProcess, opts: HelperOptions): HelperInvocation {
  validateProcess(p);
  const args = ['--root', root, '--cwd', p.cwd, '--uid', String(p.user.uid), '--gid', String(p.user.gid)];
  const groups = p.user.additionalGids ?? [];
  if (groups.some((g) => !Number.isInteger(g) || g < 0)) throw invalidArgument('process.user.additionalGids must be numeric');
  if (groups.length) args.push('--groups', groups.join(','));
  if (p.user.username) args.push('--user', p.user.username);
  if (p.user.umask !== undefined) args.push('--umask', p.user.umask.toString(8));
  for (const r of p.rlimits ?? []) {
    if (!/^RLIMIT_[A-Z]+$/.test(r.type)) throw invalidArgument(`unknown rlimit type ${r.type}`);
    const v = (n: number) => (n >= UNLIMITED || n < 0 ? 'unlimited' : String(Math.trunc(n)));
    args.push('--rlimit', `${r.type}:${v(r.soft)}:${v(r.hard)}`);
  }
  for (const ns of opts.namespaces ?? []) args.push('--ns', ns.path ? `${ns.type}:${ns.path}` : ns.type);
  if (opts.terminal) args.push('--tty');
  if (p.noNewPrivileges) args.push('--no-new-privs');
  args.push('--', ...(p.args as string[]));

  const env: Record<string, string> = {};
  for (const kv of p.env ?? []) {
    const eq = kv.indexOf('=');
    if (eq <= 0) throw invalidArgument(`process.env entry ${JSON.stringify(kv)} is not NAME=value`);
    env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return { args, env };
}
