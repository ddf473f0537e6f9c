// `tandem doctor [--state-dir DIR]`: one line per check (src/supervisor/doctor.ts), each
// failure with its fix. Exit status 0 when everything needed works, 1 otherwise.
import type { Command } from 'commander';
import { formatChecks, runChecks } from '../../supervisor/doctor.js';
import { instanceLayout, withStateDir } from '../state-dir.js';

export function registerDoctor(program: Command): void {
  withStateDir(program.command('doctor'))
    .description('check what tandem needs on this host; each problem with the command that fixes it')
    .option('--json', 'machine-readable output')
    .action(async (o: { stateDir?: string; json?: boolean }) => {
      const checks = await runChecks({ layout: instanceLayout(o), env: process.env, platform: process.platform });
      process.stdout.write(o.json ? `${JSON.stringify(checks, null, 2)}\n` : formatChecks(checks));
      if (checks.some((c) => c.status === 'fail')) process.exitCode = 1;
    });
}
