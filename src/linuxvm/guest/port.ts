// The host channel as the guest sees it, with the same contract either way: one host session at
// a time, `onConnect` when a host arrives, `onDisconnect` when it goes (the orphan timer hangs on
// these), a later host served once the previous one is gone.
//
// servePort: a virtio-serial port (/dev/vportNpM), or a virtio console (/dev/hvcN) when the VMM
// offers only that. Node 18 cannot wrap such a character device in a net.Socket (libuv does not
// know the handle type), so it is read with blocking reads on the libuv thread pool and each
// connection of the host becomes one Duplex "session". Reading the port while no host is
// connected returns EOF at once (virtio_console), so EOF means "the host went away": the session
// ends and we wait, gently polling, for the next host.
//
// serveSocket: a unix socket with a bridge in front (vfkit: socat relays each connection vfkit
// dials to the guest's vsock port, since Node 18 has no AF_VSOCK). Each host connection is one
// connection here, its close is the host going away.
import { execFileSync, spawn } from 'node:child_process';
import { close, open, read, writev } from 'node:fs';
import net from 'node:net';
import { basename } from 'node:path';
import { Duplex } from 'node:stream';
import { promisify } from 'node:util';
import { log } from './log.js';

const openP = promisify(open);
const readP = promisify(read);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class PortSession extends Duplex {
  constructor(private readonly fd: number) {
    super();
  }

  override _read(): void {
    // Data is pushed by the read loop; no backpressure on the device side.
  }

  /** Frames queued while a write was in flight go out together (see writeAll). */
  override _writev(chunks: { chunk: Buffer }[], cb: (err?: Error | null) => void): void {
    writeAll(
      this.fd,
      chunks.map((c) => c.chunk),
      cb,
    );
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    writeAll(this.fd, [chunk], cb);
  }
}

/** virtio_console takes at most 32 KiB per write() (port_fops_write caps the count). */
const PORT_WRITE_MAX = 32 << 10;
/** Most slices one writev() takes (the kernel's IOV_MAX is 1024). */
const IOV_MAX = 1024;

/**
 * Writes `bufs` to the port in as few thread-pool round trips as possible: a writev() of ≤ 32 KiB
 * slices (views, no copy) makes the kernel call the port's write once per slice within one
 * system call, where a plain write() stops after 32 KiB. Under TCG each round trip to the pool
 * costs about as much as the bytes, so a 256 KiB batch of output takes one instead of eight.
 */
export function writeAll(fd: number, bufs: Buffer[], cb: (err?: Error | null) => void): void {
  const slices: Buffer[] = [];
  for (const b of bufs) for (let off = 0; off < b.length; off += PORT_WRITE_MAX) slices.push(b.subarray(off, off + PORT_WRITE_MAX));
  const next = (start: number): void => {
    if (start >= slices.length) return cb();
    const batch = slices.slice(start, start + IOV_MAX);
    writev(fd, batch, (err, n) => {
      if (err) return cb(err);
      if (n === 0) return cb(new Error('the port took no bytes'));
      // A short write ends within some slice: go on from the rest of it.
      let i = start;
      let left = n;
      while (i < slices.length && left >= slices[i]!.length) left -= slices[i++]!.length;
      if (left > 0) slices[i] = slices[i]!.subarray(left);
      next(i);
    });
  };
  next(0);
}

/**
 * Serves host sessions on a port device until `stop()` is called. `onSession` gets each
 * session's Duplex once the host's first bytes arrive.
 */
export async function servePort(
  device: string,
  onSession: (conn: Duplex) => void,
  signal?: AbortSignal,
  onDisconnect?: () => void,
  onConnect?: () => void,
  reader?: string[],
): Promise<void> {
  if (/^(hvc|tty)/.test(basename(device))) {
    // A console port is a tty: make it a clean 8-bit pipe (no echo, no line discipline).
    execFileSync('stty', ['-F', device, 'raw', '-echo']);
  }
  const fd = await openP(device, 'r+');
  log.info('serving', { port: device });
  const buf = Buffer.allocUnsafe(256 << 10);
  try {
    while (!signal?.aborted) {
      let n = await readP(fd, buf, 0, buf.length, null).then((r) => r.bytesRead);
      if (n === 0) {
        await sleep(50);
        continue;
      }
      const session = new PortSession(fd);
      session.on('error', (err) => log.warn('port session error', { err: err.message }));
      onSession(session);
      log.info('host connected');
      onConnect?.();
      let full = 0; // reads in a row that each took a whole receive buffer
      while (n > 0) {
        session.push(Buffer.from(buf.subarray(0, n)));
        full = n >= RECEIVE_BUFFER ? full + 1 : 0;
        if (reader && full >= BULK_READS) {
          log.info('a bulk transfer: the port is read by a child from here', { reader: reader.join(' ') });
          if (await readThrough(reader, fd, session)) break;
          reader = undefined; // it could not start: read here for the VM's life
        }
        n = await readP(fd, buf, 0, buf.length, null)
          .then((r) => r.bytesRead)
          .catch((err: Error) => (log.warn('port read failed', { err: err.message }), 0));
      }
      // EOF: the host closed its end (or a read failed, logged above: once under load a template
      // guest's first host "disconnected" mid-Hello, with no trace of which, and the host waited
      // out its boot bound for the answer; 2026-12-02).
      log.info('host disconnected');
      session.push(null);
      session.destroy();
      onDisconnect?.();
    }
  } finally {
    close(fd, () => {});
  }
}

/** What one read() of a port returns at most: one receive buffer of virtio_console (a page). */
const RECEIVE_BUFFER = 4096;
/**
 * Whole buffers read in a row (64 KiB queued: an upload, a container's stdin) before the rest of
 * the session is read by `reader`. Not from the start: spawning it forks node, ~30 ms on a warm
 * guest and more on a fresh one; started at the first Hello, the cold start was slower in each
 * of 3 alternated rounds (6814 → 7129 ms median; docs/guest.md).
 */
const BULK_READS = 16;

/**
 * Reads the rest of a host session through a child (`reader`: a command that copies its stdin to
 * its stdout, busybox cat) instead of this process: virtio_console returns one receive buffer, at
 * most 4 KiB, per read(), and each read here is a round trip through libuv's thread pool. Under
 * TCG that held what the host sends near 6.5 MiB/s (a published port's upload). The child reads
 * the port in C; node reads its pipe with epoll, up to 64 KiB at a time. The child ends at the
 * port's EOF (the host went away). False, with nothing read, if the child could not start.
 */
export function readThrough(reader: string[], fd: number, session: Pick<Duplex, 'push'>): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(reader[0]!, reader.slice(1), { stdio: [fd, 'pipe', 'ignore'] });
    child.once('error', (err) => {
      log.warn('port reader did not start: reading in the agent', { reader: reader.join(' '), err: err.message });
      resolve(false);
    });
    child.stdout!.on('data', (d: Buffer) => session.push(d));
    child.once('exit', (code, sig) => code !== 0 && log.warn('port reader failed', { code, sig }));
    child.once('close', () => resolve(true)); // after 'error' if it did not start: settled already
  });
}

/**
 * Serves host connections on a unix socket one at a time, as a virtio-serial port does (QEMU's
 * socket chardev accepts the next host once the previous one closed): a connection arriving
 * while another is served is left unread until that one has closed. Resolves once listening.
 */
export async function serveSocket(
  path: string,
  onSession: (conn: Duplex) => void,
  signal?: AbortSignal,
  onDisconnect?: () => void,
  onConnect?: () => void,
): Promise<net.Server> {
  const waiting: net.Socket[] = [];
  let current: net.Socket | undefined;
  const next = () => {
    if (current || signal?.aborted) return;
    const s = waiting.shift();
    if (!s) return;
    current = s;
    s.once('close', () => {
      log.info('host disconnected');
      current = undefined;
      onDisconnect?.();
      next();
    });
    onSession(s);
    log.info('host connected');
    onConnect?.();
    s.resume();
  };
  // pauseOnConnect: a waiting connection is not read (its bytes stay in the kernel) until served.
  const server = net.createServer({ pauseOnConnect: true }, (s) => {
    s.on('error', (err) => log.warn('host connection error', { err: err.message }));
    s.once('close', () => waiting.includes(s) && waiting.splice(waiting.indexOf(s), 1));
    waiting.push(s);
    if (current) log.info('host connection waits for the current one to close');
    next();
  });
  signal?.addEventListener('abort', () => server.close(), { once: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (err) => log.error('listener error', { err: err.message }));
  log.info('serving', { socket: path });
  return server;
}
