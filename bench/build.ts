// `npm run bench` (build part): `docker build` (classic builder) through tandem's Docker endpoint,
// first (--no-cache) and cached, against the ctr-level equivalent of the same work: the RUN
// commands as `ctr run --rm` containers on the same runtime and image (what a build cannot do
// with less), and the cached build against the first.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUSYBOX, Containerd, REPO } from '../test/helpers/containerd.js';
import { DockerEndpoint } from '../test/helpers/docker.js';
import { median, timeMs, writeTable, type Row } from './table.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FILES = 200;
const RUN_CMDS = ['echo one > /one', 'mkdir -p /data && seq 1 10000 > /data/seq', 'wc -l /data/seq > /data/count || true'];

const DOCKERFILE = `FROM tandem/busybox
ENV APP=/app
WORKDIR /app
${RUN_CMDS.map((c) => `RUN ${c}`).join('\n')}
COPY files/ /app/files/
COPY one.txt /app/
LABEL bench=build
CMD ["sh"]
`;

async function main(): Promise<void> {
  const cd = await Containerd.start();
  const d = await DockerEndpoint.start(cd);
  try {
    await cd.importBusybox();
    const ctx = join(cd.dir, 'ctx');
    mkdirSync(join(ctx, 'files'), { recursive: true });
    writeFileSync(join(ctx, 'Dockerfile'), DOCKERFILE);
    writeFileSync(join(ctx, 'one.txt'), 'one\n');
    for (let i = 0; i < FILES; i++) writeFileSync(join(ctx, 'files', `f${i}.txt`), `file ${i}\n`.repeat(100));
    const build = (extra: string[]) => d.dockerOk(['build', ...extra, '-t', 'bench/build', ctx], { timeoutMs: 600_000 });
    await build([]); // warm: base image unpacked, shim daemon up
    const first: number[] = [];
    const cached: number[] = [];
    const ctr: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      first.push(await timeMs(() => build(['--no-cache'])));
      cached.push(await timeMs(() => build([])));
      ctr.push(
        await timeMs(async () => {
          for (const [j, c] of RUN_CMDS.entries())
            await cd.ctrOk(['run', '--rm', '--runtime', 'io.containerd.tandem.v1', BUSYBOX, `bench-${i}-${j}`, 'sh', '-c', c]);
        }),
      );
    }
    const f = median(first);
    const c = median(cached);
    const r = median(ctr);
    const rows: Row[] = [
      {
        metric: `first build (\`--no-cache\`, ${RUN_CMDS.length} RUN + 2 COPY of ${FILES + 1} files + 5 metadata steps), median of ${RUNS}`,
        tandem: `${f.toFixed(0)} ms`,
        baseline: `${r.toFixed(0)} ms (the ${RUN_CMDS.length} RUN commands as \`ctr run --rm\`)`,
        ratio: f / r,
        target: 'report',
      },
      {
        metric: `cached rebuild (every step \`Using cache\`), median of ${RUNS}`,
        tandem: `${c.toFixed(0)} ms`,
        baseline: `${f.toFixed(0)} ms (the first build)`,
        ratio: c / f,
        target: 'report',
      },
    ];
    const text = writeTable(join(REPO, 'docs/bench-build.md'), 'Build benchmark: docker build on tandem', 'ctr-level / first build', rows, [
      'docker CLI 28 with DOCKER_BUILDKIT=0 against `tandem docker serve` over containerd 1.6 (overlayfs); RUN steps run natively (host platform busybox).',
      'The ctr-level baseline runs only the RUN commands, each a `ctr run --rm` on the same runtime and image: it has no snapshot diff, layer commit, COPY layers or image write, so the build can only be slower; the difference is what building adds.',
      'Each docker build also sends the context (≈ 200 KiB) and starts the docker CLI.',
      'Regenerate with `npm run bench`.',
    ]);
    process.stdout.write(text);
  } finally {
    await d.dispose();
    await cd.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
