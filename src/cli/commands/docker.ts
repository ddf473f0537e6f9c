// `tandem docker serve`: the Docker Engine API endpoint (src/docker/) on a unix socket, over a
// containerd namespace. Ready once `GET /_ping` answers; SIGTERM/SIGINT close it cleanly.
import type { Command } from 'commander';
import { startEngine } from '../../docker/engine.js';

interface ServeOptions {
  socket: string;
  containerd: string;
  namespace: string;
  stateDir: string;
  snapshotter?: string;
  insecureRegistry: string[];
  logFile?: string;
  debug?: boolean;
  liveRestore: boolean;
}

export function registerDocker(program: Command): void {
  const docker = program.command('docker').description('the Docker Engine API endpoint');
  docker
    .command('serve')
    .description('serve the Docker Engine API on a unix socket, over containerd')
    .requiredOption('--socket <path>', 'unix socket to listen on (created 0600)')
    .requiredOption('--containerd <path>', "containerd's gRPC socket")
    .option('--namespace <ns>', 'containerd namespace', 'default')
    .requiredOption('--state-dir <dir>', 'where container records, logs and volumes are kept')
    .option('--snapshotter <name>', 'snapshotter for linux images (default: overlayfs on Linux, tandem on macOS)')
    .option('--insecure-registry <host>', 'registry reached over plain HTTP (repeatable)', (v: string, acc: string[]) => [...acc, v], [])
    .option('--no-live-restore', 'stop running containers when the endpoint stops (as dockerd does without --live-restore)')
    .option('--log-file <path>', 'log here instead of stderr')
    .option('--debug', 'debug logging')
    .action(async (o: ServeOptions) => {
      const running = await startEngine({
        socket: o.socket,
        containerd: o.containerd,
        namespace: o.namespace,
        stateDir: o.stateDir,
        snapshotter: o.snapshotter,
        insecureRegistries: o.insecureRegistry,
        logFile: o.logFile,
        debug: o.debug,
        liveRestore: o.liveRestore,
      });
      const stop = () => void running.close().then(() => process.exit(0));
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
}
