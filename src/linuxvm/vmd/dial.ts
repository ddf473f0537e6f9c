// Reaching the VM daemon of a state directory, starting one when none answers: how a shim
// daemon attaches (client.ts) and how `tandem vm start` begins (start.ts). A vmd started here
// that exits before it serves is reported at once with the last line of its stderr, instead of
// being waited for until the deadline; one that stepped aside (status 0: another vmd held the
// lock, e.g. one still stopping its VM) is started again once nothing answers.
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { failedPrecondition, unavailable } from '../../common/errdefs.js';
import { TtrpcClient } from '../../ttrpc/client.js';

/** How often a missing vmd is looked for: a unix connect that fails costs microseconds. */
const POLL_MS = 25;

export interface VmdDialOptions {
  socket: string;
  /** Starts a vmd (absent where none may be started, e.g. tests that run one in-process). */
  spawn?: () => ChildProcess;
  /** The vmd's stderr file: its last line says why a vmd exited before it served. */
  stderrFile?: string;
  /** The vmd's log, named in the error when none answers in time. */
  logFile?: string;
  /** How long connect() keeps trying, from this dialer's creation. */
  timeoutMs: number;
}

export class VmdDialer {
  /** When this dialer first started a vmd (0: it never did). */
  firstSpawnAt = 0;
  private running = false;
  private exited?: number | null;
  private last = 'no answer';
  private spawnError?: string;
  readonly deadline: number;

  constructor(private readonly o: VmdDialOptions) {
    this.deadline = Date.now() + o.timeoutMs;
  }

  /** A connection to the vmd, starting one when none answers; fails past the deadline. */
  async connect(): Promise<TtrpcClient> {
    for (;;) {
      const exited = this.exited;
      const conn = existsSync(this.o.socket) ? await TtrpcClient.connect(this.o.socket, 2_000).catch(this.failed) : undefined;
      if (conn) {
        this.exited = undefined; // what a vmd does after it served is the connection's to tell
        return conn;
      }
      if (this.spawnError) throw failedPrecondition(`the VM daemon could not be started: ${this.spawnError}`);
      if (exited !== undefined && exited !== 0)
        throw failedPrecondition(`the VM daemon exited (status ${exited}) before it served: ${this.lastWords()}`);
      if (Date.now() > this.deadline) {
        const log = this.o.logFile ? `; its log: ${this.o.logFile}` : '';
        throw unavailable(`no VM daemon answered on ${this.o.socket} within ${this.o.timeoutMs / 1000} s (${this.last}${log})`);
      }
      if (this.o.spawn && !this.running) this.start(this.o.spawn);
      await sleep(POLL_MS);
    }
  }

  /** The answer to a call on a connection was lost, or the vmd is leaving: why, for the deadline's error. */
  readonly failed = (err: Error): undefined => {
    this.last = err.message;
    return undefined;
  };

  private start(spawn: () => ChildProcess): void {
    this.running = true;
    this.exited = undefined;
    this.firstSpawnAt ||= Date.now();
    const child = spawn();
    child.once('exit', (code) => {
      this.running = false;
      this.exited = code;
    });
    child.once('error', (err) => {
      // Not started at all (the error event comes instead of exit): say why, as for an exit.
      this.running = false;
      this.exited = -1;
      this.spawnError = err.message;
    });
  }

  private lastWords(): string {
    try {
      const lines = readFileSync(this.o.stderrFile ?? '', 'utf8')
        .trim()
        .split('\n');
      return lines[lines.length - 1] || `no message in ${this.o.stderrFile}`;
    } catch {
      return `no message${this.o.stderrFile ? ` (${this.o.stderrFile} unreadable)` : ''}`;
    }
  }
}
