// The runc command line as the agent uses it (crun takes the same one: the guest runs either,
// docs/linuxvm.md): short control commands (kill, ps, pause, resume,
// delete) whose failures become kinded errors, and the argv of the long-lived `run`/`exec`
// processes that process.ts owns.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Code, TandemError } from '../../common/errdefs.js';

export interface RuncOptions {
  /** The runc binary (PATH lookup when bare). */
  bin?: string;
  /** runc's state directory (--root): one per agent, on a tmpfs in the guest. */
  root: string;
}

/** Maps runc's error text to an error kind: the text is all runc gives us. */
export function runcError(op: string, id: string, stderr: string): TandemError {
  const text = lastError(stderr) || 'failed';
  let code = Code.Unknown;
  if (/does not exist|not found|no such/i.test(text)) code = Code.NotFound;
  else if (/not running|not paused|is paused|is stopped|already|cannot .* a (stopped|paused)|container .* is not/i.test(text))
    code = Code.FailedPrecondition;
  return new TandemError(code, `runc ${op} ${id}: ${text}`);
}

/** The message of runc's last error line (text or JSON log format), or the whole text. */
export function lastError(out: string): string {
  const lines = out
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.startsWith('{')) {
      try {
        const j = JSON.parse(l) as { level?: string; msg?: string };
        if (j.level === 'error' && j.msg) return j.msg;
      } catch {}
      continue;
    }
    const m = /level=error msg="((?:[^"\\]|\\.)*)"/.exec(l);
    if (m) return m[1].replace(/\\"/g, '"');
    return l;
  }
  return '';
}

export class Runc {
  readonly bin: string;
  readonly root: string;
  /** crun rather than runc: its exec failures are reworded (crun.ts). */
  readonly crun: boolean;

  constructor(o: RuncOptions) {
    this.bin = o.bin ?? 'runc';
    this.root = o.root;
    this.crun = basename(this.bin) === 'crun';
  }

  /** Global flags every invocation carries. */
  global(logFile?: string): string[] {
    return ['--root', this.root, ...(logFile ? ['--log', logFile, '--log-format', 'json'] : [])];
  }

  private exec(op: string, id: string, args: string[], input?: Buffer, timeoutMs = 30_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = execFile(this.bin, [...this.global(), ...args], { timeout: timeoutMs, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
        if (err) reject(runcError(op, id, `${stderr}\n${(err as Error).message && !stderr ? (err as Error).message : ''}`));
        else resolve(stdout);
      });
      child.stdin?.on('error', () => {});
      child.stdin?.end(input);
    });
  }

  kill(id: string, signal: number, all: boolean): Promise<string> {
    return this.exec('kill', id, ['kill', ...(all ? ['--all'] : []), id, String(signal)]);
  }

  async ps(id: string): Promise<number[]> {
    const out = await this.exec('ps', id, ['ps', '--format', 'json', id]);
    const pids = JSON.parse(out.trim() || '[]') as unknown;
    return Array.isArray(pids) ? pids.filter((p): p is number => typeof p === 'number') : [];
  }

  pause(id: string): Promise<string> {
    return this.exec('pause', id, ['pause', id]);
  }

  resume(id: string): Promise<string> {
    return this.exec('resume', id, ['resume', id]);
  }

  /**
   * Sets the container's cgroup limits from an OCI LinuxResources JSON object, written to `file`
   * first (runc reads `-` as stdin, crun wants a file).
   */
  async update(id: string, resourcesJson: Buffer, file: string): Promise<string> {
    await writeFile(file, resourcesJson);
    return this.exec('update', id, ['update', '--resources', file, id]);
  }

  delete(id: string): Promise<string> {
    return this.exec('delete', id, ['delete', '--force', id]);
  }

  private versionLine?: Promise<string>;

  /** Asked once: every host connection's Hello reports it, and a Go start costs ~0.5 s under TCG. */
  version(): Promise<string> {
    this.versionLine ??= new Promise((resolve) => {
      execFile(this.bin, ['--version'], (err, stdout) =>
        resolve(err ? `${this.bin}: unavailable (${err.message})` : stdout.split('\n')[0]),
      );
    });
    return this.versionLine;
  }
}
