// Streams out of a container, timed two ways: `ctr run` spawned until it exits (what a user waits
// for, container start and removal included) and first byte until last (the stream itself, the
// rate issue 15 asks ≥ 25 MiB/s of). And a published port: a host client reading a 64 MiB file
// from busybox httpd in a VM container, through the host's listener and the agent's DialPort, and
// a host client uploading into `dd` there the same way.
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { BUSYBOX, type Containerd } from '../test/helpers/containerd.js';
import { freePort } from '../test/helpers/docker.js';
import { median } from './table.js';

const MB = 1 << 20;

export interface StreamRate {
  /** MiB/s over `ctr run` spawned → exit. */
  total: number;
  /** MiB/s over the first byte → the last. */
  stream: number;
}

/** `ctr run --rm … <cmd>` writing `size` bytes to stdout, read by us through a pipe. */
export function stdoutRate(cd: Containerd, flags: string[], id: string, cmd: string[], size: number, image = BUSYBOX): Promise<StreamRate> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const now = () => Number(process.hrtime.bigint() - t0) / 1e6;
    const p = spawn('ctr', ['--address', cd.address, '-n', cd.namespace, 'run', '--rm', ...flags, image, id, ...cmd], {
      env: cd.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let n = 0;
    let first = 0;
    let last = 0;
    p.stdout.on('data', (c: Buffer) => {
      if (!n) first = now();
      n += c.length;
      last = now();
    });
    p.on('close', (code) => {
      if (code !== 0 || n !== size) return reject(new Error(`${id}: exit ${code}, ${n}/${size} bytes`));
      resolve({ total: size / MB / (now() / 1000), stream: size / MB / (Math.max(last - first, 1) / 1000) });
    });
  });
}

/**
 * `ctr run --rm … sh -c 'dd of=/dev/null bs=32k …'` fed `size` bytes on stdin by us
 * (through a pipe, then EOF): MiB/s from `ctr run` spawned to its exit (the container's start and
 * removal included, as a user of `docker run -i … < file` waits).
 */
export function stdinRate(cd: Containerd, flags: string[], id: string, size: number, image = BUSYBOX): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const p = spawn('ctr', ['--address', cd.address, '-n', cd.namespace, 'run', '--rm', ...flags, image, id, 'sh', '-c', STDIN_SINK], {
      env: cd.env,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stdin.on('error', () => {}); // an early exit is reported by the close below
    const chunk = Buffer.alloc(MB, 0x5a);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!p.stdin.write(chunk)) return void p.stdin.once('drain', pump);
      }
      p.stdin.end();
    };
    pump();
    p.on('close', (code) => {
      const want = `${Math.ceil(size / 32768)}+0`; // size is a whole number of 1 MiB chunks
      if (code !== 0 || out.trim() !== want)
        return reject(new Error(`${id}: exit ${code}, dd read ${out.trim() || 'nothing'} blocks, want ${want}`));
      resolve(size / MB / (Number(process.hrtime.bigint() - t0) / 1e9));
    });
  });
}

/**
 * Reads stdin to its end in 32 KiB blocks (gathered whole: a port's read returns one 4 KiB
 * buffer), then prints dd's count of them ("2048+0" for 64 MiB; busybox dd prints no byte count).
 */
const STDIN_SINK = 'dd of=/dev/null bs=32768 iflag=fullblock 2>&1 | sed -n "s/ records in//p"';

/** One GET of `path` on 127.0.0.1:`port`: MiB/s from the response's first body byte to its end, or an error. */
function getRate(port: number, path: string, size: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`GET ${path}: HTTP ${res.statusCode}`));
      }
      let n = 0;
      let first = 0n;
      res.on('data', (c: Buffer) => {
        if (!n) first = process.hrtime.bigint();
        n += c.length;
      });
      res.on('end', () => {
        const ms = Number(process.hrtime.bigint() - first) / 1e6;
        return n === size ? resolve(size / MB / (Math.max(ms, 1) / 1000)) : reject(new Error(`GET ${path}: ${n}/${size} bytes`));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** Runs `fn` against a VM container publishing its port 8080 (started by `script`) on a free host port; removes it after. */
async function withPublished<T>(
  cd: Containerd,
  flags: string[],
  id: string,
  script: string,
  fn: (port: number) => Promise<T>,
  image = BUSYBOX,
): Promise<T> {
  const port = await freePort();
  await cd.ctrOk(
    ['run', '-d', ...flags, '--annotation', `io.containerd.tandem.publish=127.0.0.1:${port}:8080`, image, id, 'sh', '-c', script],
    {
      timeoutMs: 600_000,
    },
  );
  try {
    return await fn(port);
  } finally {
    await cd.ctr(['tasks', 'kill', '-s', 'SIGKILL', id]);
    for (let i = 0; i < 100 && (await cd.ctr(['tasks', 'delete', id])).code !== 0; i++) await new Promise((r) => setTimeout(r, 200));
    await cd.ctr(['containers', 'delete', id]);
  }
}

/** The median of `runs` rates, after `probe` first succeeded (the server is up; bounded generously). */
async function medianOnceReady(id: string, runs: number, probe: () => Promise<number>): Promise<number> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      await probe();
      break;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`the server in ${id} did not serve within 300 s: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const rates: number[] = [];
  for (let i = 0; i < runs; i++) rates.push(await probe());
  return rates.sort((a, b) => a - b)[rates.length >> 1]!;
}

/**
 * A VM container publishing busybox httpd's port 8080 on a free host port, serving a `size` file;
 * the median MiB/s of `runs` downloads (first body byte → end). The container is removed after.
 */
export function publishedPortRate(cd: Containerd, flags: string[], id: string, size: number, runs: number): Promise<number> {
  // Ready when a GET answers 200 (the file is written before httpd listens).
  const script = `mkdir /www && head -c ${size} /dev/zero > /www/big && exec httpd -f -p 8080 -h /www`;
  return withPublished(cd, flags, id, script, (port) => medianOnceReady(id, runs, () => getRate(port, '/big', size)));
}

/** One upload of `size` bytes to 127.0.0.1:`port`, half-closed: MiB/s from connect until the server closed. */
function putRate(port: number, size: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    const chunk = Buffer.alloc(256 << 10);
    let sent = 0;
    let t0 = 0n;
    sock.on('error', reject); // nobody listening yet: the relay closes, our writes are refused
    sock.on('connect', () => {
      t0 = process.hrtime.bigint();
      const pump = () => {
        while (sent < size) {
          sent += chunk.length;
          if (!sock.write(chunk)) return void sock.once('drain', pump);
        }
        sock.end();
      };
      pump();
    });
    sock.resume();
    sock.on('close', (hadError) => {
      if (hadError || sent < size) return reject(new Error(`upload: closed after ${sent}/${size} bytes`));
      resolve(size / MB / (Math.max(Number(process.hrtime.bigint() - t0) / 1e6, 1) / 1000));
    });
  });
}

/**
 * The other way: the median MiB/s of `runs` uploads of `size` bytes into `dd` in a VM container
 * (busybox nc hands it the connection), connect → the server's close.
 */
export function publishedUploadRate(
  cd: Containerd,
  flags: string[],
  id: string,
  size: number,
  runs: number,
  image = BUSYBOX,
): Promise<number> {
  const script = 'exec nc -ll -p 8080 -e dd of=/dev/null bs=1M';
  return withPublished(cd, flags, id, script, (port) => medianOnceReady(id, runs, () => putRate(port, size)), image);
}

/**
 * `cmd` run `runs` times in the running container `id`, each timed by the container's own clock
 * (/proc/uptime before and after, in the guest for a VM container), in seconds. The exec's start
 * and end are not in it.
 */
async function containerClockSeconds(cd: Containerd, id: string, cmd: string, runs: number): Promise<number[]> {
  const script = `read a _ < /proc/uptime; ${cmd}; read b _ < /proc/uptime; echo $a $b`;
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = await cd.ctrOk(['tasks', 'exec', '--exec-id', `t${i}-${Date.now()}`, id, 'sh', '-c', script], { timeoutMs: 600_000 });
    const [a, b] = out.trim().split(/\s+/).map(Number);
    if (!Number.isFinite(a) || !Number.isFinite(b)) throw new Error(`${id}: no uptimes in ${JSON.stringify(out)}`);
    seconds.push(b! - a!);
  }
  return seconds;
}

/**
 * `head -c size /dev/zero` run in the running container `id` into `sink` (a shell redirection or
 * pipe), by the container's clock: the median MiB/s of `runs`. So this is the producer's own rate,
 * the ceiling of the stream rows.
 */
export async function producerMiBs(cd: Containerd, id: string, sink: string, size: number, runs: number): Promise<number> {
  const seconds = await containerClockSeconds(cd, id, `head -c ${size} /dev/zero ${sink}`, runs);
  // /proc/uptime counts in 10 ms steps.
  return median(seconds.map((s) => size / MB / Math.max(s, 0.01)));
}

/** `cmd` run in the running container `id`, by the container's clock: the median ms of `runs`. */
export async function containerClockMs(cd: Containerd, id: string, cmd: string, runs: number): Promise<number> {
  return median((await containerClockSeconds(cd, id, cmd, runs)).map((s) => s * 1000));
}

/** The median of `runs` streams (`one(i)` measures the i-th), its total and stream rates each. */
export async function medianRate(runs: number, one: (i: number) => Promise<StreamRate>): Promise<StreamRate> {
  const r: StreamRate[] = [];
  for (let i = 0; i < runs; i++) r.push(await one(i));
  return { total: median(r.map((x) => x.total)), stream: median(r.map((x) => x.stream)) };
}

export interface PairedStream {
  /** The streams' medians. */
  rate: StreamRate;
  /** The producer alone in `idle`, run right after each stream: median MiB/s. */
  producer: number;
  /** Each stream over the producer run beside it: the median share. */
  share: number;
}

/**
 * `pairs` streams of `head -c size /dev/zero` (`ctr run`), each followed by the same producer
 * alone in the running container `idle`: on a shared host the producer's speed moves by a third
 * between minutes, and a stream is compared with the producer of the same minute.
 */
export async function streamBesideProducer(
  cd: Containerd,
  flags: string[],
  tag: string,
  idle: string,
  size: number,
  pairs: number,
  image = BUSYBOX,
): Promise<PairedStream> {
  const rates: StreamRate[] = [];
  const producers: number[] = [];
  for (let i = 0; i < pairs; i++) {
    rates.push(await stdoutRate(cd, flags, `${tag}-${i}`, ['head', '-c', String(size), '/dev/zero'], size, image));
    producers.push(await producerMiBs(cd, idle, '> /dev/null', size, 1));
  }
  return {
    rate: { total: median(rates.map((r) => r.total)), stream: median(rates.map((r) => r.stream)) },
    producer: median(producers),
    share: median(rates.map((r, i) => r.stream / producers[i]!)),
  };
}
