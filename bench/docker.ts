// `npm run bench` (docker part): tandem's Docker endpoint against ctr on the same containerd,
// side by side in one run: `docker run --rm IMG true` vs `ctr run --rm` through tandem (native
// path, same image; alternated), the endpoint's memory with 20 running containers vs idle, and
// `docker pull` of a 5-layer image from a loopback registry vs `ctr pull` of the same image.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUSYBOX, Containerd, REPO } from '../test/helpers/containerd.js';
import { DockerEndpoint, Registry } from '../test/helpers/docker.js';
import { run } from '../test/helpers/run.js';
import { median, timeMs, writeTable, type Row } from './table.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PULL_RUNS = Number(process.env.BENCH_PULL_RUNS ?? 9);
const MEM_CONTAINERS = 20;
const LAYERS = 5;
const TANDEM = 'io.containerd.tandem.v1';
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** `docker run --rm` vs `ctr run --rm`, alternated (who goes first alternates too), after one warm-up each. */
async function runLatency(cd: Containerd, d: DockerEndpoint): Promise<{ docker: number[]; ctr: number[] }> {
  const docker = () => d.dockerOk(['run', '--rm', 'tandem/busybox', 'true']);
  let n = 0;
  const ctr = () => cd.ctrOk(['run', '--rm', '--runtime', TANDEM, BUSYBOX, `bench-ctr-${n++}`, 'true']);
  await docker();
  await ctr();
  const t = { docker: [] as number[], ctr: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    const pair = i % 2 ? (['ctr', 'docker'] as const) : (['docker', 'ctr'] as const);
    for (const k of pair) t[k].push(await timeMs(k === 'docker' ? docker : ctr));
  }
  return t;
}

/** RSS and PSS (KiB) of one process, from /proc. */
function memory(pid: number): { rss: number; pss: number } {
  const s = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kib = (k: string) => Number(s.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
  return { rss: kib('Rss'), pss: kib('Pss') };
}

async function memoryWithContainers(
  d: DockerEndpoint,
): Promise<{ idle: { rss: number; pss: number }; busy: { rss: number; pss: number } }> {
  const pid = d.pid!;
  const idle = memory(pid);
  const ids: string[] = [];
  try {
    for (let i = 0; i < MEM_CONTAINERS; i++) ids.push((await d.dockerOk(['run', '-d', 'tandem/busybox', 'sleep', '600'])).trim());
    const ps = (await d.dockerOk(['ps', '-q', '--no-trunc'])).split('\n').filter(Boolean);
    if (ps.length !== MEM_CONTAINERS) throw new Error(`expected ${MEM_CONTAINERS} running containers, docker ps shows ${ps.length}`);
    await new Promise((r) => setTimeout(r, 1000));
    return { idle, busy: memory(pid) };
  } finally {
    if (ids.length) await d.docker(['rm', '-f', ...ids], { timeoutMs: 300_000 });
  }
}

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/**
 * An OCI layout of a 5-layer linux image of this machine's architecture: each layer a gzip tar
 * of 3 MiB of random data (incompressible, as most real layers are close to) and 100 small
 * files (unpack work). Nothing in it is shared with the busybox image already in containerd.
 */
function fiveLayerLayout(dir: string): { layers: string[] } {
  const blobs = join(dir, 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  const put = (b: Buffer) => {
    const d = sha256(b);
    writeFileSync(join(blobs, d.slice(7)), b);
    return { digest: d, size: b.length };
  };
  const layers: { digest: string; size: number }[] = [];
  const diffIds: string[] = [];
  for (let i = 0; i < LAYERS; i++) {
    const src = join(dir, '..', `layer${i}`);
    mkdirSync(join(src, `l${i}`, 'small'), { recursive: true });
    writeFileSync(join(src, `l${i}`, 'blob'), randomBytes(3 << 20));
    for (let j = 0; j < 100; j++) writeFileSync(join(src, `l${i}`, 'small', `f${j}`), `layer ${i} file ${j}\n`.repeat(20));
    const tar = execFileSync('tar', ['-C', src, '--sort=name', '--owner=0', '--group=0', '--numeric-owner', '-cf', '-', '.'], {
      maxBuffer: 64 << 20,
    });
    diffIds.push(sha256(tar));
    layers.push(put(gzipSync(tar)));
  }
  const arch = process.arch === 'x64' ? 'amd64' : process.arch;
  const config = put(
    Buffer.from(
      JSON.stringify({ architecture: arch, os: 'linux', config: { Cmd: ['true'] }, rootfs: { type: 'layers', diff_ids: diffIds } }),
    ),
  );
  const manifest = put(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: layers.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...l })),
      }),
    ),
  );
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          ...manifest,
          annotations: { 'org.opencontainers.image.ref.name': 'latest' },
        },
      ],
    }),
  );
  return { layers: layers.map((l) => l.digest) };
}

/** Removes the image and (synchronously, through containerd's GC) its content and snapshots; checks they are gone. */
async function removeImage(cd: Containerd, ref: string, layers: string[]): Promise<void> {
  await cd.ctrOk(['images', 'rm', '--sync', ref]);
  const content = await cd.ctrOk(['content', 'ls', '-q']);
  const left = layers.filter((l) => content.includes(l));
  if (left.length) throw new Error(`after removing ${ref}, containerd still holds ${left.length} of its layers`);
}

async function pulls(cd: Containerd, d: DockerEndpoint, reg: Registry): Promise<{ docker: number[]; ctr: number[] }> {
  const layout = join(cd.dir, 'five', 'oci');
  const { layers } = fiveLayerLayout(layout);
  const ref = `${reg.host}/bench/five:latest`;
  const copy = await run('skopeo', ['copy', '--dest-tls-verify=false', `oci:${layout}:latest`, `docker://${ref}`], { timeoutMs: 300_000 });
  if (copy.code !== 0) throw new Error(`skopeo copy exited ${copy.code}: ${copy.stderr}`);
  const docker = () => d.dockerOk(['pull', ref], { timeoutMs: 300_000 });
  const ctr = () => cd.ctrOk(['images', 'pull', '--plain-http', ref], { timeoutMs: 300_000 });
  // One unmeasured pull each first: the registry's, containerd's and the endpoint's first-use costs.
  for (const f of [docker, ctr]) {
    await f();
    await removeImage(cd, ref, layers);
  }
  const t = { docker: [] as number[], ctr: [] as number[] };
  for (let i = 0; i < PULL_RUNS; i++) {
    const pair = i % 2 ? (['ctr', 'docker'] as const) : (['docker', 'ctr'] as const);
    for (const k of pair) {
      t[k].push(await timeMs(k === 'docker' ? docker : ctr));
      await removeImage(cd, ref, layers);
    }
  }
  return t;
}

async function main(): Promise<void> {
  const cd = await Containerd.start();
  const reg = await Registry.start();
  const d = await DockerEndpoint.start(cd, [], { debug: false });
  try {
    await cd.importBusybox();
    const loadStart = loadavg();
    const lat = await runLatency(cd, d);
    const mem = await memoryWithContainers(d);
    const pull = await pulls(cd, d, reg);
    const loadEnd = loadavg();
    const l = { docker: median(lat.docker), ctr: median(lat.ctr) };
    const p = { docker: median(pull.docker), ctr: median(pull.ctr) };
    const mib = (k: number) => `${(k / 1024).toFixed(1)} MiB`;
    const rows: Row[] = [
      {
        metric: `\`docker run --rm IMG true\` vs \`ctr run --rm\` (tandem, native), alternated, median of ${RUNS}`,
        tandem: `${l.docker.toFixed(0)} ms`,
        baseline: `${l.ctr.toFixed(0)} ms`,
        ratio: l.docker / l.ctr,
        target: '≤ 1.3×',
        met: l.docker / l.ctr <= 1.3,
      },
      {
        metric: `endpoint memory with ${MEM_CONTAINERS} running containers (\`docker run -d … sleep\`) vs idle: PSS`,
        tandem: mib(mem.busy.pss),
        baseline: `${mib(mem.idle.pss)} (idle)`,
        ratio: mem.busy.pss / mem.idle.pss,
        target: 'report',
      },
      {
        metric: `… the same, RSS`,
        tandem: mib(mem.busy.rss),
        baseline: `${mib(mem.idle.rss)} (idle)`,
        ratio: mem.busy.rss / mem.idle.rss,
        target: 'report',
      },
      {
        metric: `pull of a ${LAYERS}-layer image (${LAYERS} × 3 MiB gzip) from a loopback registry, \`docker pull\` vs \`ctr pull --plain-http\`, alternated, median of ${PULL_RUNS}`,
        tandem: `${p.docker.toFixed(0)} ms`,
        baseline: `${p.ctr.toFixed(0)} ms`,
        ratio: p.docker / p.ctr,
        target: '≤ 1.2×',
        met: p.docker / p.ctr <= 1.2,
      },
    ];
    const all = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    const text = writeTable(join(REPO, 'docs/bench-docker.md'), 'Docker endpoint benchmark: docker CLI vs ctr', 'ctr / idle', rows, [
      `Load average (1, 5, 15 min) at the start ${loadStart}, at the end ${loadEnd}; the machine's other jobs move every number, the ratios less (each pair runs back to back).`,
      'docker CLI 28 against `tandem docker serve` (no --debug) over containerd 1.6 (overlayfs); ctr against the same containerd and namespace; both start containers with runtime `io.containerd.tandem.v1` (native path) from the same busybox image.',
      '`docker run --rm` is five API calls (create, attach, wait, start, then the wait answers once the endpoint has removed the container); `ctr run --rm` talks to containerd directly.',
      `Memory: the endpoint's node process (/proc/PID/smaps_rollup), idle before any container, then with ${MEM_CONTAINERS} \`docker run -d tandem/busybox sleep 600\` running.`,
      "Pull: the image is removed between pulls with `ctr images rm --sync` (containerd's GC drops its content and snapshots; checked), so each pull fetches, verifies, writes and unpacks all 5 layers into overlayfs.",
      `Samples (ms): docker run ${all(lat.docker)}; ctr run ${all(lat.ctr)}; docker pull ${all(pull.docker)}; ctr pull ${all(pull.ctr)}.`,
      'Regenerate with `npm run bench`.',
    ]);
    process.stdout.write(text);
  } finally {
    await d.dispose();
    await reg.dispose();
    await cd.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
