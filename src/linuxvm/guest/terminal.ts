// Terminal: foreground runc needs its own stdin to be a terminal when process.terminal is set
// (it sets that terminal raw and relays it to the container's pty). util-linux `script`
// provides one: runc's stdin/stdout become a pty whose other end `script` relays to our pipes.
// Resize = set the size of that outer pty (`stty -F`); runc gets SIGWINCH and copies the size
// onto the container's pty. EOF on stdin makes `script` send the terminal's EOF character.
// Without `script`, busybox telnetd runs a wrapper on a pty of its own (telnet.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fsp, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { unavailable } from '../../common/errdefs.js';
import { withTerminalTail } from './crun.js';
import type { AgentTools } from './process.js';
import { READY_MARKER, TelnetOutput } from './telnet.js';

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export interface TerminalFiles {
  /** The process's directory in the bundle, and its files' prefix there (`init`, `exec-ID`). */
  dir: string;
  base: string;
  /** Where the outer terminal's name is written (resize reads it). */
  ttyFile: string;
  /** The runtime's log: crun's last error is read from it into the terminal's output. */
  logFile: string;
}

export interface LaunchedTerminal {
  child: ChildProcess;
  out?: Readable | null;
  in?: Writable | null;
  /** Through telnetd: input is telnet-escaped, EOF is a ^D typed, the status comes from a file. */
  telnet?: { status: () => Promise<number> };
}

/** Spawns `cmd` (the runtime's argv) on a terminal of `size`; its output is read when `stdout`. */
export function launchTerminal(
  tools: AgentTools,
  cmd: string[],
  f: TerminalFiles,
  stdout: boolean,
  size?: { width: number; height: number },
): LaunchedTerminal {
  const rows = size?.height || 24;
  const cols = size?.width || 80;
  const setup = `tty > ${q(f.ttyFile)}; ${q(tools.stty)} rows ${rows} cols ${cols} 2>/dev/null`;
  const line = cmd.map(q).join(' ');
  if (tools.script) {
    // stdin is always a pipe: EOF on it would be typed into the terminal as ^D.
    const child = spawn(tools.script, ['-q', '-e', '-c', `${setup}; exec ${line}`, '/dev/null'], {
      stdio: ['pipe', stdout ? 'pipe' : 'ignore', 'ignore'],
      env: { ...process.env, SHELL: '/bin/sh' },
    });
    const out = child.stdout && tools.runc.crun ? withTerminalTail(child.stdout, f.logFile) : child.stdout;
    return { child, out, in: child.stdin };
  }
  const wrapper = join(f.dir, `${f.base}.tty.sh`);
  const statusFile = join(f.dir, `${f.base}.status`);
  writeFileSync(
    wrapper,
    `#!/bin/sh\n${setup}\nprintf '${READY_MARKER.split('\u0001').join('\\001')}\\n'\n${line}\necho $? > ${q(statusFile)}\n`,
    { mode: 0o755 },
  );
  const child = spawn(tools.telnetd[0], [...tools.telnetd.slice(1), '-i', '-f', '/dev/null', '-l', wrapper], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const out = child.stdout!.pipe(new TelnetOutput());
  if (!stdout) out.resume();
  const status = async () => Number((await fsp.readFile(statusFile, 'utf8').catch(() => '')).trim() || 255);
  return { child, out: stdout ? out : undefined, in: child.stdin, telnet: { status } };
}

/** Sets a terminal's size (`stty -F`). */
function setTerminalSize(stty: string, tty: string, width: number, height: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const c = spawn(stty, ['-F', tty, 'rows', String(height), 'cols', String(width)], { stdio: 'ignore' });
    c.once('error', reject);
    c.once('exit', (code) => (code === 0 ? resolve() : reject(unavailable(`stty -F ${tty} exited ${code}`))));
  });
}

/**
 * Resizes a process's terminal: the outer one (its name in `ttyFile`, written once the terminal
 * is up) and, through `/proc/PID/fd/0`, the container's own.
 */
export async function resizeTerminal(
  stty: string,
  ttyFile: string,
  pid: number,
  width: number,
  height: number,
  label: string,
): Promise<void> {
  let tty = '';
  for (let i = 0; i < 100 && !tty; i++) {
    tty = (await fsp.readFile(ttyFile, 'utf8').catch(() => '')).trim();
    if (!tty) await new Promise((r) => setTimeout(r, 10));
  }
  if (!tty.startsWith('/dev/')) throw unavailable(`process ${label}: terminal not ready`);
  await setTerminalSize(stty, tty, width, height);
  // runc copies the outer terminal's size onto the container's pty on SIGWINCH; crun 1.8 in the
  // foreground does not, so the container's own terminal (its stdin) is sized directly too.
  if (pid) await setTerminalSize(stty, `/proc/${pid}/fd/0`, width, height).catch(() => {});
}
