// `tandem supervisor` entry (dist/supervisor/main.js): started detached by `tandem up`, with its
// output in <state dir>/logs/supervisor.log. Arguments: --state-dir DIR [--containerd PATH].
import { daemonLogger } from '../common/log.js';
import { layout } from './layout.js';
import { supervise } from './supervisor.js';
import { join } from 'node:path';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const stateDir = arg('--state-dir');
  if (!stateDir) throw new Error('usage: main.js --state-dir DIR [--containerd PATH]');
  const l = layout(stateDir);
  const log = daemonLogger(join(l.logDir, 'supervisor.log'), false).child({ component: 'supervisor' });
  const code = await supervise(l, { containerd: arg('--containerd'), log });
  log.flush();
  process.exit(code);
}

main().catch((err: unknown) => {
  process.stderr.write(`tandem supervisor: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
