// `tandem snapshotter --root DIR --address SOCKET`: serves the clone snapshotter to containerd
// as a proxy plugin (containerd.services.snapshots.v1.Snapshots over gRPC; see
// docs/snapshotter.md and §6 of containerd-protocols.md). `--info` prints the clone backend
// the root directory gets and exits.
import type { Command } from 'commander';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import pino from 'pino';
import { BACKENDS, chooseBackend, type BackendName } from '../../snapshotter/clone.js';
import { CloneSnapshotter } from '../../snapshotter/snapshotter.js';
import { serveSnapshots } from '../../snapshotter/server.js';

const DEFAULT_ROOT = '/var/lib/tandem/snapshotter';
const DEFAULT_ADDRESS = '/run/tandem/snapshotter.sock';

export function configSnippet(address: string, name = 'tandem'): string {
  return [`[proxy_plugins]`, `  [proxy_plugins.${name}]`, `    type = "snapshot"`, `    address = "${address}"`].join('\n');
}

interface Opts {
  root: string;
  address: string;
  backend: BackendName | 'auto';
  info?: boolean;
  logLevel: string;
}

export function registerSnapshotter(program: Command): void {
  program
    .command('snapshotter')
    .description('serve the clone snapshotter to containerd over a unix socket (proxy plugin)')
    .option('--root <dir>', 'where snapshots and their metadata live', DEFAULT_ROOT)
    .option('--address <socket>', 'unix socket to serve gRPC on', DEFAULT_ADDRESS)
    .option('--backend <name>', `clone backend: auto | ${BACKENDS.join(' | ')}`, 'auto')
    .option('--info', 'print the clone backend chosen for --root and exit')
    .option('--log-level <level>', 'debug | info | warn | error', 'info')
    .addHelpText(
      'after',
      `\nAdd this to containerd's config.toml (version 2) and restart containerd:\n\n${configSnippet(DEFAULT_ADDRESS)}\n\n` +
        `then use it with e.g. "ctr images pull --snapshotter tandem …" and "ctr run --snapshotter tandem …".\n` +
        `containerd 2.x: the same table, under "version = 3".`,
    )
    .action(async (o: Opts) => {
      if (o.backend !== 'auto' && !BACKENDS.includes(o.backend)) throw new Error(`unknown backend ${o.backend}`);
      const root = resolve(o.root);
      mkdirSync(root, { recursive: true, mode: 0o700 });
      if (o.info) {
        const b = await chooseBackend(root, o.backend);
        process.stdout.write(`root: ${root}\nbackend: ${b.name}\nreason: ${b.reason}\n`);
        return;
      }
      const log = pino({ name: 'tandem-snapshotter', level: o.logLevel }, pino.destination(2));
      const sn = await CloneSnapshotter.open(root, { backend: o.backend, log: (m) => log.info(m) });
      const address = resolve(o.address);
      mkdirSync(resolve(address, '..'), { recursive: true });
      const server = await serveSnapshots(sn, address, { debug: (m) => log.debug(m), warn: (m) => log.warn(m) });
      log.info(`serving containerd.services.snapshots.v1.Snapshots on ${address} (root ${root}, backend ${sn.backend.name})`);
      const stop = async (sig: string) => {
        log.info(`${sig}: shutting down`);
        await server.close();
        await sn.close();
        process.exit(0);
      };
      process.once('SIGTERM', () => void stop('SIGTERM'));
      process.once('SIGINT', () => void stop('SIGINT'));
    });
}
