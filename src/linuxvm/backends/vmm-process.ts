// The owner of one hypervisor process (QEMU or vfkit): spawned in its own session so it neither
// receives our terminal's signals nor dies with our process group, with stdout and stderr appended
// to the boot log (where the guest console goes too). It waits for console markers under a
// deadline, stops with SIGTERM then SIGKILL, and settles `exited` exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, fstatSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Code, TandemError, failedPrecondition } from '../../common/errdefs.js';
import type { VmExit } from './vm-backend.js';

/** The console printed nothing new for the stall bound while waitForConsole waited (the process still runs). */
export class ConsoleStalled extends TandemError {
  constructor(message: string) {
    super(Code.DeadlineExceeded, message);
  }
}

export class VmmProcess {
  readonly pid: number;
  readonly exited: Promise<VmExit>;
  private exit?: VmExit;
  /** Set by the owner before it stops the process on purpose, to word the exit reason. */
  expectedReason?: string;
  /**
   * When the guest kernel started, by the host's clock: the earliest (seen − guest uptime) over
   * the stamped console lines read while waiting (late by at most one 50 ms poll).
   */
  kernelStartedAtMs?: number;

  private constructor(
    private readonly child: ChildProcess,
    /** The process's own stdout+stderr. */
    readonly outputLog: string,
    readonly name: string,
    /** Where the guest console goes: the same file for QEMU, vfkit's serial log file for vfkit. */
    readonly consoleLog: string,
  ) {
    this.pid = child.pid!;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exit = { code, signal, reason: this.describeExit(code, signal) };
        resolve(this.exit);
      });
    });
  }

  /** Starts `cmd` detached (new session), stdin closed, stdout+stderr appended to `outputLog`. */
  static spawn(name: string, cmd: string, args: string[], outputLog: string, consoleLog = outputLog): Promise<VmmProcess> {
    const fd = openSync(outputLog, 'a');
    try {
      const child = spawn(cmd, args, { detached: true, stdio: ['ignore', fd, fd] });
      return new Promise((resolve, reject) => {
        child.once('error', (err: NodeJS.ErrnoException) =>
          reject(err.code === 'ENOENT' ? failedPrecondition(`${cmd} not found: install it or choose another VM backend`, err) : err),
        );
        // Not unref()ed: an owner awaiting `exited` must keep the event loop alive.
        child.once('spawn', () => resolve(new VmmProcess(child, outputLog, name, consoleLog)));
      });
    } finally {
      closeSync(fd); // the child holds its own copy
    }
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  signal(sig: NodeJS.Signals): void {
    if (this.running) {
      try {
        process.kill(this.pid, sig);
      } catch {}
    }
  }

  /** Resolves true if the process exited within `ms`. */
  async waitExit(ms: number): Promise<boolean> {
    if (!this.running) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((r) => (timer = setTimeout(() => r(false), ms)));
    const done = await Promise.race([this.exited.then(() => true as const), timeout]);
    clearTimeout(timer);
    return done;
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  async terminate(graceMs: number, reason: string): Promise<void> {
    this.expectedReason ??= reason;
    this.signal('SIGTERM');
    if (!(await this.waitExit(graceMs))) this.signal('SIGKILL');
    await this.exited;
  }

  async kill(reason = 'killed by the host'): Promise<void> {
    this.expectedReason ??= reason;
    this.signal('SIGKILL');
    await this.exited;
  }

  /**
   * Resolves once `path` exists (a socket the process creates when it is ready). Woken by the
   * directory's change events, not by polling; rejects when the process exits first, or after
   * the generous `timeoutMs`, with the process's own last output lines either way.
   */
  async waitForFile(path: string, timeoutMs: number): Promise<void> {
    const dir = dirname(path);
    const name = basename(path);
    let watcher: ReturnType<typeof watch> | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      const appeared = new Promise<void>((resolve, reject) => {
        watcher = watch(dir, (_event, file) => {
          if ((file === null || file === name) && existsSync(path)) resolve();
        });
        watcher.on('error', reject);
      });
      if (existsSync(path)) return; // created before the watch began
      const outcome = await Promise.race([
        appeared.then(() => 'ready' as const),
        this.exited.then(() => 'exited' as const),
        new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutMs))),
      ]);
      if (outcome === 'ready' || existsSync(path)) return;
      if (outcome === 'exited') throw failedPrecondition(`${this.name} exited before it was ready: ${this.exit!.reason}`);
      const last = new LogTail(this.outputLog, 0).lastLines(3);
      throw new TandemError(
        Code.DeadlineExceeded,
        `${this.name}: ${path} did not appear within ${timeoutMs} ms${last ? `; its output: ${last}` : ''} (log: ${this.outputLog})`,
      );
    } finally {
      watcher?.close();
      clearTimeout(timer);
    }
  }

  /**
   * Resolves with the first match of `re` in the boot log (from `fromOffset`). Rejects when the
   * process exits first, when `failRe` matches, after `timeoutMs` (DeadlineExceeded, naming `what`)
   * or, given `stallMs`, once the console has printed nothing new for that long (ConsoleStalled).
   */
  async waitForConsole(
    re: RegExp,
    timeoutMs: number,
    failRe?: RegExp,
    fromOffset = 0,
    what = re.source,
    stallMs?: number,
  ): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    const tail = new LogTail(this.consoleLog, fromOffset);
    let seen = -1;
    let grewAt = Date.now();
    for (;;) {
      const text = tail.read();
      if (text.length !== seen) [seen, grewAt] = [text.length, Date.now()];
      this.observe(text);
      const m = re.exec(text);
      if (m) return m;
      const f = failRe?.exec(text);
      if (f) throw failedPrecondition(`${this.name}: guest failed to boot: ${f[1] ?? f[0]} (boot log: ${this.consoleLog})`);
      if (!this.running)
        throw failedPrecondition(`${this.name} exited before the guest was ready: ${this.exit!.reason} (boot log: ${this.consoleLog})`);
      if (stallMs !== undefined && Date.now() - grewAt > stallMs && Date.now() <= deadline) {
        const last = tail.lastLines(3);
        throw new ConsoleStalled(`${this.name}: the console printed nothing for ${stallMs / 1000} s${last ? ` after: ${last}` : ''}`);
      }
      if (Date.now() > deadline) {
        const last = tail.lastLines(3);
        throw new TandemError(
          Code.DeadlineExceeded,
          `${this.name}: no ${what} on the console after ${timeoutMs} ms${last ? `; last lines: ${last}` : ''} (boot log: ${this.consoleLog})`,
        );
      }
      await Promise.race([this.exited, new Promise((r) => setTimeout(r, 50))]);
    }
  }

  /** Reads the console from `fromOffset` once and updates kernelStartedAtMs (see observe). */
  observeConsole(fromOffset: number): void {
    this.observe(new LogTail(this.consoleLog, fromOffset).read());
  }

  /**
   * Updates kernelStartedAtMs from the newest stamped console line: older lines only give later
   * estimates, so the newest one read at each look is all that counts.
   */
  private observe(text: string): void {
    const now = Date.now();
    const end = text.lastIndexOf('\n');
    const start = text.lastIndexOf('\ntandem-', end - 1);
    let last: RegExpExecArray | null = null;
    const stamp = /^tandem-(?:guest|agent)[^[\n]*\[([\d.]+)\]/gm;
    stamp.lastIndex = Math.max(0, start - 4096);
    for (let m; (m = stamp.exec(text)) && m.index < end;) last = m;
    if (!last) return;
    const at = now - Number(last[1]) * 1000;
    if (this.kernelStartedAtMs === undefined || at < this.kernelStartedAtMs) this.kernelStartedAtMs = at;
  }

  private describeExit(code: number | null, signal: NodeJS.Signals | null): string {
    if (this.expectedReason) return this.expectedReason;
    const last = new LogTail(this.outputLog, 0).lastLines(3);
    // Nobody asked: the guest's last words (a panic, /init's shutdown line) say why.
    if (code === 0) return `${this.name} exited: guest powered off${last ? `: ${last}` : ''}`;
    const how = signal ? `killed by ${signal}` : `exited with status ${code}`;
    return `${this.name} ${how}${last ? `: ${last}` : ''}`;
  }
}

/** Reads a growing file incrementally, keeping all text read so far. */
export class LogTail {
  private text = '';
  constructor(
    private readonly path: string,
    private offset: number,
  ) {}

  read(): string {
    let fd: number;
    try {
      fd = openSync(this.path, 'r');
    } catch {
      return this.text;
    }
    try {
      const size = fstatSync(fd).size;
      if (size > this.offset) {
        const b = Buffer.alloc(size - this.offset);
        const n = readSync(fd, b, 0, b.length, this.offset);
        this.offset += n;
        this.text += b.subarray(0, n).toString('utf8');
      }
    } finally {
      closeSync(fd);
    }
    return this.text;
  }

  /** The last `n` non-empty lines, trimmed. */
  tail(n: number): string[] {
    return this.read()
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(-n);
  }

  lastLines(n: number): string {
    return this.tail(n).join(' | ');
  }
}
