// `tandem`: one commander program; each subcommand lives in its own file under commands/.
import { Command } from 'commander';
import { registerImage } from './commands/image.js';
import { registerGuest } from './commands/guest.js';
import { registerSnapshotter } from './commands/snapshotter.js';
import { registerVm } from './commands/vm.js';
import { registerDocker } from './commands/docker.js';

const program = new Command('tandem').description('tandem: native and VM containers side by side under containerd');
registerImage(program);
registerGuest(program);
registerSnapshotter(program);
registerVm(program);
registerDocker(program);
program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`tandem: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
