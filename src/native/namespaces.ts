// Which of the spec's namespaces (linux.namespaces) a native container honours, by platform.
// The CRI plugin puts a pod's namespaces in each container's spec: new ones for the sandbox,
// paths to the sandbox's (/proc/<pid>/ns/...) for the others. Dropping them would silently run a
// pod on the host's network, so each is honoured, skipped for a stated reason, or refused.
//   Linux:  network, ipc, uts, pid are joined (path) or made (no path) by native/tandem-enter;
//           mount and cgroup are skipped: the native path mounts in the host's table (the
//           container's root is a chroot) and shows the host's cgroup tree read-only.
//   darwin: no namespaces at all; a pod of its own network is refused (hostNetwork: true is the
//           only kind of pod a darwin node runs); ipc/uts/pid/mount are skipped.
// user and time namespaces are refused everywhere: nothing on the native path can map ids or clocks.
import { failedPrecondition, invalidArgument } from '../common/errdefs.js';
import type { OciSpec } from '../common/oci.js';
import type { NamespaceEntry } from './helper-args.js';

export interface NamespacePlan {
  /** What the helper joins or makes, in the order given. */
  enter: NamespaceEntry[];
  /** Spec namespaces not honoured, with why (logged at debug). */
  skipped: string[];
  /** spec.hostname, when the container gets a UTS namespace of its own. */
  hostname?: string;
}

const LINUX: Record<string, NamespaceEntry['type']> = { network: 'net', ipc: 'ipc', uts: 'uts', pid: 'pid' };

export function namespacePlan(spec: OciSpec, platform: NodeJS.Platform): NamespacePlan {
  const list = (spec.linux?.namespaces ?? []) as { type?: string; path?: string }[];
  if (!Array.isArray(list)) throw invalidArgument('linux.namespaces must be a list');
  const plan: NamespacePlan = { enter: [], skipped: [] };
  for (const ns of list) {
    const where = ns.path ? ` (${ns.path})` : '';
    if (ns.type === 'user' || ns.type === 'time')
      throw failedPrecondition(`a ${ns.type} namespace${where} is not supported by tandem's native containers`);
    if (platform === 'linux' && ns.type && LINUX[ns.type]) {
      plan.enter.push({ type: LINUX[ns.type], ...(ns.path ? { path: ns.path } : {}) });
      if (ns.type === 'uts' && !ns.path && spec.hostname) plan.hostname = spec.hostname;
    } else if (platform !== 'linux' && ns.type === 'network') {
      throw failedPrecondition(
        `the container asks for a network namespace${where}, which native containers on ${platform} cannot have: ` +
          'run the pod on the host network (hostNetwork: true) or on the tandem-vm runtime handler',
      );
    } else if (ns.type === 'mount' || ns.type === 'cgroup') {
      plan.skipped.push(`${ns.type}${where}: the native path mounts in the host's table and chroots into the root`);
    } else {
      plan.skipped.push(`${ns.type}${where}: no ${platform} equivalent`);
    }
  }
  // Joining a pid namespace forks (see tandem-enter): enter it last, once the others are set.
  plan.enter.sort((a, b) => Number(a.type === 'pid') - Number(b.type === 'pid'));
  return plan;
}

/** What an exec joins: the namespaces of the container's init process, by their /proc links. */
export function execNamespaces(plan: NamespacePlan, initPid: number): NamespaceEntry[] {
  return plan.enter.map((ns) => ({ type: ns.type, path: `/proc/${initPid}/ns/${ns.type}` }));
}
