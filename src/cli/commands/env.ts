// `tandem env [--state-dir DIR]`: shell lines that point containerd, Docker and CRI clients at
// an instance: eval "$(tandem env)". DOCKER_HOST names the socket the Docker endpoint serves on.
import type { Command } from 'commander';
import { clientEnv, shellQuote } from '../../supervisor/layout.js';
import { readStatus } from '../../supervisor/control.js';
import { commandFor, instanceLayout, withStateDir } from '../state-dir.js';

export function registerEnv(program: Command): void {
  withStateDir(program.command('env'))
    .description('print the shell lines that point ctr, docker and CRI clients at tandem (eval "$(tandem env)")')
    .action(async (o: { stateDir?: string }) => {
      const l = instanceLayout(o);
      for (const [k, v] of clientEnv(l)) process.stdout.write(`export ${k}=${shellQuote(v)}\n`);
      if (!(await readStatus(l))) process.stderr.write(`tandem is not running in ${l.stateDir}: start it with ${commandFor('up', o)}\n`);
    });
}
