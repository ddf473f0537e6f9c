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

/** Checks the shape of every field we read (config.json is client input: any JSON at all). */
export function validateProcess(p: OciProcess | undefined): asserts p is OciProcess {
  if (!p || typeof p !== 'object' || Array.isArray(p)) throw invalidArgument('config.json has no process');
  if (!Array.isArray(p.args) || !p.args.length || !p.args.every((a) => typeof a === 'string') || !p.args[0]) {
    throw invalidArgument('process.args must name a program (a list of strings)');
  }
  if (typeof p.cwd !== 'string' || !p.cwd.startsWith('/'))
    throw invalidArgument(`process.cwd ${JSON.stringify(p.cwd)} must be an absolute path`);
  const u = p.user as OciProcess['user'] | undefined;
  if (!u || typeof u !== 'object' || !Number.isInteger(u.uid) || !Number.isInteger(u.gid) || u.uid < 0 || u.gid < 0) {
    throw invalidArgument('process.user needs a numeric uid and gid');
  }
  if (u.additionalGids !== undefined && !Array.isArray(u.additionalGids))
    throw invalidArgument('process.user.additionalGids must be a list');
  if (u.username !== undefined && typeof u.username !== 'string') throw invalidArgument('process.user.username must be a string');
  if (u.umask !== undefined && (!Number.isInteger(u.umask) || u.umask < 0)) throw invalidArgument('process.user.umask must be a number');
  if (p.env !== undefined && (!Array.isArray(p.env) || !p.env.every((e) => typeof e === 'string'))) {
    throw invalidArgument('process.env must be a list of NAME=value strings');
  }
  if (p.rlimits !== undefined && (!Array.isArray(p.rlimits) || !p.rlimits.every((r) => r && typeof r === 'object'))) {
    throw invalidArgument('process.rlimits must be a list of {type, soft, hard}');
  }
  // A NUL cannot go through exec: say which field has one instead of failing the spawn.
  for (const [what, v] of [
    ['args', p.args],
    ['env', p.env ?? []],
    ['cwd', [p.cwd]],
    ['user.username', [u.username ?? '']],
  ] as const) {
    if ((v as string[]).some((x) => x.includes('\0'))) throw invalidArgument(`process.${what} contains a NUL byte`);
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
    if (typeof r.type !== 'string' || !/^RLIMIT_[A-Z]+$/.test(r.type)) throw invalidArgument(`unknown rlimit type ${r.type}`);
    if (typeof r.soft !== 'number' || typeof r.hard !== 'number') throw invalidArgument(`rlimit ${r.type}: soft and hard must be numbers`);
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
