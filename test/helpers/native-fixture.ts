// Test fixtures for the native executor (used by *.test.ts here): a busybox rootfs built from
// the host's static busybox, a bundle with a config.json like containerd's default spec, and
// client-side FIFOs opened the way containerd's cio opens them.
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  constants as fsc,
  mkdirSync,
  readFileSync,
  readlinkSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  copyFileSync,
  chmodSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { OciMount, OciProcess, OciSpec } from '../../src/common/oci.js';

export const log = pino({ level: process.env.TANDEM_TEST_LOG ?? 'silent' });

export function makeRootfs(dir: string): string {
  const applets = execFileSync('/bin/busybox', ['--list'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const d of ['bin', 'etc', 'root', 'home/user', 'proc', 'sys', 'dev', 'tmp', 'data', 'run'])
    mkdirSync(path.join(dir, d), { recursive: true });
  chmodSync(path.join(dir, 'tmp'), 0o1777);
  execFileSync('chown', ['1000:1000', path.join(dir, 'home/user')]);
  copyFileSync('/bin/busybox', path.join(dir, 'bin/busybox'));
  chmodSync(path.join(dir, 'bin/busybox'), 0o755);
  for (const a of applets) if (a !== 'busybox') symlinkSync('busybox', path.join(dir, 'bin', a));
  writeFileSync(path.join(dir, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:user:/home/user:/bin/sh\n');
  writeFileSync(path.join(dir, 'etc/group'), 'root:x:0:\nuser:x:1000:\nstaff:x:50:user\n');
  return dir;
}

/** containerd's default Linux mounts (ctr oci spec, containerd 1.6). */
export const DEFAULT_MOUNTS: OciMount[] = [
  { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
  { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
  {
    destination: '/dev/pts',
    type: 'devpts',
    source: 'devpts',
    options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'],
  },
  { destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=65536k'] },
  { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
  { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
  { destination: '/run', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
];

export function processSpec(args: string[], extra: Partial<OciProcess> = {}): OciProcess {
  return {
    user: { uid: 0, gid: 0 },
    args,
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    cwd: '/',
    rlimits: [{ type: 'RLIMIT_NOFILE', hard: 1024, soft: 1024 }],
    noNewPrivileges: true,
    ...extra,
  };
}

/** A scratch dir with a busybox rootfs (shared by the tests of one file) and bundles. */
export class Scratch {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-native-'));
  private n = 0;

  /** A bundle with its own copy of the image at <bundle>/image (a snapshot of its own). */
  bundle(process: OciProcess, spec: Partial<OciSpec> = {}): { bundle: string; spec: OciSpec; id: string; image: string } {
    const id = `c${++this.n}`;
    const bundle = path.join(this.dir, id);
    mkdirSync(path.join(bundle, 'rootfs'), { recursive: true });
    const image = makeRootfs(path.join(bundle, 'image'));
    const full: OciSpec = { ociVersion: '1.0.2', process, root: { path: 'rootfs' }, mounts: DEFAULT_MOUNTS, ...spec };
    writeFileSync(path.join(bundle, 'config.json'), JSON.stringify(full));
    return { bundle, spec: full, id, image };
  }

  /** Client-side FIFOs: stdout/stderr readers and a stdin writer, as ctr opens them. */
  fifos(id: string, names: ('stdin' | 'stdout' | 'stderr')[]): ClientFifos {
    const dir = path.join(this.dir, 'fifo', id);
    mkdirSync(dir, { recursive: true });
    const paths: Record<string, string> = { stdin: '', stdout: '', stderr: '' };
    for (const n of names) {
      paths[n] = path.join(dir, n);
      execFileSync('mkfifo', [paths[n]]);
    }
    return new ClientFifos(paths.stdin, paths.stdout, paths.stderr);
  }

  /** Removes everything; after a failed test also kills and unmounts what it left inside. */
  cleanup(): void {
    for (const pid of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
      try {
        if (readlinkSync(`/proc/${pid}/root`).startsWith(`${this.dir}/`)) process.kill(Number(pid), 'SIGKILL');
      } catch {}
    }
    const points = readFileSync('/proc/self/mountinfo', 'utf8')
      .split('\n')
      .map((l) => l.split(' ')[4] ?? '');
    for (const p of points.filter((p) => p.startsWith(`${this.dir}/`)).reverse()) execFileSync('umount', ['-l', p]);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export class ClientFifos {
  private readers: { fd: number; chunks: Buffer[]; done?: Promise<string>; socket?: net.Socket }[] = [];
  stdinFd: number | null = null;

  constructor(
    readonly stdin: string,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    // Readers first (non-blocking, like containerd/fifo), before the shim opens its ends.
    for (const p of [stdout, stderr]) this.readers.push({ fd: p ? openSync(p, fsc.O_RDONLY | fsc.O_NONBLOCK) : -1, chunks: [] });
  }

  /** Starts reading (call after the shim has opened its write ends) → [stdout, stderr]. */
  collect(): [Promise<string>, Promise<string>] {
    const out = this.readers.map((r) => {
      if (r.fd < 0) return Promise.resolve('');
      r.done ??= new Promise<string>((resolve) => {
        const s = (r.socket = new net.Socket({ fd: r.fd, readable: true, writable: false }));
        s.on('data', (c: Buffer) => r.chunks.push(c));
        s.on('close', () => resolve(Buffer.concat(r.chunks).toString()));
      });
      return r.done;
    });
    return [out[0], out[1]];
  }

  /** Bytes read so far from stdout (0) or stderr (1). */
  received(i: 0 | 1): number {
    return this.readers[i].chunks.reduce((n, c) => n + c.length, 0);
  }

  /** The client goes away: its readers close (as when a `ctr run` is SIGKILLed). */
  hangUp(): void {
    for (const r of this.readers) r.socket?.destroy();
  }

  /** Closes the client's ends that were never handed to a stream (a failed Create). */
  close(): void {
    for (const r of this.readers) if (r.fd >= 0 && !r.done) closeSync(r.fd);
    if (this.stdinFd !== null) closeSync(this.stdinFd);
    this.stdinFd = null;
  }

  /** Opens the client's stdin writer (call once the shim has its reader). */
  openStdin(): void {
    this.stdinFd ??= openSync(this.stdin, fsc.O_WRONLY | fsc.O_NONBLOCK);
  }

  /** Writes to stdin and closes the client's writer. */
  async send(data: string): Promise<void> {
    this.openStdin();
    const s = new net.Socket({ fd: this.stdinFd as number, readable: false, writable: true });
    this.stdinFd = null;
    await new Promise<void>((resolve) => s.end(data, () => resolve()));
    s.destroy();
  }

  get stdio() {
    return { stdin: this.stdin, stdout: this.stdout, stderr: this.stderr, terminal: false };
  }
}

export function openFdCount(): number {
  return readdirSync('/proc/self/fd').length;
}
