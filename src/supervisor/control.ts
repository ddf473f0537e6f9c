// The CLI's side of the supervisor: is one running for a state directory (and what does it
// say), start one detached and follow it until every service answers, stop it and wait.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { readJson } from '../common/json-file.js';
import { processAlive } from '../common/process-alive.js';
import { failedPrecondition, unavailable } from '../common/errdefs.js';
import { lastWords } from './child.js';
import { PACKAGE_ROOT } from './instance.js';
import type { Layout } from './layout.js';
import { SERVICES } from './services.js';
import type { SupervisorStatus } from './supervisor.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the running supervisor says, or undefined when none answers on the control socket. */
export function readStatus(l: Layout, timeoutMs = 3000): Promise<SupervisorStatus | undefined> {
  return new Promise((resolve) => {
    let text = '';
    const sock = createConnection(l.supervisorSocket);
    const done = (v: SupervisorStatus | undefined) => {
      clearTimeout(timer);
      sock.destroy();
      resolve(v);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    sock.on('data', (d: Buffer) => (text += d.toString()));
    sock.on('end', () => {
      try {
        done(JSON.parse(text) as SupervisorStatus);
      } catch {
        done(undefined);
      }
    });
    sock.on('error', () => done(undefined));
  });
}

/** The pid in the supervisor's lock file, when that process is alive. */
function lockHolder(l: Layout): number | undefined {
  try {
    const pid = Number(readFileSync(l.supervisorLock, 'utf8'));
    return pid && processAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts a supervisor detached from this terminal (own session, output to its log) and follows
 * its status until every service answers (resolves) or the start fails (rejects with its cause).
 */
export async function startSupervisor(
  l: Layout,
  o: { containerd?: string; onStatus?: (s: SupervisorStatus) => void },
): Promise<SupervisorStatus> {
  mkdirSync(l.logDir, { recursive: true, mode: 0o700 });
  mkdirSync(l.runDir, { recursive: true, mode: 0o711 });
  const logFile = join(l.logDir, 'supervisor.log');
  const out = openSync(logFile, 'a');
  const args = [join(PACKAGE_ROOT, 'dist', 'supervisor', 'main.js'), '--state-dir', l.stateDir];
  if (o.containerd) args.push('--containerd', o.containerd);
  let exited: number | null | undefined;
  try {
    const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', out, out], cwd: '/' });
    child.once('exit', (code) => (exited = code));
    child.unref();
  } finally {
    closeSync(out);
  }
  // Bounded by the services' own readiness limits, plus the configs and a predecessor's cleanup.
  const deadline = Date.now() + SERVICES.reduce((t, s) => t + s.readyTimeoutMs, 120_000);
  for (;;) {
    const s = (await readStatus(l, 1000)) ?? (exited !== undefined ? await readJson<SupervisorStatus>(l.supervisorStatus) : undefined);
    if (s) o.onStatus?.(s);
    if (s?.state === 'running') return s;
    if (s?.state === 'failed') throw failedPrecondition(s.error ?? 'the supervisor failed to start the services');
    if (exited !== undefined && !s) {
      const why = lastWords(logFile);
      throw unavailable(`the supervisor exited (status ${exited})${why ? `: ${why}` : ''}; log: ${logFile}`);
    }
    if (Date.now() > deadline) throw unavailable(`the services did not come up in time; see ${l.logDir}`);
    await sleep(150);
  }
}

/** Stops the supervisor (which stops everything in order) and waits for it: false when none ran. */
export async function stopSupervisor(l: Layout, timeoutMs = 300_000): Promise<boolean> {
  const pid = (await readStatus(l))?.pid ?? lockHolder(l);
  if (!pid) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid) && Date.now() < deadline) await sleep(150);
  if (processAlive(pid)) throw unavailable(`the supervisor (pid ${pid}) did not finish stopping within ${timeoutMs / 1000} s`);
  return true;
}
