// The local driver's options (`docker volume create -o`, Compose's `driver_opts`) as dockerd
// checks them (type, device, o, size; type and device go together). Two kinds are served:
// a host directory bound as the volume (type=none, o=bind), which works the same for native
// and VM containers on every host, and a tmpfs (type=tmpfs), which each container gets as its
// own mount with the volume's `o` (dockerd mounts one tmpfs on the host that containers
// running at the same time share: see docs/docker.md). Other types (nfs, cifs, a block device)
// need a mount on the host, which tandem does not make: refused, naming what to do instead.
import { isAbsolute } from 'node:path';
import { invalidArgument } from '../common/errdefs.js';

export type VolumeKind = { kind: 'plain' } | { kind: 'bind'; device: string; ro: boolean } | { kind: 'tmpfs'; options: string[] };

const VALID = new Set(['type', 'device', 'o', 'size']);

/** The kind of volume the options make; InvalidArgument in dockerd's words for bad ones. */
export function volumeKind(opts: Record<string, string> | undefined): VolumeKind {
  if (!opts || !Object.keys(opts).length) return { kind: 'plain' };
  for (const k of Object.keys(opts)) if (!VALID.has(k)) throw invalidArgument(`invalid option: ${JSON.stringify(k)}`);
  const { type = '', device = '', o = '', size } = opts;
  if (!type && device) throw invalidArgument('missing required option: "type"');
  if (type && !device) throw invalidArgument('missing required option: "device"');
  if (size !== undefined) throw invalidArgument('quota size requested but no quota support');
  if (!type) return { kind: 'plain' };
  const flags = o ? o.split(',') : [];
  if (type === 'tmpfs') return { kind: 'tmpfs', options: flags };
  if (type === 'none' && flags.some((f) => f === 'bind' || f === 'rbind')) {
    if (!isAbsolute(device)) throw invalidArgument(`invalid option: device ${JSON.stringify(device)} of a bind must be an absolute path`);
    return { kind: 'bind', device, ro: flags.includes('ro') };
  }
  throw invalidArgument(
    `volume type ${JSON.stringify(type)}${o ? ` (o=${o})` : ''} is not supported: tandem's local driver binds a host directory (type=none, o=bind, device=/path) or gives each container a tmpfs (type=tmpfs); mount it on the host and bind that directory`,
  );
}
