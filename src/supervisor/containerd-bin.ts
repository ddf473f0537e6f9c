// Which containerd tandem drives and what follows from its version: the config format (version
// 2 for 1.6/1.7, version 3 for 2.x) and the runtime name its own `ctr` asks for when given no
// `--runtime` (ctr always sends one: containerd has no server-side default for it).
import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import { failedPrecondition } from '../common/errdefs.js';
import { which } from '../common/which.js';

export { which };

export interface ContainerdBinary {
  path: string;
  version: string;
  major: number;
  minor: number;
}

/** Where a containerd may live when it is not on PATH (Homebrew on Apple silicon and Intel, distro). */
const EXTRA_DIRS = ['/opt/homebrew/bin', '/usr/local/bin', '/usr/bin', '/usr/sbin'];

/** `containerd --version` → version. Debian: "containerd github.com/containerd/containerd 1.6.20~ds1 1.6.20~ds1-1+deb12u3"; upstream 2.x: "… v2.2.1 <rev>". */
export function parseContainerdVersion(out: string): { version: string; major: number; minor: number } | undefined {
  const m = /\sv?(\d+)\.(\d+)\.(\d+)(\S*)/.exec(` ${out.trim()}`);
  if (!m) return undefined;
  return { version: `${m[1]}.${m[2]}.${m[3]}${m[4]}`, major: Number(m[1]), minor: Number(m[2]) };
}

export function installHint(platform: NodeJS.Platform): string {
  return platform === 'darwin' ? 'brew install containerd' : 'apt-get install containerd';
}

/** Finds containerd (explicit path, TANDEM_CONTAINERD, PATH, the usual places) and asks its version. */
export async function findContainerd(explicit?: string, env: NodeJS.ProcessEnv = process.env): Promise<ContainerdBinary> {
  const path = explicit || env.TANDEM_CONTAINERD || which('containerd', env.PATH, EXTRA_DIRS);
  if (!path)
    throw failedPrecondition(`containerd is not installed (no containerd on PATH): install it with "${installHint(process.platform)}"`);
  const out = await new Promise<string>((resolve, reject) =>
    execFile(path, ['--version'], { timeout: 20_000 }, (err, stdout) =>
      err ? reject(failedPrecondition(`${path} --version failed: ${err.message.split('\n')[0]}`)) : resolve(stdout),
    ),
  );
  const v = parseContainerdVersion(out);
  if (!v) throw failedPrecondition(`cannot read the version of ${path} from "${out.trim()}"`);
  if (v.major < 1 || (v.major === 1 && v.minor < 6))
    throw failedPrecondition(`containerd ${v.version} at ${path} is too old: tandem needs 1.6 or later`);
  return { path, ...v };
}

/** The ctr that came with a containerd (same directory), else the one on PATH. */
export function ctrFor(c: Pick<ContainerdBinary, 'path'>, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return which('ctr', dirname(c.path)) ?? which('ctr', env.PATH);
}

export function configVersion(c: Pick<ContainerdBinary, 'major'>): 2 | 3 {
  return c.major >= 2 ? 3 : 2;
}

/**
 * The runtime a client of this containerd gets without asking for one (ctr's compiled-in
 * default: runc on Linux; on darwin nerdbox from 2.2, none before). In a tandem instance that
 * name is served by tandem's shim, so `ctr run` with no `--runtime` runs on tandem.
 */
export function clientDefaultRuntime(c: Pick<ContainerdBinary, 'major' | 'minor'>, platform: NodeJS.Platform): string | undefined {
  if (platform === 'linux') return 'io.containerd.runc.v2';
  if (platform === 'darwin' && (c.major > 2 || (c.major === 2 && c.minor >= 2))) return 'io.containerd.nerdbox.v1';
  return undefined;
}

/** The shim binary containerd looks up on PATH for a runtime name (io.containerd.runc.v2 → containerd-shim-runc-v2). */
export function shimBinaryName(runtime: string): string {
  const parts = runtime.split('.');
  if (parts.length < 2) throw failedPrecondition(`runtime name ${runtime} is not of the form <vendor>.<name>.<version>`);
  return `containerd-shim-${parts[parts.length - 2]}-${parts[parts.length - 1]}`;
}
