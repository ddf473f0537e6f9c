// `npm run bench` (platforms part): how a foreign-architecture (linux/arm64) container runs on
// this amd64 host, the two ways docs/platforms.md weighs, measured in the same run through ctr:
//   (a) in the one amd64 guest, through qemu-user registered with binfmt_misc (the default);
//   (b) in a guest of the image's architecture (TANDEM_VM_ARCH=arm64: qemu-system-aarch64).
// Beside them, the reference: an amd64 container in the amd64 guest (what any VM container costs).
// Start latency, exec latency, a CPU-bound shell loop, and the memory of each guest.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Containerd, REPO } from '../test/helpers/containerd.js';
import { writeOciIndexArchive } from '../src/images/oci-archive.js';
import { debianBusyboxImages } from '../src/cli/commands/image.js';
import { processesWhere } from './procs.js';
import { median, timeMs } from './table.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LOOP = Number(process.env.BENCH_LOOP ?? 5_000);
const IMG = 'docker.io/tandem/busybox-multi:latest';
const TANDEM = ['--runtime', 'io.containerd.tandem.v1'];

interface Config {
  name: string;
  cd: Containerd;
  flags: string[];
}

/** ms from spawning `ctr run --rm` until the first byte of the container's stdout. */
function firstOutput(c: Config, id: string): Promise<number> {
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const p = spawn('ctr', ['--address', c.cd.address, '-n', c.cd.namespace, 'run', '--rm', ...c.flags, IMG, id, 'uname', '-m'], {
      env: c.cd.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let at = 0;
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => {
      at ||= Number(process.hrtime.bigint() - t0) / 1e6;
      out += d.toString();
    });
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code) => (code === 0 && at ? resolve(at) : reject(new Error(`${c.name} ${id}: exit ${code} ${out} ${err}`))));
  });
}

let n = 0;
const exec = (c: Config, id: string, args: string[]) =>
  timeMs(() => c.cd.ctrOk(['tasks', 'exec', '--exec-id', `e${++n}`, id, ...args], { timeoutMs: 900_000 }));

/** PSS of the VMM processes (QEMU and virtiofsd) of a containerd's state directory. */
function vmPss(cd: Containerd): number {
  let kib = 0;
  for (const p of processesWhere((cmd) => /qemu-system|virtiofsd/.test(cmd) && cmd.includes(cd.tandemState))) {
    try {
      kib += Number(readFileSync(`/proc/${p.pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+)/m)?.[1] ?? 0);
    } catch {} // gone meanwhile
  }
  return kib / 1024;
}

async function main(): Promise<void> {
  const env = { TANDEM_VM_IDLE_TIMEOUT_MS: '900000' };
  const a = await Containerd.start({ env });
  const b = await Containerd.start({ env: { ...env, TANDEM_VM_ARCH: 'arm64' } });
  try {
    const images = await debianBusyboxImages(['linux/amd64', 'linux/arm64'], IMG);
    const tar = join(a.dir, 'multi.tar');
    await writeOciIndexArchive({ name: IMG, images }, tar);
    for (const cd of [a, b]) await cd.ctrOk(['images', 'import', '--all-platforms', tar]);
    const configs: Config[] = [
      { name: 'amd64 image, amd64 guest', cd: a, flags: [...TANDEM, '--annotation', 'io.containerd.tandem.runtime=vm'] },
      { name: '(a) arm64 image, amd64 guest + qemu-user', cd: a, flags: [...TANDEM, '--platform', 'linux/arm64'] },
      { name: '(b) arm64 image, arm64 guest', cd: b, flags: [...TANDEM, '--platform', 'linux/arm64'] },
    ];
    const cold = { a: await firstOutput(configs[1]!, 'cold-a'), b: await firstOutput(configs[2]!, 'cold-b') };
    const warm: number[][] = configs.map(() => []);
    for (let i = 0; i < RUNS; i++) for (const [k, c] of configs.entries()) warm[k]!.push(await firstOutput(c, `warm-${k}-${i}`));
    for (const [k, c] of configs.entries()) await c.cd.ctrOk(['run', '-d', ...c.flags, IMG, `idle-${k}`, 'sleep', '3600']);
    const execs: number[][] = configs.map(() => []);
    const loops: number[][] = configs.map(() => []);
    // Timed inside the container (the guest's /proc/uptime, 10 ms steps), so exec latency and the
    // host's load on the way there do not count.
    const loop = `read a _ </proc/uptime; i=0; while [ $i -lt ${LOOP} ]; do i=$((i+1)); done; read b _ </proc/uptime; echo $a $b`;
    for (let i = 0; i < RUNS; i++)
      for (const [k, c] of configs.entries()) {
        execs[k]!.push(await exec(c, `idle-${k}`, ['true']));
        const out = await c.cd.ctrOk(['tasks', 'exec', '--exec-id', `l${++n}`, `idle-${k}`, 'sh', '-c', loop], { timeoutMs: 900_000 });
        const [a, b] = out.trim().split(' ').map(Number);
        loops[k]!.push((b! - a!) * 1000);
      }
    const mem = { a: vmPss(a), b: vmPss(b) };
    const loadavg = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const cell = (xs: number[]) => `${median(xs).toFixed(0)} ms`;
    const loopCell = (k: number) => `${median(loops[k]!).toFixed(0)} ms`;
    const rows = [
      ['cold start: no VM → first output', '—', `${cold.a.toFixed(0)} ms`, `${cold.b.toFixed(0)} ms`],
      [`warm start: \`ctr run --rm … uname -m\` → first output, median of ${RUNS}`, ...warm.map(cell)],
      [`exec latency: \`ctr tasks exec … true\`, median of ${RUNS}`, ...execs.map(cell)],
      [`CPU-bound: busybox sh loop of ${LOOP} iterations, timed in the container, median of ${RUNS}`, ...[0, 1, 2].map(loopCell)],
      [
        'memory: PSS of the guest VMs (QEMU + virtiofsd) with one idle container each',
        `${mem.a.toFixed(0)} MiB (one guest for both)`,
        '+0',
        `+${mem.b.toFixed(0)} MiB (a second guest)`,
      ],
    ];
    const text = [
      '# Foreign-architecture containers: qemu-user in the one guest vs a guest of their own',
      '',
      `Measured ${new Date().toISOString()} on ${process.platform}/${process.arch}, Node ${process.version}, QEMU under TCG (no usable KVM here), load average at the end ${loadavg}. One run.`,
      '',
      `| metric | ${configs.map((c) => c.name).join(' | ')} |`,
      '|---|---|---|---|',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
      '',
      '- (a) is the default: the arm64 program runs under qemu-aarch64 (user mode, registered with binfmt_misc) inside the amd64 guest, which itself runs under TCG: two layers of translation, runc native to the guest.',
      '- (b) is `TANDEM_VM_ARCH=arm64`: the whole guest is arm64 under qemu-system-aarch64 (TCG): one layer of translation for the program, but also for runc and the agent, and a second VM beside the first when amd64 containers also run.',
      '- Regenerate with `npm run bench` (or `node dist-bench/bench/platforms.js` after `npx tsc -p tsconfig.bench.json`).',
      '',
    ].join('\n');
    writeFileSync(join(REPO, 'docs/bench-platforms.md'), text);
    process.stdout.write(text);
  } finally {
    await a.dispose();
    await b.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
