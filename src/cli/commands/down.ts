// `tandem down [--state-dir DIR] [--purge]`: stops containers, the VM, the shim daemons, the
// snapshotter and containerd, in that order (the supervisor does it: src/supervisor/teardown.ts),
// then checks that no process of the state directory runs and nothing is mounted under it.
// Images and snapshots stay; --purge removes the state directory too.
import { rmSync } from 'node:fs';
import type { Command } from 'commander';
import { failedPrecondition } from '../../common/errdefs.js';
import { daemonLogger } from '../../common/log.js';
import { stopSupervisor } from '../../supervisor/control.js';
import { leftovers, sweep } from '../../supervisor/teardown.js';
import { instanceLayout, withStateDir } from '../state-dir.js';

export function registerDown(program: Command): void {
  withStateDir(program.command('down'))
    .description('stop everything tandem up started (containers, VM, shim daemons, snapshotter, containerd)')
    .option('--purge', 'also delete the state directory (images, snapshots, logs)')
    .action(async (o: { stateDir?: string; purge?: boolean }) => {
      const l = instanceLayout(o);
      const t0 = Date.now();
      const stopped = await stopSupervisor(l);
      // After a supervisor that was killed (or a stop that went wrong), end what is left.
      const found = await sweep(l, daemonLogger(undefined, false).child({ component: 'down' }));
      const left = await leftovers(l);
      if (left.processes.length || left.mounts.length) {
        throw failedPrecondition(
          `still running or mounted after stopping: ${[...left.processes.map((p) => `pid ${p.pid} ${p.command}`), ...left.mounts].join('; ')}`,
        );
      }
      if (found.processes.length || found.mounts.length)
        process.stdout.write(`ended ${found.processes.length} leftover process(es), unmounted ${found.mounts.length} mount(s)\n`);
      if (o.purge) {
        rmSync(l.stateDir, { recursive: true, force: true });
        if (l.runDir !== l.stateDir) rmSync(l.runDir, { recursive: true, force: true });
      }
      process.stdout.write(
        stopped
          ? `tandem stopped in ${((Date.now() - t0) / 1000).toFixed(1)} s${o.purge ? ' and its state removed' : ''}\n`
          : `tandem was not running (state dir ${l.stateDir})\n`,
      );
    });
}
