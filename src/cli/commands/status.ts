// `tandem status [--state-dir DIR] [--json]`: what an instance runs (src/supervisor/status.ts),
// or "not running".
import type { Command } from 'commander';
import { formatStatus, instanceStatus } from '../../supervisor/status.js';
import { instanceLayout, withStateDir } from '../state-dir.js';

export function registerStatus(program: Command): void {
  withStateDir(program.command('status'))
    .description('containerd, CRI, snapshotter, shim daemons, the VM and the containers by executor')
    .option('--json', 'machine-readable output')
    .action(async (o: { stateDir?: string; json?: boolean }) => {
      const s = await instanceStatus(instanceLayout(o));
      process.stdout.write(o.json ? `${JSON.stringify(s, null, 2)}\n` : formatStatus(s));
    });
}
