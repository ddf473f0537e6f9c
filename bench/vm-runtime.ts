// The guest's OCI runtime, runc against crun, on the VM path end to end through ctr: one VM per
// runtime (TANDEM_VM_RUNTIME picks it when the VM boots), the same operations on each, medians.
// Not part of `npm run bench` (two cold boots); run `node dist-bench/bench/vm-runtime.js` after
// `npx tsc -p tsconfig.bench.json`. Writes its table to docs/bench-vm-runtime.md.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { BUSYBOX, Containerd, REPO } from '../test/helpers/containerd.js';
import { median, timeMs, writeTable, type Row } from './table.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TANDEM = ['--runtime', 'io.containerd.tandem.v1', '--annotation', 'io.containerd.tandem.runtime=vm'];
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

type Ops = Record<string, number>;

async function measure(runtime: string): Promise<{ ops: Ops; loads: string[] }> {
  const cd = await Containerd.start({ env: { TANDEM_VM_IDLE_TIMEOUT_MS: '600000', TANDEM_VM_RUNTIME: runtime } });
  const loads = [load()];
  try {
    await cd.importBusybox();
    await cd.ctrOk(['run', '--rm', ...TANDEM, BUSYBOX, 'boot', 'true'], { timeoutMs: 600_000 }); // boots the VM
    const t: Record<string, number[]> = { run: [], exec: [], pause: [], resume: [], kill: [], delete: [] };
    await cd.ctrOk(['run', '-d', ...TANDEM, BUSYBOX, 'idle', 'sleep', '3600']);
    for (let i = 0; i < RUNS; i++) {
      t.run.push(await timeMs(() => cd.ctrOk(['run', '--rm', ...TANDEM, BUSYBOX, `r${i}`, 'true'])));
      t.exec.push(await timeMs(() => cd.ctrOk(['tasks', 'exec', '--exec-id', `e${i}`, 'idle', 'true'])));
      t.pause.push(await timeMs(() => cd.ctrOk(['tasks', 'pause', 'idle'])));
      t.resume.push(await timeMs(() => cd.ctrOk(['tasks', 'resume', 'idle'])));
      await cd.ctrOk(['run', '-d', ...TANDEM, BUSYBOX, `k${i}`, 'sleep', '3600']);
      // kill --all goes through the runtime (a plain kill is a signal from the agent)
      t.kill.push(await timeMs(() => cd.ctrOk(['tasks', 'kill', '--all', '-s', 'SIGKILL', `k${i}`])));
      await cd.ctrOk(['tasks', 'wait', `k${i}`]).catch(() => '');
      t.delete.push(await timeMs(() => cd.ctrOk(['tasks', 'delete', `k${i}`])));
      await cd.ctrOk(['containers', 'delete', `k${i}`]);
      process.stderr.write(
        `bench-vm-runtime: ${runtime} round ${i}: ${JSON.stringify(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v[i]!)])))} (load ${load()})\n`,
      );
    }
    loads.push(load());
    return { ops: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])), loads };
  } finally {
    await cd.dispose();
  }
}

const LABELS: Record<string, string> = {
  run: '`ctr run --rm … true` (create + start + exit + delete)',
  exec: '`ctr tasks exec … true`',
  pause: '`ctr tasks pause`',
  resume: '`ctr tasks resume`',
  kill: '`ctr tasks kill --all -s SIGKILL`',
  delete: '`ctr tasks delete` (after exit)',
};

async function main(): Promise<void> {
  const crun = await measure('crun');
  const runc = await measure('runc');
  const rows: Row[] = Object.keys(LABELS).map((k) => ({
    metric: `${LABELS[k]}, median of ${RUNS}`,
    tandem: `${crun.ops[k]!.toFixed(0)} ms`,
    baseline: `${runc.ops[k]!.toFixed(0)} ms`,
    ratio: crun.ops[k]! / runc.ops[k]!,
    target: 'report',
  }));
  const text = writeTable(join(REPO, 'docs/bench-vm-runtime.md'), 'Guest OCI runtime: crun vs runc (VM path, through ctr)', 'runc', rows, [
    'Columns: the same operations with the guest agent running crun ("tandem") and runc; one VM per runtime, booted first and kept.',
    `Load average (1/5/15 min; 2 cores shared with other work): crun ${crun.loads.join(' → ')}, runc ${runc.loads.join(' → ')}.`,
    'Regenerate: `npx tsc -p tsconfig.bench.json && node dist-bench/bench/vm-runtime.js`.',
  ]);
  process.stdout.write(text);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
