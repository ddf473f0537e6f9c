// One container process in the guest (the init or an exec), run by a *foreground* runc:
// `runc run` for the init, `runc exec` for execs. Keeping runc in the foreground makes it the
// parent (and subreaper) of the container process, so its exit status reaches us as runc's own
// exit status (runc reports 128+signal for a signal), which Node can collect. Node cannot
// become a subreaper or receive a pty master over SCM_RIGHTS, which rules out the detached
// `runc create` + `--console-socket` way.
//
// Create/start split for the init: runc runs our createRuntime hook (spec.ts) once the
// container's namespaces exist; the hook writes runc's state (with the init pid) into the
// `created` FIFO and blocks reading the `gate` FIFO until Start writes to it.
//
// A process with a terminal is launched under one of its own (terminal.ts).
import type { OomLog } from './oom.js';
import type { SendWindow } from './window.js';
import { OutputSender, stdinEof, receiveInput, sendPortEnded } from './stdio-stream.js';
import type { FifoPool } from '../../common/fifo-pool.js';
import type { SerialPort, SerialPorts } from './serial-ports.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { constants as osc } from 'node:os';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { failedPrecondition, notFound, unavailable } from '../../common/errdefs.js';
import type { OciProcess } from '../../common/oci.js';
import type { ServerStream } from '../../ttrpc/stream.js';
import type { Runc } from './runc.js';
import { lastError } from './runc.js';
import { crunStderr, execFailure } from './crun.js';
import { log } from './log.js';
import { escapeIac } from './telnet.js';
import { launchTerminal, resizeTerminal } from './terminal.js';

export interface ProcessIo {
  stdin: boolean;
  stdout: boolean;
  stderr: boolean;
  terminal: boolean;
  /** The host reads output ports: stdout may go through one (serial-ports.ts). */
  outputPorts?: boolean;
  /** The host writes input ports: stdin may come through one (serial-ports.ts). */
  inputPorts?: boolean;
}

export interface Exit {
  status: number;
  exitedAt: number;
}

export interface AgentTools {
  runc: Runc;
  /** util-linux `script` for terminals; without it busybox telnetd is used (telnet.ts). */
  script?: string;
  /** argv of busybox telnetd, e.g. ['busybox', 'telnetd']. */
  telnetd: string[];
  stty: string;
  /** How long output may trail the exit before the stream is cut (background children). */
  outputGraceMs: number;
  /** FIFOs made ahead for the create/start handshake; without it each create runs mkfifo. */
  fifos?: FifoPool;
  /** The VMM's output ports; without it output always goes through the Stdio stream. */
  ports?: SerialPorts;
  /** The VMM's input ports; without it stdin always comes on the Stdio stream. */
  inputPorts?: SerialPorts;
  /** The kernel log's OOM kills (oom.ts); without it no container is reported OOM-killed. */
  oomLog?: OomLog;
}

/** How long Start waits for the host's end of an input port (it connects before sending Start). */
const INPUT_HOST_WAIT_MS = 10_000;

export class GuestProcess {
  pid = 0;
  /** The program (argv[0]) as the spec names it, for the runtime's exec-failure messages. */
  program = '';
  /** The OCI process of an exec, kept until Start writes it for `runc exec --process`. */
  execSpec?: OciProcess;
  /** An exec's Start: ms from spawning the runtime to its pid file (logged with `started`). */
  runtimeMs?: number;
  private child?: ChildProcess;
  private exit?: Exit;
  private exitResolve!: (e: Exit) => void;
  readonly exited: Promise<Exit>;
  private stdio?: ServerStream;
  private window?: SendWindow;
  private stdinClosed = false;
  private spawnedResolve!: (c: ChildProcess | undefined) => void;
  private readonly spawned: Promise<ChildProcess | undefined>;
  readonly logFile: string;
  readonly pidFile: string;
  private readonly ttyFile: string;
  private readonly base: string;
  /** The process's output and input as the launcher wired them. */
  private out?: Readable | null;
  private err?: Readable | null;
  private in?: Writable | null;
  private encodeIn: (b: Buffer) => Buffer = (b) => b;
  private eofByte = false;
  /** The output port stdout goes through, if it got one. */
  private port?: SerialPort;
  /** Bytes the port carried, once its stream ended. */
  private portEnded?: Promise<number>;
  /** The input port stdin comes through, if it got one. */
  private inPort?: SerialPort;

  constructor(
    readonly containerId: string,
    readonly execId: string,
    readonly io: ProcessIo,
    readonly dir: string,
    private readonly tools: AgentTools,
  ) {
    this.exited = new Promise((r) => (this.exitResolve = r));
    this.spawned = new Promise((r) => (this.spawnedResolve = r));
    const base = (this.base = execId ? `exec-${execId}` : 'init');
    this.logFile = join(dir, `${base}.runc.log`);
    this.pidFile = join(dir, `${base}.pid`);
    this.ttyFile = join(dir, `${base}.tty`);
    if (io.outputPorts && io.stdout && !io.terminal) this.port = tools.ports?.take();
    if (io.inputPorts && io.stdin && !io.terminal) this.inPort = tools.inputPorts?.take();
  }

  /** The output port's name ('' when stdout comes on the Stdio stream). */
  get stdoutPort(): string {
    return this.port?.name ?? '';
  }

  /** The input port's name ('' when stdin comes on the Stdio stream). */
  get stdinPort(): string {
    return this.inPort?.name ?? '';
  }

  /**
   * Before the process may read stdin (Start): the guest must see the input port's host end, or
   * the process's first read would be its EOF. The host connects before it sends Start.
   */
  async inputReady(): Promise<void> {
    const p = this.inPort;
    if (p && !(await p.waitHost(INPUT_HOST_WAIT_MS)))
      throw unavailable(
        `process ${this.label}: the host did not connect to stdin's input port ${p.name} within ${INPUT_HOST_WAIT_MS / 1000} s`,
      );
  }

  get label(): string {
    return this.execId ? `${this.containerId}/${this.execId}` : this.containerId;
  }

  get hasExited(): boolean {
    return this.exit !== undefined;
  }

  get hasSpawned(): boolean {
    return this.child !== undefined;
  }

  /** Spawns runc with `args` (after the global flags), under a terminal when asked for. */
  launch(args: string[], size?: { width: number; height: number }): ChildProcess {
    const { runc } = this.tools;
    const argv = [...runc.global(this.logFile), ...args];
    let child: ChildProcess;
    let status = (code: number | null, signal: NodeJS.Signals | null): Promise<number> =>
      Promise.resolve(code ?? 128 + (signal ? (osc.signals[signal] ?? 0) : 0));
    if (!this.io.terminal) {
      const pipe = (on: boolean) => (on ? 'pipe' : 'ignore');
      const { port, inPort } = this;
      try {
        const stdin = inPort?.fd ?? pipe(this.io.stdin);
        child = spawn(runc.bin, argv, { stdio: [stdin, port?.fd ?? pipe(this.io.stdout), pipe(this.io.stderr)] });
      } catch (err) {
        port?.discard();
        inPort?.discard();
        throw err;
      }
      port?.handOver();
      if (port) this.portEnded = port.finish(this.exited, this.tools.outputGraceMs);
      inPort?.handOver();
      // Back to the pool once no process holds it (the host lets go at the exit).
      void inPort?.finish(this.exited, this.tools.outputGraceMs);
      this.out = child.stdout;
      this.err = child.stderr && runc.crun ? crunStderr(child.stderr, this.program) : child.stderr;
      this.in = child.stdin;
    } else {
      const files = { dir: this.dir, base: this.base, ttyFile: this.ttyFile, logFile: this.logFile };
      const t = launchTerminal(this.tools, [runc.bin, ...argv], files, !!this.io.stdout, size);
      child = t.child;
      this.out = t.out;
      this.in = t.in;
      if (t.telnet) {
        this.encodeIn = escapeIac;
        this.eofByte = true;
        status = t.telnet.status;
      }
    }
    this.child = child;
    child.stdin?.on('error', () => {});
    child.once('error', (err) => {
      log.error('spawn failed', { process: this.label, err: err.message });
      this.onExit(255);
    });
    child.once('exit', (code, signal) => void status(code, signal).then((s) => this.onExit(s)));
    if (this.stdinClosed && this.io.stdin) this.endInput();
    this.spawnedResolve(child);
    return child;
  }

  /** EOF towards the process: close the pipe, or type the terminal's EOF character. */
  private endInput(): void {
    if (this.eofByte) this.in?.write(Buffer.from([4]));
    else this.in?.end();
  }

  private onExit(status: number): void {
    if (this.exit) return;
    this.exit = { status, exitedAt: Date.now() };
    log.debug('exit', { process: this.label, pid: this.pid, status });
    // 255 is the runtime's own failure (or a process never run): its log says which.
    if (status === 255) void this.runtimeError().then((why) => why && log.warn('runtime failed', { process: this.label, why }));
    this.spawnedResolve(undefined);
    this.exitResolve(this.exit);
  }

  /** Marks a process that will never run (deleted before Start) as finished. */
  abandon(): void {
    if (!this.child) {
      this.port?.discard();
      this.inPort?.discard();
    }
    this.onExit(255);
  }

  /** runc's own error for this process (from its JSON log), if it wrote one. */
  async runtimeError(): Promise<string> {
    try {
      const msg = lastError(await fsp.readFile(this.logFile, 'utf8'));
      return (this.tools.runc.crun && execFailure(msg, this.program)) || msg;
    } catch {
      return '';
    }
  }

  /** Serves the Stdio stream: stdin in, stdout/stderr out; resolves when output has ended. */
  async serveStdio(stream: ServerStream): Promise<void> {
    if (this.stdio) throw failedPrecondition(`process ${this.label}: stdio is already attached`);
    this.stdio = stream;
    const end = () => this.endStdin();
    void receiveInput(stream, { write: (b) => this.writeStdin(b), end, acked: (n) => this.window?.acked(n) });
    const child = await this.spawned;
    if (!child) return;
    const outputs = [this.out && [1, this.out], this.err && [2, this.err]].filter(Boolean) as [number, Readable][];
    const sender = new OutputSender(outputs, stream, () => {
      // a step of the boot timeline (src/linuxvm/timeline.ts)
      if (!this.execId) log.info('first output', { id: this.containerId });
    });
    this.window = sender.window;
    // The port's bytes went to the host on their own; it is told how many there were.
    const portDone = this.portEnded?.then((n) => {
      sendPortEnded(stream, n);
      log.debug('output port ended', { process: this.label, port: this.port?.name, bytes: n });
    });
    const all = Promise.all([sender.ended, portDone]);
    // A background child that inherited stdout can hold it open after the process exited.
    const grace = this.exited.then(() => new Promise<void>((r) => setTimeout(r, this.tools.outputGraceMs).unref()));
    await Promise.race([all, grace]);
    sender.cut();
    await portDone; // bounded by the grace itself (SerialPort.finish)
    // The host keeps its side open for acks; once the process is gone nothing more is read.
    void this.exited.then(() => stream.remoteClosed());
  }

  /** stdin's bytes from the Stdio stream into the process, once it runs; dropped if it takes none. */
  private async writeStdin(data: Buffer): Promise<void> {
    await this.spawned;
    const sink = this.in;
    if (sink && !sink.destroyed && this.io.stdin && !this.stdinClosed && !sink.write(this.encodeIn(data)))
      await new Promise<void>((r) => (sink.once('drain', r), sink.once('close', r)));
  }

  /** EOF on stdin, after whatever the Stdio stream already carried (the CloseStdin RPC). */
  closeStdin(): void {
    // Queued behind the stdin already received, in the stream's own order.
    if (this.stdio && !this.stdio.peerClosed) this.stdio.push(stdinEof());
    else this.endStdin();
  }

  private endStdin(): void {
    if (this.stdinClosed) return;
    this.stdinClosed = true;
    if (this.io.stdin && this.child) this.endInput();
  }

  kill(signal: number): void {
    if (this.exit) throw notFound(`process ${this.label} already finished`);
    if (!this.pid) throw failedPrecondition(`process ${this.label} is not running`);
    try {
      process.kill(this.pid, signal);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') throw notFound(`process ${this.label} already finished`);
      throw err;
    }
  }

  async resize(width: number, height: number): Promise<void> {
    if (!this.io.terminal) throw failedPrecondition(`process ${this.label} has no terminal`);
    if (this.exit) throw notFound(`process ${this.label} already finished`);
    await resizeTerminal(this.tools.stty, this.ttyFile, this.pid, width, height, this.label);
  }
}

/** Polls until `check` says done or the process exits; cheap (2 ms steps) and bounded by exit. */
export async function until(p: GuestProcess, check: () => Promise<boolean>): Promise<boolean> {
  for (let delay = 1; ; delay = Math.min(delay * 2, 8)) {
    if (await check()) return true;
    if (p.hasExited) return check();
    await Promise.race([new Promise((r) => setTimeout(r, delay)), p.exited]);
  }
}
