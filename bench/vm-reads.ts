// The rootfs read rows: a file of the container's rootfs read by `dd` in the guest, the first time
// (through virtiofs, from the host's page cache) and again (from the guest's own page cache),
// against the same read by a runc container on the host, each by the container's own clock.
// Timed from the host as an exec with the read less an exec without, a read of a few
// milliseconds was lost in the execs' own spread (the row read 1 796 MiB/s in one run and 11 911
// in the next, where the guest takes ~0.2 s for 64 MiB by its own clock): hence the containers'
// clocks, and reads long enough for /proc/uptime's 10 ms steps.
import type { Containerd } from '../test/helpers/containerd.js';
import { median, type Row } from './table.js';
import { containerClockMs } from './vm-streams.js';

const SIZE_MIB = 64;
/** The host reads from its page cache at GB/s: 16 passes make ~0.2 s, well above 10 ms. */
const HOST_PASSES = 16;
/** The guest's page cache under TCG (~1.6 GB/s): 8 passes make ~0.3 s. */
const GUEST_PASSES = 8;
const RUNS = 3;

export interface RootfsReads {
  /** MiB/s: the first read in the guest, after its caches were dropped (median of RUNS). */
  firstVm: number;
  /** MiB/s: read again from the guest's page cache. */
  cachedVm: number;
  /** MiB/s: the runc container on the host, from the host's page cache. */
  host: number;
}

/** The table's note on these rows, from the constants above. */
export const ROOTFS_READ_NOTE = `Rootfs reads are timed by the containers' clocks (/proc/uptime, 10 ms steps; the host reads ${HOST_PASSES} passes of the file, the guest's page cache ${GUEST_PASSES}). A first read in the guest asks virtiofsd for every page; a read of a page the guest keeps costs what a copy costs under TCG.`;

const passes = (n: number) => `i=0; while [ $i -lt ${n} ]; do dd if=/big of=/dev/null bs=1M 2>/dev/null; i=$((i+1)); done`;
const rate = (passesRead: number, ms: number) => (SIZE_MIB * passesRead) / (Math.max(ms, 10) / 1000);

/**
 * Writes a 64 MiB file into the rootfs of the running containers `vmId` and `runcId`, then times
 * its reads. Before each first read a privileged VM container drops the guest's caches (the guest
 * kernel is shared by every VM container), so the bytes come through virtiofs again.
 */
export async function rootfsReads(cd: Containerd, vmId: string, runcId: string, vmFlags: string[], image: string): Promise<RootfsReads> {
  const write = `head -c ${SIZE_MIB << 20} /dev/zero > /big && sync`;
  for (const id of [vmId, runcId]) {
    await cd.ctrOk(['tasks', 'exec', '--exec-id', `w-${id}`, id, 'sh', '-c', write], { timeoutMs: 600_000 });
  }
  const first: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await cd.ctrOk(
      ['run', '--rm', '--privileged', ...vmFlags, image, `drop-caches-${i}`, 'sh', '-c', 'sync && echo 3 > /proc/sys/vm/drop_caches'],
      {
        timeoutMs: 600_000,
      },
    );
    first.push(rate(1, await containerClockMs(cd, vmId, passes(1), 1)));
  }
  return {
    firstVm: median(first),
    cachedVm: rate(GUEST_PASSES, await containerClockMs(cd, vmId, passes(GUEST_PASSES), RUNS)),
    host: rate(HOST_PASSES, await containerClockMs(cd, runcId, passes(HOST_PASSES), RUNS)),
  };
}

export function rootfsReadRows(r: RootfsReads): Row[] {
  return [
    {
      metric: `rootfs read throughput: a ${SIZE_MIB} MiB file of the container's rootfs read by \`dd bs=1M\` the first time in the guest (its caches dropped: through virtiofs from the host's page cache) vs runc on the host (from its page cache), by the containers' clocks, median of ${RUNS}`,
      tandem: `${r.firstVm.toFixed(0)} MiB/s`,
      baseline: `${r.host.toFixed(0)} MiB/s`,
      ratio: r.firstVm / r.host,
      target: '≥ 0.8× host (KVM/HVF)',
      met: r.firstVm / r.host >= 0.8,
    },
    {
      metric: "the same file read again in the guest (from the guest's page cache)",
      tandem: `${r.cachedVm.toFixed(0)} MiB/s`,
      baseline: `${r.host.toFixed(0)} MiB/s`,
      ratio: r.cachedVm / r.host,
      target: 'report',
    },
  ];
}
