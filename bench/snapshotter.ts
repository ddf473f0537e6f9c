// Benchmark (not a test): the tandem clone snapshotter beside containerd's `native` and
// `overlayfs` snapshotters and `cp -a --reflink=always`, everything on one XFS loop mount with
// reflink; then the same image on a btrfs loop mount: tandem (btrfs backend: subvolume
// snapshots) beside containerd's own `btrfs` snapshotter (when this containerd has it) and
// `native`. Measures, per snapshotter: unpack of a ~20,000-file image in 5 layers, Prepare
// latency of a container snapshot on top (through containerd's snapshots service), and the
// disk that 10 prepared containers add. Two images (bench/bench-images.ts): a synthetic one
// of small files and one of real Debian packages. Needs root, containerd, ctr, mkfs.xfs,
// mkfs.btrfs, btrfs, apt-get and dpkg-deb (the Debian image) and a built tree.
//
//   node dist-bench/bench/snapshotter.js [--files 20000] [--image synthetic|debian|all]
//                                  [--deb-cache images/out/cache/bench-debs] [--out FILE]
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeOciArchive, type LayerEntry } from '../src/images/oci-archive.js';
import { GrpcSnapshotter } from '../src/snapshotter/client.js';
import { DEBIAN_LAYERS, debianLayers, imageStats, syntheticLayers, type ImageStats } from './bench-images.js';

const sh = promisify(execFile);
const REPO = new URL('../..', import.meta.url).pathname;
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};
const FILES = Number(arg('files', '20000'));
const IMAGES = arg('image', 'all');
const DEB_CACHE = arg('deb-cache', join(REPO, 'images/out/cache/bench-debs'));
const OUT = arg('out', '');
const LAYERS = 5;
const CONTAINERS = 10;
const PREPARE_RUNS = 5;
const ARCH = process.arch === 'arm64' ? 'arm64' : 'amd64';
/** XFS inode size: mkfs.xfs makes v5 inodes (needed for reflink), 512 bytes by default. */
const XFS_INODE = 512;

const ms = (t0: number) => performance.now() - t0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

type Fs = 'xfs' | 'btrfs';

class Env {
  readonly dir = mkdtempSync('/tmp/tbench-');
  readonly mnt: string;
  readonly sock = join(this.dir, 'c.sock');
  readonly snapSock = join(this.dir, 'snap.sock');
  private containerd?: ChildProcess;
  private snapshotter?: ChildProcess;

  constructor(readonly fs: Fs) {
    this.mnt = join(this.dir, fs);
  }

  async up(): Promise<void> {
    mkdirSync(this.mnt);
    const img = join(this.dir, `${this.fs}.img`);
    await sh('truncate', ['-s', '8G', img]);
    if (this.fs === 'xfs') await sh('mkfs.xfs', ['-q', '-m', 'reflink=1', img]);
    else await sh('mkfs.btrfs', ['-q', img]);
    await sh('mount', ['-o', 'loop', img, this.mnt]);
    const cfg = join(this.dir, 'config.toml');
    writeFileSync(
      cfg,
      [
        'version = 2',
        `root = "${this.mnt}/containerd"`,
        `state = "${this.dir}/state"`,
        'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
        `[grpc]\n  address = "${this.sock}"`,
        `[ttrpc]\n  address = "${this.sock}.ttrpc"`,
        `[debug]\n  address = "${this.dir}/debug.sock"`,
        `[plugins."io.containerd.internal.v1.opt"]\n  path = "${this.dir}/opt"`,
        `[proxy_plugins]\n  [proxy_plugins.tandem]\n    type = "snapshot"\n    address = "${this.snapSock}"`,
      ].join('\n'),
    );
    this.snapshotter = spawn(
      join(REPO, 'bin/tandem'),
      ['snapshotter', '--root', `${this.mnt}/tandem`, '--address', this.snapSock, '--log-level', 'warn'],
      { stdio: 'inherit' },
    );
    this.containerd = spawn('containerd', ['--config', cfg], { stdio: 'ignore' });
    for (let i = 0; i < 400 && !(existsSync(this.sock) && existsSync(this.snapSock)); i++) await sleep(50);
    await sleep(300);
  }

  ctr(args: string[]) {
    return sh('ctr', ['--address', this.sock, ...args], { maxBuffer: 64 << 20 });
  }

  /**
   * Bytes in use after `sync`. XFS: statfs (blocks − free blocks). btrfs: statfs free blocks
   * only move when a whole chunk is allocated (metadata written into an allocated metadata
   * chunk does not show), so the measure there is btrfs's own count after a transaction
   * commit: `btrfs filesystem usage -b`, Overall "Used" (data plus every copy of metadata).
   */
  async usedBytes(): Promise<number> {
    await sh('sync');
    if (this.fs === 'xfs') return this.statfsUsed();
    await sh('btrfs', ['filesystem', 'sync', this.mnt]);
    const { stdout } = await sh('btrfs', ['filesystem', 'usage', '-b', this.mnt]);
    return Number(/^\s*Used:\s+(\d+)/m.exec(stdout)![1]);
  }

  statfsUsed(): number {
    const s = statfsSync(this.mnt);
    return (s.blocks - s.bfree) * s.bsize;
  }

  /** The snapshotter plugins this containerd loaded (status ok). */
  async snapshotPlugins(): Promise<string[]> {
    const { stdout } = await this.ctr(['plugins', 'ls']);
    return stdout
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f[0] === 'io.containerd.snapshotter.v1' && f.at(-1) === 'ok')
      .map((f) => f[1]!);
  }

  /** What `tandem snapshotter --info` says about its root. */
  async tandemBackend(): Promise<string> {
    const { stdout } = await sh(join(REPO, 'bin/tandem'), ['snapshotter', '--info', '--root', `${this.mnt}/tandem`]);
    return /^backend: (\S+)/m.exec(stdout)![1]!;
  }

  async down(): Promise<void> {
    this.containerd?.kill('SIGTERM');
    this.snapshotter?.kill('SIGTERM');
    await sleep(1500);
    this.containerd?.kill('SIGKILL');
    this.snapshotter?.kill('SIGKILL');
    await sh('umount', ['-R', this.mnt]).catch(() => sh('umount', ['-l', this.mnt]));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

interface Row {
  name: string;
  unpackMs: number;
  prepareMs: number;
  imageBytes: number;
  containersBytes: number;
  /** statfs deltas, for the note under the btrfs table. */
  statfsImage: number;
  statfsContainers: number;
}

async function measure(env: Env, snapshotter: string, tar: string, image: string): Promise<Row> {
  const ns = `bench-${snapshotter}`;
  const before = await env.usedBytes();
  const statfsBefore = env.statfsUsed();
  let t0 = performance.now();
  await env.ctr(['-n', ns, 'images', 'import', '--snapshotter', snapshotter, tar]);
  const unpackMs = ms(t0);
  const imageBytes = (await env.usedBytes()) - before;
  const statfsImage = env.statfsUsed() - statfsBefore;
  if (!(await env.ctr(['-n', ns, 'images', 'ls', '-q'])).stdout.includes(image)) throw new Error(`${image} missing after import`);
  const chain = await topChain(env, ns, snapshotter);
  const sn = new GrpcSnapshotter(env.sock, snapshotter, ns);
  const gc = { 'containerd.io/gc.root': new Date().toISOString() };
  // Disk first: removed snapshots only leave the backend at containerd's next GC.
  const base = await env.usedBytes();
  const statfsBase = env.statfsUsed();
  for (let i = 0; i < CONTAINERS; i++) await sn.prepare(`ctr-${i}`, chain, gc);
  const containersBytes = (await env.usedBytes()) - base;
  const statfsContainers = env.statfsUsed() - statfsBase;
  const times: number[] = [];
  for (let i = 0; i < PREPARE_RUNS; i++) {
    t0 = performance.now();
    await sn.prepare(`lat-${i}`, chain, gc);
    times.push(ms(t0));
  }
  await sn.close();
  return { name: snapshotter, unpackMs, prepareMs: median(times), imageBytes, containersBytes, statfsImage, statfsContainers };
}

/** The chain ID of the image's top layer: the committed snapshot no other one has as parent. */
async function topChain(env: Env, ns: string, snapshotter: string): Promise<string> {
  const sn = new GrpcSnapshotter(env.sock, snapshotter, ns);
  const all = await sn.list();
  await sn.close();
  const parents = new Set(all.map((i) => i.parent));
  return all.find((i) => !parents.has(i.name))!.name;
}

/** The floor: cp -a --reflink=always of the unpacked image tree (the native snapshotter's copy). */
async function cpReflink(env: Env): Promise<number> {
  const { stdout } = await env.ctr(['-n', 'bench-native', 'snapshots', '--snapshotter', 'native', 'mounts', '/x', 'ctr-0']);
  const src = /-t bind (\S+)/.exec(stdout)![1]!;
  const times: number[] = [];
  for (let i = 0; i < PREPARE_RUNS; i++) {
    const dst = join(env.mnt, `cp-${i}`);
    const t0 = performance.now();
    await sh('cp', ['-a', '--reflink=always', src, dst]);
    times.push(ms(t0));
    rmSync(dst, { recursive: true, force: true });
  }
  return median(times);
}

interface FsRun {
  rows: Row[];
  cpMs: number;
  /** The backend tandem's probe chose, and the snapshotters containerd could not offer. */
  backend: string;
  missing: string[];
  /** /proc/loadavg (1, 5, 15 min) before and after: other jobs on the machine move Prepare times. */
  load: [string, string];
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function runOn(fs: Fs, wanted: string[], tar: string, image: string): Promise<FsRun> {
  const env = new Env(fs);
  const rows: Row[] = [];
  let cpMs = 0;
  let backend = '';
  const missing: string[] = [];
  const loadBefore = loadavg();
  try {
    await env.up();
    backend = await env.tandemBackend();
    const plugins = await env.snapshotPlugins();
    // Ingest the blobs once, so each import below only unpacks (the content store is shared).
    await env.ctr(['-n', 'bench-content', 'images', 'import', '--no-unpack', tar]);
    for (const s of wanted) {
      if (s !== 'tandem' && !plugins.includes(s)) {
        missing.push(s);
        continue;
      }
      process.stderr.write(`${image} on ${fs}: measuring ${s}…\n`);
      rows.push(await measure(env, s, tar, image));
    }
    cpMs = await cpReflink(env);
  } finally {
    await env.down();
  }
  return { rows, cpMs, backend, missing, load: [loadBefore, loadavg()] };
}

/** One image the benchmark unpacks. */
interface BenchImage {
  name: string;
  /** What it is made of, for the note above its tables. */
  what: string;
  layers: LayerEntry[][];
  stats: ImageStats;
}

function syntheticImage(): BenchImage {
  const layers = syntheticLayers(FILES, LAYERS);
  const what = `${FILES} files in ${LAYERS} layers (sizes 80% 0.5–4 KiB, 18% 4–32 KiB, 2% 32–256 KiB)`;
  return { name: 'docker.io/tandem/bench:latest', what, layers, stats: imageStats(layers) };
}

async function debianImage(): Promise<BenchImage> {
  const d = await debianLayers(DEB_CACHE, ARCH, (m) => process.stderr.write(`${m}\n`));
  const what =
    `${d.packages} Debian bookworm ${ARCH} packages in ${d.layers.length} layers (${DEBIAN_LAYERS.map((l) => l.name).join(' / ')}; ` +
    `list in bench/bench-images.ts), unpacked with dpkg-deb -x (${d.hardLinks} hard links stored as copies)`;
  return { name: 'docker.io/tandem/bench-debian:latest', what, layers: d.layers, stats: imageStats(d.layers) };
}

/** Builds the image's OCI archive, measures it on XFS then btrfs, and returns its report. */
async function benchImage(img: BenchImage): Promise<string> {
  const tmp = mkdtempSync('/tmp/tbench-image-');
  const tar = join(tmp, 'image.tar');
  let xfs: FsRun;
  let btrfs: FsRun;
  try {
    await writeOciArchive({ name: img.name, os: 'linux', architecture: ARCH, layers: img.layers }, tar);
    xfs = await runOn('xfs', ['tandem', 'native', 'overlayfs'], tar, img.name);
    btrfs = await runOn('btrfs', ['tandem', 'btrfs', 'native'], tar, img.name);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return [reportXfs(img, xfs), reportBtrfs(btrfs)].join('\n');
}

async function main(): Promise<void> {
  const parts: string[] = [];
  // One image at a time: the Debian one holds ~750 MB of file contents in memory.
  if (IMAGES !== 'debian') parts.push(await benchImage(syntheticImage()));
  if (IMAGES !== 'synthetic') parts.push(await benchImage(await debianImage()));
  const out = parts.join('\n');
  process.stdout.write(out);
  if (OUT) writeFileSync(OUT, out);
}

const mib = (b: number) => (b / (1 << 20)).toFixed(1);
const HEADER = [
  '| snapshotter | unpack (import, blobs already ingested) | Prepare on top (median of 5) | image on disk | 10 containers add | containers ÷ image |',
  '|---|---|---|---|---|---|',
];
const rowLine = (r: Row, label = r.name) =>
  `| ${label} | ${(r.unpackMs / 1000).toFixed(2)} s | ${r.prepareMs.toFixed(0)} ms | ${mib(r.imageBytes)} MiB | ${mib(r.containersBytes)} MiB | ${(r.containersBytes / r.imageBytes).toFixed(3)} |`;
const cpLine = (cpMs: number) => `| cp -a --reflink=always of the tree | — | ${cpMs.toFixed(0)} ms | — | — | — |`;
const yes = (ok: boolean) => (ok ? 'yes' : 'no');

const num = (n: number) => n.toLocaleString('en-US');
const loadNote = (run: FsRun) => `load average (1/5/15 min) ${run.load[0]} before, ${run.load[1]} after`;

function reportXfs(img: BenchImage, run: FsRun): string {
  const { rows, cpMs } = run;
  const native = rows.find((r) => r.name === 'native')!;
  const tandem = rows.find((r) => r.name === 'tandem')!;
  const st = img.stats;
  // Every clone makes one inode per file, directory and symlink of the tree; on XFS each is at
  // least XFS_INODE bytes, shared data or not. That is the floor of any per-file clone.
  const inodes = st.files + st.dirs + st.symlinks;
  const floor = CONTAINERS * inodes * XFS_INODE;
  const lines = [
    `Image: ${img.what}; unpacked it holds ${num(st.files)} regular files, ${num(st.bytes)} bytes (${mib(st.bytes)} MiB), mean ${(st.bytes / st.files / 1024).toFixed(1)} KiB per file, ` +
      `plus ${num(st.dirs)} directories and ${num(st.symlinks)} symlinks. XFS loop mount (reflink=1), containerd 1.6 roots on it; ${new Date().toISOString().slice(0, 10)}, ${process.arch}, one run; ${loadNote(run)}.`,
    '',
    ...HEADER,
    ...rows.map((r) => rowLine(r)),
    cpLine(cpMs),
    '',
    '| target | measured | met |',
    '|---|---|---|',
    `| tandem Prepare ≤ 1.2 × cp --reflink | ${(tandem.prepareMs / cpMs).toFixed(2)} × | ${yes(tandem.prepareMs <= 1.2 * cpMs)} |`,
    `| tandem Prepare ≤ 0.67 × native | ${(tandem.prepareMs / native.prepareMs).toFixed(2)} × | ${yes(tandem.prepareMs <= 0.67 * native.prepareMs)} |`,
    `| 10 tandem containers add ≤ 0.2 × image | ${(tandem.containersBytes / tandem.imageBytes).toFixed(3)} × | ${yes(tandem.containersBytes <= 0.2 * tandem.imageBytes)} |`,
    '',
    `Per-file floor on XFS: a clone makes ${num(inodes)} inodes (files + directories + symlinks) of at least ${XFS_INODE} B each; ` +
      `${CONTAINERS} × ${num(inodes)} × ${XFS_INODE} B = ${mib(floor)} MiB = ${(floor / tandem.imageBytes).toFixed(3)} × tandem's image on disk. ` +
      `Measured: tandem's ${CONTAINERS} containers added ${Math.round(tandem.containersBytes / CONTAINERS / inodes)} B per inode.`,
    '',
  ];
  return lines.join('\n');
}

function reportBtrfs(run: FsRun): string {
  const tandem = run.rows.find((r) => r.name === 'tandem')!;
  const native = run.rows.find((r) => r.name === 'native');
  const label = (r: Row) =>
    r.name === 'tandem' ? `tandem (backend ${run.backend})` : r.name === 'btrfs' ? "btrfs (containerd's)" : r.name;
  const lines = [
    `The same image on a btrfs loop mount (8 GiB, mkfs.btrfs defaults: DUP metadata), containerd 1.6 roots on it; tandem's probe chose backend \`${run.backend}\`. ` +
      'Disk here is btrfs\'s own count of bytes in use (`btrfs filesystem usage -b`, Overall "Used": data plus both copies of metadata) after `sync` and `btrfs filesystem sync`: ' +
      'statfs free blocks on btrfs only move when a whole chunk is allocated, so they miss metadata written into an allocated chunk (statfs deltas below). ' +
      `One run; ${loadNote(run)}.`,
    '',
    ...HEADER,
    ...run.rows.map((r) => rowLine(r, label(r))),
    ...run.missing.map((m) => `| ${m} | not offered by this containerd (\`ctr plugins ls\`) | — | — | — | — |`),
    cpLine(run.cpMs),
    '',
    `statfs deltas (image / 10 containers): ${run.rows.map((r) => `${label(r)} ${mib(r.statfsImage)} / ${mib(r.statfsContainers)} MiB`).join('; ')}.`,
    '',
    '| target (btrfs) | measured | met |',
    '|---|---|---|',
    ...(native
      ? [
          `| tandem Prepare ≤ 0.67 × native | ${(tandem.prepareMs / native.prepareMs).toFixed(2)} × | ${yes(tandem.prepareMs <= 0.67 * native.prepareMs)} |`,
        ]
      : []),
    `| 10 tandem containers add ≤ 0.2 × image | ${(tandem.containersBytes / tandem.imageBytes).toFixed(3)} × | ${yes(tandem.containersBytes <= 0.2 * tandem.imageBytes)} |`,
    '',
  ];
  return lines.join('\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
