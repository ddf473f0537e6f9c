// `tandem`: one commander program; each subcommand lives in its own file under commands/. Only
// the file of the command being run is loaded (each pulls in its own dependencies: gRPC, the
// protobuf codecs, sqlite), so `tandem snapshotter` or `tandem env` start quickly; help loads all.
import { createRequire } from 'node:module';
import { Command } from 'commander';

type Register = (program: Command) => void;
const COMMANDS: Record<string, () => Promise<Register>> = {
  up: async () => (await import('./commands/up.js')).registerUp,
  down: async () => (await import('./commands/down.js')).registerDown,
  status: async () => (await import('./commands/status.js')).registerStatus,
  env: async () => (await import('./commands/env.js')).registerEnv,
  logs: async () => (await import('./commands/logs.js')).registerLogs,
  doctor: async () => (await import('./commands/doctor.js')).registerDoctor,
  install: async () => (await import('./commands/install.js')).registerInstall,
  image: async () => (await import('./commands/image.js')).registerImage,
  guest: async () => (await import('./commands/guest.js')).registerGuest,
  snapshotter: async () => (await import('./commands/snapshotter.js')).registerSnapshotter,
  vm: async () => (await import('./commands/vm.js')).registerVm,
  cri: async () => (await import('./commands/cri.js')).registerCri,
  docker: async () => (await import('./commands/docker.js')).registerDocker,
};

async function main(): Promise<void> {
  const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
  const program = new Command('tandem').description('tandem: native and VM containers side by side under containerd').version(version);
  const name = process.argv[2];
  for (const n of name && COMMANDS[name] ? [name] : Object.keys(COMMANDS)) (await COMMANDS[n]!())(program);
  await program.parseAsync(process.argv);
}

main().catch((err: unknown) => {
  process.stderr.write(`tandem: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
