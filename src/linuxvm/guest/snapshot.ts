// Entry point of the agent's start-up snapshot (docs/guest-measurements.md, "Agent start-up"). At
// image build the guest's own node evaluates this bundle with `--build-snapshot`
// (src/linuxvm/image/agent-snapshot.ts): every module of the agent is then compiled and
// initialised inside the blob, along with node's own bootstrap, which Debian's node otherwise runs
// from source at every start (it has no built-in snapshot). The guest starts `node
// --snapshot-blob`, and only this function runs. Node 18 cannot hold `net` or `child_process` in a
// snapshot: the bundle loads them at first use (scripts/post-build.mjs), and no module may touch
// them, the clock or the environment while it is evaluated.
import { writeFileSync } from 'node:fs';
import { startupSnapshot } from 'node:v8';
import { startAgent } from './agent-main.js';
import { log } from './log.js';

/** Written once the blob has loaded: /init starts the agent from its bundle when node exits without it. */
const STARTED_MARKER = '/run/tandem/agent.from-snapshot';

startupSnapshot.setDeserializeMainFunction(() => {
  try {
    writeFileSync(STARTED_MARKER, '');
  } catch {}
  // Loading net at first use makes node warn that it is "not yet supported in user snapshots":
  // true of the snapshot, harmless after it. Other warnings still reach the log.
  process.removeAllListeners('warning');
  process.on('warning', (w) => {
    if (!w.message.includes('user snapshots')) log.warn(w.name, { message: w.message });
  });
  startAgent('snapshot');
});
