// `docker update`: a container's restart policy and its limits (resources.ts: memory, CPU, pids)
// changed in place, as dockerd does. The limits go into the containerd container's spec (a later
// start gets them) and, while it runs, to its task (Task.Update: the VM's container gets new
// cgroup limits in the guest). Native containers run without cgroups: their limits are stored and
// a warning says they are not enforced, as at create.
import { invalidArgument } from '../../common/errdefs.js';
import type { OciSpec } from '../../common/oci.js';
import { HttpError } from '../api.js';
import { editSpec, inGuest, type Containers } from './manager.js';
import type { HostConfig } from './types.js';
import { RESOURCE_FIELDS, checkMemoryUpdate, resources } from './resources.js';

const RESOURCES_TYPE = 'types.containerd.io/opencontainers/runtime-spec/1/LinuxResources';
const RESTART_POLICIES = ['', 'no', 'always', 'unless-stopped', 'on-failure'];
/** Update fields tandem cannot apply: refused by name rather than dropped. */
const UNSUPPORTED: Record<string, string> = {
  BlkioWeight: '--blkio-weight',
  CpuRealtimePeriod: '--cpu-rt-period',
  CpuRealtimeRuntime: '--cpu-rt-runtime',
  KernelMemory: '--kernel-memory',
};

export type UpdateBody = Pick<HostConfig, (typeof RESOURCE_FIELDS)[number] | 'RestartPolicy'> & Record<string, unknown>;

/** A field the update sets: the CLI sends every limit, 0 (or null, or '') meaning "as it is". */
const given = (v: unknown) => v !== undefined && v !== null && v !== 0 && v !== '';

export async function updateContainer(mgr: Containers, ref: string, body: UpdateBody): Promise<{ Warnings: string[] }> {
  const c = mgr.get(ref);
  const bad = Object.keys(UNSUPPORTED).filter((k) => given(body[k]));
  if (bad.length) throw invalidArgument(`docker update: tandem cannot change ${bad.map((k) => UNSUPPORTED[k]).join(', ')}`);
  const policy = body.RestartPolicy;
  if (policy?.Name !== undefined && !RESTART_POLICIES.includes(policy.Name))
    throw invalidArgument(`invalid restart policy '${policy.Name}'`);
  if (policy?.Name && c.HostConfig.AutoRemove)
    throw new HttpError(409, 'Restart policy cannot be updated because AutoRemove is enabled for the container');
  const warnings: string[] = [];
  checkMemoryUpdate(c.Id, c.HostConfig, body.Memory, body.MemorySwap);
  const changed = Object.fromEntries(RESOURCE_FIELDS.filter((k) => given(body[k])).map((k) => [k, body[k]]));
  const merged: HostConfig = { ...c.HostConfig, ...changed };
  const limits = resources(merged);
  if (Object.keys(changed).length) {
    const vm = inGuest(c);
    if (!vm)
      warnings.push(
        'Memory and CPU limits are not enforced for native containers (they run without cgroups); use --runtime tandem-vm to have them honoured.',
      );
    // A running VM container is limited now; the spec has it for its next start.
    if (vm && mgr.isRunning(c)) {
      await mgr.d.cd.call('tasks.Update', {
        containerId: c.Id,
        resources: { type_url: RESOURCES_TYPE, value: Buffer.from(JSON.stringify(limits)) },
      });
    }
    await editSpec(mgr.d.cd, c.Id, (spec) => {
      const linux = (spec.linux ?? {}) as { resources?: Record<string, unknown> };
      const { memory: _m, cpu: _c, pids: _p, ...rest } = linux.resources ?? {};
      linux.resources = { ...rest, ...limits };
      spec.linux = linux as OciSpec['linux'];
    });
  }
  const fresh = mgr.get(c.Id);
  fresh.HostConfig = {
    ...fresh.HostConfig,
    ...changed,
    ...(policy?.Name !== undefined ? { RestartPolicy: { Name: policy.Name, MaximumRetryCount: policy.MaximumRetryCount ?? 0 } } : {}),
  };
  mgr.d.store.putContainer(fresh);
  mgr.d.events.emit('container', 'update', c.Id, { name: fresh.Name.slice(1), image: fresh.Config.Image ?? '' });
  return { Warnings: warnings };
}
