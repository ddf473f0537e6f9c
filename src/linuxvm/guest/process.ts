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
// Terminal: foreground runc needs its own stdin to be a terminal when process.terminal is set
// (it sets that terminal raw and relays it to the container's pty). util-linux `script`
// provides one: runc's stdin/stdout become a pty whose other end `script` relays to our pipes.
// Resize = set the size of that outer pty (`stty -F`); runc gets SIGWINCH and copies the size
// onto the container's pty. EOF on stdin makes `script` send the terminal's EOF character.
import type { OomLog } from './oom.js';
import { OutputBatcher, SendWindow } from './window.js';
import type { FifoPool } from '../../common/fifo-pool.js';
import type { SerialPort, SerialPorts } from './serial-ports.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { constants as osc } from 'node:os';
import { promises as fsp, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { tandem } from '../../generated/core-protos.js';
import { failedPrecondition, notFound, unavailable } from '../../common/errdefs.js';
import type { OciProcess } from '../../common/oci.js';
import type { ServerStream } from '../../ttrpc/stream.js';
import type { Runc } from './runc.js';
import { lastError } from './runc.js';
import { CrunStderr, execFailure, withTerminalTail } from './crun.js';
import { log } from './log.js';
import { READY_MARKER, TelnetOutput, escapeIac } from './telnet.js';

const { StdioInput, StdioOutput } = tandem.agent.v1;

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

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

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
  private firstOutput = false;
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
      const rows = size?.height || 24;
      const cols = size?.width || 80;
      const setup = `tty > ${q(this.ttyFile)}; ${q(this.tools.stty)} rows ${rows} cols ${cols} 2>/dev/null`;
      const cmd = [runc.bin, ...argv].map(q).join(' ');
      if (this.tools.script) {
        // stdin is always a pipe: EOF on it would be typed into the terminal as ^D.
        child = spawn(this.tools.script, ['-q', '-e', '-c', `${setup}; exec ${cmd}`, '/dev/null'], {
          stdio: ['pipe', this.io.stdout ? 'pipe' : 'ignore', 'ignore'],
          env: { ...process.env, SHELL: '/bin/sh' },
        });
        this.out = child.stdout && runc.crun ? withTerminalTail(child.stdout, this.logFile) : child.stdout;
        this.in = child.stdin;
      } else {
        const wrapper = join(this.dir, `${this.base}.tty.sh`);
        const statusFile = join(this.dir, `${this.base}.status`);
        writeFileSync(
          wrapper,
          `#!/bin/sh\n${setup}\nprintf '${READY_MARKER.split('\u0001').join('\\001')}\\n'\n${cmd}\necho $? > ${q(statusFile)}\n`,
          { mode: 0o755 },
        );
        child = spawn(this.tools.telnetd[0], [...this.tools.telnetd.slice(1), '-i', '-f', '/dev/null', '-l', wrapper], {
          stdio: ['pipe', 'pipe', 'ignore'],
        });
        const out = child.stdout!.pipe(new TelnetOutput());
        if (this.io.stdout) this.out = out;
        else out.resume();
        this.in = child.stdin;
        this.encodeIn = escapeIac;
        this.eofByte = true;
        status = async () => Number((await fsp.readFile(statusFile, 'utf8').catch(() => '')).trim() || 255);
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
    void this.pumpStdin(stream);
    const child = await this.spawned;
    if (!child) return;
    const outputs = [this.out && [1, this.out], this.err && [2, this.err]].filter(Boolean) as [number, Readable][];
    const window = (this.window = new SendWindow(outputs.map(([, r]) => r)));
    const batch = new OutputBatcher<number>((fd, data) => {
      if (!this.execId && !this.firstOutput) {
        this.firstOutput = true; // a step of the boot timeline (src/linuxvm/timeline.ts)
        log.info('first output', { id: this.containerId });
      }
      stream.send(StdioOutput.encode({ fd, data }).finish());
    });
    const ended = outputs.map(
      ([fd, r]) =>
        new Promise<void>((resolve) => {
          const end = () => (batch.flush(), resolve());
          r.on('data', (data: Buffer) => {
            batch.push(fd, data);
            window.sent(data.length);
          });
          r.once('end', end);
          r.once('close', end);
          r.once('error', end);
        }),
    );
    // The port's bytes went to the host on their own; it is told how many there were.
    const portDone = this.portEnded?.then((n) => {
      sendAck(stream, StdioOutput.encode({ fd: 1, portEnded: true, portBytes: n }).finish());
      log.debug('output port ended', { process: this.label, port: this.port?.name, bytes: n });
    });
    const all = Promise.all([...ended, portDone]);
    // A background child that inherited stdout can hold it open after the process exited.
    const grace = this.exited.then(() => new Promise<void>((r) => setTimeout(r, this.tools.outputGraceMs).unref()));
    await Promise.race([all, grace]);
    for (const [, r] of outputs) r.destroy();
    batch.flush();
    await portDone; // bounded by the grace itself (SerialPort.finish)
    // The host keeps its side open for acks; once the process is gone nothing more is read.
    void this.exited.then(() => stream.remoteClosed());
  }

  private async pumpStdin(stream: ServerStream): Promise<void> {
    try {
      for await (const msg of stream) {
        const { data, ack, eof } = StdioInput.decode(msg);
        if (ack) this.window?.acked(Number(ack));
        if (data.length) {
          await this.spawned;
          const sink = this.in;
          if (sink && !sink.destroyed && this.io.stdin && !this.stdinClosed) {
            if (!sink.write(this.encodeIn(Buffer.from(data))))
              await new Promise<void>((r) => (sink.once('drain', r), sink.once('close', r)));
          }
          sendAck(stream, StdioOutput.encode({ ack: data.length }).finish()); // written (or dropped): the host may send more
        }
        if (eof) this.endStdin();
      }
    } catch {
      // The connection went away: the process keeps running until the host decides.
    }
    this.endStdin();
  }

  /** EOF on stdin, after whatever the Stdio stream already carried (the CloseStdin RPC). */
  closeStdin(): void {
    // Queued behind the stdin already received, in the stream's own order.
    if (this.stdio && !this.stdio.peerClosed) this.stdio.push(Buffer.from(StdioInput.encode({ eof: true }).finish()));
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
    let tty = '';
    for (let i = 0; i < 100 && !tty; i++) {
      tty = (await fsp.readFile(this.ttyFile, 'utf8').catch(() => '')).trim();
      if (!tty) await new Promise((r) => setTimeout(r, 10));
    }
    if (!tty.startsWith('/dev/')) throw unavailable(`process ${this.label}: terminal not ready`);
    await this.stty(tty, width, height);
    // runc copies the outer terminal's size onto the container's pty on SIGWINCH; crun 1.8 in the
    // foreground does not, so the container's own terminal (its stdin) is sized directly too.
    if (this.pid) await this.stty(`/proc/${this.pid}/fd/0`, width, height).catch(() => {});
  }

  private stty(tty: string, width: number, height: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const c = spawn(this.tools.stty, ['-F', tty, 'rows', String(height), 'cols', String(width)], { stdio: 'ignore' });
      c.once('error', reject);
      c.once('exit', (code) => (code === 0 ? resolve() : reject(unavailable(`stty -F ${tty} exited ${code}`))));
    });
  }
}

/** crun's stderr through CrunStderr; cutting the output (serveStdio) closes the pipe itself too. */
function crunStderr(stderr: Readable, program: string): Readable {
  const t = new CrunStderr(program);
  stderr.pipe(t);
  t.once('close', () => stderr.destroy());
  return t;
}

/** Polls until `check` says done or the process exits; cheap (2 ms steps) and bounded by exit. */
export async function until(p: GuestProcess, check: () => Promise<boolean>): Promise<boolean> {
  for (let delay = 1; ; delay = Math.min(delay * 2, 8)) {
    if (await check()) return true;
    if (p.hasExited) return check();
    await Promise.race([new Promise((r) => setTimeout(r, delay)), p.exited]);
  }
}

/** An ack on a stream that may already have ended (the host then needs none). */
export function sendAck(stream: ServerStream, message: Uint8Array): void {
  try {
    stream.send(message);
  } catch {}
}
