// What the endpoint holds in memory for one container between its start and its exit: the
// stdio of its init process, its log writer, and who listens (attached clients, `logs -f`,
// waiters). Attach may come before start (docker run does that), so listeners and early
// stdin live here rather than on the stdio itself.
import type { LogEntry, LogWriter } from './logs.js';
import type { ProcessStdio, StreamId } from './stdio.js';

/** How much of a client's stdin is kept while the task has not started yet. */
const EARLY_STDIN_MAX = 1 << 20;

export class LiveContainer {
  io?: ProcessStdio;
  log?: LogWriter;
  private readonly output = new Set<(s: StreamId, c: Buffer) => void>();
  private readonly entries = new Set<(e: LogEntry) => void>();
  private readonly ends = new Set<() => void>();
  private readonly exits = new Set<() => void>();
  private pendingStdin: Buffer[] = [];
  private pendingClose?: () => void;
  private pendingBytes = 0;
  private readonly startWaiters: (() => void)[] = [];

  private started = false;

  /** Wires a freshly opened init stdio: output to the log and to every listener. */
  connect(io: ProcessStdio, log: LogWriter): void {
    this.io = io;
    this.log = log;
    this.started = false;
    io.onOutput((s, c) => {
      log.write(s, c, (e) => this.entries.forEach((f) => f(e)));
      this.output.forEach((f) => f(s, c));
    });
  }

  /** The task runs: early stdin is passed on, and an early EOF (CloseIO needs the task). */
  running(): void {
    this.started = true;
    for (const c of this.pendingStdin.splice(0)) this.io?.writeStdin(c);
    this.pendingBytes = 0;
    for (const w of this.startWaiters.splice(0)) void (this.io?.stdinDrained() ?? Promise.resolve()).then(w);
    const close = this.pendingClose;
    this.pendingClose = undefined;
    close?.();
  }

  /** The output is over (the process exited and its FIFOs drained): listeners are told. */
  finish(): void {
    this.started = false;
    this.log?.close();
    this.log = undefined;
    this.io = undefined;
    this.pendingStdin = [];
    this.pendingBytes = 0;
    for (const w of this.startWaiters.splice(0)) w();
    for (const f of [...this.ends]) f();
  }

  exited(): void {
    for (const f of [...this.exits]) f();
  }

  onOutput(fn: (s: StreamId, c: Buffer) => void): () => void {
    this.output.add(fn);
    return () => this.output.delete(fn);
  }

  onEntry(fn: (e: LogEntry) => void): () => void {
    this.entries.add(fn);
    return () => this.entries.delete(fn);
  }

  onEnd(fn: () => void): () => void {
    this.ends.add(fn);
    return () => this.ends.delete(fn);
  }

  onExit(fn: () => void): () => void {
    this.exits.add(fn);
    return () => this.exits.delete(fn);
  }

  /**
   * The client's stdin for the process; false when the caller is to wait for stdinDrained()
   * before more: the FIFO is full, or the task has not started and what waits for it is over
   * EARLY_STDIN_MAX (the client is held back, not our memory).
   */
  writeStdin(chunk: Buffer): boolean {
    if (this.io && this.started) return this.io.writeStdin(chunk);
    this.pendingStdin.push(chunk);
    this.pendingBytes += chunk.length;
    return this.pendingBytes < EARLY_STDIN_MAX;
  }

  /** Resolves when writeStdin takes more: the FIFO has room, or the task started. */
  stdinDrained(): Promise<void> {
    if (this.io && this.started) return this.io.stdinDrained();
    return new Promise((resolve) => this.startWaiters.push(resolve));
  }

  /** The client's stdin ended: `close` runs once what came before it has been passed on. */
  endStdin(close: () => void): void {
    if (this.io && this.started) close();
    else this.pendingClose = close;
  }

  get listening(): boolean {
    return this.output.size + this.entries.size + this.ends.size + this.exits.size > 0;
  }
}
