// `tandem vm status|stop`: the shared guest VM of a state directory, as its VM daemon sees it
// (src/linuxvm/vmd/). `stop` ends the VM and the vmd; with VM containers of any namespace still
// running it is refused unless --force (which ends them: each gets its exit, status 255).
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { tandem } from '../../generated/protos.js';
import { TtrpcClient } from '../../ttrpc/client.js';
import { vmSettings } from '../../linuxvm/settings.js';
import { vmdPaths } from '../../linuxvm/vmd/paths.js';
import { processAlive } from '../../common/process-alive.js';

const pb = tandem.vmd.v1;
const SERVICE = 'tandem.vmd.v1.Vmd';

async function connect(stateDir?: string): Promise<{ c: TtrpcClient; socket: string } | undefined> {
  const socket = vmdPaths(stateDir ?? vmSettings(process.env).stateDir).socket;
  if (!existsSync(socket)) return undefined;
  const c = await TtrpcClient.connect(socket).catch(() => undefined);
  return c && { c, socket };
}

export function registerVm(program: Command): void {
  const vm = program.command('vm').description('the shared Linux guest VM (one per state directory)');
  vm.command('status')
    .description('the VM daemon, its VM and the shim daemons attached to it (JSON)')
    .option('--state-dir <dir>', 'tandem state directory (default $TANDEM_STATE_DIR or /run/tandem)')
    .action(async (o: { stateDir?: string }) => {
      const conn = await connect(o.stateDir);
      if (!conn) {
        process.stdout.write(`${JSON.stringify({ vmd: 'not running' })}\n`);
        return;
      }
      const st = pb.StatusResponse.decode(await conn.c.call(SERVICE, 'Status', Buffer.alloc(0), { timeoutMs: 5000 }));
      conn.c.close();
      process.stdout.write(`${JSON.stringify(st, null, 2)}\n`);
    });
  vm.command('stop')
    .description('stop the VM and its daemon; refused while VM containers run, unless --force')
    .option('--state-dir <dir>', 'tandem state directory (default $TANDEM_STATE_DIR or /run/tandem)')
    .option('--force', 'end the VM containers of every namespace too')
    .action(async (o: { stateDir?: string; force?: boolean }) => {
      const conn = await connect(o.stateDir);
      if (!conn) return; // nothing runs: already stopped
      const st = pb.StatusResponse.decode(await conn.c.call(SERVICE, 'Status', Buffer.alloc(0), { timeoutMs: 5000 }));
      await conn.c.call(SERVICE, 'Stop', pb.StopRequest.encode({ force: !!o.force }).finish(), { timeoutMs: 5000 });
      conn.c.close();
      // Returns once the vmd (and with it the VM) is gone.
      const deadline = Date.now() + 30_000;
      while (processAlive(st.vmdPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (processAlive(st.vmdPid)) throw new Error(`the VM daemon (pid ${st.vmdPid}) did not leave within 30 s`);
    });
}
