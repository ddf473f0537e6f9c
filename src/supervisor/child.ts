// One supervised service process: started with its output appended to its log, ready once its
// probe answers, restarted with a back-off when it dies on its own (given up after a crash loop),
// stopped with SIGTERM and, after its grace period, SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Logger } from '../common/log.js';
import { unavailable } from '../common/errdefs.js';
import type { ServiceContext, ServiceSpec } from './services.js';

export type ServiceStateName = 'starting' | 'ready' | 'restarting' | 'failed' | 'stopped';

export interface ServiceState {
  name: string;
  description: string;
  state: ServiceStateName;
  pid?: number;
  since: string;
  restarts: number;
  lastExit?: string;
  log: string;
}

const CRASH_LOOP = { window: 60_000, max: 5 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The last meaningful line of a log (containerd's `level=error msg=…` preferred), for one-line errors. */
export function lastWords(logFile: string, since = 0): string {
  let text: string;
  try {
    const all = readFileSync(logFile);
    text = all.subarray(Math.max(since, all.length - 16_384)).toString();
  } catch {
    return '';
  }
  const lines = text.split('\n').filter((l) => l.trim());
  const err = [...lines].reverse().find((l) => /level=(error|fatal)|"level":(50|60)|error|fatal/i.test(l));
  const line = (err ?? lines[lines.length - 1] ?? '').trim();
  const msg = /msg="((?:[^"\\]|\\.)*)"(?:.*?error="((?:[^"\\]|\\.)*)")?/.exec(line);
  const out = msg ? (msg[2] ? `${msg[1]}: ${msg[2]}` : msg[1]!) : line;
  return out.length > 300 ? `${out.slice(0, 300)}…` : out;
}

export class Supervised {
  readonly state: ServiceState;
  private proc?: ChildProcess;
  private stopping = false;
  private crashes: number[] = [];
  private startedAt = 0;

  constructor(
    readonly spec: ServiceSpec,
    private readonly ctx: ServiceContext,
    private readonly env: NodeJS.ProcessEnv,
    logFile: string,
    private readonly onChange: () => void,
    private readonly log: Logger,
  ) {
    this.state = {
      name: spec.name,
      description: spec.description,
      state: 'stopped',
      since: new Date().toISOString(),
      restarts: 0,
      log: logFile,
    };
  }

  private set(state: ServiceStateName, extra: Partial<ServiceState> = {}): void {
    Object.assign(this.state, { state, since: new Date().toISOString() }, extra);
    this.onChange();
  }

  /** Starts the process and resolves once it answers; rejects with the cause (its own last words). */
  async start(): Promise<void> {
    const logOffset = this.spawn('starting');
    const deadline = Date.now() + this.spec.readyTimeoutMs;
    for (;;) {
      const p = this.proc;
      if (!p || p.exitCode !== null || p.signalCode !== null) {
        const why = lastWords(this.state.log, logOffset);
        throw unavailable(
          `${this.spec.name} exited while starting (${this.state.lastExit ?? 'no status'})${why ? `: ${why}` : ''}; log: ${this.state.log}`,
        );
      }
      if (await this.spec.ready(this.ctx).catch(() => false)) break;
      if (Date.now() > deadline) {
        const why = lastWords(this.state.log, logOffset);
        throw unavailable(
          `${this.spec.name} did not answer within ${this.spec.readyTimeoutMs / 1000} s${why ? ` (last log line: ${why})` : ''}; log: ${this.state.log}`,
        );
      }
      await sleep(100);
    }
    this.set('ready');
    this.log.info({ service: this.spec.name, pid: this.state.pid, ms: Date.now() - this.startedAt }, 'service ready');
  }

  /** Spawns the process; returns the log offset where its output starts. */
  private spawn(state: ServiceStateName): number {
    for (const s of this.spec.sockets(this.ctx)) rmSync(s, { force: true });
    const out = openSync(this.state.log, 'a');
    const offset = statSync(this.state.log).size;
    const [file, ...args] = this.spec.command(this.ctx);
    try {
      this.proc = spawn(file!, args, { stdio: ['ignore', out, out], env: this.env, cwd: '/' });
    } finally {
      closeSync(out);
    }
    this.startedAt = Date.now();
    const p = this.proc;
    p.once('error', (err) => this.log.error({ service: this.spec.name, err: err.message }, 'spawn failed'));
    p.once('exit', (code, signal) => this.exited(p, code, signal));
    this.set(state, { pid: p.pid });
    this.log.info({ service: this.spec.name, pid: p.pid, command: [file, ...args].join(' ') }, 'service started');
    return offset;
  }

  private exited(p: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (p !== this.proc) return;
    const lastExit = signal ? `killed by ${signal}` : `exit status ${code}`;
    this.state.lastExit = lastExit;
    if (this.stopping || this.state.state === 'starting') return void this.onChange();
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < CRASH_LOOP.window), now];
    const why = lastWords(this.state.log);
    this.log.warn({ service: this.spec.name, lastExit, why }, 'service died');
    if (this.crashes.length >= CRASH_LOOP.max) {
      this.set('failed', { pid: undefined });
      this.log.error({ service: this.spec.name }, `service crashed ${CRASH_LOOP.max} times within a minute: not restarting it`);
      return;
    }
    const backoff = Math.min(30_000, 1000 * 2 ** (this.crashes.length - 1));
    this.set('restarting', { pid: undefined, restarts: this.state.restarts + 1 });
    setTimeout(() => {
      if (this.stopping) return;
      this.spawn('starting');
      void this.waitReady();
    }, backoff);
  }

  /** After a restart: back to ready once it answers (it is restarted again if it dies meanwhile). */
  private async waitReady(): Promise<void> {
    const p = this.proc;
    const deadline = Date.now() + this.spec.readyTimeoutMs;
    while (!this.stopping && p && p === this.proc && p.exitCode === null && Date.now() < deadline) {
      if (await this.spec.ready(this.ctx).catch(() => false)) return this.set('ready');
      await sleep(200);
    }
  }

  /** SIGTERM, then SIGKILL after the grace period; resolves once the process is gone. */
  async stop(): Promise<void> {
    this.stopping = true;
    const p = this.proc;
    if (p && p.exitCode === null && p.signalCode === null) {
      const gone = new Promise((r) => p.once('exit', r));
      p.kill('SIGTERM');
      const t = setTimeout(() => p.kill('SIGKILL'), this.spec.stopTimeoutMs);
      await gone;
      clearTimeout(t);
    }
    for (const s of this.spec.sockets(this.ctx)) rmSync(s, { force: true });
    this.set('stopped', { pid: undefined });
  }
}
