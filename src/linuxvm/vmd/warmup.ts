// A throwaway container for a VM held up with nothing to run yet (`tandem vm start`, `tandem up
// --vm`). The first container of a fresh guest costs about 2.5× a later one (agent's log: 506
// against 191 ms for its create): the runtime's binary and libraries are read from the system
// image for the first time, QEMU translates their code for the first time, and the agent's
// create path runs for the first time. A held VM has nothing else to do, so the vmd runs one
// container through the agent's own path (create, start, wait, delete) before Start answers, and
// the user's first container finds all of that done. Not on a boot a container is waiting for: a
// warm-up beside node's start made the cold start slower (docs/guest-measurements.md, "Tried on
// 2026-12-01 and not taken").
import type { AgentClient } from '../agent-client.js';
import { DEFAULT_CAPS, type OciSpec } from '../../common/oci.js';

/** The guest-wide id: host ids are `<namespace>--<id>`, so this one can never be a client's. */
export const WARMUP_ID = 'tandem-warmup';
/** The guest's system image (stage 1 of /init mounts it there): a read-only root that exists in every guest. */
const WARMUP_ROOTFS = '/.system';

/** containerd's default spec (`ctr oci spec`) running `busybox true`, so the runtime does a real container's work. */
export function warmupSpec(): OciSpec {
  const tmpfs = (destination: string, source: string, extra: string[]) => ({
    destination,
    type: 'tmpfs',
    source,
    options: ['nosuid', ...extra, 'size=65536k'],
  });
  return {
    ociVersion: '1.0.2-dev',
    process: {
      user: { uid: 0, gid: 0 },
      args: ['/bin/busybox', 'true'], // the image's busybox: its applet links are made at boot, on the overlay
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      cwd: '/',
      capabilities: { bounding: DEFAULT_CAPS, effective: DEFAULT_CAPS, permitted: DEFAULT_CAPS },
      noNewPrivileges: true,
    },
    root: { path: 'rootfs', readonly: true },
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
      tmpfs('/dev', 'tmpfs', ['strictatime', 'mode=755']),
      {
        destination: '/dev/pts',
        type: 'devpts',
        source: 'devpts',
        options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'],
      },
      tmpfs('/dev/shm', 'shm', ['noexec', 'nodev', 'mode=1777']),
      { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
      { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
      tmpfs('/run', 'tmpfs', ['strictatime', 'mode=755']),
    ],
    linux: {
      resources: { devices: [{ allow: false, access: 'rwm' }] },
      namespaces: [{ type: 'pid' }, { type: 'ipc' }, { type: 'uts' }, { type: 'mount' }],
      maskedPaths: ['/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/timer_list', '/sys/firmware'],
      readonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
    },
  };
}

/**
 * Runs the throwaway container to its end and removes it; returns how long that took. A failure
 * is the caller's to report: it does not make the VM unusable (a real container would then fail
 * with its own error), and the container is removed whatever happened.
 */
export async function warmUp(agent: AgentClient): Promise<number> {
  const t0 = performance.now();
  const specJson = new TextEncoder().encode(JSON.stringify(warmupSpec()));
  try {
    await agent.createContainer({ containerId: WARMUP_ID, specJson, rootfs: WARMUP_ROOTFS });
    await agent.start(WARMUP_ID);
    const { status } = await agent.wait(WARMUP_ID);
    if (status !== 0) throw new Error(`the warm-up container's \`true\` exited with status ${status}`);
  } finally {
    await agent.delete(WARMUP_ID).catch(() => undefined);
  }
  return Math.round(performance.now() - t0);
}
