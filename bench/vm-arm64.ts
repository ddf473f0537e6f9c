// The VM path's rows for the arm64 guest (TANDEM_VM_ARCH=arm64: qemu-system-aarch64 under TCG),
// in a containerd of its own, with the same measures as the amd64 guest's (vm.ts passes them in,
// so each has one definition): its own floor, cold and warm start, exec, stdout, idle memory and
// the memory given back. The image is busybox for linux/amd64 and linux/arm64 (Debian's
// busybox-static), run with `--platform linux/arm64`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { debianBusyboxImages } from '../src/cli/commands/image.js';
import { writeOciIndexArchive } from '../src/images/oci-archive.js';
import { debianBusybox } from '../src/linuxvm/image/debian.js';
import { packageCacheDir } from '../src/linuxvm/image/ensure.js';
import { Containerd } from '../test/helpers/containerd.js';
import { bareBoot, fasterFloor, floorText, guestImageReady, type Floor } from './vm-floor.js';
import { loadAverages, median, settle, type Row } from './table.js';
import { restoredStarts, type RestoreStarts } from './vm-restore.js';
import { IDLE_CPU_MS, idleCpuRow } from './vm-cpu.js';
import { producerMiBs as producerRate, streamBesideProducer, type StreamRate } from './vm-streams.js';
import { warmBreakdown, type Breakdown } from './vm-warm.js';

const IMG = 'docker.io/tandem/busybox-multi:latest';
const FLAGS = ['--runtime', 'io.containerd.tandem.v1', '--platform', 'linux/arm64'];
const FLOOR_CMDLINE = 'panic=-1 quiet loglevel=3';

/** The amd64 bench's own measures, each taking the run flags and the image. */
export interface Measures {
  firstOutput(cd: Containerd, flags: string[], id: string, image: string): Promise<number>;
  execMs(cd: Containerd, id: string, args: string[], n: number): Promise<number>;
  idleVmMiB(cd: Containerd): Promise<number>;
  vmPids(cd: Containerd): number[];
  qemuProcesses(cd: Containerd): { pid: number; cmd: string }[];
  kernelOf(cd: Containerd): string | undefined;
  publishedUploadRate(cd: Containerd, flags: string[], id: string, size: number, runs: number, image: string): Promise<number>;
  memoryGivenBack(
    cd: Containerd,
    pids: number[],
    flags: string[],
    image: string,
  ): Promise<{ idle: number; peak: number; after: number; backMs: number }>;
}

export interface Arm64Results {
  floorBefore?: Floor;
  floorAfter?: Floor;
  /** The faster of the two (fasterFloor). */
  floor?: Floor;
  cold: number;
  warm: number;
  exec: number;
  stdoutMiBs: StreamRate;
  /** Each stream over the producer alone run right after it: the median share. */
  streamShare: number;
  /** `head` alone in the container (to /dev/null), MiB/s. */
  producerMiBs: number;
  pipeMiBs: number;
  /** A published port's upload into `dd` in the container, MiB/s. */
  uploadMiBs: number;
  idleMiB: number;
  back: { idle: number; peak: number; after: number; backMs: number };
  restore: RestoreStarts;
  /** Where its warm start and exec go, step by step (vm-warm.ts). */
  breakdown: Breakdown;
  /** Load average when the breakdown began. */
  breakdownLoad: string;
}

export async function arm64Guest(runs: number, size: number, m: Measures): Promise<Arm64Results> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-arm64-'));
  const cd = await Containerd.start({ env: { TANDEM_VM_ARCH: 'arm64', TANDEM_VM_IDLE_TIMEOUT_MS: '600000', TANDEM_VM_RESTORE: '0' } });
  let disposed = false;
  let failed: string | undefined; // then the directory stays, with the vmd's log and the consoles
  try {
    const tar = join(dir, 'multi.tar');
    await writeOciIndexArchive({ name: IMG, images: await debianBusyboxImages(['linux/amd64', 'linux/arm64'], IMG) }, tar);
    await cd.ctrOk(['images', 'import', '--all-platforms', tar]);
    const kernelPath = await guestImageReady('arm64'); // built before its cold start, as for amd64
    const busybox = (await debianBusybox(dirname(packageCacheDir('arm64')), 'arm64')).path; // DebianCache adds /arm64
    const floorBefore = await bareBoot(kernelPath, FLOOR_CMDLINE, 'arm64', busybox);
    const cold = await m.firstOutput(cd, FLAGS, 'arm64-cold', IMG);
    await settle();
    // Each warm start followed by an exec, as for amd64.
    await cd.ctrOk(['run', '-d', ...FLAGS, IMG, 'arm64-idle', 'sleep', '3600']);
    const warm: number[] = [];
    const execs: number[] = [];
    for (let i = 0; i < runs; i++) {
      warm.push(await m.firstOutput(cd, FLAGS, `arm64-warm-${i}`, IMG));
      execs.push(await m.execMs(cd, 'arm64-idle', ['true'], 1));
    }
    const exec = median(execs);
    const idleMiB = await m.idleVmMiB(cd);
    const back = await m.memoryGivenBack(cd, m.vmPids(cd), FLAGS, IMG);
    // 3 streams, their median (one stream moves by a third between runs on this host), each
    // followed by the producer alone, so that a stream is compared with the producer of its minute.
    const paired = await streamBesideProducer(cd, FLAGS, 'arm64-tp', 'arm64-idle', size, 3, IMG);
    const stdoutMiBs = paired.rate;
    // The same producer by the guest's clock, into /dev/null and into a pipe, as for amd64.
    const producerMiBs = await producerRate(cd, 'arm64-idle', '> /dev/null', size, 3);
    const pipeMiBs = await producerRate(cd, 'arm64-idle', '| cat > /dev/null', size, 3);
    const uploadMiBs = await m.publishedUploadRate(cd, FLAGS, 'arm64-upload', size, 3, IMG);
    const breakdownLoad = loadAverages();
    const breakdown = await warmBreakdown(cd, FLAGS, 'arm64-idle', runs, IMG);
    const kernel = m.kernelOf(cd);
    await cd.dispose();
    disposed = true;
    // The default (restored VMs) in a containerd of its own, as for amd64.
    const restore = await restoredStarts(
      runs,
      m.firstOutput,
      m.idleVmMiB,
      {
        env: { TANDEM_VM_ARCH: 'arm64' },
        load: (c) => c.ctrOk(['images', 'import', '--all-platforms', tar]).then(() => {}),
        flags: FLAGS,
        image: IMG,
      },
      m.qemuProcesses,
      0,
      IDLE_CPU_MS,
    );
    // The floor with the VM gone, as for amd64: the arm64 kernel with a tiny initramfs.
    const floorAfter = kernel ? await bareBoot(kernel, FLOOR_CMDLINE, 'arm64', busybox) : undefined;
    return {
      floorBefore,
      floorAfter,
      floor: fasterFloor(floorBefore, floorAfter),
      cold,
      warm: median(warm),
      exec,
      stdoutMiBs,
      streamShare: paired.share,
      producerMiBs,
      pipeMiBs,
      uploadMiBs,
      idleMiB,
      back,
      restore,
      breakdown,
      breakdownLoad,
    };
  } catch (err) {
    failed = `the arm64 rows failed: ${(err as Error).message.split('\n')[0]}`;
    throw err;
  } finally {
    if (!disposed) await cd.dispose(failed).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The arm64 guest's rows, with the same targets as the amd64 guest's (under TCG). */
export function arm64Rows(r: Arm64Results): Row[] {
  const floor = r.floor?.initMs ?? NaN;
  const restored = median(r.restore.restored);
  const backRatio = r.back.backMs / 30_000;
  return [
    {
      metric:
        'arm64 guest: floor, bare boot of its kernel with the tiny initramfs (QEMU start → line / → exit), before its cold start; at the end',
      tandem: floorText(r.floorBefore, r.floorAfter),
      baseline: '—',
      ratio: 1,
      target: 'report',
    },
    {
      metric: 'arm64 guest: cold start vs its floor (`ctr run --platform linux/arm64` → first output)',
      tandem: `${r.cold.toFixed(0)} ms`,
      baseline: `${floor.toFixed(0)} ms`,
      ratio: r.cold / floor,
      target: '≤ 2.0× the floor',
      met: r.cold / floor <= 2,
    },
    {
      metric: 'arm64 guest: cold start, the default under TCG: restored from its saved template (median) vs its floor',
      tandem: `${restored.toFixed(0)} ms`,
      baseline: `${floor.toFixed(0)} ms`,
      ratio: restored / floor,
      target: '≤ 2.0× the floor',
      met: restored / floor <= 2,
    },
    {
      metric: 'arm64 guest: warm start vs a bare exec in the running VM (medians, each warm start followed by an exec)',
      tandem: `${r.warm.toFixed(0)} ms`,
      baseline: `${r.exec.toFixed(0)} ms`,
      ratio: r.warm / r.exec,
      target: '≤ 1.3× exec',
      met: r.warm / r.exec <= 1.3,
    },
    {
      metric: 'arm64 guest: stdout throughput (`head -c 64M /dev/zero`), `ctr run` spawned → exit',
      tandem: `${r.stdoutMiBs.total.toFixed(0)} MiB/s`,
      baseline: '—',
      ratio: r.stdoutMiBs.total / 25,
      target: 'report',
    },
    {
      metric: 'arm64 guest: stdout stream (`head -c 64M /dev/zero`), first byte → last',
      tandem: `${r.stdoutMiBs.stream.toFixed(1)} MiB/s`,
      baseline: '—',
      ratio: r.stdoutMiBs.stream / 25,
      target: '≥ 25 MiB/s (TCG)',
      met: r.stdoutMiBs.stream >= 25,
    },
    {
      metric:
        "arm64 guest: the stream against the producer of the same minute (each of the 3 streams followed by the producer alone in a running container, by the guest's clock); median of the 3 shares",
      tandem: `${(r.streamShare * 100).toFixed(0)} %`,
      baseline: '—',
      ratio: r.streamShare,
      target: 'report: what the channel carries of what `head` makes',
    },
    {
      metric: "arm64 guest: the producer alone (`head -c 64M /dev/zero > /dev/null` in the container, by the guest's clock, median of 3)",
      tandem: `${r.producerMiBs.toFixed(0)} MiB/s`,
      baseline: '—',
      ratio: r.producerMiBs / 25,
      target: 'report: the ceiling of the stream row',
    },
    {
      metric: "arm64 guest: the producer into a pipe in the container (`head … | cat > /dev/null`, by the guest's clock, median of 3)",
      tandem: `${r.pipeMiBs.toFixed(0)} MiB/s`,
      baseline: `${r.stdoutMiBs.stream.toFixed(0)} MiB/s (the stream)`,
      ratio: r.pipeMiBs / 25,
      target: 'report: beside the stream row',
    },
    {
      metric: 'arm64 guest: published port, upload: 64 MiB from the host into `dd` in the container, connect → its close (median of 3)',
      tandem: `${r.uploadMiBs.toFixed(1)} MiB/s`,
      baseline: '—',
      ratio: r.uploadMiBs / 25,
      target: '≥ 25 MiB/s (TCG)',
      met: r.uploadMiBs >= 25,
    },
    {
      metric: 'arm64 guest: idle memory of a booted VM (TANDEM_VM_RESTORE=0; PSS of QEMU + virtiofsd, one idle container)',
      tandem: `${r.idleMiB.toFixed(0)} MiB`,
      baseline: '—',
      ratio: r.idleMiB / 150,
      target: '≤ 200 MiB (TCG)',
      met: r.idleMiB <= 200,
    },
    {
      metric: `arm64 guest: idle memory of a restored VM (the default under TCG; the guest RAM as its RAM file holds it; one idle container); after ${r.restore.afterIdle.length} more`,
      tandem: `${r.restore.idleMiB.toFixed(0)}; ${r.restore.idleAfterUseMiB.toFixed(0)} MiB`,
      baseline: `${r.idleMiB.toFixed(0)} MiB (booted)`,
      ratio: r.restore.idleMiB / 150,
      target: '≤ 200 MiB (TCG)',
      met: r.restore.idleMiB <= 200,
    },
    {
      metric:
        "arm64 guest: the same restored VM once its agent gave its memory back (no call for the agent's idle time, 30 s); the next container's `ctr run` → first byte",
      tandem: `${r.restore.idleReclaimedMiB.toFixed(0)} MiB; ${r.restore.afterReclaimMs.toFixed(0)} ms`,
      baseline: `${r.restore.idleAfterUseMiB.toFixed(0)} MiB; ${median(r.restore.afterIdle).toFixed(0)} ms (before it)`,
      ratio: r.restore.idleReclaimedMiB / r.restore.idleAfterUseMiB,
      target: '≤ 200 MiB (TCG)',
      met: r.restore.idleReclaimedMiB <= 200,
    },
    idleCpuRow(r.restore.idleCpu, 'arm64 guest: the same restored VM'),
    {
      metric: 'arm64 guest: memory given back after a 512 MiB container (PSS idle → peak → after; 80 % back)',
      tandem: Number.isNaN(r.back.backMs) ? 'not within 60 s' : `${(r.back.backMs / 1000).toFixed(1)} s`,
      baseline: `${r.back.idle.toFixed(0)} → ${r.back.peak.toFixed(0)} → ${r.back.after.toFixed(0)} MiB`,
      ratio: backRatio,
      target: '≤ 30 s',
      met: r.back.backMs <= 30_000,
    },
  ];
}
