// containerd-shim-tandem-v1 entry point: parse containerd's flags and run the action. Each
// action loads only its own modules: `start` runs when no daemon does and must spawn one before
// anything else, and the daemon's modules are most of a start-up.
import { fileURLToPath } from 'node:url';
import { parseFlags } from './flags.js';

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  switch (flags.action) {
    case 'start':
      return (await import('./start.js')).start(flags, fileURLToPath(import.meta.url));
    case 'delete':
      return (await import('./delete.js')).del(flags);
    case 'serve':
      return (await import('./daemon.js')).serve(flags);
    case 'v':
      process.stdout.write(`containerd-shim-tandem-v1 ${(await import('./daemon.js')).VERSION}\n`);
      return;
    default:
      throw new Error(`unknown action ${JSON.stringify(flags.action)} (want start, delete)`);
  }
}
main().catch((err: unknown) => {
  // containerd captures stdout and stderr of `start` together: only say this on failure.
  process.stderr.write(`containerd-shim-tandem-v1: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
