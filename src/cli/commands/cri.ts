// `tandem cri …`: a few CRI calls for debugging a node where no crictl is installed. The
// endpoint is --endpoint, else CONTAINER_RUNTIME_ENDPOINT (what `tandem env` sets).
import type { Command } from 'commander';
import { CriClient } from '../../cri/client.js';
import { runStream } from '../../cri/stream.js';

const STATES = ['created', 'running', 'exited', 'unknown'];
const POD_STATES = ['ready', 'notready'];

function client(cmd: Command): CriClient {
  const endpoint = (cmd.optsWithGlobals() as { endpoint?: string }).endpoint ?? process.env.CONTAINER_RUNTIME_ENDPOINT;
  if (!endpoint) throw new Error('no CRI endpoint: pass --endpoint or set CONTAINER_RUNTIME_ENDPOINT');
  return new CriClient(endpoint);
}

async function withClient(cmd: Command, fn: (c: CriClient) => Promise<void>): Promise<void> {
  const c = client(cmd);
  try {
    await fn(c);
  } finally {
    c.close();
  }
}

const out = (s: string): void => void process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
const short = (id: string | null | undefined) => (id ?? '').slice(0, 13);

export function registerCri(program: Command): void {
  const cri = program
    .command('cri')
    .description('talk to a CRI endpoint (containerd) for debugging')
    .option('--endpoint <path>', 'CRI socket');
  cri
    .command('version')
    .description('runtime name and versions')
    .action((_o, cmd: Command) => withClient(cmd, async (c) => out(JSON.stringify(await c.runtime.Version({ version: 'v1' }), null, 2))));
  cri
    .command('pods')
    .description('list pod sandboxes')
    .action((_o, cmd: Command) =>
      withClient(cmd, async (c) => {
        for (const p of (await c.runtime.ListPodSandbox({})).items)
          out(
            `${short(p.id)}  ${POD_STATES[p.state ?? 3] ?? p.state}  ${p.metadata?.namespace}/${p.metadata?.name}  ${p.runtimeHandler || '-'}`,
          );
      }),
    );
  cri
    .command('ps')
    .description('list containers')
    .action((_o, cmd: Command) =>
      withClient(cmd, async (c) => {
        for (const x of (await c.runtime.ListContainers({})).containers)
          out(`${short(x.id)}  ${STATES[x.state ?? 3] ?? x.state}  ${x.metadata?.name}  pod ${short(x.podSandboxId)}  ${x.image?.image}`);
      }),
    );
  cri
    .command('inspect <id>')
    .description("a container's status and the runtime's verbose info")
    .action((id: string, _o, cmd: Command) =>
      withClient(cmd, async (c) => out(JSON.stringify(await c.runtime.ContainerStatus({ containerId: id, verbose: true }), null, 2))),
    );
  cri
    .command('stats [id]')
    .description('container stats (all containers without an id)')
    .action((id: string | undefined, _o, cmd: Command) =>
      withClient(cmd, async (c) => {
        const stats = id ? [(await c.runtime.ContainerStats({ containerId: id })).stats] : (await c.runtime.ListContainerStats({})).stats;
        for (const s of stats) {
          const cpu = Number(s?.cpu?.usageCoreNanoSeconds?.value ?? 0) / 1e6;
          const mem = Number(s?.memory?.workingSetBytes?.value ?? 0) / (1 << 20);
          out(`${short(s?.attributes?.id ?? '')}  cpu ${cpu.toFixed(0)} ms  memory ${mem.toFixed(1)} MiB`);
        }
      }),
    );
  cri
    .command('exec <id> <cmd...>')
    .description('run a command in a container (ExecSync; --stream: Exec through the streaming server)')
    .option('--stream', 'use Exec and the streaming server instead of ExecSync')
    .option('--timeout <s>', 'ExecSync timeout in seconds', '60')
    .action((id: string, argv: string[], o: { stream?: boolean; timeout: string }, cmd: Command) =>
      withClient(cmd, async (c) => {
        let r: { stdout: Uint8Array; stderr: Uint8Array; exitCode?: number; error?: string };
        if (o.stream) {
          const { url } = await c.runtime.Exec({ containerId: id, cmd: argv, stdout: true, stderr: true });
          r = await runStream(url, { timeoutMs: Number(o.timeout) * 1000 });
        } else r = await c.runtime.ExecSync({ containerId: id, cmd: argv, timeout: Number(o.timeout) });
        process.stdout.write(r.stdout);
        process.stderr.write(r.stderr);
        if (r.error) throw new Error(r.error);
        process.exitCode = r.exitCode ?? 0;
      }),
    );
}
