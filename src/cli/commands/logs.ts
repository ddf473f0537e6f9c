// `tandem logs [component] [-f] [-n LINES]`: the logs of an instance's components (all of them,
// each line prefixed with its component, when none is named); -f follows them as they grow.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { invalidArgument } from '../../common/errdefs.js';
import { COMPONENTS, logFiles } from '../../supervisor/logs.js';
import { instanceLayout, withStateDir } from '../state-dir.js';

interface Opts {
  stateDir?: string;
  follow?: boolean;
  lines: string;
}

function readRange(file: string, start: number, end: number): Promise<string> {
  if (end <= start) return Promise.resolve('');
  return new Promise((resolve, reject) => {
    let s = '';
    createReadStream(file, { start, end: end - 1 })
      .on('data', (d) => (s += d.toString()))
      .on('end', () => resolve(s))
      .on('error', reject);
  });
}

/** The last n lines of a file (reading at most its last 4 MiB). */
async function tail(file: string, n: number): Promise<{ text: string; size: number }> {
  const size = statSync(file).size;
  const text = await readRange(file, Math.max(0, size - (4 << 20)), size);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return {
    text: lines
      .slice(-n)
      .map((l) => `${l}\n`)
      .join(''),
    size,
  };
}

export function registerLogs(program: Command): void {
  withStateDir(program.command('logs'))
    .argument('[component]', `one of ${COMPONENTS.join(', ')} (default: all)`)
    .description("show the logs of tandem up's components")
    .option('-f, --follow', 'keep printing what is appended')
    .option('-n, --lines <n>', 'lines of each log to show first', '50')
    .action(async (component: string | undefined, o: Opts) => {
      const l = instanceLayout(o);
      const n = Number(o.lines);
      if (!Number.isInteger(n) || n < 0) throw invalidArgument(`--lines must be a non-negative integer, not ${o.lines}`);
      const names = component ? [component] : [...COMPONENTS];
      const files: { name: string; file: string; pos: number }[] = [];
      for (const name of names) for (const file of await logFiles(l, name)) files.push({ name, file, pos: 0 });
      const prefix = (name: string, text: string) => (component ? text : text.replace(/^(?=.)/gm, `${name.padEnd(11)}| `));
      for (const f of files.filter((x) => existsSync(x.file))) {
        const t = await tail(f.file, n);
        process.stdout.write(prefix(f.name, t.text));
        f.pos = t.size;
      }
      if (!files.some((f) => existsSync(f.file)) && !o.follow) process.stderr.write(`no logs yet in ${l.stateDir}\n`);
      while (o.follow) {
        await new Promise((r) => setTimeout(r, 250));
        // Shim daemons and VM generations come and go: look for new files too.
        for (const name of names)
          for (const file of await logFiles(l, name)) if (!files.some((f) => f.file === file)) files.push({ name, file, pos: 0 });
        for (const f of files.filter((x) => existsSync(x.file))) {
          const size = statSync(f.file).size;
          if (size < f.pos) f.pos = 0; // truncated or replaced
          if (size > f.pos) process.stdout.write(prefix(f.name, await readRange(f.file, f.pos, size)));
          f.pos = size;
        }
      }
    });
}
