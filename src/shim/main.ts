// containerd-shim-tandem-v1 entry point: parse containerd's flags and run the action.
import { fileURLToPath } from 'node:url';
import { parseFlags } from './flags.js';
import { del, start } from './manager.js';
import { serve, VERSION } from './daemon.js';

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  switch (flags.action) {
    case 'start':
      return start(flags, fileURLToPath(import.meta.url));
    case 'delete':
      return del(flags);
    case 'serve':
      return serve(flags);
    case 'v':
      process.stdout.write(`containerd-shim-tandem-v1 ${VERSION}\n`);
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
