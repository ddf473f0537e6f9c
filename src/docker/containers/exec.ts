// docker exec: an exec instance is created (POST /containers/{id}/exec), started with a
// hijacked stream or detached (POST /exec/{id}/start) and inspected for its exit code. Each
// runs as a containerd exec process with its own FIFOs in the container's directory. Exec
// instances live in memory, as in dockerd (they do not outlive the endpoint).
import { randomBytes } from 'node:crypto';
import { HttpError, type Hijacked } from '../api.js';
import { errorMessage, notFound } from '../../common/errdefs.js';
import type { OciSpec } from '../../common/oci.js';
import type { Containers } from './manager.js';
import { execProcess } from './spec.js';
import { TASK_TIMEOUT_MS } from './manager.js';
import { DEFAULT_DETACH_KEYS, escapeScanner, parseDetachKeys } from './detach-keys.js';
import { ProcessStdio, fifoPaths, frame } from './stdio.js';

const PROCESS_TYPE = 'types.containerd.io/opencontainers/runtime-spec/1/Process';

export interface ExecConfig {
  User?: string;
  Privileged?: boolean;
  Tty?: boolean;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  DetachKeys?: string;
  Env?: string[] | null;
  WorkingDir?: string;
  Cmd?: string[];
  ConsoleSize?: number[] | null;
}

interface ExecInstance {
  id: string;
  containerId: string;
  config: ExecConfig;
  running: boolean;
  exitCode: number | null;
  pid: number;
  started: boolean;
  io?: ProcessStdio;
  /** Resolves with the exit code once the process ended and its output was read. */
  finished: Promise<number>;
  finish: (code: number) => void;
}

/** dockerd's action for an exec: its entrypoint, a space, its arguments (so `true` reads `exec_start: true `). */
export const execAction = (action: string, cmd: string[] | null | undefined) =>
  `${action}: ${cmd?.[0] ?? ''} ${(cmd ?? []).slice(1).join(' ')}`;

export class Execs {
  private readonly execs = new Map<string, ExecInstance>();

  constructor(private readonly mgr: Containers) {}

  create(ref: string, cfg: ExecConfig): string {
    const c = this.mgr.get(ref);
    if (c.State.Status === 'paused') throw new HttpError(409, `Container ${c.Id} is paused, unpause the container before exec`);
    if (!this.mgr.isRunning(c)) throw new HttpError(409, `Container ${c.Id} is not running`);
    if (!cfg.Cmd?.length) throw new HttpError(400, 'No exec command specified');
    if (cfg.DetachKeys) parseDetachKeys(cfg.DetachKeys);
    const id = randomBytes(32).toString('hex');
    let finish!: (code: number) => void;
    const finished = new Promise<number>((r) => (finish = r));
    this.execs.set(id, { id, containerId: c.Id, config: cfg, running: false, exitCode: null, pid: 0, started: false, finished, finish });
    this.mgr.emit(c, execAction('exec_create', cfg.Cmd), { execID: id });
    return id;
  }

  get(id: string): ExecInstance {
    const e = this.execs.get(id);
    if (!e) throw notFound(`No such exec instance: ${id}`);
    return e;
  }

  inspect(id: string): object {
    const e = this.get(id);
    return {
      ID: e.id,
      Running: e.running,
      ExitCode: e.exitCode,
      ProcessConfig: {
        tty: !!e.config.Tty,
        entrypoint: e.config.Cmd![0],
        arguments: e.config.Cmd!.slice(1),
        privileged: !!e.config.Privileged,
        user: e.config.User ?? '',
      },
      OpenStdin: !!e.config.AttachStdin,
      OpenStderr: !!e.config.AttachStderr,
      OpenStdout: !!e.config.AttachStdout,
      CanRemove: false,
      ContainerID: e.containerId,
      DetachKeys: e.config.DetachKeys ?? '',
      Pid: e.pid,
    };
  }

  /** Starts the process; `hj` gets its output (and gives its stdin) unless detached. */
  async start(
    id: string,
    opts: { detach: boolean; tty?: boolean; consoleSize?: number[] | null; output?: (stream: number, chunk: Buffer) => void },
    hijack: () => Hijacked,
  ): Promise<void> {
    const e = this.get(id);
    if (e.started) throw new HttpError(409, `Error: Exec command ${id} has already run`);
    const c = this.mgr.get(e.containerId);
    if (!this.mgr.isRunning(c)) throw new HttpError(409, `Container ${c.Id} is not running`);
    e.started = true;
    const cd = this.mgr.d.cd;
    const tty = opts.tty ?? !!e.config.Tty;
    const withStdin = !opts.detach && !!e.config.AttachStdin;
    const paths = fifoPaths(this.mgr.dir(c.Id), `exec-${id.slice(0, 16)}`, { stdin: withStdin, tty });
    const [specRes] = await Promise.all([cd.call('containers.Get', { id: c.Id }), this.mgr.fifos.make(paths)]);
    const spec = JSON.parse(Buffer.from(specRes.container!.spec!.value!).toString('utf8')) as OciSpec;
    const proc = execProcess(spec.process, c, { ...e.config, Tty: tty, ConsoleSize: opts.consoleSize ?? e.config.ConsoleSize });
    const io = await ProcessStdio.open(paths);
    e.io = io;
    let markBegun!: () => void;
    const begun = new Promise<void>((r) => (markBegun = r));
    let hj: Hijacked | undefined;
    if (!opts.detach) {
      hj = hijack();
      const out = hj.stream;
      io.onOutput((s, chunk) => {
        if (
          !out.destroyed &&
          !out.writableEnded &&
          ((s === 1 && e.config.AttachStdout !== false) || (s === 2 && e.config.AttachStderr !== false))
        )
          out.write(tty ? chunk : frame(s, chunk));
      });
      if (withStdin && hj.upgraded) {
        // With a tty the detach keys end the attach and the client's EOF is not the process's
        // (dockerd closes an exec's stdin only without one): the process runs on.
        const scan = escapeScanner(tty ? parseDetachKeys(e.config.DetachKeys || DEFAULT_DETACH_KEYS) : Buffer.alloc(0));
        out.on('data', (chunk: Buffer) => {
          const { pass, detached } = scan(chunk);
          if (pass.length && !io.writeStdin(pass)) {
            out.pause();
            void io.stdinDrained().then(() => out.resume());
          }
          if (!detached) return;
          hj?.end();
          this.mgr.emit(c, 'exec_detach', { execID: id });
        });
        // CloseIO needs the process: an early EOF waits for it to start.
        out.on('end', () => {
          if (tty) return;
          void begun
            .then(() => io.closeStdin())
            .then(() => cd.call('tasks.CloseIO', { containerId: c.Id, execId: id, stdin: true }))
            .catch(() => {});
        });
      } else out.on('data', () => {});
    } else io.onOutput(opts.output ?? (() => {}));
    let waited: Promise<{ exitStatus?: number | null }> | undefined;
    try {
      await cd.call(
        'tasks.Exec',
        {
          containerId: c.Id,
          execId: id,
          stdin: paths.stdin,
          stdout: paths.stdout,
          stderr: paths.stderr,
          terminal: tty,
          spec: { type_url: PROCESS_TYPE, value: Buffer.from(JSON.stringify(proc)) },
        },
        { timeoutMs: TASK_TIMEOUT_MS },
      );
      waited = cd.call('tasks.Wait', { containerId: c.Id, execId: id }, { timeoutMs: 0 });
      waited.catch(() => {});
      const started = await cd.call('tasks.Start', { containerId: c.Id, execId: id });
      e.pid = started.pid ?? 0;
      e.running = true;
      markBegun();
    } catch (err) {
      // As dockerd: 127 for a missing program, 126 for one that cannot run; the message goes to
      // the client's stderr (the CLI then reads the exit code from exec inspect).
      e.exitCode = /executable file not found|no such file or directory/.test(errorMessage(err)) ? 127 : 126;
      const msg = `OCI runtime exec failed: ${errorMessage(err)}`;
      io.destroy();
      await cd.call('tasks.DeleteProcess', { containerId: c.Id, execId: id }).catch(() => {});
      await io.remove();
      e.finish(e.exitCode);
      if (!hj) throw new HttpError(500, msg);
      if (!hj.stream.destroyed) hj.stream.write(tty ? Buffer.from(`${msg}\r\n`) : frame(2, Buffer.from(`${msg}\n`)));
      hj.end();
      return;
    }
    void (async () => {
      const r = await waited!.catch(() => ({ exitStatus: 255 }));
      await cd.call('tasks.DeleteProcess', { containerId: c.Id, execId: id }).catch(() => {});
      await Promise.race([io.done, new Promise((r2) => setTimeout(r2, 5000))]);
      io.destroy();
      await io.remove();
      e.exitCode = r.exitStatus ?? 0;
      e.running = false;
      e.finish(e.exitCode);
      hj?.end();
      this.mgr.d.events.emit('container', 'exec_die', c.Id, { execID: id, exitCode: String(e.exitCode) });
    })();
    this.mgr.d.events.emit('container', execAction('exec_start', e.config.Cmd), c.Id, { execID: id });
  }

  /**
   * Runs `cmd` in a running container with no client (a health check): its exit code and the
   * first `limit` bytes of its output; SIGKILLed after timeoutMs. The instance is forgotten after.
   */
  async probe(
    containerId: string,
    cmd: string[],
    timeoutMs: number,
    limit = 4096,
  ): Promise<{ exitCode: number; output: string; timedOut: boolean }> {
    const id = this.create(containerId, { Cmd: cmd, AttachStdout: true, AttachStderr: true });
    const e = this.execs.get(id)!;
    const chunks: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void this.mgr.d.cd.call('tasks.Kill', { containerId: e.containerId, execId: id, signal: 9 }).catch(() => {});
    }, timeoutMs);
    const output = (_s: number, chunk: Buffer) => {
      if (size < limit) chunks.push(chunk.subarray(0, limit - size));
      size += chunk.length;
    };
    try {
      await this.start(id, { detach: true, output }, () => {
        throw new Error('a probe has no client');
      });
      const exitCode = await e.finished;
      return { exitCode, output: Buffer.concat(chunks).toString('utf8'), timedOut };
    } finally {
      clearTimeout(timer);
      this.execs.delete(id);
    }
  }

  async resize(id: string, h: number, w: number): Promise<void> {
    const e = this.get(id);
    await this.mgr.d.cd.call('tasks.ResizePty', { containerId: e.containerId, execId: id, width: w, height: h });
  }

  /** Forgets the exec instances of a removed container. */
  forget(containerId: string): void {
    for (const [id, e] of this.execs) if (e.containerId === containerId) this.execs.delete(id);
  }
}
