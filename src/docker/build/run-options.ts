// What `docker build` asks of its RUN containers (the classic builder's query: --add-host,
// --network, -m, --memory-swap, --cpu-*, --cpuset-*, --shm-size, --ulimit), checked with the same
// rules and words as `docker create`'s HostConfig (containers/host-options.ts, resources.ts).
// In the VM the guest's runtime applies them all; a native RUN gets the ulimits, /dev/shm and the
// hosts, and is warned that it runs without cgroups, as a native container is.
import { invalidArgument } from '../../common/errdefs.js';
import { ANNOTATION_NETWORK } from '../../common/oci.js';
import { hostSpec, type HostSpec } from '../containers/host-options.js';
import { extraHostLines, LOCALHOST_LINES, VM_HOST_LINE } from '../containers/hosts.js';
import { hasLimits, resources } from '../containers/resources.js';
import type { HostConfig } from '../containers/types.js';

/** The RUN options of a build request's query; undefined where the client sent none. */
export function runHostConfig(q: URLSearchParams): HostConfig {
  const int = (name: string): number | undefined => {
    const v = q.get(name);
    if (v === null || v === '') return undefined;
    const n = Number(v);
    if (!Number.isSafeInteger(n)) throw invalidArgument(`invalid ${name}: ${JSON.stringify(v)} is not an integer`);
    return n;
  };
  let ulimits: HostConfig['Ulimits'];
  const u = q.get('ulimits');
  if (u) {
    try {
      ulimits = JSON.parse(u) as HostConfig['Ulimits'];
    } catch {
      throw invalidArgument(`invalid ulimits: ${JSON.stringify(u)} is not JSON`);
    }
    if (!Array.isArray(ulimits)) throw invalidArgument('invalid ulimits: want a list');
  }
  const host: HostConfig = {
    ExtraHosts: q
      .getAll('extrahosts')
      .flatMap((h) => h.split(','))
      .filter(Boolean),
    NetworkMode: q.get('networkmode') || undefined,
    Memory: int('memory'),
    MemorySwap: int('memswap'),
    CpuShares: int('cpushares'),
    CpuQuota: int('cpuquota'),
    CpuPeriod: int('cpuperiod'),
    CpusetCpus: q.get('cpusetcpus') || undefined,
    CpusetMems: q.get('cpusetmems') || undefined,
    ShmSize: int('shmsize'),
    Ulimits: ulimits,
    Isolation: q.get('isolation') || undefined,
  };
  // Every value checked now, before a step runs, as at create (a VM RUN is the strictest case).
  hostSpec({ ...host, NetworkMode: undefined }, true);
  resources(host);
  networkOf(host);
  return host;
}

/** The RUN's network: the host's (the VM's), or none (VM only); a named network is not built. */
function networkOf(host: HostConfig): 'none' | undefined {
  const mode = host.NetworkMode ?? '';
  if (['', 'default', 'host', 'bridge'].includes(mode)) return undefined;
  if (mode === 'none') return 'none';
  throw invalidArgument(
    `docker build --network ${mode}: tandem's RUN steps use the host's network (the VM's); only default, host and none`,
  );
}

export interface RunSpecParts {
  options: HostSpec;
  annotations: Record<string, string>;
  /**
   * The RUN's hosts file: the host's natively (its network), localhost and the host's name in the
   * VM, with --add-host's lines; every RUN gets one, as dockerd's RUN containers do (an image
   * rarely has /etc/hosts, and without one `localhost` does not resolve).
   */
  hosts: string;
  /** A ` ---> [Warning] …` line of the classic builder, if any. */
  warning?: string;
}

/** The spec's parts for one RUN: in the VM (`vm`) or natively, with the host's /etc/hosts text for the latter. */
export function runSpecParts(host: HostConfig, vm: boolean, hostHosts: string): RunSpecParts {
  const none = networkOf(host) === 'none';
  if (none && !vm)
    throw invalidArgument("docker build --network none: a native RUN shares the host's network (tandem can take it away only in the VM)");
  const options = hostSpec({ ...host, NetworkMode: undefined, ExtraHosts: undefined }, vm);
  options.seccomp = undefined; // as the classic builder's RUN containers: no profile of tandem's
  const extra = extraHostLines(host.ExtraHosts, vm);
  const base = vm || !hostHosts ? `${[...LOCALHOST_LINES, ...(vm ? [VM_HOST_LINE] : [])].join('\n')}\n` : hostHosts;
  return {
    options,
    annotations: none ? { [ANNOTATION_NETWORK]: 'none' } : {},
    hosts: `${base}${base.endsWith('\n') ? '' : '\n'}${extra.map((l) => `${l}\n`).join('')}`,
    warning: !vm && hasLimits(host) ? 'Memory and CPU limits are not enforced for a native RUN (it runs without cgroups)' : undefined,
  };
}
