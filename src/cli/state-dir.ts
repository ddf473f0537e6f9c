// The --state-dir option every instance command takes, and the layout it names.
import type { Command } from 'commander';
import { defaultStateDir, layout, type Layout } from '../supervisor/layout.js';

export const STATE_DIR_HELP = 'state directory of the instance (default $TANDEM_STATE_DIR, else the user data directory)';

export function withStateDir(cmd: Command): Command {
  return cmd.option('--state-dir <dir>', STATE_DIR_HELP);
}

export function instanceLayout(o: { stateDir?: string }): Layout {
  return layout(o.stateDir ?? defaultStateDir());
}

/** `tandem <cmd>` with the --state-dir it was given, for the lines we print ("eval …"). */
export function commandFor(cmd: string, o: { stateDir?: string }): string {
  return o.stateDir ? `tandem ${cmd} --state-dir '${o.stateDir.replace(/'/g, `'\\''`)}'` : `tandem ${cmd}`;
}
