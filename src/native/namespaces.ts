// Which of the spec's namespaces (linux.namespaces) a native container honours, by platform.
// The CRI plugin puts a pod's namespaces in each container's spec: paths to the sandbox's
// (/proc/<pid>/ns/...) and, with CNI, to the pod's network namespace. Dropping those would
// silently run a pod on the host's network, so each is honoured, skipped for a stated reason,
// or refused.
//   Linux:  a namespace given by path (network, ipc, uts, pid) is joined by native/tandem-enter
//           (setns), unless it is already the shim's own. A *new* namespace (no path) is not
//           made: native containers share the host's, as they must on macOS (ctr's default
//           spec asks for new ones; the Linux native path stays the macOS stand-in).
//           mount and cgroup are skipped: mounts go to the host's table (the root is a chroot)
//           and the cgroup tree shown is the host's, read-only.
//   darwin: no namespaces; a network namespace given by path is refused (a pod of its own
//           network: hostNetwork: true is the only kind a darwin node runs natively).
// user and time namespaces by path are refused everywhere: nothing here can map ids or clocks.
import { stat } from 'node:fs/promises';
import { failedPrecondition, invalidArgument } from '../common/errdefs.js';
import type { OciSpec } from '../common/oci.js';
import type { NamespaceEntry } from './helper-args.js';

export interface NamespacePlan {
  /** What the helper joins, in order (a pid namespace last: joining it forks). */
  enter: NamespaceEntry[];
  /** Spec namespaces not honoured, with why (logged at debug). */
  skipped: string[];
}

const LINUX: Record<string, NamespaceEntry['type']> = { network: 'net', ipc: 'ipc', uts: 'uts', pid: 'pid' };

export function namespacePlan(spec: OciSpec, platform: NodeJS.Platform): NamespacePlan {
  const list = (spec.linux?.namespaces ?? []) as { type?: string; path?: string }[];
  if (!Array.isArray(list)) throw invalidArgument('linux.namespaces must be a list');
  const plan: NamespacePlan = { enter: [], skipped: [] };
  for (const ns of list) {
    if (
      !ns ||
      typeof ns !== 'object' ||
      (ns.type !== undefined && typeof ns.type !== 'string') ||
      (ns.path !== undefined && typeof ns.path !== 'string')
    )
      throw invalidArgument(`linux.namespaces entry ${JSON.stringify(ns)} is not {type, path?}`);
    if (!ns.path) {
      plan.skipped.push(`a new ${ns.type} namespace: native containers share the host's`);
      continue;
    }
    if (ns.type === 'user' || ns.type === 'time')
      throw failedPrecondition(`a ${ns.type} namespace (${ns.path}) is not supported by tandem's native containers`);
    if (platform === 'linux' && ns.type && LINUX[ns.type]) {
      plan.enter.push({ type: LINUX[ns.type], path: ns.path });
    } else if (platform !== 'linux' && ns.type === 'network') {
      throw failedPrecondition(
        `the container asks for the network namespace ${ns.path}, which native containers on ${platform} cannot join: ` +
          'run the pod on the host network (hostNetwork: true) or on the tandem-vm runtime handler',
      );
    } else if (ns.type === 'mount' || ns.type === 'cgroup') {
      plan.skipped.push(`${ns.type} (${ns.path}): the native path mounts in the host's table and chroots into the root`);
    } else {
      plan.skipped.push(`${ns.type} (${ns.path}): no ${platform} equivalent`);
    }
  }
  plan.enter.sort((a, b) => Number(a.type === 'pid') - Number(b.type === 'pid'));
  return plan;
}

/**
 * Drops the entries that name the shim's own namespaces (a native pod's sandbox runs in the
 * host's, so its /proc/<pid>/ns paths do): joining them changes nothing, and a pid namespace
 * would cost a fork. A path that cannot be read is kept, for the helper to report.
 */
export async function withoutOwn(plan: NamespacePlan): Promise<NamespacePlan> {
  const ino = (p: string) =>
    stat(p).then(
      (s) => `${s.dev}:${s.ino}`,
      () => undefined,
    );
  const enter: NamespaceEntry[] = [];
  const skipped = [...plan.skipped];
  for (const ns of plan.enter) {
    const [theirs, ours] = await Promise.all([ino(ns.path!), ino(`/proc/self/ns/${ns.type}`)]);
    if (theirs && theirs === ours) skipped.push(`${ns.type} (${ns.path}): the host's own, nothing to join`);
    else enter.push(ns);
  }
  return { enter, skipped };
}

/** What an exec joins: the namespaces of the container's init process, by their /proc links. */
export function execNamespaces(plan: NamespacePlan, initPid: number): NamespaceEntry[] {
  return plan.enter.map((ns) => ({ type: ns.type, path: `/proc/${initPid}/ns/${ns.type}` }));
}
