// A/B of guest variants on the VM path, alternated round by round so both see the same machine
// load: per round and variant a fresh containerd, a cold start (no VM → first output) with the
// guest's boot timeline, then warm starts and execs. A variant is NAME or NAME:VAR=VALUE,... (env
// for the VM daemon, e.g. TANDEM_GUEST_IMAGE=DIR, TANDEM_VM_RUNTIME=runc).
//   node dist-bench/bench/vm-ab.js [--rounds N] base:TANDEM_GUEST_IMAGE=/x new
// Prints a markdown table of medians (not part of `npm run bench`).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { BUSYBOX, Containerd } from '../test/helpers/containerd.js';
import { parseTimeline } from '../src/linuxvm/timeline.js';
import { median, settle, timeMs } from './table.js';
import { qemuProcesses, tbCacheMiB, vmMemoryMiB } from './vm-memory.js';

const TANDEM = ['--runtime', 'io.containerd.tandem.v1', '--annotation', 'io.containerd.tandem.runtime=vm'];
const load = () => loadavg()[0]!.toFixed(2);

function firstOutputMs(cd: Containerd, id: string): Promise<number> {
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const p = spawn('ctr', ['--address', cd.address, '-n', cd.namespace, 'run', '--rm', ...TANDEM, BUSYBOX, id, 'echo', 'first'], {
      env: cd.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let at = 0;
    let err = '';
    p.stdout.once('data', () => (at = Number(process.hrtime.bigint() - t0) / 1e6));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code) => (code === 0 && at ? resolve(at) : reject(new Error(`${id}: exit ${code} ${err}`))));
  });
}

type Sample = Record<string, number>;

async function round(env: Record<string, string>): Promise<Sample> {
  const cd = await Containerd.start({ env: { TANDEM_VM_IDLE_TIMEOUT_MS: '600000', TANDEM_VM_RESTORE: '0', ...env } });
  try {
    await cd.importBusybox();
    const s: Sample = { 'load (1 min)': Number(load()) };
    s['cold: no VM → first output (host)'] = await firstOutputMs(cd, 'cold');
    const rec = JSON.parse(readFileSync(join(cd.tandemState, 'vm', 'vm.json'), 'utf8')) as { bootLog: string };
    for (const m of parseTimeline(readFileSync(rec.bootLog, 'utf8'))) s[m.host ? m.step : `guest: ${m.step}`] = m.at * 1000;
    await settle(); // as npm run bench does (table.ts)
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) warm.push(await firstOutputMs(cd, `warm${i}`));
    s['warm start (median of 3)'] = median(warm);
    await cd.ctrOk(['run', '-d', ...TANDEM, BUSYBOX, 'idle', 'sleep', '3600']);
    const ex: number[] = [];
    for (let i = 0; i < 3; i++) ex.push(await timeMs(() => cd.ctrOk(['tasks', 'exec', '--exec-id', `e${i}`, 'idle', 'true'])));
    s['exec true (median of 3)'] = median(ex);
    // Memory after the warm starts and execs, one container idle (MiB, not ms), as the bench counts it.
    await settle();
    const procs = qemuProcesses(cd).filter((p) => !p.cmd.includes('vmd/main.js'));
    s['VM memory after them, one idle container (MiB)'] = vmMemoryMiB(procs);
    s["of which TCG's translation cache (MiB)"] = procs.reduce((n, p) => n + (p.cmd.includes('qemu-system') ? tbCacheMiB(p.pid) : 0), 0);
    const size = Number(process.env.BENCH_AB_STDOUT_MIB ?? 16);
    if (size) {
      const ms = await timeMs(() =>
        cd.ctrOk(['run', '--rm', ...TANDEM, BUSYBOX, 'tp', 'sh', '-c', `head -c ${size << 20} /dev/zero | wc -c`], { timeoutMs: 600_000 }),
      );
      const ms0 = await timeMs(() =>
        cd.ctrOk(['run', '--rm', ...TANDEM, BUSYBOX, 'tp0', 'sh', '-c', `head -c ${size << 20} /dev/zero > /dev/null`], {
          timeoutMs: 600_000,
        }),
      );
      const tp = await timeMs(async () => {
        const out = await cd.ctrOk(['run', '--rm', ...TANDEM, BUSYBOX, 'tp1', 'head', '-c', String(size << 20), '/dev/zero'], {
          timeoutMs: 600_000,
        });
        if (out.length !== size << 20) throw new Error(`stdout: ${out.length} bytes, want ${size << 20}`);
      });
      s[`stdout ${size} MiB through the channel (ms)`] = tp;
      s['same in the guest, piped to wc (ms)'] = ms;
      s['same in the guest, to /dev/null (ms)'] = ms0;
    }
    return s;
  } finally {
    await cd.dispose();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const command = args.join(' ');
  let rounds = 2;
  if (args[0] === '--rounds') {
    rounds = Number(args[1]);
    args.splice(0, 2);
  }
  const variants = args.map((a) => {
    const [name, spec = ''] = a.split(/:(.*)/s);
    return {
      name: name!,
      env: Object.fromEntries(
        spec
          .split(',')
          .filter(Boolean)
          .map((kv) => kv.split(/=(.*)/s).slice(0, 2)),
      ) as Record<string, string>,
    };
  });
  const samples = new Map<string, Sample[]>(variants.map((v) => [v.name, []]));
  for (let r = 0; r < rounds; r++)
    for (const v of variants) {
      const s = await round(v.env);
      samples.get(v.name)!.push(s);
      process.stderr.write(
        `bench-vm-ab: round ${r} ${v.name}: ${JSON.stringify(Object.fromEntries(Object.entries(s).map(([k, x]) => [k, Math.round(x * 100) / 100])))}\n`,
      );
    }
  const keys = [...new Set([...samples.values()].flat().flatMap((s) => Object.keys(s)))];
  const lines = [
    `| measure (ms; median of ${rounds} rounds) | ${variants.map((v) => v.name).join(' | ')} |`,
    `|---|${variants.map(() => '---|').join('')}`,
  ];
  for (const k of keys) {
    const cells = variants.map((v) => {
      const xs = samples
        .get(v.name)!
        .map((s) => s[k])
        .filter((x): x is number => x !== undefined);
      return xs.length ? `${median(xs).toFixed(k.startsWith('load') ? 2 : 0)}` : '—';
    });
    lines.push(`| ${k} | ${cells.join(' | ')} |`);
  }
  const text = [
    '# VM path: guest variants side by side',
    '',
    `Measured ${new Date().toISOString()} by \`node dist-bench/bench/vm-ab.js ${command}\` (rounds alternate the variants, so each sees the same machine load; "load" is the 1-minute load average of the 2-core host when the round began). Guest steps are the guest's uptime at each step of the cold start (src/linuxvm/timeline.ts).`,
    '',
    ...variants.map(
      (v) =>
        `- **${v.name}**: ${
          Object.keys(v.env).length
            ? Object.entries(v.env)
                .map(([k, x]) => `${k}=${x}`)
                .join(', ')
            : 'this checkout as built'
        }`,
    ),
    '',
    ...lines,
    '',
  ].join('\n');
  if (process.env.BENCH_AB_OUT) writeFileSync(process.env.BENCH_AB_OUT, text);
  process.stdout.write(text);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
