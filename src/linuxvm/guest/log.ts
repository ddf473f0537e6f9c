// Agent logging: one line per event on stderr, which the guest's /init sends to the console and
// so into the boot log the host keeps. The agent runs on Node 18 with only protobufjs at hand,
// so this is deliberately not pino.
let verbose = false;

export function setVerbose(v: boolean): void {
  verbose = v;
}

function line(level: string, msg: string, fields?: Record<string, unknown>): void {
  const extra = fields
    ? ' ' +
      Object.entries(fields)
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(' ')
    : '';
  process.stderr.write(`tandem-agent ${level}: ${msg}${extra}\n`);
}

export const log = {
  debug: (msg: string, fields?: Record<string, unknown>) => verbose && line('debug', msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => line('info', msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => line('warn', msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => line('error', msg, fields),
};
