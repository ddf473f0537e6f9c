// Entry point of the guest agent (runs on Debian's Node 18 inside the VM; only protobufjs at
// run time). Started by the guest's /init:
//   node /opt/tandem/dist/linuxvm/guest/main.js --port /dev/vportNpM
// For tests on a Linux host it can also listen on a unix socket: --listen /path/agent.sock
import { mkdirSync } from 'node:fs';
import type { Duplex } from 'node:stream';
import { TtrpcServer } from '../../ttrpc/server.js';
import { AGENT_SERVICE, Agent, detectNoPivot, which } from './agent.js';
import { Runc } from './runc.js';
import { servePort } from './port.js';
import { log, setVerbose } from './log.js';

// One pool thread stays blocked reading the port; leave plenty for file work.
process.env.UV_THREADPOOL_SIZE ??= '16';

interface Args {
  port?: string;
  listen?: string;
  vsock?: string;
  runcRoot: string;
  bundles: string;
  verbose: boolean;
  /** Port mode: exit this long after the host went away without coming back (0 = never). */
  orphanMs: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { runcRoot: '/run/tandem/runc', bundles: '/run/tandem/bundles', verbose: false, orphanMs: 15_000 };
  for (let i = 0; i < argv.length; i++) {
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return x;
    };
    switch (argv[i]) {
      case '--port': a.port = v(); break;
      case '--listen': a.listen = v(); break;
      case '--vsock': a.vsock = v(); break;
      case '--runc-root': a.runcRoot = v(); break;
      case '--bundles': a.bundles = v(); break;
      case '--verbose': a.verbose = true; break;
      case '--orphan-timeout-ms': a.orphanMs = Number(v()); break;
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!a.port && !a.listen && !a.vsock) throw new Error('one of --port DEVICE or --listen SOCKET is required');
  return a;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  setVerbose(args.verbose);
  if (args.vsock) {
    // Node has no AF_VSOCK; the VMM must offer a virtio-serial or console port instead.
    throw new Error(`--vsock ${args.vsock}: Node cannot open vsock sockets; give the agent a virtio-serial/console port (--port)`);
  }
  mkdirSync(args.runcRoot, { recursive: true });
  mkdirSync(args.bundles, { recursive: true });
  const noPivot = await detectNoPivot();
  const agent = new Agent({
    tools: { runc: new Runc({ root: args.runcRoot }), script: which('script'), telnetd: which('telnetd') ? ['telnetd'] : ['busybox', 'telnetd'], stty: which('stty') ?? 'stty', outputGraceMs: 2000 },
    bundles: args.bundles,
    noPivot,
  });
  const server = new TtrpcServer();
  server.register(AGENT_SERVICE, agent.methods());
  const stop = new AbortController();
  const shutdown = async (sig: string) => {
    log.info('shutting down', { reason: sig });
    stop.abort();
    const t = setTimeout(() => process.exit(0), 1500);
    await agent.shutdown();
    clearTimeout(t);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  log.info('starting', { node: process.version, noPivot, terminals: which('script') ? 'script' : 'telnetd' });
  if (args.listen) {
    await server.listen(args.listen);
    log.info('listening', { socket: args.listen });
  }
  // The host never reconnects to a VM it lost (it boots a new one), and a shim daemon that died
  // cannot stop its VM: once the host has been gone for orphanMs, the agent exits, which makes
  // the guest's /init power the VM off.
  let orphan: NodeJS.Timeout | undefined;
  const lost = () => {
    if (args.orphanMs > 0) orphan = setTimeout(() => void shutdown(`host gone for ${args.orphanMs} ms`), args.orphanMs);
  };
  const back = () => clearTimeout(orphan);
  lost(); // a host that never shows up counts as gone too
  if (args.port) await servePort(args.port, (conn: Duplex) => server.serveConnection(conn), stop.signal, lost, back);
}

main().catch((err) => {
  log.error('fatal', { err: (err as Error).message });
  process.exit(1);
});
