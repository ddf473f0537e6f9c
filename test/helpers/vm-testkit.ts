// Test fixtures shared by the VM path's unit and integration tests: a busybox root filesystem
// assembled from the host's static busybox, and an OCI spec shaped like the one containerd
// generates for `ctr run` (same namespaces, mounts, capabilities and masked paths).
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import type { Duplex } from 'node:stream';
import { DEFAULT_CAPS, MASKED_PATHS, READONLY_PATHS, type OciProcess, type OciSpec } from '../../src/common/oci.js';
import { TtrpcServer } from '../../src/ttrpc/server.js';
import type { VmBackend, VmConfig, VmInstance } from '../../src/linuxvm/backends/vm-backend.js';
import { AGENT, Agent } from '../../src/linuxvm/guest/agent.js';
import { DEFAULT_MOUNTS } from './native-fixture.js';
import { Runc } from '../../src/linuxvm/guest/runc.js';

/** The native executor's busybox rootfs fixture serves the VM path's tests too. */
export { makeRootfs as busyboxRootfs } from './native-fixture.js';

export function ociProcess(args: string[], terminal = false): OciProcess {
  return {
    terminal,
    user: { uid: 0, gid: 0 },
    args,
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    cwd: '/',
    capabilities: { bounding: DEFAULT_CAPS, effective: DEFAULT_CAPS, permitted: DEFAULT_CAPS },
    rlimits: [{ type: 'RLIMIT_NOFILE', hard: 1024, soft: 1024 }],
    noNewPrivileges: true,
  };
}

export function containerdLikeSpec(
  id: string,
  args: string[],
  o: { terminal?: boolean; rootfs?: string; mounts?: OciSpec['mounts'] } = {},
): OciSpec {
  return {
    ociVersion: '1.0.2-dev',
    process: ociProcess(args, o.terminal),
    root: { path: o.rootfs ?? 'rootfs' },
    hostname: id,
    mounts: [...DEFAULT_MOUNTS, ...(o.mounts ?? [])],
    annotations: {},
    linux: {
      resources: { devices: [{ allow: false, access: 'rwm' }] },
      cgroupsPath: `/default/${id}`,
      namespaces: [{ type: 'pid' }, { type: 'ipc' }, { type: 'uts' }, { type: 'mount' }, { type: 'network' }],
      maskedPaths: [...MASKED_PATHS],
      readonlyPaths: [...READONLY_PATHS],
    },
  };
}

/** Collects a process's output from an AgentClient stdio channel. */
export async function collect(output: AsyncIterable<{ fd: number; data: Uint8Array }>): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  for await (const { fd, data } of output) {
    if (fd === 2) stderr += Buffer.from(data).toString();
    else stdout += Buffer.from(data).toString();
  }
  return { stdout, stderr };
}

/**
 * A stand-in "VM" for fast tests: the real agent, in this process, serving a unix socket in the
 * backend's state dir; host paths are guest paths. kill() drops every connection and kills the
 * agent's containers, which is what the host sees when a VM dies.
 */
export class LocalAgentBackend implements VmBackend {
  readonly name = 'qemu' as const;
  readonly instances: LocalAgentInstance[] = [];
  /** Set: every start fails with this (a VMM that cannot start any more). */
  refuse?: string;
  constructor(private readonly cgroupParent: string) {}

  async available(): Promise<boolean> {
    return true;
  }

  async start(cfg: VmConfig): Promise<LocalAgentInstance> {
    if (this.refuse) throw new Error(this.refuse);
    const inst = await LocalAgentInstance.start(cfg, this.cgroupParent);
    this.instances.push(inst);
    return inst;
  }
}

export class LocalAgentInstance implements VmInstance {
  readonly pid = process.pid;
  readonly accelerator = 'none (agent on the host)';
  readonly bootLog: string;
  readonly exited: Promise<{ code: number | null; signal: string | null; reason: string }>;
  private exitResolve!: (e: { code: number | null; signal: string | null; reason: string }) => void;
  private constructor(
    private readonly server: TtrpcServer,
    private readonly agent: Agent,
    private readonly sock: string,
  ) {
    this.bootLog = join(dirname(sock), 'boot.log');
    this.exited = new Promise((r) => (this.exitResolve = r));
  }

  static async start(cfg: VmConfig, cgroupParent: string): Promise<LocalAgentInstance> {
    const bundles = join(cfg.stateDir, 'bundles');
    mkdirSync(bundles, { recursive: true });
    const agent = new Agent({
      tools: {
        runc: new Runc({ root: join(cfg.stateDir, 'runc') }),
        script: 'script',
        telnetd: ['busybox', 'telnetd'],
        stty: 'stty',
        outputGraceMs: 500,
      },
      bundles,
      noPivot: false,
      cgroupParent,
    });
    const server = new TtrpcServer();
    server.serve(AGENT, agent);
    const sock = join(cfg.stateDir, 'agent.sock');
    await server.listen(sock);
    writeFileSync(join(cfg.stateDir, 'boot.log'), 'local agent\n');
    return new LocalAgentInstance(server, agent, sock);
  }

  private conns: net.Socket[] = [];

  connectAgent(): Promise<Duplex> {
    return new Promise((resolve, reject) => {
      const s = net.connect(this.sock, () => resolve(s));
      this.conns.push(s);
      s.once('error', reject);
    });
  }

  /** The agent stops answering while the connection stays open (a hung guest, a dead agent
   *  behind a virtio-serial port that does not close). */
  freeze(): void {
    for (const s of this.conns) s.pause();
  }

  private async end(reason: string): Promise<void> {
    await this.server.close();
    await this.agent.shutdown();
    this.exitResolve({ code: 0, signal: null, reason });
  }

  stop(): Promise<void> {
    return this.end('stopped');
  }

  kill(): Promise<void> {
    return this.end('killed');
  }
}
