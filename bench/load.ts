// `npm run bench` (load part): containers started per second with `ctr run --rm` at
// concurrency 10, tandem's native path vs runc, and the tandem shim daemon's RSS after 10 and
// after 1,000 start/stop cycles (the same daemon throughout: growth is a leak).
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { BUSYBOX, Containerd, REPO } from '../test/helpers/containerd.js';
import { processesWhere } from './procs.js';
import { timeMs, writeTable, type Row } from './table.js';

const RUNTIMES = { tandem: 'io.containerd.tandem.v1', runc: 'io.containerd.runc.v2' } as const;
type Name = keyof typeof RUNTIMES;
const N = Number(process.env.BENCH_LOAD_RUNS ?? 200);
const CYCLES = Number(process.env.BENCH_LOAD_CYCLES ?? 1000);
const CONCURRENCY = 10;

/** Runs `n` jobs with at most `concurrency` at once. */
async function pool(n: number, concurrency: number, job: () => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next++ < n) await job();
  };
  await Promise.all(Array.from({ length: Math.min(n, concurrency) }, worker));
}

/** The tandem shim daemon serving this namespace (as bench/shim.ts finds it). */
function shimDaemonPid(cd: Containerd): number | undefined {
  return processesWhere((cmd) => cmd.includes('shim/main.js') && cmd.includes(cd.namespace))[0]?.pid;
}

let seq = 0;
async function batch(cd: Containerd, rt: Name, n: number): Promise<number> {
  const ms = await timeMs(() =>
    pool(n, CONCURRENCY, async () => {
      const id = `load-${rt}-${seq++}`;
      const out = await cd.ctrOk(['run', '--rm', '--runtime', RUNTIMES[rt], BUSYBOX, id, 'echo', id], { timeoutMs: 300_000 });
      if (out !== `${id}\n`) throw new Error(`${id}: output ${JSON.stringify(out)}`);
    }),
  );
  return n / (ms / 1000);
}

const rssMiB = (pid: number) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)![1]) / 1024;

async function main(): Promise<void> {
  const cd = await Containerd.start({ env: { TANDEM_SHIM_IDLE_EXIT_MS: '3600000' } });
  try {
    await cd.importBusybox();
    const loadStart = loadavg()[0]!;
    await batch(cd, 'runc', CONCURRENCY);
    await batch(cd, 'tandem', CONCURRENCY); // also the first 10 cycles of the daemon
    const pid = shimDaemonPid(cd)!;
    const rss10 = rssMiB(pid);
    const rate = { tandem: await batch(cd, 'tandem', N), runc: await batch(cd, 'runc', N) };
    await batch(cd, 'tandem', Math.max(0, CYCLES - N - CONCURRENCY));
    if (shimDaemonPid(cd) !== pid) throw new Error('the shim daemon was replaced during the cycles');
    const rss1000 = rssMiB(pid);
    const rows: Row[] = [
      {
        metric: `containers started per second, ${N} \`ctr run --rm\` at concurrency ${CONCURRENCY}`,
        tandem: `${rate.tandem.toFixed(2)}/s`,
        baseline: `${rate.runc.toFixed(2)}/s`,
        ratio: rate.tandem / rate.runc,
        target: '≥ 1×',
        met: rate.tandem >= rate.runc,
      },
      {
        metric: `shim daemon RSS after ${CYCLES} cycles vs after 10`,
        tandem: `${rss1000.toFixed(1)} MiB`,
        baseline: `${rss10.toFixed(1)} MiB (tandem after 10)`,
        ratio: rss1000 / rss10,
        target: '≤ 1.5×',
        met: rss1000 / rss10 <= 1.5,
      },
    ];
    const text = writeTable(join(REPO, 'docs/bench-load.md'), 'Load benchmark: tandem (native) vs runc', 'runc', rows, [
      'containerd 1.6 (Debian), runc shim `io.containerd.runc.v2`; both use the overlayfs snapshotter and the same busybox image; each container runs `echo <id>` and its output is checked.',
      `The rate is over the whole batch (first start to last exit), tandem's batch first, after a warm-up of ${CONCURRENCY} each.`,
      `Memory: the one tandem shim daemon (TANDEM_SHIM_IDLE_EXIT_MS set high so the same process serves all ${CYCLES} cycles), VmRSS after the warm-up's 10 containers and after the last. runc has no long-lived shim to compare (one process per container).`,
      `Host load average (1 min) ${loadStart.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end, on ${cpus().length} cores: other work on the machine slows both runtimes alike.`,
      'Regenerate with `npm run bench` (BENCH_LOAD_RUNS, BENCH_LOAD_CYCLES).',
    ]);
    process.stdout.write(text);
  } finally {
    await cd.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
