// A VM container's seccomp filter (ANNOTATION_SECCOMP), made as dockerd makes one for runc: a
// profile in Docker's format (the default, or the one `--security-opt seccomp=FILE` sent) turned
// into the spec's linux.seccomp for this guest's architecture and the container's capabilities.
// The default is the profile Debian ships with the containers tools (golang-github-containers-
// common's seccomp.json: Docker's rules, kept by Podman), which the guest image carries; the
// guest decides because the rules depend on its architecture and kernel, which the host does not
// know (a Mac's endpoint even less).
import { failedPrecondition, invalidArgument } from '../../common/errdefs.js';
import { ANNOTATION_SECCOMP, type OciSpec } from '../../common/oci.js';

/** Where the guest image puts the default profile (images/guest/debian.yml, tandem/seccomp). */
export const DEFAULT_PROFILE = '/usr/share/containers/seccomp.json';

interface Filter {
  arches?: string[] | null;
  caps?: string[] | null;
  minKernel?: string | null;
}

interface Rule {
  name?: string;
  names?: string[] | null;
  action: string;
  errnoRet?: number;
  args?: unknown[] | null;
  includes?: Filter | null;
  excludes?: Filter | null;
}

/** Docker's profile format (moby's profiles/seccomp types), the parts that make a filter. */
export interface Profile {
  defaultAction: string;
  defaultErrnoRet?: number;
  archMap?: { architecture: string; subArchitectures?: string[] | null }[] | null;
  architectures?: string[] | null;
  flags?: string[] | null;
  syscalls?: Rule[] | null;
}

/** What the rules are read for: Go's name of the guest's architecture, the kernel, the capabilities. */
export interface Target {
  arch: 'amd64' | 'arm64';
  kernel: string;
  caps: string[];
}

const SCMP_ARCH: Record<Target['arch'], string> = { amd64: 'SCMP_ARCH_X86_64', arm64: 'SCMP_ARCH_AARCH64' };

/** The annotation's value: `default`, or a profile's JSON (the Docker CLI sends the file's contents). */
export function parseProfile(value: string, readDefault: () => string | undefined): Profile {
  let text = value;
  if (value === 'default') {
    const d = readDefault();
    if (d === undefined)
      throw failedPrecondition(
        `the guest image has no default seccomp profile (${DEFAULT_PROFILE}): rebuild it with \`tandem guest build\``,
      );
    text = d;
  }
  let p: Partial<Profile>;
  try {
    p = JSON.parse(text) as Partial<Profile>;
  } catch (err) {
    throw invalidArgument(`seccomp profile: not JSON (${(err as Error).message})`);
  }
  if (typeof p?.defaultAction !== 'string') throw invalidArgument('seccomp profile: no defaultAction');
  if (p.syscalls != null && !Array.isArray(p.syscalls)) throw invalidArgument('seccomp profile: syscalls is not a list');
  return p as Profile;
}

/** Whether kernel version a (x.y[.z…]) is at least b. */
function atLeast(a: string, b: string): boolean {
  const [x, y] = [a, b].map((v) => (/^(\d+)\.(\d+)/.exec(v) ?? []).slice(1).map(Number));
  if (!x?.length || !y?.length) return true;
  return x[0]! > y[0]! || (x[0] === y[0] && x[1]! >= y[1]!);
}

function applies(r: Rule, t: Target): boolean {
  const inc = r.includes ?? {};
  const exc = r.excludes ?? {};
  if (inc.arches?.length && !inc.arches.includes(t.arch)) return false;
  if (inc.caps?.length && !inc.caps.every((c) => t.caps.includes(c))) return false;
  if (inc.minKernel && !atLeast(t.kernel, inc.minKernel)) return false;
  if (exc.arches?.includes(t.arch)) return false;
  if (exc.caps?.some((c) => t.caps.includes(c))) return false;
  return true;
}

/** linux.seccomp for the target, as dockerd's setupSeccomp builds it from the profile. */
export function seccompFor(p: Profile, t: Target): Record<string, unknown> {
  const native = SCMP_ARCH[t.arch];
  let architectures = p.architectures ?? [];
  const mapped = p.archMap?.find((a) => a.architecture === native);
  if (p.archMap?.length) architectures = mapped ? [mapped.architecture, ...(mapped.subArchitectures ?? [])] : [];
  const syscalls = (p.syscalls ?? [])
    .filter((r) => applies(r, t))
    .map((r) => ({
      names: r.names?.length ? r.names : r.name ? [r.name] : [],
      action: r.action,
      ...(r.errnoRet !== undefined ? { errnoRet: r.errnoRet } : {}),
      ...(r.args?.length ? { args: r.args } : {}),
    }))
    .filter((r) => r.names.length);
  return {
    defaultAction: p.defaultAction,
    ...(p.defaultErrnoRet !== undefined ? { defaultErrnoRet: p.defaultErrnoRet } : {}),
    architectures,
    ...(p.flags?.length ? { flags: p.flags } : {}),
    syscalls,
  };
}

/** The spec with the annotation's filter for this guest (none: the spec as it is). */
export function withSeccomp(spec: OciSpec, t: Omit<Target, 'caps'>, readDefault: () => string | undefined): OciSpec {
  const value = spec.annotations?.[ANNOTATION_SECCOMP];
  if (value === undefined) return spec;
  const caps = spec.process?.capabilities?.bounding ?? [];
  const seccomp = seccompFor(parseProfile(value, readDefault), { ...t, caps });
  return { ...spec, linux: { ...(spec.linux ?? {}), seccomp } as OciSpec['linux'] };
}
