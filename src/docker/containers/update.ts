// `docker update`: a container's restart policy and its memory and CPU limits changed in place,
// as dockerd does. The limits go into the containerd container's spec (a later start gets them)
// and, while it runs, to its task (Task.Update: the VM's container gets a new memory.max and
// cpu.max in the guest). Native containers run without cgroups: their limits are stored and a
// warning says they are not enforced, as at create.
import { invalidArgument } from '../../common/errdefs.js';
import type { OciSpec } from '../../common/oci.js';
import { HttpError } from '../api.js';
import { editSpec, inVm, type Containers } from './manager.js';
import type { HostConfig } from './types.js';
import { limits } from './spec.js';

const RESOURCES_TYPE = 'types.containerd.io/opencontainers/runtime-spec/1/LinuxResources';
const RESTART_POLICIES = ['', 'no', 'always', 'unless-stopped', 'on-failure'];
/** Update fields tandem cannot apply: refused by name rather than dropped. */
const UNSUPPORTED = [
  'CpuShares',
  'CpuPeriod',
  'CpuQuota',
  'CpusetCpus',
  'CpusetMems',
  'MemoryReservation',
  'MemorySwap',
  'KernelMemory',
  'PidsLimit',
  'BlkioWeight',
];

export type UpdateBody = Pick<HostConfig, 'Memory' | 'NanoCpus' | 'RestartPolicy'> & Record<string, unknown>;

export async function updateContainer(mgr: Containers, ref: string, body: UpdateBody): Promise<{ Warnings: string[] }> {
  const c = mgr.get(ref);
  // Zero, empty or (swap) -1 leave a field as it is.
  const bad = UNSUPPORTED.filter((k) => ![undefined, null, 0, '', ...(k === 'MemorySwap' ? [-1] : [])].includes(body[k] as never));
  if (bad.length)
    throw invalidArgument(`docker update: ${bad.join(', ')} cannot be changed by tandem (memory, cpus and the restart policy can)`);
  const policy = body.RestartPolicy;
  if (policy?.Name !== undefined && !RESTART_POLICIES.includes(policy.Name))
    throw invalidArgument(`invalid restart policy '${policy.Name}'`);
  if (policy?.Name && c.HostConfig.AutoRemove)
    throw new HttpError(409, 'Restart policy cannot be updated because AutoRemove is enabled for the container');
  const warnings: string[] = [];
  const resources = body.Memory !== undefined || body.NanoCpus !== undefined;
  const memory = body.Memory ?? c.HostConfig.Memory;
  const nanoCpus = body.NanoCpus ?? c.HostConfig.NanoCpus;
  if (resources) {
    const vm = inVm(c.Runtime, c.HostConfig);
    if (!vm)
      warnings.push(
        'Memory and CPU limits are not enforced for native containers (they run without cgroups); use --runtime tandem-vm to have them honoured.',
      );
    // A running VM container is limited now; the spec has it for its next start.
    if (vm && mgr.isRunning(c)) {
      await mgr.d.cd.call('tasks.Update', {
        containerId: c.Id,
        resources: { type_url: RESOURCES_TYPE, value: Buffer.from(JSON.stringify(limits(memory, nanoCpus))) },
      });
    }
    await editSpec(mgr.d.cd, c.Id, (spec) => {
      const linux = (spec.linux ?? {}) as { resources?: Record<string, unknown> };
      const { memory: _m, cpu: _c, ...rest } = linux.resources ?? {};
      linux.resources = { ...rest, ...limits(memory, nanoCpus) };
      spec.linux = linux as OciSpec['linux'];
    });
  }
  const fresh = mgr.get(c.Id);
  fresh.HostConfig = {
    ...fresh.HostConfig,
    ...(resources ? { Memory: memory ?? 0, NanoCpus: nanoCpus ?? 0 } : {}),
    ...(policy?.Name !== undefined ? { RestartPolicy: { Name: policy.Name, MaximumRetryCount: policy.MaximumRetryCount ?? 0 } } : {}),
  };
  mgr.d.store.putContainer(fresh);
  mgr.d.events.emit('container', 'update', c.Id, { name: fresh.Name.slice(1), image: fresh.Config.Image ?? '' });
  return { Warnings: warnings };
}
