// /etc/hosts for containers: natively on the host's network a copy of the host's (dockerd's
// --network host), with --add-host's lines; on user networks (Compose's `<project>_default`),
// with links or in the VM, every container sharing a network is listed by name and aliases. tandem gives
// containers the host's network (the VM's for VM containers), so a name means the loopback
// address: a service listening in one native container is reached by the others there, one
// in a VM container by the VM's others. A VM container reaches a native peer at the host
// (QEMU's gateway); a native container reaches a VM peer on the host's loopback, where the
// peer's published ports listen (a Compose `ports: "5432:5432"`).
// The file is rewritten in place (same inode) as members come and go, so the bind mount in
// running containers shows the change.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { containerByRef, joinedContainer } from './names.js';
import type { ContainerRecord, CreateBody } from './types.js';

const PREDEFINED = new Set(['default', 'bridge', 'host', 'none']);

/**
 * The host as a VM container reaches it: QEMU's user networking answers for the host at this
 * address of the guest's network (vfkit's NAT gateway differs: not run, docs/macos.md).
 */
export const VM_HOST_GATEWAY = '10.0.2.2';

/** The lines every hosts file of ours starts with (a container's, a build RUN's with --add-host). */
export const LOCALHOST_LINES = ['127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback'];
/** How a VM container names the host. */
export const VM_HOST_LINE = `${VM_HOST_GATEWAY}\thost.docker.internal`;

/**
 * Whether a new container gets a hosts file of ours (`vm` as runsInGuest says: false is a darwin
 * container). A linux one always, as under dockerd (an image rarely has /etc/hosts, and without
 * one `localhost` does not resolve; with `--network container:X` dockerd gives X's, the same
 * text here: both are on the host's network, or the VM's). A darwin one resolves through
 * mDNSResponder, which reads the host's file: only where a user network, a link or --add-host
 * asks for names of its own.
 */
export function wantsHosts(body: CreateBody, vm: boolean | 'maybe'): boolean {
  const mode = body.HostConfig?.NetworkMode;
  if (vm !== false) return true;
  const eps = Object.keys(body.NetworkingConfig?.EndpointsConfig ?? {});
  return (
    !!body.HostConfig?.ExtraHosts?.length ||
    !!body.HostConfig?.Links?.length ||
    (!!mode && !PREDEFINED.has(mode) && !mode.startsWith('container:')) ||
    eps.some((n) => !PREDEFINED.has(n))
  );
}

/** The host's own /etc/hosts, what dockerd gives a container on the host network. */
function hostHosts(): string {
  try {
    const text = readFileSync('/etc/hosts', 'utf8');
    return text.endsWith('\n') || !text ? text : `${text}\n`;
  } catch {
    return `${LOCALHOST_LINES.join('\n')}\n`;
  }
}

/** The file's text for `c` among `all` containers; `inVm`: whether a container runs in the guest VM. */
export function hostsFile(
  c: ContainerRecord,
  all: ContainerRecord[],
  inVm: (x: ContainerRecord) => boolean = () => false,
  host: () => string = hostHosts,
): string {
  // `--network container:X`: X's file, as dockerd gives X's HostsPath (X as start checked it).
  const ref = joinedContainer(c.HostConfig.NetworkMode);
  if (ref !== undefined) {
    let x: ContainerRecord | undefined;
    try {
      x = containerByRef(all, ref);
    } catch {} // gone, or ambiguous: a file of its own
    if (x && x.Id !== c.Id && joinedContainer(x.HostConfig.NetworkMode) === undefined) return hostsFile(x, all, inVm, host);
  }
  const vm = inVm(c);
  const nets = Object.keys(c.Networks).filter((n) => !PREDEFINED.has(n));
  // A native container on no network of its own is on the host's: the host's file, as dockerd's
  // --network host gives it, and the --add-host lines after it.
  if (!vm && !nets.length && !c.HostConfig.Links?.length) {
    const extra = extraHostLines(c.HostConfig.ExtraHosts, false);
    return `${host()}${extra.map((l) => `${l}\n`).join('')}`;
  }
  const at = (other: ContainerRecord) => (vm && !inVm(other) ? VM_HOST_GATEWAY : '127.0.0.1');
  const lines = [...LOCALHOST_LINES, `127.0.0.1\t${c.Id.slice(0, 12)} ${c.Name.slice(1)}`];
  if (vm) lines.push(VM_HOST_LINE);
  for (const other of all) {
    if (other.Id === c.Id) continue;
    const shared = nets.filter((n) => other.Networks[n]);
    if (!shared.length) continue;
    const names = new Set<string>([other.Name.slice(1), other.Id.slice(0, 12)]);
    for (const n of shared) for (const a of other.Networks[n].Aliases ?? []) names.add(a);
    lines.push(`${at(other)}\t${[...names].join(' ')}`);
  }
  // Legacy links (`/NAME:/this/ALIAS`): the alias and the name, where the linked container is.
  for (const link of c.HostConfig.Links ?? []) {
    const [target, as] = link.split(':');
    const other = all.find((o) => o.Name === target);
    if (other) lines.push(`${at(other)}\t${as.slice(as.lastIndexOf('/') + 1)} ${other.Name.slice(1)} ${other.Id.slice(0, 12)}`);
  }
  lines.push(...extraHostLines(c.HostConfig.ExtraHosts, vm));
  return `${lines.join('\n')}\n`;
}

/** `--add-host NAME:IP` entries as hosts lines; `host-gateway` is the host as the container reaches it. */
export function extraHostLines(extra: readonly string[] | null | undefined, vm: boolean): string[] {
  const lines: string[] = [];
  for (const h of extra ?? []) {
    const i = h.indexOf(':');
    if (i <= 0) continue;
    const ip = h.slice(i + 1) === 'host-gateway' ? (vm ? VM_HOST_GATEWAY : '127.0.0.1') : h.slice(i + 1);
    lines.push(`${ip}\t${h.slice(0, i)}`);
  }
  return lines;
}

/** Rewrites the hosts file of each container that has one (`pathOf`), the host's file read once. */
export async function writeHosts(
  all: ContainerRecord[],
  pathOf: (id: string) => string,
  inVm: (x: ContainerRecord) => boolean,
): Promise<void> {
  const host = hostHosts();
  for (const c of all) {
    if (!c.HostsFile) continue;
    // writeFile truncates and writes the same inode: bind mounts of it see the new text.
    await writeFile(
      pathOf(c.Id),
      hostsFile(c, all, inVm, () => host),
      { mode: 0o644 },
    ).catch(() => {});
  }
}
