// The shim binary's command line, as containerd builds it (Go `flag` style, single dash):
//   containerd-shim-tandem-v1 -namespace NS -address ADDR -publish-binary EXE -id ID [-bundle B] [-debug] start|delete
// plus our own `serve` action, used when `start` launches the daemon.
import { invalidArgument } from '../common/errdefs.js';

export interface ShimFlags {
  namespace: string;
  address: string;
  publishBinary: string;
  id: string;
  bundle: string;
  debug: boolean;
  socket: string;
  action: string;
}

const VALUE_FLAGS: Record<string, keyof ShimFlags> = {
  namespace: 'namespace',
  address: 'address',
  'publish-binary': 'publishBinary',
  id: 'id',
  bundle: 'bundle',
  socket: 'socket',
};

export function parseFlags(argv: string[]): ShimFlags {
  const f: ShimFlags = { namespace: '', address: '', publishBinary: '', id: '', bundle: '', debug: false, socket: '', action: '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-')) {
      f.action = arg;
      continue;
    }
    let name = arg.replace(/^--?/, '');
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    if (name === 'debug' || name === 'v' || name === 'info') {
      if (name === 'debug') f.debug = value === undefined || value === 'true';
      else f.action = name;
      continue;
    }
    const key = VALUE_FLAGS[name];
    if (!key) throw invalidArgument(`flag provided but not defined: -${name}`);
    value ??= argv[++i];
    if (value === undefined) throw invalidArgument(`flag needs an argument: -${name}`);
    (f as unknown as Record<string, string>)[key] = value;
  }
  return f;
}

/** Flags to hand on to the daemon (everything but the action). */
export function toArgv(f: ShimFlags): string[] {
  const out = ['-namespace', f.namespace, '-address', f.address, '-publish-binary', f.publishBinary, '-id', f.id];
  if (f.bundle) out.push('-bundle', f.bundle);
  if (f.socket) out.push('-socket', f.socket);
  if (f.debug) out.push('-debug');
  return out;
}
