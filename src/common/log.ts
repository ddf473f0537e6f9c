// Logging: pino to the daemon's own log file, and per container also to the bundle's `log`
// FIFO, which containerd copies into its own log. Levels: TANDEM_LOG_LEVEL or -debug.
import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';

export type Logger = pino.Logger;
let daemonDest: pino.DestinationStream | undefined;

export function daemonLogger(file: string | undefined, debug: boolean): Logger {
  const level = process.env.TANDEM_LOG_LEVEL || (debug ? 'debug' : 'info');
  const dest = file ? pino.destination({ dest: file, mkdir: true, sync: false }) : pino.destination({ fd: 2, sync: false });
  daemonDest = dest;
  // A log the disk cannot take (ENOSPC) loses those lines, not the daemon: unheard, the stream's
  // 'error' would end the process (an uncaught exception) in the middle of serving.
  dest.on('error', () => {});
  return pino({ level, base: { pid: process.pid } }, daemonDest);
}

/**
 * A logger for one container: the daemon log plus the bundle's `log` FIFO. containerd opened
 * that FIFO O_RDWR|O_NONBLOCK before starting us, so a non-blocking write-open succeeds at once.
 */
export function containerLogger(parent: Logger, bundle: string, fields: Record<string, string>): { log: Logger; close: () => void } {
  let fd: number | undefined;
  try {
    fd = openSync(join(bundle, 'log'), constants.O_WRONLY | constants.O_NONBLOCK);
  } catch {
    return { log: parent.child(fields), close: () => {} };
  }
  // Lines go to the FIFO with plain non-blocking writes, not pino.destination: on EPIPE (the reader,
  // containerd, went away) pino turns that stream's end() and destroy() into no-ops, so its fd
  // stayed open for the daemon's life. Here EPIPE closes it; EAGAIN (FIFO full) drops the line.
  let open = true;
  const shut = () => {
    if (!open) return;
    open = false;
    closeSync(fd);
  };
  const sink = {
    write: (line: string) => {
      if (!open) return;
      try {
        writeSync(fd, line);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') shut();
      }
    },
  };
  const level = parent.level as pino.Level;
  const streams: pino.StreamEntry[] = [{ stream: sink, level }];
  if (daemonDest) streams.push({ stream: daemonDest, level });
  const log = pino({ level, base: { pid: process.pid, ...fields } }, pino.multistream(streams));
  return { log, close: shut };
}
