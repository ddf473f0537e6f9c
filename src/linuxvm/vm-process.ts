// One process of a VM container as the shim sees it: the client's stdio (containerd FIFOs or log
// URIs, opened by src/executor/stdio.ts) bridged to the agent's Stdio stream, and the exit taken
// from the agent's Wait. When the VM or the agent goes away every pending call fails and the
// process reports VM_LOST_STATUS, so no client waits forever.
import { OutputBatcher, SendWindow } from './guest/window.js';
import type { Logger } from 'pino';
import { Code, isCode, notFound, unavailable } from '../common/errdefs.js';
import type { ExecutorProcess, ExitStatus } from '../executor/executor.js';
import type { StreamStdio } from '../executor/stdio.js';
import type { StdioChannel, StdioPorts } from './agent-client.js';
import type { GuestVm } from './vm-lease.js';
import { OutputPortReader } from './output-port.js';
import { InputPortWriter } from './input-port.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { drained } from '../common/drained.js';

/** Exit status reported when the VM (or its agent) died under a process: containerd's own
 *  convention for a runtime that vanished. */
export const VM_LOST_STATUS = 255;

/**
 * The longest the stdout port's reader waits after a short read (output-port.ts `coalesceMs`).
 * busybox `head -c 64M /dev/zero` (4 KiB writes) first byte → last at `ctr`, 2 alternated rounds of
 * 4: median 22.6 MiB/s against 15.9 without; `dd bs=4096` 112.5 against 100.9
 * (docs/guest-measurements.md, "Stdout: fewer wake-ups on the host").
 */
const STDOUT_COALESCE_MS = 4;
/** How long a closed stdin may stay quiet, though we could read, before the process gets its EOF. */
const STDIN_QUIET_MS = 200;

export class VmProcess implements ExecutorProcess {
  private _pid: number;
  readonly exited: Promise<ExitStatus>;
  private stdinEnded: Promise<void>;
  private stdinWindow?: SendWindow;
  /** When the client's stdin last gave us bytes. */
  private stdinAt = 0;
  /** The OOM kills reported so far (watchOom, then the exit). */
  private oomReported = 0;
  private openStdin!: () => void;
  private readonly stdinOpen = new Promise<void>((r) => (this.openStdin = r));
  /** The input port stdin goes through, if the agent gave one. */
  private readonly inPort?: InputPortWriter;

  constructor(
    private readonly vm: GuestVm,
    readonly guestId: string,
    readonly execId: string,
    pid: number,
    private readonly stdio: StreamStdio,
    private readonly channel: StdioChannel,
    private readonly log: Logger,
    /** The serial ports the agent wired stdout and stdin to ('' for the Stdio stream). */
    { stdoutPort, stdinPort }: Partial<StdioPorts> = {},
  ) {
    this._pid = pid;
    if (stdinPort && stdio.stdin)
      this.inPort = new InputPortWriter(stdinPort, vm.outputSockets?.[stdinPort], (why) => log.warn({ exec: execId }, why));
    this.stdinEnded = this.inPort ? this.pumpStdinPort(this.inPort) : this.pumpStdin();
    const port = stdoutPort
      ? new OutputPortReader(stdoutPort, vm.outputSockets?.[stdoutPort], stdio.stdout ?? undefined, {
          onFirstByte: () => !execId && vm.mark?.('shim: first output relayed'),
          warn: (why) => log.warn({ exec: execId }, why),
          coalesceMs: STDOUT_COALESCE_MS,
        })
      : undefined;
    const output = this.pumpOutput(port);
    this.exited = this.waitExit(output);
  }

  get pid(): number {
    return this._pid;
  }

  private get agent() {
    return this.vm.agent;
  }

  private pumpStdin(): Promise<void> {
    const stdin = this.stdio.stdin;
    if (!stdin) {
      this.channel.eof();
      return Promise.resolve();
    }
    // Windowed: we stop reading the client's stdin while the agent has not written it into
    // the process (a process that does not read its stdin holds the client back, not our memory).
    const window = (this.stdinWindow = new SendWindow([stdin]));
    // The chunks read in one turn go as one message: the agent's cost is per message.
    const batch = new OutputBatcher<0>((_, data) => this.channel.write(data));
    return new Promise<void>((resolve) => {
      // Read from Start on (or CloseIO): before it ctr's stdin could reach its end inside the
      // window, before ctr had the task to CloseIO, and the process never got its EOF (runc's
      // shim reads no more than a pipe's worth before the process runs).
      void this.stdinOpen.then(() =>
        stdin.on('data', (d: Buffer) => {
          this.stdinAt = Date.now();
          batch.push(0, d);
          window.sent(d.length);
        }),
      );
      let ended = false;
      const done = () => {
        batch.flush();
        if (!ended) this.channel.eof();
        ended = true;
        resolve();
      };
      stdin.once('end', done);
      stdin.once('close', done);
      stdin.once('error', done);
    });
  }

  /** stdin into the input port: the socket's own backpressure holds the client back. */
  private pumpStdinPort(port: InputPortWriter): Promise<void> {
    const stdin = this.stdio.stdin!;
    this.channel.eof(); // nothing of stdin comes on the Stdio stream
    return new Promise<void>((resolve) => {
      void this.stdinOpen.then(() =>
        stdin.on('data', (d: Buffer) => {
          this.stdinAt = Date.now();
          if (!port.write(d)) {
            stdin.pause();
            void port.drained().then(() => stdin.resume());
          }
        }),
      );
      let ended = false;
      const done = () => {
        if (!ended) port.end();
        ended = true;
        resolve();
      };
      stdin.once('end', done);
      stdin.once('close', done);
      stdin.once('error', done);
    });
  }

  /** Output to containerd's FIFOs, acknowledged once written out (the agent's window). */
  private async pumpOutput(port?: OutputPortReader): Promise<void> {
    const { stdout, stderr } = this.stdio;
    let counted = false;
    try {
      for await (const { fd, data, ack, portBytes } of this.channel.output) {
        if (ack) this.stdinWindow?.acked(ack);
        if (portBytes !== undefined) {
          counted = true;
          port?.end(portBytes);
        }
        if (!data.length) continue;
        const w = fd === 2 ? stderr : stdout;
        if (!this.execId) this.vm.mark?.('shim: first output relayed');
        if (w && !w.destroyed && !w.write(data)) await drained(w);
        this.channel.ack(data.length);
      }
    } catch {
      // connection lost: the exit path reports it
    }
    // The stream ended without the port's count: the agent or the VM went away.
    if (!counted) port?.abort();
    await port?.done;
    this.channel.close();
  }

  private async waitExit(output: Promise<void>): Promise<ExitStatus> {
    let exit: ExitStatus;
    try {
      const w = await this.agent.wait(this.guestId, this.execId);
      const unreported = w.oomKills > this.oomReported;
      this.oomReported = Math.max(this.oomReported, w.oomKills);
      exit = { status: w.status, exitedAt: w.exitedAt, ...(unreported ? { oomKilled: true } : {}) };
    } catch (err) {
      this.log.warn(
        { exec: this.execId, err: (err as Error).message, vm: this.vm.isDead ? await this.vm.dead : 'up' },
        'process lost with its VM',
      );
      exit = { status: VM_LOST_STATUS, exitedAt: new Date() };
    }
    this.inPort?.destroy();
    await output;
    await this.stdio.close().catch(() => {});
    // The shim keeps the exec's state from here on; free the guest's record (and its files).
    if (this.execId && !this.vm.isDead) void this.agent.delete(this.guestId, this.execId).catch(() => {});
    return exit;
  }

  async start(): Promise<void> {
    this.openStdin();
    // The agent's Start waits for the guest to see the input port's host end: be there first.
    await this.inPort?.connected;
    try {
      this._pid = await this.agent.start(this.guestId, this.execId);
    } catch (err) {
      // A call cut by the VM's (or the vmd's) end says only "ttrpc: closed": say what ended.
      if (this.vm.isDead && isCode(err, Code.Unavailable))
        throw unavailable(`start ${this.execId || this.guestId}: the VM went away meanwhile (${await this.vm.dead})`);
      throw err;
    }
    this.inPort?.open();
    if (!this.execId) this.vm.mark?.('shim: container started');
  }

  async kill(signal: number): Promise<void> {
    try {
      await this.agent.kill(this.guestId, this.execId, signal);
    } catch (err) {
      if (this.vm.isDead && isCode(err, Code.Unavailable))
        throw notFound(`process ${this.execId || this.guestId} already finished (VM gone)`);
      throw err;
    }
  }

  async resize(width: number, height: number): Promise<void> {
    await this.agent.resizePty(this.guestId, this.execId, width, height);
  }

  /**
   * The init's OOM kills as they happen: the agent's WaitOom answers at each new kill (or the
   * exit). One count with the exit's, so a kill is reported once, by whichever sees it first.
   */
  watchOom(report: () => void): void {
    if (this.execId) return;
    void (async () => {
      for (;;) {
        let r: { kills: number; exited: boolean };
        try {
          r = await this.agent.waitOom(this.guestId, this.oomReported);
        } catch (err) {
          // The VM went away, or an agent without WaitOom: the exit reports what it knows.
          if (!this.vm.isDead) this.log.info({ err: (err as Error).message }, 'no live OOM reports');
          return;
        }
        if (r.kills > this.oomReported) {
          this.oomReported = r.kills;
          report();
        }
        if (r.exited) return;
      }
    })();
  }

  /** Delete of an exec never started: the agent forgets it, which settles its Wait (and our exit). */
  async discard(): Promise<void> {
    if (this.execId && !this.vm.isDead) await this.agent.delete(this.guestId, this.execId).catch(() => {});
  }

  /** CloseIO: EOF once what the client already wrote has gone through. */
  async closeStdin(): Promise<void> {
    this.openStdin();
    this.stdio.closeStdin();
    await this.stdinSettled(STDIN_QUIET_MS);
    this.channel.eof();
    this.inPort?.end();
  }

  /**
   * Until the stdin FIFO's end (its last writer closed), or STDIN_QUIET_MS in which nothing came
   * though we were free to read: a client that keeps its writer after CloseIO must not hold the
   * process's EOF forever. The quiet is counted only while the window lets us read, so a slow
   * process (the window full of its unread stdin) does not lose what is still in the FIFO: a
   * fixed 200 ms from CloseIO cut such a stdin short.
   */
  private async stdinSettled(quietMs: number): Promise<void> {
    let ended = false;
    const end = this.stdinEnded.then(() => (ended = true));
    let quietFrom = Date.now();
    while (!ended) {
      const blocked = this.stdinWindow?.blocked || this.inPort?.blocked;
      if (blocked || this.stdinAt > quietFrom) quietFrom = Date.now();
      const left = quietFrom + quietMs - Date.now();
      if (left <= 0) return;
      await Promise.race([end, sleep(Math.min(left, 50))]);
    }
  }
}
