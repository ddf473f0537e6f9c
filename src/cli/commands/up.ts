// `tandem up [--state-dir DIR] [--containerd PATH]`: the embedded default. Makes sure the guest
// image is in the cache (built with progress when missing), starts the state directory's
// supervisor detached from the terminal (src/supervisor/), waits until every service answers,
// prints what runs and the lines to use it. A second `up` on a running instance says so, exit 0.
// With --vm it also boots the shared guest VM and holds it up (`tandem vm start`), so the first
// VM container starts warm.
import type { Command } from 'commander';
import { guestArch } from '../../linuxvm/settings.js';
import { startVm } from '../../linuxvm/vmd/start.js';
import { daemonLogger } from '../../common/log.js';
import { readStatus, startSupervisor } from '../../supervisor/control.js';
import { supervise } from '../../supervisor/supervisor.js';
import type { SupervisorStatus } from '../../supervisor/supervisor.js';
import { guestImageWithProgress } from '../progress.js';
import { commandFor, instanceLayout, withStateDir } from '../state-dir.js';

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function usageLines(o: { stateDir?: string }): string {
  return [
    'Use it from this shell:',
    `  eval "$(${commandFor('env', o)})"`,
    '  tandem image busybox --out /tmp/busybox.tar && ctr images import /tmp/busybox.tar',
    '  ctr run --rm docker.io/tandem/busybox:latest c1 uname -a                                        # native',
    '  ctr run --rm --annotation io.containerd.tandem.runtime=vm docker.io/tandem/busybox:latest c2 uname -a  # in the VM',
    `See what runs: ${commandFor('status', o)}    Stop it: ${commandFor('down', o)}`,
  ].join('\n');
}

export function registerUp(program: Command): void {
  withStateDir(program.command('up'))
    .description('start tandem in the background: a private containerd whose default runtime is tandem, its snapshotter and services')
    .option('--containerd <path>', 'containerd binary (default: containerd on PATH)')
    .option('--foreground', 'supervise in this process, logging to stderr, until SIGTERM (for launchd, systemd, brew services)')
    .option('--vm', 'also boot the Linux guest VM now and keep it up until `tandem down` (tandem vm start)')
    .action(async (o: { stateDir?: string; containerd?: string; foreground?: boolean; vm?: boolean }) => {
      if (o.foreground && o.vm) throw new Error('--vm is for the background supervisor: with --foreground run `tandem vm start` beside it');
      const l = instanceLayout(o);
      const running = await readStatus(l);
      if (running) {
        process.stdout.write(
          `tandem is already running in ${l.stateDir} (supervisor pid ${running.pid}, ${running.state}).\n${usageLines(o)}\n`,
        );
        if (o.vm) await upVm(l.runDir);
        return;
      }
      const t0 = Date.now();
      process.stdout.write(`tandem up: state dir ${l.stateDir}${l.runDir !== l.stateDir ? ` (sockets in ${l.runDir})` : ''}\n`);
      const img = await guestImageWithProgress(guestArch(process.arch));
      process.stdout.write(`  guest image   ${img.built ? 'built' : 'ready'} in ${secs(Date.now() - t0)} (${img.dir})\n`);
      if (o.foreground) {
        process.exitCode = await supervise(l, {
          containerd: o.containerd,
          log: daemonLogger(undefined, false).child({ component: 'supervisor' }),
        });
        return;
      }
      const t1 = Date.now();
      const said = new Set<string>();
      const say = (s: SupervisorStatus) => {
        for (const svc of s.services.filter((x) => x.state === 'ready' && !said.has(x.name))) {
          said.add(svc.name);
          const extra = svc.name === 'containerd' && s.containerd ? `${s.containerd.version}, ` : '';
          process.stdout.write(`  ${svc.name.padEnd(13)} ready in ${secs(Date.parse(svc.since) - t1)} (${extra}pid ${svc.pid})\n`);
        }
      };
      const st = await startSupervisor(l, { containerd: o.containerd, onStatus: say });
      say(st);
      if (st.cri)
        process.stdout.write(
          `  CRI           ${st.cri.ok ? `${st.cri.detail}: handlers tandem (default), tandem-vm` : `not serving: ${st.cri.detail}`}\n`,
        );
      if (o.vm) await upVm(l.runDir);
      process.stdout.write(`tandem is up (${secs(Date.now() - t0)}).\n${usageLines(o)}\n`);
    });
}

/** --vm: the guest VM booted and held up (`tandem vm start`); `tandem down` stops it. */
async function upVm(runDir: string): Promise<void> {
  const t0 = Date.now();
  const { vm } = await startVm(runDir);
  process.stdout.write(
    `  VM            up in ${secs(Date.now() - t0)} (generation ${vm?.generation}, ${vm?.backend} ${vm?.accelerator}, kernel ${vm?.kernelRelease}; held until tandem down)\n`,
  );
}
