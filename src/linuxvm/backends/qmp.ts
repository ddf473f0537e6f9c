// A minimal client for QEMU's machine protocol (QMP) on a unix socket: greeting, capability
// negotiation, then one command at a time (responses carry the id we sent). Used for what the
// command line cannot do once the VM runs: publishing ports (`hostfwd_add` through
// human-monitor-command, which has no QMP equivalent) and a clean `quit`.
import net from 'node:net';
import { failedPrecondition, internal, unavailable } from '../../common/errdefs.js';

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

export class QmpClient {
  private buf = '';
  private nextId = 1;
  private readonly pending = new Map<string, Pending>();
  private greeted?: () => void;
  private closed = false;

  private constructor(private readonly sock: net.Socket) {
    sock.setEncoding('utf8');
    sock.on('data', (d: string) => this.onData(d));
    sock.on('close', () => {
      this.closed = true;
      for (const p of this.pending.values()) p.reject(unavailable('QMP connection closed'));
      this.pending.clear();
    });
    sock.on('error', () => {}); // surfaced through 'close'
  }

  static async connect(path: string, timeoutMs = 30_000): Promise<QmpClient> {
    const sock = net.connect(path);
    const c = new QmpClient(sock);
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => {
        sock.destroy();
        reject(unavailable(`QMP at ${path}: no greeting within ${timeoutMs} ms`));
      }, timeoutMs);
      c.greeted = () => {
        clearTimeout(t);
        resolve();
      };
      sock.once('error', (e) => {
        clearTimeout(t);
        reject(unavailable(`QMP at ${path}: ${e.message}`, e));
      });
    });
    await c.execute('qmp_capabilities');
    return c;
  }

  execute(command: string, args?: Record<string, unknown>): Promise<unknown> {
    const id = String(this.nextId++);
    // A command written after QEMU went away would never be answered.
    if (this.closed) return Promise.reject(unavailable('QMP connection closed'));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.sock.write(JSON.stringify({ execute: command, ...(args ? { arguments: args } : {}), id }) + '\n');
    });
  }

  /** Runs a human-monitor command; HMP reports failures as text, which we turn into errors. */
  async hmp(commandLine: string): Promise<string> {
    const out = String(await this.execute('human-monitor-command', { 'command-line': commandLine }));
    if (out.trim()) throw failedPrecondition(`QEMU: ${commandLine}: ${out.trim()}`);
    return out;
  }

  /** Runs a human-monitor query (`info …`), whose text is its answer. */
  async hmpQuery(commandLine: string): Promise<string> {
    return String(await this.execute('human-monitor-command', { 'command-line': commandLine }));
  }

  close(): void {
    this.sock.destroy();
  }

  private onData(d: string): void {
    this.buf += d;
    let nl: number;
    while ((nl = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, nl).trim();
      this.buf = this.buf.slice(nl + 1);
      if (!line) continue;
      let msg: { QMP?: unknown; id?: string; return?: unknown; error?: { class: string; desc: string }; event?: string };
      try {
        msg = JSON.parse(line);
      } catch {
        continue;
      }
      if (msg.QMP) this.greeted?.();
      if (msg.id === undefined) continue; // events
      const p = this.pending.get(msg.id);
      if (!p) continue;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(internal(`QMP ${msg.error.class}: ${msg.error.desc}`));
      else p.resolve(msg.return);
    }
  }
}
