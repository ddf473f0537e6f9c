// `tandem vm start|status|stop`: the shared guest VM of a state directory, as its VM daemon sees it
// (src/linuxvm/vmd/). `start` boots it now and holds it up with no container (the first VM
// container of the day then starts warm); `stop` ends the VM and the vmd; with VM containers of
// any namespace still running it is refused unless --force (which ends them: each gets its exit,
// status 255).
import type { Command } from 'commander';
import { stopVmd, vmdStatus } from '../../linuxvm/vmd/control.js';
import { startVm } from '../../linuxvm/vmd/start.js';
import { defaultStateDir, layout } from '../../supervisor/layout.js';

const runDir = (stateDir?: string): string => layout(stateDir ?? defaultStateDir()).runDir;
const STATE_DIR_HELP = 'tandem state directory (default $TANDEM_STATE_DIR or the user data directory)';

export function registerVm(program: Command): void {
  const vm = program.command('vm').description('the shared Linux guest VM (one per state directory)');
  vm.command('start')
    .description('boot the VM now and keep it up until `tandem vm stop` (the first VM container then starts warm)')
    .option('--state-dir <dir>', STATE_DIR_HELP)
    .action(async (o: { stateDir?: string }) => {
      const t0 = Date.now();
      const { vm: info, vmdPid } = await startVm(runDir(o.stateDir));
      const took = ((Date.now() - t0) / 1000).toFixed(1);
      process.stdout.write(
        `VM up: generation ${info?.generation}, ${info?.backend} (${info?.accelerator}), kernel ${info?.kernelRelease}, vmd pid ${vmdPid} (${took} s)\n`,
      );
    });
  vm.command('status')
    .description('the VM daemon, its VM and the shim daemons attached to it (JSON)')
    .option('--state-dir <dir>', STATE_DIR_HELP)
    .action(async (o: { stateDir?: string }) => {
      const st = await vmdStatus(runDir(o.stateDir));
      process.stdout.write(`${JSON.stringify(st ?? { vmd: 'not running' }, null, 2)}\n`);
    });
  vm.command('stop')
    .description('stop the VM and its daemon; refused while VM containers run, unless --force')
    .option('--state-dir <dir>', STATE_DIR_HELP)
    .option('--force', 'end the VM containers of every namespace too')
    .action(async (o: { stateDir?: string; force?: boolean }) => {
      await stopVmd(runDir(o.stateDir), !!o.force);
    });
}
