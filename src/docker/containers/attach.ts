// The two ways output leaves a container: attach (a hijacked connection, live output, stdin
// from the client) and logs (the json log, optionally followed). Without a tty each piece is
// framed with Docker's 8-byte header; with one the bytes go as they are.
import type { Hijacked } from '../api.js';
import { logAttrs } from './log-attrs.js';
import { HttpError } from '../api.js';
import type { Containers } from './manager.js';
import { entryWanted, readLog, type LogEntry, type LogQuery } from './logs.js';
import { DEFAULT_DETACH_KEYS, escapeScanner, parseDetachKeys } from './detach-keys.js';
import { frame, type StreamId } from './stdio.js';
import type { ContainerRecord } from './types.js';

export interface AttachOptions {
  stdin: boolean;
  stdout: boolean;
  stderr: boolean;
  stream: boolean;
  logs: boolean;
  /** Bytes as they are even without a tty (attach/ws: dockerd does not frame WebSocket output). */
  raw?: boolean;
  /** The `detachKeys` asked for (ctrl-p,ctrl-q when not). */
  detachKeys?: Buffer;
}

export function attach(mgr: Containers, c: ContainerRecord, hj: Hijacked, o: AttachOptions): void {
  const tty = !!c.Config.Tty || !!o.raw;
  const out = hj.stream;
  const send = (s: StreamId, chunk: Buffer) => {
    if ((s === 1 && !o.stdout) || (s === 2 && !o.stderr) || out.destroyed) return;
    out.write(tty ? chunk : frame(s, chunk));
  };
  if (o.logs) {
    for (const e of readLog(mgr.logPath(c.Id), { stdout: o.stdout, stderr: o.stderr, since: 0, until: 0, tail: -1 })) {
      send(e.stream === 'stdout' ? 1 : 2, Buffer.from(e.log));
    }
  }
  // dockerd logs an attach once the log is replayed, whether a stream follows or not.
  mgr.emit(c, 'attach');
  // A created or stopped container's attach waits for its next run (`docker start -a`).
  if (!o.stream || c.State.Status === 'dead' || c.State.Status === 'removing') {
    hj.end();
    return;
  }
  const live = mgr.liveOf(c.Id);
  const offs = [live.onOutput(send)];
  const detach = () => offs.splice(0).forEach((f) => f());
  offs.push(
    live.onEnd(() => {
      detach();
      hj.end();
    }),
  );
  out.on('close', detach);
  out.on('error', detach);
  if (o.stdin && c.Config.OpenStdin && hj.upgraded) {
    // With a tty the client's detach keys end the attach; the process keeps its stdin.
    const scan = escapeScanner(c.Config.Tty ? (o.detachKeys ?? parseDetachKeys(DEFAULT_DETACH_KEYS)) : Buffer.alloc(0));
    out.on('data', (chunk: Buffer) => {
      const { pass, detached } = scan(chunk);
      // Held back while the process's stdin is full, as dockerd's copy blocks.
      if (pass.length && !live.writeStdin(pass)) {
        out.pause();
        void live.stdinDrained().then(() => out.resume());
      }
      if (!detached) return;
      detach();
      mgr.emit(c, 'detach');
      hj.end();
    });
    out.on('end', () => {
      // docker run -i sets StdinOnce: the client's EOF is the process's EOF; not with a tty,
      // where the client going away (or detaching) leaves the process as it is, as in dockerd.
      if (!c.Config.StdinOnce || c.Config.Tty) return;
      live.endStdin(() => {
        // CloseIO once every byte is in the FIFO (a relaying shim takes it as stdin's end).
        void (live.io?.closeStdin() ?? Promise.resolve())
          .then(() => mgr.d.cd.call('tasks.CloseIO', { containerId: c.Id, stdin: true }))
          .catch(() => {});
      });
    });
  } else {
    out.on('data', () => {});
  }
}

export interface LogsOptions extends LogQuery {
  follow: boolean;
  timestamps: boolean;
  /** Each line after its attributes (log-attrs.ts), as dockerd's `details`. */
  details?: boolean;
}

export function logs(mgr: Containers, c: ContainerRecord, hj: Hijacked, o: LogsOptions): void {
  if (!o.stdout && !o.stderr) throw new HttpError(400, 'Bad parameters: you must choose at least one stream');
  const tty = !!c.Config.Tty;
  const out = hj.stream;
  const attrs = o.details ? `${logAttrs(c.HostConfig.LogConfig, c.Config.Labels, c.Config.Env)} ` : '';
  const send = (e: LogEntry) => {
    if (out.destroyed) return;
    const text = Buffer.from(`${o.timestamps ? `${e.time} ` : ''}${attrs}${e.log}`);
    out.write(tty ? text : frame(e.stream === 'stdout' ? 1 : 2, text));
  };
  // Read and subscribe in one tick: the log writer is synchronous, so nothing is lost or doubled.
  const past = readLog(mgr.logPath(c.Id), o);
  for (const e of past) send(e);
  if (!o.follow || !mgr.isRunning(c)) {
    hj.end();
    return;
  }
  const live = mgr.liveOf(c.Id);
  const offs = [
    live.onEntry((e) => {
      if (entryWanted(e, { ...o, tail: -1 })) send(e);
    }),
    live.onEnd(() => {
      offs.forEach((f) => f());
      hj.end();
    }),
  ];
  out.on('close', () => offs.forEach((f) => f()));
}
