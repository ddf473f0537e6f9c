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
import { execFileSync } from 'node:child_process';
import { close, open, read, write } from 'node:fs';
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

  /** Frames queued while a write was in flight go out in one write (fewer syscalls and kicks). */
  override _writev(chunks: { chunk: Buffer }[], cb: (err?: Error | null) => void): void {
    this._write(Buffer.concat(chunks.map((c) => c.chunk)), 'binary', cb);
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    const writeAll = (off: number) =>
      write(this.fd, chunk, off, chunk.length - off, null, (err, n) => {
        if (err) return cb(err);
        if (off + n < chunk.length) writeAll(off + n);
        else cb();
      });
    writeAll(0);
  }
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
      while (n > 0) {
        session.push(Buffer.from(buf.subarray(0, n)));
        n = await readP(fd, buf, 0, buf.length, null)
          .then((r) => r.bytesRead)
          .catch(() => 0);
      }
      log.info('host disconnected');
      session.push(null);
      session.destroy();
      onDisconnect?.();
    }
  } finally {
    close(fd, () => {});
  }
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
