// One process of a native container: native/tandem-enter started in its own session with the
// client's stdio, held at the start handshake until Start (see the helper's header comment).
import { spawn, type ChildProcess } from 'node:child_process';
import { constants as osc } from 'node:os';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { failedPrecondition, internal, notFound } from '../common/errdefs.js';
import type { OciProcess } from '../common/oci.js';
import type { ExecutorProcess, ExitStatus, StdioConfig } from '../executor/executor.js';
import { Pty } from '../executor/pty.js';
import { openDirectStdio, openStreamStdio, type ChildFd, type StdioContext } from '../executor/stdio.js';
import { resolveUser } from '../common/accounts.js';
import { helperInvocation, type NamespaceEntry } from './helper-args.js';
import { fifoDrained } from './drained.js';

export interface NativeProcessOptions {
  helper: string;
  root: string;
  process: OciProcess;
  stdio: StdioConfig;
  ctx: StdioContext;
  log: Logger;
  /** Runs after the process exited and before `exited` settles (init: kill the rest). */
  afterExit?: () => Promise<void>;
  /** How long a terminal's output may stay open after the process exited (its children). */
  ptyGraceMs?: number;
  /** Namespaces to join (Linux). */
  namespaces?: NamespaceEntry[];
}

/** Reads the helper's status lines ("ready", "error <message>") from fd 4. */
class StatusReader {
  private buf = '';
  private lines: (string | null)[] = [];
  private waiter: ((line: string | null) => void) | null = null;

  constructor(stream: Socket) {
    stream.setEncoding('utf8');
    stream.on('data', (s: string) => {
      this.buf += s;
      for (let i; (i = this.buf.indexOf('\n')) >= 0; this.buf = this.buf.slice(i + 1)) this.push(this.buf.slice(0, i));
    });
    stream.on('close', () => this.push(null));
    stream.on('error', () => {});
  }

  private push(line: string | null) {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w(line);
    } else this.lines.push(line);
  }

  /** The next line, or null at EOF (repeats null once ended). */
  next(): Promise<string | null> {
    if (this.lines.length) {
      const l = this.lines[0];
      if (l !== null) this.lines.shift();
      return Promise.resolve(l);
    }
    return new Promise((resolve) => (this.waiter = resolve));
  }
}

function exitStatus(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return 128 + (signal ? (osc.signals[signal] ?? 0) : 0);
}

export class NativeProcess implements ExecutorProcess {
  readonly exited: Promise<ExitStatus>;
  /** The container's process: the helper's own pid, or its child's in a pid namespace. */
  pid: number;
  private exitedAt: ExitStatus | null = null;
  private readonly status: StatusReader;

  private constructor(
    private readonly child: ChildProcess,
    /** The helper, leader of the process group (in a pid namespace: the relay of the process). */
    readonly pgid: number,
    private readonly pty: Pty | null,
    private readonly closeStdinFn: () => void,
    finish: () => Promise<void>,
    afterExit: (() => Promise<void>) | undefined,
  ) {
    this.pid = pgid;
    this.status = new StatusReader(child.stdio[4] as Socket);
    const exit = new Promise<ExitStatus>((resolve) =>
      child.once('exit', (code, signal) => resolve((this.exitedAt = { status: exitStatus(code, signal), exitedAt: new Date() }))),
    );
    this.exited = exit.then(async (st) => {
      await afterExit?.().catch(() => {});
      await finish().catch(() => {});
      return st;
    });
  }

  static async create(o: NativeProcessOptions): Promise<NativeProcess> {
    const terminal = o.stdio.terminal;
    // A user by name: its numbers from the image's own passwd and group (the helper then reads
    // only HOME there, by uid).
    const spec = o.process.user?.username ? { ...o.process, user: (await resolveUser(o.root, o.process.user))! } : o.process;
    const inv = helperInvocation(o.root, spec, { terminal, namespaces: o.namespaces });
    let fds: [ChildFd, ChildFd, ChildFd];
    let afterSpawn: () => void;
    let closeStdin: () => void;
    let finish: () => Promise<void>;
    let pty: Pty | null = null;
    if (terminal) {
      const streams = await openStreamStdio(o.stdio, { ...o.ctx, log: o.log });
      const size = o.process.consoleSize;
      try {
        pty = Pty.open(size?.width, size?.height);
      } catch (err) {
        await streams.close();
        throw internal(`open pty: ${(err as Error).message}`, err);
      }
      const p = pty;
      fds = [p.slave, p.slave, p.slave];
      const copied = p.copy(streams.stdin, streams.stdout);
      afterSpawn = () => p.releaseSlave();
      closeStdin = () => streams.closeStdin();
      finish = async () => {
        await p.close(o.ptyGraceMs ?? 2000);
        await copied;
        await streams.close();
      };
    } else {
      const direct = await openDirectStdio(o.stdio, { ...o.ctx, log: o.log, drained: (fd) => fifoDrained(fd) });
      fds = direct.child;
      afterSpawn = () => direct.spawned();
      closeStdin = () => direct.closeStdin();
      finish = () => direct.close();
    }

    // detached: a new session, so the container's processes are a group of their own and the
    // helper can take the terminal as its controlling tty.
    const child = spawn(o.helper, inv.args, { env: inv.env, stdio: [...fds, 'pipe', 'pipe'], detached: true });
    afterSpawn();
    if (child.pid === undefined) {
      const err = await new Promise<Error>((resolve) => child.once('error', resolve));
      await finish();
      throw internal(`start ${o.helper}: ${err.message}`, err);
    }
    child.on('error', () => {});
    (child.stdio[3] as Socket).on('error', () => {});
    const proc = new NativeProcess(child, child.pid, pty, closeStdin, finish, o.afterExit);
    let line = await proc.status.next();
    const forked = line ? /^pid (\d+)$/.exec(line) : null;
    if (forked) {
      proc.pid = Number(forked[1]);
      line = await proc.status.next();
    }
    if (line === 'ready') return proc;
    child.kill('SIGKILL');
    await proc.exited;
    throw proc.helperError(line);
  }

  private helperError(line: string | null): Error {
    if (line?.startsWith('error ')) return failedPrecondition(line.slice(6));
    const st = this.exitedAt ? ` (exit status ${this.exitedAt.status})` : '';
    return internal(`native helper ended without a status${st}${line ? `: ${line}` : ''}`);
  }

  /** Lets the helper exec the program; resolves once execve succeeded. */
  async start(): Promise<void> {
    if (this.exitedAt) throw failedPrecondition(`process ${this.pid} exited before it was started`);
    const startPipe = this.child.stdio[3] as Socket;
    startPipe.end(Buffer.from([1]));
    const line = await this.status.next();
    if (line !== null) throw this.helperError(line);
    // EOF with no error: the close-on-exec status fd went away in a successful execve.
  }

  async kill(signal: number): Promise<void> {
    if (this.exitedAt) throw notFound(`process ${this.pid} already finished`);
    try {
      process.kill(this.pid, signal);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') throw notFound(`process ${this.pid} already finished`);
      throw err;
    }
  }

  async resize(width: number, height: number): Promise<void> {
    this.pty?.resize(width, height);
  }

  async closeStdin(): Promise<void> {
    this.closeStdinFn();
  }

  /** True once the process has exited (its status may still be settling). */
  get hasExited(): boolean {
    return this.exitedAt !== null;
  }
}
